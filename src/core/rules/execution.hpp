#pragma once
// The execution record read and written: the Today view's lines for a role
// and a day, marking one sent / late / skipped, and the figures the
// dashboard, the weekly review and the CSV export show
// (plan_execution.hpp holds the marks).
//
// What counts:
//  - every item the calendar gives in a range is planned (slots, columns,
//    monthly tasks, SOP lines, campaigns on their first day, run-sheet steps,
//    content items), skips applied;
//  - it is due once its day is over (before `today`), or earlier when it
//    was marked: a mark made ahead of time counts at once;
//  - due without a mark is missed (漏发);
//  - lines timed "day N after a member joined" are the Today view's too
//    (for whoever joined N days before), but nobody knows whether anyone
//    joined that day, so they count only when marked.
#include <optional>
#include <string>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/model/plan.hpp"
#include "core/rules/calendar.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct TodayItem {
    CalendarItem item;
    std::optional<int> joined_days;        // a line for members who joined this many days before
    std::optional<ExecutionMark> mark;
    bool operator==(const TodayItem&) const = default;
};

// What `role_id` does on `date` ("" = every role): the calendar's items of
// the role and those with no owner (someone has to do them), then the lines
// for members who joined N days before; all-day first, then by time.
std::vector<TodayItem> today_items(const Plan& plan, const std::string& role_id, Date date);

// The item's mark, or nullptr.
const ExecutionMark* find_mark(const Plan& plan, const CalendarItem& item);

// Marks an item; an item has one mark, so a new one replaces the old (one
// undo step either way). `at`: ISO 8601 UTC; `by`: the role marking it.
// The reason is kept for a skip only.
Edit mark_edit(const Plan& plan, const CalendarItem& item, ExecStatus status, const std::string& at,
               const std::string& by, const std::string& reason = {});
// Takes the item's mark away; none when it has no mark.
std::optional<Edit> unmark_edit(const Plan& plan, const CalendarItem& item);

// A line that slipped in a range: skipped or missed, most first.
struct SlippedLine {
    CalendarSource source = CalendarSource::slot;
    std::string rule;
    std::string title;
    int skipped = 0;
    int missed = 0;
    std::vector<std::string> reasons;   // the skips' reasons, distinct, in order
    bool operator==(const SlippedLine&) const = default;
};

struct ExecutionSummary {
    int planned = 0;   // items in the range
    int due = 0;       // of those, days over or marked
    int sent = 0;      // marked sent (on time)
    int late = 0;      // marked sent late
    int skipped = 0;
    int missed = 0;    // due, no mark
    std::vector<SlippedLine> slipped;   // most skipped + missed first, then by title
    int done() const { return sent + late; }
    // Percent of due items sent (on time or late); none when nothing is due.
    std::optional<int> rate() const;
    bool operator==(const ExecutionSummary&) const = default;
};

// [from, to] inclusive, judged on `today`.
ExecutionSummary execution_summary(const Plan& plan, Date from, Date to, Date today);

// "本周已发 18 / 应发 20（晚发 2），跳过 1，漏发 1，执行率 95%", for the dashboard
// and the review; "执行率" is left out when nothing is due.
std::string execution_summary_text(const ExecutionSummary& summary, Lang lang);
// "最常没发：晚间福利（跳过 2 次：群主在外）、周三直播（漏发 1 次）" (at most `n`
// lines); "" when nothing slipped.
std::string slipped_text(const ExecutionSummary& summary, Lang lang, size_t n = 3);

// A mark as a person reads it, in the plan's time zone: "已发送 · 12-03 20:01 ·
// 群主", "跳过：群里在吵架". The CSV export's status column and the Today view
// (which gives the day shown: a mark made that day shows its time alone).
std::string mark_text(const Plan& plan, const ExecutionMark& mark, Lang lang, std::optional<Date> day = {});
// "20:01" (or "12-02 20:01" on another day than `day`): when it was marked,
// in the plan's time zone; "" for a timestamp that is not ISO 8601.
std::string mark_time_text(const Plan& plan, const ExecutionMark& mark, std::optional<Date> day = {});

S label_of(ExecStatus v);

}  // namespace core
