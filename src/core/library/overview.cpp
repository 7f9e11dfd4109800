#include "core/library/overview.hpp"

#include <algorithm>
#include <tuple>

#include "core/model/stable_sort.hpp"

namespace core {

void Overview::update(Library& library, const std::vector<PlanEntry>& entries, Date today, Lang lang, int max_reads) {
    if (!today_ || *today_ != today || lang_ != lang) cache_.clear();
    today_ = today;
    lang_ = lang;
    reads_ = 0;
    pending_ = 0;
    std::unordered_map<std::string, Cached> kept;
    rows_.clear();
    rows_.reserve(entries.size());
    for (const PlanEntry& e : entries) {
        OverviewRow row;
        row.id = e.id;
        row.name = e.name;
        row.updated_at = e.updated_at;
        row.last_exported_at = e.last_exported_at;
        row.unreadable = e.corrupt;
        row.problem = e.problem;
        if (!e.corrupt) {
            auto hit = cache_.find(e.id);
            if (hit != cache_.end() && hit->second.revision == e.revision && hit->second.updated_at == e.updated_at) {
                row.summary = hit->second.summary;
                kept[e.id] = std::move(hit->second);
            } else if (max_reads > 0 && reads_ >= max_reads) {
                row.pending = true;
                ++pending_;
            } else {
                ++reads_;
                Loaded l = library.load(e.id);
                if (l.status == LibStatus::ok) {
                    row.summary = summarize_plan(l.plan, today, lang);
                    // Kept under the record as loaded (another tab may have written it since the listing).
                    kept[e.id] = {l.entry.revision, l.entry.updated_at, row.summary};
                } else {
                    row.unreadable = true;
                    row.status = l.status;
                    row.problem = l.entry.problem;
                }
            }
        }
        rows_.push_back(std::move(row));
    }
    cache_ = std::move(kept);   // plans gone from the library leave the cache
}

namespace {

// A column's key: whether it has a value, then the value (a number, then text).
struct Key {
    bool missing = false;
    double number = 0;
    std::string text;
};

Key key_of(const OverviewRow& r, OverviewColumn column) {
    const PlanSummary& s = r.summary;
    switch (column) {
        case OverviewColumn::group: return {false, 0, s.group.empty() ? r.name : s.group};
        case OverviewColumn::owner: return {s.owner.empty(), 0, s.owner};
        case OverviewColumn::city: return {s.city.empty(), 0, s.city};
        case OverviewColumn::stage: {
            // Lifecycle order, then the day: a group earlier in its life first.
            if (!s.stage.day) return {true};
            const double stage = s.stage.current ? (double)(int)*s.stage.current : -1;
            return {false, stage * 1e6 + *s.stage.day};
        }
        case OverviewColumn::alerts: return {false, (double)s.alerts.size()};
        case OverviewColumn::week: {
            if (!s.execution_recorded) return {true};
            const int planned = s.week.planned;
            return {false, planned > 0 ? (double)s.week.done() / planned : 1.0};
        }
        case OverviewColumn::updated: return {false, 0, r.updated_at};
        case OverviewColumn::exported: return {false, 0, r.last_exported_at.value_or("")};
        case OverviewColumn::count_: break;
    }
    return {};
}

}  // namespace

void sort_overview(std::vector<OverviewRow>& rows, OverviewColumn column, bool descending) {
    core::stable_sort(rows, [&](const OverviewRow& a, const OverviewRow& b) {
        if (a.unreadable != b.unreadable) return b.unreadable;
        if (a.pending != b.pending) return b.pending;
        if (!a.unreadable && !a.pending) {
            const Key ka = key_of(a, column), kb = key_of(b, column);
            if (ka.missing != kb.missing) return kb.missing;
            if (!ka.missing) {
                if (ka.number != kb.number) return descending ? ka.number > kb.number : ka.number < kb.number;
                if (ka.text != kb.text) return descending ? ka.text > kb.text : ka.text < kb.text;
            }
        }
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
}

}  // namespace core
