#pragma once
// The plan library: every plan kept in the browser, autosaved to a key-value
// store (localStorage in the browser, MemoryStore in tests). Pure logic: the
// caller passes the time (`now`, ISO 8601 text; its first 10 characters are
// taken as the day) and a seed for new ids, so every case is reproducible.
//
// Keys, all under "planner." (docs/file-format.md, Local storage):
//   planner.plan.<id>        one record per plan: the export envelope (so the
//                            raw value is a plan file by itself) plus a
//                            "library" object {name, revision, updated_at,
//                            last_exported_at, snap_day, saves_since_snap}.
//                            The record is the truth; nothing else is needed.
//   planner.snap.<id>.<rev>  an earlier record of the plan, kept for restoring
//   planner.trash.<id>       a deleted plan: a line of JSON {name, deleted_at},
//                            "\n", then the record exactly as it was
//   planner.aside.<id>.<n>   a stored value that could not be read, copied
//                            aside; the library never overwrites or removes it
//   planner.index            a cache of the listing, keyed by a fingerprint of
//                            each record: wrong, stale or garbled, it is
//                            rebuilt from the plan keys and costs only time.
//   planner.lastsave.<tab>   what a tab saved last before it was hidden: a
//                            line of JSON {id, tip, at}, "\n", then the record as
//                            written. Only that tab writes it; it is removed
//                            once the save is known to have stayed.
//
// Two tabs. Every save names the revision it was based on; the library
// re-reads the stored revision just before writing and, if another tab has
// written since, writes nothing and answers `conflict`. The tab then calls
// resolve_conflict(), which applies the rule:
//   - no unsaved changes here: load the newer stored plan (nothing to lose);
//   - unsaved changes here (or the stored value is unreadable): save this
//     tab's plan as a NEW plan named "<name><suffix>" and switch to it;
//     the other tab's version stays as it is. Both are kept.
//   - the plan was deleted elsewhere and nothing is unsaved here: `closed`
//     (it is in the trash, restorable).
// Local storage is not a transaction between tabs: a tab reads its own copy
// of the store, and another tab's write reaches it a moment later. Two tabs
// saving within that moment (both closing at once, say) each see the
// revision they were based on, and the later write replaces the earlier one
// unseen. So every record also names the saves it descends from: "writers",
// the last kWritersKept "<tab>@<revision>" (its tip is the newest). A tab
// whose save is missing from the record's writers knows that save was
// overwritten unseen, and keeps it as a new plan under an id derived from the
// save (keep_overwritten), so that whichever tab notices first writes it and
// the others find it there: nothing is lost and nothing is kept twice. A tab
// being hidden may never hear of it, so it leaves its save under a key of its
// own (write_lastsave), which the next tab to start checks (check_lastsaves)
// once it is kLastsaveSettleSeconds old: a tab closing at the same moment
// may still have a write on its way, and the record must be judged by the
// store as it will be, not as it looks half way.
//
// Name, last_exported_at and trash state are library data, not plan content:
// rename and mark_exported keep the revision, and a save keeps the stored
// name, so renaming in one tab never makes the other tab's save conflict.
//
// Safety rules: a plan that fails validation (export, then import) is never
// written; an empty plan (== Plan{}) never replaces a non-empty one; the plan
// key is written last, after the snapshot; a failed write leaves the previous
// record in place (a read-back mismatch puts it back). A full store: the
// oldest snapshots (of any plan) are dropped until the write would fit, then
// the write is tried once more. An unavailable store: the library copies what
// it can read into a MemoryStore, works there from then on and raises a
// one-time notice (take_unavailable_notice) for the UI to show. So does a
// store that takes writes but cannot be read or list its keys (a failed
// listing is never taken for an empty library), and one that keeps a wrong
// value again when the previous record is put back (memory_notice says which).
//
// Snapshots: before a save replaces the stored record, that record is kept as
// a snapshot when the day of `now` differs from the day of the last snapshot
// (or of creation), or every kSnapshotEverySaves saves; the newest
// kSnapshotsKept per plan are kept. A snapshot that does not fit is skipped
// and tried again on the next save.
//
// list() parses every changed record (the index skips unchanged ones); call
// it when the library view opens and after a change or a storage event, not
// every frame.
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/library/key_value.hpp"
#include "core/model/plan.hpp"
#include "core/model/problem.hpp"

namespace core {

enum class LibStatus {
    ok,
    not_found,            // no such plan (or trash entry, or snapshot)
    corrupt,              // the stored value cannot be read; it was copied aside
    conflict,             // another tab saved since `expected_revision`; nothing written
    refused_empty,        // an empty plan would replace a non-empty one; nothing written
    refused_invalid,      // the plan fails validation (`problem` says where); nothing written
    quota_exceeded,       // full even after dropping old snapshots; the previous record is intact
    read_back_mismatch,   // the store kept something else; the previous record was put back
    unavailable,          // no storage (only if even the memory fallback failed)
    exists,               // restore: a plan with that id is stored already
};

struct PlanEntry {
    std::string id;
    std::string name;
    std::string updated_at;
    int revision = 0;
    std::optional<std::string> last_exported_at;
    bool corrupt = false;     // the stored value cannot be read (see problem)
    Problem problem;          // why, when corrupt
    std::string aside_key;    // where its raw text was copied; "" if that failed
};

struct TrashEntry {
    std::string id;
    std::string name;
    std::string deleted_at;
};

struct SnapshotEntry {
    int revision = 0;         // the revision the snapshot holds
    std::string updated_at;   // "" if the snapshot cannot be read
};

struct AsideEntry {
    std::string key;          // planner.aside.<id>.<n>; its text: aside_text(key)
    std::string id;
};

struct Loaded {
    LibStatus status = LibStatus::not_found;
    Plan plan;
    PlanEntry entry;
    std::string tip;          // the save the record holds, "<tab>@<revision>" ("" for an older record)
};

struct Saved {
    LibStatus status = LibStatus::ok;
    std::string id;           // the plan written (a new id for create/copy)
    int revision = 0;         // its revision now; on conflict, the stored one (0 if unreadable)
    Problem problem;          // refused_invalid / conflict with a corrupt record: why
    std::string tip;          // the save written, "<tab>@<revision>"
};

enum class Resolution { reloaded, saved_as_copy, closed, failed };

struct Resolved {
    Resolution action = Resolution::failed;
    std::string id;           // the plan the tab shows from now on
    Plan plan;                // what it shows
    int revision = 0;         // the revision to pass to the next save
    LibStatus status = LibStatus::ok;   // why, when failed (the tab keeps its plan in memory)
    std::string tip;          // the save it shows (Loaded::tip)
};

class Library {
public:
    static constexpr int kSnapshotsKept = 3;
    static constexpr int kSnapshotEverySaves = 50;
    static constexpr int kWritersKept = 16;
    static constexpr int kLastsaveSettleSeconds = 5;

    // id_seed: ids are "<seed>-<n>" (n counts up, skipping ids in use). The
    // browser passes something unique per tab (time + random), tests a word.
    Library(KeyValueStore& store, std::string id_seed);

    // Probes the store once with a write and a read; false if it is
    // unavailable or cannot be read (the library then works in memory).
    // Optional: the first write or listing finds out too.
    bool check_storage();
    bool in_memory() const { return memory_ != nullptr; }
    bool take_unavailable_notice();   // true once after switching to memory
    S memory_notice() const;          // why the library works in memory, for the notice

    // ---- reading ----------------------------------------------------------------
    std::vector<PlanEntry> list();          // newest first; corrupt ones last, flagged
    std::vector<TrashEntry> trash();        // newest deletion first
    std::vector<SnapshotEntry> snapshots(const std::string& id);   // newest first
    std::vector<AsideEntry> aside_values();
    Loaded load(const std::string& id);
    Loaded load_snapshot(const std::string& id, int revision);
    std::optional<int> stored_revision(const std::string& id);   // nullopt: gone or unreadable
    std::optional<std::string> raw(const std::string& id);       // the stored text, as is
    std::optional<std::string> aside_text(const std::string& key);

    // ---- two tabs (see the top of this file) ------------------------------------
    // This tab's name in "writers": its id seed.
    const std::string& writer() const { return seed_; }
    // Whether the stored record of `id` is the save `tip` or descends from
    // it: false means that save was overwritten unseen. nullopt when it
    // cannot be told (no tip, or the record is gone, unreadable or older
    // than "writers").
    std::optional<bool> holds(const std::string& id, const std::string& tip);
    // Keeps `plan`, the save `tip` of `id` that was overwritten, as a new plan
    // named `name` under an id derived from (id, tip); ok with the id when
    // it is there already.
    Saved keep_overwritten(const std::string& id, const std::string& tip, const Plan& plan, const std::string& name,
                           const std::string& now);
    // Before the tab is hidden: its last save of `id` under its own key.
    void write_lastsave(const std::string& id, const std::string& tip, const std::string& now);
    void drop_lastsave();
    // Other tabs' last saves whose save was overwritten are kept as new plans
    // (named after the plan plus `suffix`); every last save checked is
    // removed. Ones younger than kLastsaveSettleSeconds wait for a later call.
    struct LastsaveCheck {
        std::vector<std::string> kept;   // the ids of the plans kept
        bool waiting = false;            // some were too young: call again later
    };
    LastsaveCheck check_lastsaves(const std::string& suffix, const std::string& now);

    // ---- writing ----------------------------------------------------------------
    Saved create(const Plan& plan, const std::string& name, const std::string& now);
    // A new plan from a file the importer has just accepted: `envelope` is
    // its parse (import_plan_json(text, &envelope)), stored as it is with the
    // library object set, so the plan is not printed and checked once more
    // (the importer read exactly this value). Any "library" member the file
    // brought (an exported record) is replaced.
    Saved create_imported(nlohmann::json& envelope, const std::string& name, const std::string& now);
    Saved save(const std::string& id, const Plan& plan, int expected_revision, const std::string& now);
    // The same, keeping the stored record as a snapshot first (a change the
    // user did not make in this plan's window, e.g. a copy updated from its
    // master, can be taken back by restoring it).
    Saved save_keeping_snapshot(const std::string& id, const Plan& plan, int expected_revision, const std::string& now);
    // A new plan named after `id`'s name plus `suffix` (e.g. "（另一标签页的版本）").
    Saved save_as_copy(const std::string& id, const Plan& plan, const std::string& suffix,
                       const std::string& now);
    Resolved resolve_conflict(const std::string& id, const Plan& mine, bool has_unsaved_changes,
                              const std::string& copy_suffix, const std::string& now);
    Saved duplicate(const std::string& id, const std::string& suffix, const std::string& now);
    LibStatus rename(const std::string& id, const std::string& name);
    LibStatus mark_exported(const std::string& id, const std::string& now);
    LibStatus remove(const std::string& id, const std::string& now);   // to the trash
    LibStatus restore(const std::string& id);                          // from the trash, whole
    LibStatus purge(const std::string& id);   // a trashed plan and its snapshots, for good
    // Writes the snapshot back as a new revision, keeping the current record
    // as a snapshot first, so restoring can itself be undone.
    Saved restore_snapshot(const std::string& id, int snapshot_revision, int expected_revision,
                           const std::string& now);

    struct Meta;     // a record's library object; defined in library.cpp
    struct Stored;   // a record as read: status, meta, plan, raw text

private:
    Saved save_impl(const std::string& id, const Plan& plan, int expected, const std::string& now,
                    bool force_snapshot);
    Stored read_plan(const std::string& id);
    Saved store_new(nlohmann::json& envelope, const std::string& name, const std::string& now);
    template <class Change> LibStatus rewrite_meta(const std::string& id, Change change);
    StoreStatus put(const std::string& key, const std::string& value);
    StoreStatus write_plan(const std::string& id, const std::string& text, const std::string* previous);
    bool drop_oldest_snapshots(std::size_t bytes_needed);
    void rotate_snapshots(const std::string& id);
    std::vector<int> snapshot_revisions(const std::string& id);
    std::string set_aside(const std::string& id, const std::string& raw);
    std::string name_of(const std::string& id);
    std::string new_id();
    enum class MemoryReason { unavailable, unreadable, put_back_failed };
    void go_memory(MemoryReason why);
    std::vector<std::string> keys();   // the store's keys; a failed listing goes to memory

    KeyValueStore* store_;
    std::unique_ptr<MemoryStore> memory_;   // set once the real store proved unavailable
    MemoryReason memory_reason_ = MemoryReason::unavailable;
    bool notice_pending_ = false;
    std::string seed_;
    int counter_ = 0;
};

// The message key for a status, for the UI's notices.
S status_label(LibStatus status);

}  // namespace core
