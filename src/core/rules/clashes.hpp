#pragma once
// Same-minute clashes: two lines for the same role at the same minute are
// flagged (one person cannot post both at once).
//
// What counts: timed calendar items (calendar.hpp) with an owner role —
// slots, columns, SOP lines, run-sheet steps, content items on a slot (they
// carry the slot's role; a content item on its own has a person, not a
// role). All-day items (month tasks, campaigns, untimed steps, columns
// without a slot) have no minute and never clash. A slot and the columns
// placed on it that day are one post (the column fills the slot): they never
// clash with each other, however many columns share the slot; when another
// line of the role meets them, each of them is named.
//
// Each clash is reported once:
//  - of the weekly pattern (slots, columns, lines timed daily or on a
//    weekday): once per weekday, time and role, without a date;
//  - of dated things (run-sheet steps, lines on a date or day N after
//    creation, content items, and items a calendar override moved): once per
//    date, time and role, over the plan's first year from its start date —
//    or, without a start date, the twelve weeks from `from`. A weekly line
//    that meets a dated one is named in that date's clash too.
#include <optional>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/rules/calendar.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct Clash {
    std::string role;                 // the role id
    int weekday = 1;                  // 1 = Monday … 7 = Sunday
    std::optional<Date> date;         // none: every `weekday` of the weekly pattern
    TimeOfDay time;
    // The lines, in calendar order: their rule ids (slot, column, line, run
    // step, content item), their sources and titles, one each.
    std::vector<std::string> ids;
    std::vector<CalendarSource> sources;
    std::vector<std::string> titles;
    bool operator==(const Clash&) const = default;
};

// Days searched for dated clashes: a year from the start date, or twelve
// weeks from `from` when the plan has none.
inline constexpr int kClashYearDays = 365;
inline constexpr int kClashWeeksWithoutStart = 12;

// Weekly clashes first (by weekday, time, the role's place in the plan's
// roles), then dated ones (by date, time, role).
std::vector<Clash> time_clashes(const Plan& plan, Date from);

// time_clashes a stretch of days at a time, for a screen that cannot wait
// for a year of the calendar in one frame (the load tab): the weekly
// clashes are found at construction, the dated ones by step(). Every step
// is given the same plan, unchanged since the scan began; result() after
// the last step equals time_clashes(plan, from).
class ClashScan {
public:
    ClashScan(const Plan& plan, Date from);
    // Looks through up to `days` more days; true once the whole span is done.
    bool step(const Plan& plan, int days);
    bool done() const { return next_.days > last_.days; }
    // The days looked through so far, of how many.
    int days_done() const { return next_.days - first_.days; }
    int days_total() const { return last_.days - first_.days + 1; }
    // How many clashes have been found so far (result()'s size).
    size_t found() const { return weekly_.size() + dated_.size(); }
    // Weekly then dated, each sorted as time_clashes sorts them; dated ones
    // only of the days looked through.
    std::vector<Clash> result(const Plan& plan) const;

private:
    std::vector<Clash> weekly_, dated_;
    Date first_, next_, last_;
};

// Every clash on each date of [from, to] (at most kMaxCalendarDays), of the
// weekly pattern or not, each with its date; by date, time, role. For a
// day's view, or to check a change on the days it touches.
std::vector<Clash> clashes_between(const Plan& plan, Date from, Date to);

// "周三 20:00 阿敏同时有两条：「晚间福利」和「答疑夜 · 介绍嘉宾」";
// dated: "12月9日（周三）20:00 …".
std::string clash_text(const Plan& plan, const Clash& clash, Lang lang);

}  // namespace core
