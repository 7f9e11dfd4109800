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

// Longest list the reader accepts (a year of daily items is ~2,500).
inline constexpr std::size_t kMaxListItems = 20000;
// An id: 1–64 bytes of [A-Za-z0-9_-].
inline constexpr std::size_t kMaxIdBytes = 64;

// What a list's elements are (their ids are unique within the kind, across
// the whole plan) and what a reference field points at.
enum class IdKind {
    role, rule, script, slot, column, line, month_task, campaign, runsheet, run_step,
    content, asset, points_rule, reward, level, product, promotion,
    kpi, log_entry, check, remedy, alert, review, calendar_override, placeholder, execution_mark, group_placeholder, count_
};

struct IdText {};                 // the element's own id
struct Ids { IdKind kind; };      // a list of elements with ids of this kind
struct Ref { IdKind kind; };      // an id of this kind, or "" for none

}  // namespace core
