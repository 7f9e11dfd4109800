#include "core/library/library.hpp"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "core/json/plan_json.hpp"
#include "core/model/dates.hpp"
#include "core/model/stable_sort.hpp"

namespace core {

using json = nlohmann::json;

struct Library::Meta {
    std::string name;
    int revision = 1;
    std::string updated_at;
    std::optional<std::string> last_exported_at;
    std::string snap_day;        // day of the last snapshot (or of creation)
    int saves_since_snap = 0;
    std::vector<std::string> writers;   // "<tab>@<revision>", oldest first; only in records
};

struct Library::Stored {
    LibStatus status = LibStatus::not_found;
    Meta meta;
    Plan plan;
    Problem problem;
    std::string raw;
    std::string aside_key;
};

namespace {

const std::string kIndexKey = "planner.index";
const std::string kProbeKey = "planner.probe";
const std::string kPlanPrefix = "planner.plan.";
const std::string kSnapPrefix = "planner.snap.";
const std::string kTrashPrefix = "planner.trash.";
const std::string kAsidePrefix = "planner.aside.";
const std::string kLastsavePrefix = "planner.lastsave.";

std::string plan_key(const std::string& id) { return kPlanPrefix + id; }
std::string trash_key(const std::string& id) { return kTrashPrefix + id; }
std::string snap_key(const std::string& id, int rev) { return kSnapPrefix + id + "." + std::to_string(rev); }

// Ids never hold '.', so "<prefix><id>.<n>" splits without doubt.
bool valid_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

// The id named by any library key, or "" for other keys.
std::string id_in_key(const std::string& key) {
    for (const std::string* p : {&kPlanPrefix, &kTrashPrefix})
        if (key.starts_with(*p)) return key.substr(p->size());
    for (const std::string* p : {&kSnapPrefix, &kAsidePrefix})
        if (key.starts_with(*p)) {
            size_t dot = key.rfind('.');
            return dot > p->size() ? key.substr(p->size(), dot - p->size()) : "";
        }
    return "";
}

// The <n> of "<prefix><id>.<n>", or -1.
int number_after(const std::string& key, const std::string& prefix) {
    if (!key.starts_with(prefix)) return -1;
    std::string tail = key.substr(prefix.size());
    if (tail.empty() || tail.size() > 9 || !std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
    return std::atoi(tail.c_str());
}

// Parsing never throws (JSON_NOEXCEPTION would abort), so every read checks the type first.
json parse(const std::string& text) { return parse_json(text); }
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }
const json* member(const json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}
std::optional<std::string> text_at(const json& j, const char* key) {
    const json* v = member(j, key);
    return v && v->is_string() ? std::optional(v->get<std::string>()) : std::nullopt;
}
std::optional<int> int_at(const json& j, const char* key) {
    const json* v = member(j, key);
    if (!v || !v->is_number_integer()) return std::nullopt;
    long long n = v->get<long long>();
    return n >= 0 && n <= INT_MAX ? std::optional((int)n) : std::nullopt;
}

std::string day_of(const std::string& now) { return now.substr(0, 10); }


std::string fingerprint(const std::string& raw) {   // FNV-1a 64 + length
    unsigned long long h = 1469598103934665603ull;
    for (unsigned char c : raw) h = (h ^ c) * 1099511628211ull;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%016llx:%zu", h, raw.size());
    return buf;
}

json meta_json(const Library::Meta& m) {
    return {{"name", m.name}, {"revision", m.revision}, {"updated_at", m.updated_at},
            {"last_exported_at", m.last_exported_at ? json(*m.last_exported_at) : json()},
            {"snap_day", m.snap_day}, {"saves_since_snap", m.saves_since_snap}};
}

// The library object as a record holds it: the index's fields and the writers.
json record_meta_json(const Library::Meta& m) {
    json j = meta_json(m);
    j["writers"] = m.writers;
    return j;
}

// A save's name in "writers".
std::string tip_of(const std::string& writer, int revision) { return writer + "@" + std::to_string(revision); }
std::string tip_of(const Library::Meta& m) { return m.writers.empty() ? "" : m.writers.back(); }

// The meta of a record written by `writer` at m.revision: its writers gain that save.
void add_writer(Library::Meta& m, const std::string& writer) {
    m.writers.push_back(tip_of(writer, m.revision));
    if (m.writers.size() > (size_t)Library::kWritersKept)
        m.writers.erase(m.writers.begin(), m.writers.end() - Library::kWritersKept);
}

// The library object of a record, or a cached index entry (the same fields).
bool read_meta(const json& lib, Library::Meta& m, Problem& problem) {
    auto rev = int_at(lib, "revision");
    auto name = text_at(lib, "name");
    auto updated = text_at(lib, "updated_at");
    auto fail = [&](const char* key, const char* expected) {
        const json* v = member(lib, key);
        problem = {v ? ProblemKind::wrong_type : ProblemKind::missing, std::string("library.") + key, expected,
                   v ? dump(*v) : ""};
        return false;
    };
    if (!rev || *rev < 1) return fail("revision", "integer ≥ 1");
    if (!name) return fail("name", "string");
    if (!updated) return fail("updated_at", "string");
    m = {*name, *rev, *updated, text_at(lib, "last_exported_at"), text_at(lib, "snap_day").value_or(""),
         int_at(lib, "saves_since_snap").value_or(0), {}};
    if (const json* w = member(lib, "writers"); w && w->is_array())
        for (const json& tip : *w)
            if (tip.is_string()) m.writers.push_back(tip.get<std::string>());
    return true;
}

// The one gate for stored records is the importer: depth, size, format,
// version and every field are checked there before the library object is read.
Library::Stored decode(const std::string& raw) {
    Library::Stored s;
    s.raw = raw;
    s.status = LibStatus::corrupt;
    json record;   // the importer's parse, for the library object beside the plan
    ImportResult imported = import_plan_json(raw, &record);
    if (!imported.ok()) {
        s.problem = imported.problem;
        return s;
    }
    const json* lib = member(record, "library");
    if (!read_meta(lib ? *lib : json(), s.meta, s.problem)) return s;
    s.plan = std::move(imported.plan);
    s.status = LibStatus::ok;
    return s;
}

// The envelope for `plan`, only if it passes the importer's checks (read
// back from the value to be written: what the reader refuses is never stored).
std::optional<json> envelope(const Plan& plan, const std::string& now, Problem& problem) {
    json env = plan_envelope(plan, now);
    ImportResult check = import_plan_envelope(env);
    if (!check.ok()) {
        problem = check.problem;
        return std::nullopt;
    }
    return env;
}

PlanEntry entry_of(const std::string& id, const Library::Stored& s) {
    if (s.status != LibStatus::ok) return {id, "", "", 0, std::nullopt, true, s.problem, s.aside_key};
    return {id, s.meta.name, s.meta.updated_at, s.meta.revision, s.meta.last_exported_at};
}

LibStatus lib_status(StoreStatus s) {
    switch (s) {
        case StoreStatus::ok: return LibStatus::ok;
        case StoreStatus::quota_exceeded: return LibStatus::quota_exceeded;
        case StoreStatus::read_back_mismatch: return LibStatus::read_back_mismatch;
        default: return LibStatus::unavailable;
    }
}

}  // namespace

Library::Library(KeyValueStore& store, std::string id_seed) : store_(&store) {
    for (char& c : id_seed)
        if (!valid_id(std::string(1, c))) c = '_';
    seed_ = id_seed.empty() ? "p" : id_seed;
}

// ---- the store underneath ------------------------------------------------------
void Library::go_memory(MemoryReason why) {
    if (memory_) return;
    memory_ = std::make_unique<MemoryStore>();
    memory_reason_ = why;
    // What can still be read comes along; a store that cannot list its keys
    // gives nothing, and the notice says the saved plans are not shown.
    if (auto listed = store_->keys())
        for (const auto& key : *listed)
            if (auto value = store_->get(key)) memory_->set(key, *value);
    store_ = memory_.get();
    notice_pending_ = true;
}

std::vector<std::string> Library::keys() {
    if (auto listed = store_->keys()) return *listed;
    go_memory(MemoryReason::unreadable);
    return *store_->keys();   // the memory store always lists
}

bool Library::check_storage() {
    if (store_->set(kProbeKey, "1") == StoreStatus::unavailable) {
        go_memory(MemoryReason::unavailable);
        return false;
    }
    // Writes work; reads must too, or every plan would look missing.
    const bool read_back = store_->get(kProbeKey) == "1";
    store_->remove(kProbeKey);
    if (!read_back || !store_->keys()) go_memory(MemoryReason::unreadable);
    return !in_memory();
}

S Library::memory_notice() const {
    switch (memory_reason_) {
        case MemoryReason::unreadable: return S::library_unreadable;
        case MemoryReason::put_back_failed: return S::library_put_back_failed;
        default: return S::library_unavailable;
    }
}

bool Library::take_unavailable_notice() { return std::exchange(notice_pending_, false); }

StoreStatus Library::put(const std::string& key, const std::string& value) {
    StoreStatus s = store_->set(key, value);
    if (s == StoreStatus::unavailable) {
        go_memory(MemoryReason::unavailable);
        s = store_->set(key, value);
    }
    if (s == StoreStatus::quota_exceeded && drop_oldest_snapshots(key.size() + value.size()))
        s = store_->set(key, value);   // once: if it still does not fit, the caller says so
    return s;
}

// The plan key is the last thing a save writes; if the store kept something
// else, the previous record goes back so no earlier state is lost. The
// put-back is read back too: if the store keeps that wrong as well, nothing
// it holds can be trusted, so the library works in memory from then on (the
// notice says so) and this save is kept there.
StoreStatus Library::write_plan(const std::string& id, const std::string& text, const std::string* previous) {
    StoreStatus s = put(plan_key(id), text);
    if (s != StoreStatus::read_back_mismatch) return s;
    if (previous) store_->set(plan_key(id), *previous);
    else store_->remove(plan_key(id));
    const std::optional<std::string> now_stored = store_->get(plan_key(id));
    const bool put_back = previous ? now_stored == *previous : !now_stored;
    if (put_back) return s;
    go_memory(MemoryReason::put_back_failed);
    return store_->set(plan_key(id), text);
}

bool Library::drop_oldest_snapshots(std::size_t bytes_needed) {
    std::vector<std::pair<std::string, std::string>> by_age;   // (updated_at, key)
    for (const auto& key : keys()) {
        if (!key.starts_with(kSnapPrefix)) continue;
        Stored s = decode(store_->get(key).value_or(""));
        by_age.emplace_back(s.meta.updated_at, key);   // unreadable ones sort first
    }
    core::stable_sort(by_age, std::less<>());
    std::size_t freed = 0;
    for (const auto& [age, key] : by_age) {
        if (freed >= bytes_needed) break;
        freed += key.size() + store_->get(key).value_or("").size();
        store_->remove(key);
    }
    return freed > 0;
}

std::vector<int> Library::snapshot_revisions(const std::string& id) {
    std::vector<int> revs;
    for (const auto& key : keys())
        if (int n = number_after(key, kSnapPrefix + id + "."); n > 0) revs.push_back(n);
    core::stable_sort(revs, std::greater<>());
    return revs;
}

void Library::rotate_snapshots(const std::string& id) {
    std::vector<int> revs = snapshot_revisions(id);
    for (size_t i = kSnapshotsKept; i < revs.size(); ++i) store_->remove(snap_key(id, revs[i]));
}

// A value that cannot be read is copied once to a fresh aside key; the same
// text already aside is not copied again, so listing twice costs nothing.
std::string Library::set_aside(const std::string& id, const std::string& raw) {
    const std::string prefix = kAsidePrefix + id + ".";
    int next = 1;
    for (const auto& key : keys()) {
        int n = number_after(key, prefix);
        if (n < 0) continue;
        if (store_->get(key) == raw) return key;
        next = std::max(next, n + 1);
    }
    std::string key = prefix + std::to_string(next);
    return put(key, raw) == StoreStatus::ok ? key : "";
}

std::string Library::new_id() {
    std::set<std::string> used;
    for (const auto& key : keys()) used.insert(id_in_key(key));
    std::string id;
    do id = seed_ + "-" + std::to_string(++counter_);
    while (used.count(id));
    return id;
}

// ---- reading ----------------------------------------------------------------------
Library::Stored Library::read_plan(const std::string& id) {
    auto raw = valid_id(id) ? store_->get(plan_key(id)) : std::nullopt;
    if (!raw) return Stored{};
    Stored s = decode(*raw);
    if (s.status == LibStatus::corrupt) s.aside_key = set_aside(id, *raw);
    return s;
}

std::vector<PlanEntry> Library::list() {
    json old_index = parse(store_->get(kIndexKey).value_or(""));
    const json* cached = member(old_index, "plans");
    json fresh = json::object();
    std::vector<PlanEntry> out;
    for (const auto& key : keys()) {
        std::string id = key.starts_with(kPlanPrefix) ? id_in_key(key) : "";
        auto raw = valid_id(id) ? store_->get(key) : std::nullopt;
        if (!raw) continue;
        const std::string fp = fingerprint(*raw);
        const json* c = cached ? member(*cached, id.c_str()) : nullptr;
        Stored s;
        Problem ignored;
        if (c && text_at(*c, "fp") == fp && read_meta(*c, s.meta, ignored)) {
            s.status = LibStatus::ok;   // unchanged since it was last read: no need to parse it
        } else {
            s = decode(*raw);
            if (s.status == LibStatus::corrupt) s.aside_key = set_aside(id, *raw);
        }
        if (s.status == LibStatus::ok) {   // corrupt entries are not cached: they are reported every time
            fresh[id] = meta_json(s.meta);
            fresh[id]["fp"] = fp;
        }
        out.push_back(entry_of(id, s));
    }
    if (!cached || *cached != fresh) {
        json index = json::object();
        index["version"] = 1;
        index["plans"] = std::move(fresh);
        store_->set(kIndexKey, dump(index));   // a cache: if it does not fit, listing is just slower
    }
    core::stable_sort(out, [](const PlanEntry& a, const PlanEntry& b) {
        if (a.corrupt != b.corrupt) return b.corrupt;
        return a.updated_at != b.updated_at ? a.updated_at > b.updated_at : a.id < b.id;
    });
    return out;
}

std::vector<TrashEntry> Library::trash() {
    std::vector<TrashEntry> out;
    for (const auto& key : keys()) {
        if (!key.starts_with(kTrashPrefix)) continue;
        std::string value = store_->get(key).value_or("");
        json head = parse(value.substr(0, value.find('\n')));
        out.push_back({id_in_key(key), text_at(head, "name").value_or(""), text_at(head, "deleted_at").value_or("")});
    }
    core::stable_sort(out, [](const TrashEntry& a, const TrashEntry& b) {
        return a.deleted_at != b.deleted_at ? a.deleted_at > b.deleted_at : a.id < b.id;
    });
    return out;
}

std::vector<SnapshotEntry> Library::snapshots(const std::string& id) {
    std::vector<SnapshotEntry> out;
    for (int rev : snapshot_revisions(id))
        out.push_back({rev, decode(store_->get(snap_key(id, rev)).value_or("")).meta.updated_at});
    return out;
}

std::vector<AsideEntry> Library::aside_values() {
    std::vector<AsideEntry> out;
    for (const auto& key : keys())
        if (key.starts_with(kAsidePrefix)) out.push_back({key, id_in_key(key)});
    return out;
}

Loaded Library::load(const std::string& id) {
    Stored s = read_plan(id);
    return {s.status, s.plan, s.status == LibStatus::not_found ? PlanEntry{id} : entry_of(id, s), tip_of(s.meta)};
}

Loaded Library::load_snapshot(const std::string& id, int revision) {
    auto raw = valid_id(id) ? store_->get(snap_key(id, revision)) : std::nullopt;
    if (!raw) return {LibStatus::not_found, {}, PlanEntry{id}};
    Stored s = decode(*raw);
    return {s.status, s.plan, entry_of(id, s)};
}

std::optional<int> Library::stored_revision(const std::string& id) {
    Stored s = read_plan(id);
    return s.status == LibStatus::ok ? std::optional(s.meta.revision) : std::nullopt;
}

std::optional<std::string> Library::raw(const std::string& id) { return store_->get(plan_key(id)); }

std::optional<std::string> Library::aside_text(const std::string& key) {
    return key.starts_with(kAsidePrefix) ? store_->get(key) : std::nullopt;
}

std::string Library::name_of(const std::string& id) {
    Stored s = read_plan(id);
    if (s.status == LibStatus::ok) return s.meta.name;
    for (const auto& t : trash())
        if (t.id == id) return t.name;
    return "";
}

// ---- writing ------------------------------------------------------------------------
Saved Library::create(const Plan& plan, const std::string& name, const std::string& now) {
    Problem problem;
    auto env = envelope(plan, now, problem);
    if (!env) return {LibStatus::refused_invalid, "", 0, problem};
    return store_new(*env, name, now);
}

Saved Library::create_imported(json& env, const std::string& name, const std::string& now) {
    if (!env.is_object()) return {LibStatus::refused_invalid, "", 0, Problem{ProblemKind::wrong_type, "", "object", ""}};
    return store_new(env, name, now);
}

Saved Library::store_new(json& env, const std::string& name, const std::string& now) {
    Saved out;
    Meta meta{name, 1, now, std::nullopt, day_of(now), 0, {}};
    add_writer(meta, seed_);
    env["library"] = record_meta_json(meta);
    std::string text = dump(env);
    if ((out.problem = text_limits(text))) return {LibStatus::refused_invalid, "", 0, out.problem};
    out.id = new_id();
    out.status = lib_status(write_plan(out.id, text, nullptr));
    out.revision = out.status == LibStatus::ok ? 1 : 0;
    if (out.status == LibStatus::ok) out.tip = tip_of(meta);
    return out;
}

Saved Library::save_keeping_snapshot(const std::string& id, const Plan& plan, int expected_revision,
                                     const std::string& now) {
    return save_impl(id, plan, expected_revision, now, /*force_snapshot=*/true);
}

Saved Library::save(const std::string& id, const Plan& plan, int expected_revision, const std::string& now) {
    return save_impl(id, plan, expected_revision, now, false);
}

Saved Library::save_impl(const std::string& id, const Plan& plan, int expected, const std::string& now,
                         bool force_snapshot) {
    Saved out{LibStatus::ok, id, expected, {}};
    auto env = envelope(plan, now, out.problem);
    if (!env) {
        out.status = LibStatus::refused_invalid;
        return out;
    }
    Stored cur = read_plan(id);   // re-read just before writing: another tab may have saved
    if (cur.status != LibStatus::ok) {
        out.status = cur.status == LibStatus::corrupt ? LibStatus::conflict : cur.status;
        out.problem = cur.problem;
        out.revision = 0;
        return out;
    }
    if (cur.meta.revision != expected) {
        out.status = LibStatus::conflict;
        out.revision = cur.meta.revision;
        return out;
    }
    if (plan == cur.plan) return out;   // nothing changed: no write, no new revision
    if (plan == Plan{}) {
        out.status = LibStatus::refused_empty;
        return out;
    }
    Meta meta = cur.meta;
    meta.revision += 1;
    meta.updated_at = now;
    meta.saves_since_snap += 1;
    if (force_snapshot || day_of(now) != meta.snap_day || meta.saves_since_snap >= kSnapshotEverySaves) {
        if (put(snap_key(id, cur.meta.revision), cur.raw) == StoreStatus::ok) {
            meta.snap_day = day_of(now);
            meta.saves_since_snap = 0;
        }
    }
    add_writer(meta, seed_);
    (*env)["library"] = record_meta_json(meta);
    std::string text = dump(*env);
    if ((out.problem = text_limits(text))) {
        out.status = LibStatus::refused_invalid;
        return out;
    }
    out.status = lib_status(write_plan(id, text, &cur.raw));
    if (out.status != LibStatus::ok) return out;
    rotate_snapshots(id);
    out.revision = meta.revision;
    out.tip = tip_of(meta);
    return out;
}

Saved Library::save_as_copy(const std::string& id, const Plan& plan, const std::string& suffix,
                            const std::string& now) {
    return create(plan, name_of(id) + suffix, now);
}

Resolved Library::resolve_conflict(const std::string& id, const Plan& mine, bool has_unsaved_changes,
                                   const std::string& copy_suffix, const std::string& now) {
    if (!has_unsaved_changes) {
        Loaded stored = load(id);
        if (stored.status == LibStatus::ok)
            return {Resolution::reloaded, id, stored.plan, stored.entry.revision, LibStatus::ok, stored.tip};
        if (stored.status == LibStatus::not_found) return {Resolution::closed, id, mine, 0, LibStatus::not_found};
        // Unreadable: this tab holds the last good version, so keep it as a copy.
    }
    Saved copy = save_as_copy(id, mine, copy_suffix, now);
    if (copy.status != LibStatus::ok) return {Resolution::failed, id, mine, 0, copy.status};
    return {Resolution::saved_as_copy, copy.id, mine, copy.revision, LibStatus::ok, copy.tip};
}

Saved Library::duplicate(const std::string& id, const std::string& suffix, const std::string& now) {
    Stored s = read_plan(id);
    if (s.status != LibStatus::ok) return {s.status, id, 0, s.problem};
    return create(s.plan, s.meta.name + suffix, now);
}

// Library data only: the plan text and its revision stay as they are.
template <class Change>
LibStatus Library::rewrite_meta(const std::string& id, Change change) {
    Stored cur = read_plan(id);
    if (cur.status != LibStatus::ok) return cur.status;
    json record = parse(cur.raw);
    change(cur.meta);
    record["library"] = record_meta_json(cur.meta);
    return lib_status(write_plan(id, dump(record), &cur.raw));
}

LibStatus Library::rename(const std::string& id, const std::string& name) {
    return rewrite_meta(id, [&](Meta& m) { m.name = name; });
}

LibStatus Library::mark_exported(const std::string& id, const std::string& now) {
    return rewrite_meta(id, [&](Meta& m) { m.last_exported_at = now; });
}

LibStatus Library::remove(const std::string& id, const std::string& now) {
    Stored cur = read_plan(id);   // an unreadable record is copied aside here first
    if (cur.status == LibStatus::not_found) return LibStatus::not_found;
    json head = json::object();
    head["name"] = cur.status == LibStatus::ok ? cur.meta.name : "";
    head["deleted_at"] = now;
    StoreStatus s = put(trash_key(id), dump(head) + "\n" + cur.raw);
    if (s == StoreStatus::read_back_mismatch) store_->remove(trash_key(id));
    if (s != StoreStatus::ok) return lib_status(s);   // the plan stays where it was
    store_->remove(plan_key(id));
    return LibStatus::ok;
}

LibStatus Library::restore(const std::string& id) {
    auto value = valid_id(id) ? store_->get(trash_key(id)) : std::nullopt;
    if (!value) return LibStatus::not_found;
    if (store_->get(plan_key(id))) return LibStatus::exists;
    size_t newline = value->find('\n');
    if (newline == std::string::npos) return LibStatus::corrupt;
    LibStatus s = lib_status(write_plan(id, value->substr(newline + 1), nullptr));
    if (s == LibStatus::ok) store_->remove(trash_key(id));
    return s;
}

LibStatus Library::purge(const std::string& id) {
    if (!valid_id(id) || !store_->get(trash_key(id))) return LibStatus::not_found;
    for (int rev : snapshot_revisions(id)) store_->remove(snap_key(id, rev));
    store_->remove(trash_key(id));
    return LibStatus::ok;
}

Saved Library::restore_snapshot(const std::string& id, int snapshot_revision, int expected_revision,
                                const std::string& now) {
    Loaded snap = load_snapshot(id, snapshot_revision);
    if (snap.status != LibStatus::ok) return {snap.status, id, 0, snap.entry.problem};
    return save_impl(id, snap.plan, expected_revision, now, /*force_snapshot=*/true);
}

// ---- two tabs ---------------------------------------------------------------------
std::optional<bool> Library::holds(const std::string& id, const std::string& tip) {
    if (tip.empty()) return std::nullopt;
    Stored s = read_plan(id);
    if (s.status != LibStatus::ok || s.meta.writers.empty()) return std::nullopt;
    return std::find(s.meta.writers.begin(), s.meta.writers.end(), tip) != s.meta.writers.end();
}

Saved Library::keep_overwritten(const std::string& id, const std::string& tip, const Plan& plan,
                                const std::string& name, const std::string& now) {
    // The same save always gets the same id: "k" and a hash of (id, tip).
    char derived[24];
    std::snprintf(derived, sizeof derived, "k%.16s", fingerprint(id + "\n" + tip).c_str());
    const std::string copy_id = derived;
    if (store_->get(plan_key(copy_id)) || store_->get(trash_key(copy_id))) return {LibStatus::ok, copy_id, 0, {}, ""};
    Problem problem;
    auto env = envelope(plan, now, problem);
    if (!env) return {LibStatus::refused_invalid, "", 0, problem};
    Meta meta{name, 1, now, std::nullopt, day_of(now), 0, {}};
    add_writer(meta, seed_);
    (*env)["library"] = record_meta_json(meta);
    const std::string text = dump(*env);
    if ((problem = text_limits(text))) return {LibStatus::refused_invalid, "", 0, problem};
    LibStatus status = lib_status(write_plan(copy_id, text, nullptr));
    return {status, copy_id, status == LibStatus::ok ? 1 : 0, {}, status == LibStatus::ok ? tip_of(meta) : ""};
}

void Library::write_lastsave(const std::string& id, const std::string& tip, const std::string& now) {
    auto raw = valid_id(id) && !tip.empty() ? store_->get(plan_key(id)) : std::nullopt;
    if (!raw) return;
    json head = {{"id", id}, {"tip", tip}, {"at", now}};
    // Best effort: a full store keeps the record itself, which this only guards.
    store_->set(kLastsavePrefix + seed_, dump(head) + "\n" + *raw);
}

void Library::drop_lastsave() { store_->remove(kLastsavePrefix + seed_); }

Library::LastsaveCheck Library::check_lastsaves(const std::string& suffix, const std::string& now) {
    LastsaveCheck out;
    std::vector<std::string>& kept = out.kept;
    for (const auto& key : keys()) {
        if (!key.starts_with(kLastsavePrefix) || key == kLastsavePrefix + seed_) continue;
        const std::string value = store_->get(key).value_or("");
        const size_t newline = value.find('\n');
        json head = parse(value.substr(0, newline));
        const auto at = unix_seconds(text_at(head, "at").value_or(""));
        const auto then = unix_seconds(now);
        if (at && then && *then - *at < kLastsaveSettleSeconds) {
            out.waiting = true;
            continue;
        }
        const std::string id = text_at(head, "id").value_or("");
        const std::string tip = text_at(head, "tip").value_or("");
        Stored saved = newline == std::string::npos ? Stored{} : decode(value.substr(newline + 1));
        if (saved.status == LibStatus::ok && valid_id(id) && !tip.empty()) {
            Stored cur = read_plan(id);
            const bool held = cur.status == LibStatus::ok &&
                              (cur.plan == saved.plan || std::find(cur.meta.writers.begin(), cur.meta.writers.end(),
                                                                   tip) != cur.meta.writers.end());
            // A plan deleted since (in the trash) is left deleted.
            if (!held && cur.status != LibStatus::not_found) {
                Saved k = keep_overwritten(id, tip, saved.plan, saved.meta.name + suffix, now);
                if (k.status != LibStatus::ok) continue;   // tried again at the next start
                if (k.revision == 1) kept.push_back(k.id);
            }
        }
        store_->remove(key);
    }
    return out;
}

S status_label(LibStatus status) {
    static const S labels[] = {
        S::library_status_ok, S::library_status_not_found, S::library_status_corrupt,
        S::library_status_conflict, S::library_status_refused_empty, S::library_status_refused_invalid,
        S::library_status_quota_exceeded, S::library_status_read_back_mismatch,
        S::library_status_unavailable, S::library_status_exists,
    };
    static_assert(sizeof(labels) / sizeof(labels[0]) == (size_t)LibStatus::exists + 1);
    return labels[(int)status];
}

}  // namespace core
