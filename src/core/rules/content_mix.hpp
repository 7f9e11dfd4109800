#pragma once
// The content mix: the actual mix of planned items against the targets
// (default 促活 50 / 转化 30 / 品牌 20), and auto-fill of the slots not
// planned yet: topic ideas for each, keeping what each slot is for, with the
// slots that have no purpose given categories that meet the targets.
//
// What counts, over a date range: every calendar item (calendar.hpp) that has
// a category and is not skipped — daily slots, weekly columns and SOP lines,
// each once per date, and content items. A slot or column with a content item
// on it counts by the content's category; an empty one counts by its own
// (slot or column) category, since that is what the rhythm plans to send.
// Monthly tasks and campaigns have no category and are not counted.
// Over the whole plan (mix_of_content): every content item, dated or not.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/rules/calendar.hpp"
#include "core/edits/edit.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct MixCount {
    std::array<int, 3> count{};   // by Category: activation, conversion, brand
    int total() const { return count[0] + count[1] + count[2]; }
    int of(Category c) const { return count[(size_t)c]; }
    double percent(Category c) const;   // 0 when nothing is counted
    // Actual minus target, in percentage points (negative: too few).
    double deviation(Category c, const MixTargets& targets) const;
    bool operator==(const MixCount&) const = default;
};

MixCount mix_of(const std::vector<CalendarItem>& items);
MixCount mix_of(const Plan& plan, Date from, Date to);
MixCount mix_of_week(const Plan& plan, Date day);    // Monday–Sunday holding `day`
MixCount mix_of_month(const Plan& plan, Date day);   // the calendar month holding `day`
MixCount mix_of_content(const Plan& plan);

// True when some category deviates by more than targets.warn_points; never
// for an empty count.
bool mix_warning(const MixCount& mix, const MixTargets& targets);

std::array<int, 3> target_percents(const MixTargets& targets);

// n whole items split by percentages (summing to 100; any positive total
// works) with the largest-remainder (Hamilton) method: each category gets
// floor(p × n / 100), and the items left over go to the largest remainders;
// equal remainders go in category order (activation, conversion, brand).
std::array<int, 3> largest_remainder(const std::array<int, 3>& percents, int n);

// ---- auto-fill: the pure part ---------------------------------------------------
// `sequence`: the range's counted items in time order; a category for an item
// that is fixed, none for a free position (an empty slot) to assign.
// The free positions get counts that make the whole range meet the targets
// as closely as whole items allow: when no item is fixed (or the fixed ones
// leave room), fixed + assigned = largest_remainder(targets, all items), so
// |count − target share| < 1 per category; when fixed items already exceed a
// category's share, that category gets none and the others share the rest by
// the largest deficit. Within those counts each position takes the category
// furthest behind its even pace (its total × position / items), so every
// category is spread evenly over the days; and no run of three or more
// conversion items in a row contains an assigned one whenever some
// arrangement of the same counts avoids that (`runs_avoided`). The check
// costs a byte per (item, conversion) pair; past 16 Mi pairs (several years
// of daily slots) the run rule is not enforced and runs_avoided is false.
struct Assignment {
    std::vector<Category> free;        // one per free position, in order
    std::array<int, 3> counts{};       // how many of each were assigned
    bool runs_avoided = false;         // the run rule could be and was kept
};
Assignment assign_categories(const std::vector<std::optional<Category>>& sequence,
                             const std::array<int, 3>& targets);

// ---- auto-fill over the calendar --------------------------------------------------
// What a slot or a column is for. Every slot and column carries a category
// (the format requires one), so the category alone cannot say whether the
// user chose it. A slot has a purpose when its purpose text is not blank; a
// column when its name is neither blank nor the name the grid gives a new
// column (rhythm_new_column, in either language). A slot or column without
// a purpose is "uncategorized": its category is only the default.
bool has_purpose(const Slot& slot);
bool has_purpose(const Column& column);

// Auto-fill of [from, to] (any range: a week, a month, custom dates; cut to
// kMaxCalendarDays). Every slot or column-on-a-slot with no content item on
// it ("not planned yet", CalendarItem::empty) gets a proposed content item:
//  - one whose slot or column has a purpose keeps that category;
//  - one without a purpose is a free position of assign_categories, so the
//    range meets the targets around everything else, spread evenly.
// Each item is titled with an idea from the topic bank of its category and
// the plan's industry (topics.hpp), never the slot's or column's own title;
// one cursor per bank walks the range in time order, starting where the
// plan's items of that category leave off, so ideas do not repeat within a
// week when the bank is large enough. Items are status idea, marked as
// auto-filled in their note. `edit` adds them all at once (one undo step).
struct FillProposal {
    std::string key;               // the calendar item filled
    CalendarSource source = CalendarSource::slot;
    Date date;
    std::optional<TimeOfDay> time;
    std::string slot;
    std::string slot_title;        // the slot's purpose or the column's name ("" when blank)
    Category category = Category::activation;
    bool assigned = false;         // no purpose: the category was chosen to meet the targets
    std::string title;             // the suggested topic: the new item's title
    std::string content_id;        // the content item the edit adds
    bool operator==(const FillProposal&) const = default;
};

struct AutoFill {
    std::vector<FillProposal> proposal;   // in time order; empty when everything is planned
    Edit edit;                            // sets content.items to the list with the new items
    MixCount before;                      // mix of the range now
    MixCount after;                       // mix of the range with the proposal applied
    bool runs_avoided = false;
};
AutoFill auto_fill(const Plan& plan, Date from, Date to, Lang lang);

}  // namespace core
