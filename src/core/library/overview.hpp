#pragma once
// All groups at a glance: one row per plan in the library, with the plan's
// summary (rules/plan_summary.hpp) beside what the library knows of it (its
// name, last change, last export), sortable by any column.
//
// Reading a plan means parsing its record, so the rows are kept between
// updates: a plan is read again only when its record changed (revision or
// save time), the day changed (its day, stage, alerts and week move with
// it) or the language did (the alerts' names). Call update() when the
// overview is shown and when the library changed, never every frame. A plan
// that cannot be read has a row that says so; it is never left out.
//
// Reading fifty plans takes a noticeable moment in the browser, so an update
// may read only a few (max_reads): the others have rows marked `pending`,
// read by the next updates, and the table fills in over a few frames
// instead of freezing one.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/library/library.hpp"
#include "core/rules/plan_summary.hpp"

namespace core {

struct OverviewRow {
    std::string id;
    std::string name;                             // the library's name of the plan
    std::string updated_at;                       // last change (ISO, UTC)
    std::optional<std::string> last_exported_at;  // last export or save to a file
    bool pending = false;                         // not read yet (a later update reads it)
    bool unreadable = false;
    Problem problem;                              // why, when the record is damaged
    LibStatus status = LibStatus::ok;             // why, when it could not be loaded otherwise
    PlanSummary summary;                          // empty when unreadable
};

enum class OverviewColumn { group, owner, city, stage, alerts, week, updated, exported, count_ };

class Overview {
public:
    // One row per entry of `entries` (Library::list()), in that order,
    // reading at most `max_reads` plans not read before (0: all of them).
    void update(Library& library, const std::vector<PlanEntry>& entries, Date today, Lang lang, int max_reads = 0);
    const std::vector<OverviewRow>& rows() const { return rows_; }
    // How many plans the last update read (parsed): the rest came from the cache.
    int last_reads() const { return reads_; }
    // Rows left pending by the last update: call it again to read them.
    int pending() const { return pending_; }

private:
    struct Cached {
        int revision = 0;
        std::string updated_at;
        PlanSummary summary;
    };
    std::unordered_map<std::string, Cached> cache_;
    std::vector<OverviewRow> rows_;
    std::optional<Date> today_;
    Lang lang_ = Lang::zh;
    int reads_ = 0;
    int pending_ = 0;
};

// Sorts by a column, ties by name, then id. What a column lacks (no owner,
// no start date, no execution recorded) comes after every value in either
// direction; rows not read yet come after those, and rows that cannot be
// read last of all, so a sort never hides them among the others. A plan never exported counts as the oldest
// export. Text sorts by its bytes (UTF-8: by code point).
void sort_overview(std::vector<OverviewRow>& rows, OverviewColumn column, bool descending);

}  // namespace core
