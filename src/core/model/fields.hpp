#pragma once
// Field checks that describe() attaches to a field: string length limits,
// numeric ranges, ids and references. The JSON reader enforces the first
// three, the plan validator (validate.hpp) the last two, so a file, a share
// link, a stored value and an edit from the UI are held to the same rules.
#include <cstddef>

namespace core {

// Longest string, in characters (code points, as JSON Schema's maxLength
// counts: a hanzi or an emoji is one), that each kind of text field accepts.
enum class Limit : std::size_t {
    line = 200,          // a name, a title
    paragraph = 4000,    // a description
    document = 20000,    // a script, an announcement
};

struct Range {
    double min;
    double max;
};

struct NoCheck {};

// Longest list of any kind the reader accepts (a list of plain values such
// as tags, and the ceiling of every list below).
inline constexpr std::size_t kMaxListItems = 20000;
// An id: 1–64 bytes of [A-Za-z0-9_-].
inline constexpr std::size_t kMaxIdBytes = 64;

// What a list's elements are (their ids are unique within the kind, across
// the whole plan) and what a reference field points at.
enum class IdKind {
    role, rule, script, slot, column, line, month_task, campaign, runsheet, run_step,
    content, asset, points_rule, reward, level, product, promotion,
    kpi, log_entry, check, remedy, alert, review, calendar_override, placeholder, execution_mark,
    import_column, group_placeholder, count_
};

// Longest list of each kind: what an operator plausibly needs, many times
// over, and no more, so that every section stays fast with a plan at every
// limit (BENCHMARKS.md, "Every section at the limits"). The lists that grow
// with time (content, assets, the execution record) keep the ceiling; a day
// has at most 48 slots (one every half hour: already far beyond any group's
// message budget, rules/messages.hpp), a week 100 columns, a KPI five years of
// daily values.
constexpr std::size_t max_items(IdKind kind) {
    switch (kind) {
        case IdKind::slot: return 48;
        case IdKind::column: return 100;
        case IdKind::month_task: return 200;
        case IdKind::line: return 500;
        case IdKind::campaign: return 500;
        case IdKind::runsheet: return 200;
        case IdKind::run_step: return 100;
        case IdKind::role: return 50;
        case IdKind::rule: return 100;
        case IdKind::script: return 500;
        case IdKind::placeholder: return 100;
        case IdKind::points_rule: return 200;
        case IdKind::reward: return 200;
        case IdKind::level: return 50;
        case IdKind::product: return 500;
        case IdKind::promotion: return 500;
        case IdKind::kpi: return 50;
        case IdKind::log_entry: return 1830;
        case IdKind::check: return 200;
        case IdKind::remedy: return 50;
        case IdKind::alert: return 100;
        case IdKind::review: return 1000;
        case IdKind::calendar_override: return 5000;
        case IdKind::import_column: return 200;
        case IdKind::group_placeholder: return 100;
        case IdKind::content:
        case IdKind::asset:
        case IdKind::execution_mark:
        case IdKind::count_: return kMaxListItems;
    }
    return kMaxListItems;
}

struct IdText {};                 // the element's own id
struct Ids { IdKind kind; };      // a list of elements with ids of this kind
struct Ref { IdKind kind; };      // an id of this kind, or "" for none

}  // namespace core
