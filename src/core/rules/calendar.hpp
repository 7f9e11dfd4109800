#pragma once
// The rhythm and the dated content items expanded into
// dated calendar items for any range of days, with the plan's one-date
// overrides (plan_calendar.hpp) applied. A pure function of the plan: the
// week view, the month view, the mix, auto-fill and the CSV/ICS exports all
// read the same items.
//
// What lands on a date D:
//  - daily slots: every day, at the slot's time;
//  - weekly columns: on their weekday. A column placed on a slot takes that
//    slot's place that day, at its time (the slot's own item does not appear);
//    several columns on one slot each get an item. A column without a slot is
//    an all-day item;
//  - monthly tasks: on their day of the month; a day past the month's end
//    falls on its last day (31 → 30 April, 28/29 February); all-day;
//  - SOP lines (cold start and mature phase alike) by their Timing: daily,
//    on a weekday, on a date, or day N after the group was created
//    (day 0 + N: the takeover date of a plan that takes over an existing
//    group, else basics.start_date; plan_day0). Lines timed "after a member joined" run per
//    member from each member's own joining day, so they are not on the
//    group's calendar (sop_rules.hpp counts them against the WeCom limits);
//  - campaigns: one all-day item from start to end (end = start when unset);
//    it is in a range when any of its days is;
//  - the steps of a dated event run-sheet: on the event's date plus the
//    step's day (-1 = the day before), at the step's time or all day;
//  - content items with a publish date. One that names a slot fills that
//    slot's (or the column's on it) item on that date, unless it has a time
//    of its own that differs; otherwise it is an item of its own at its time
//    (or its slot's time, or all day).
// Before day 0 the plan is not running yet: daily slots, weekly columns,
// monthly tasks and daily/weekday lines start on day 0 (the start date, or
// the takeover date of a plan that took over an existing group).
// Dated things (campaigns, content items, lines on a date) show on their date
// regardless. Without a start date the rhythm runs on every day and lines
// timed "after created" have no date.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/plan.hpp"

namespace core {

struct CalendarItem {
    std::string key;        // the item's address for overrides: rule key + "@" + original date
    CalendarSource source = CalendarSource::slot;
    std::string rule;       // id of the slot / column / month task / line / campaign / content item / run step
    Date date;              // the day it shows on (after a move)
    Date original;          // the day its rule gives it
    Date last;              // last day: campaigns span days; otherwise == date
    std::optional<TimeOfDay> time;        // none: all day
    std::string title;      // the rule's (slot purpose, column name, …), the content's, or an edit's
    std::optional<Category> category;     // none for monthly tasks and campaigns
    std::optional<Format> format;         // none for monthly tasks and campaigns
    std::string owner_role; // a role id, "" = none
    std::string owner;      // the content item's owner (a person), "" = none
    std::string slot;       // the slot it sits in, "" = none
    std::string content;    // the content item on it, "" = none (an empty slot)
    std::optional<Status> status;         // that content item's status
    std::optional<Source> content_source; // that content item's source
    std::optional<Date> prep_due;         // that content item's preparation deadline
    int messages = 0;       // operator messages it sends to the group
    std::string note;       // the override's note, else the content item's, column's or step's note
    bool skipped = false;   // only returned with CalendarOptions::include_skipped
    bool moved = false;
    bool retitled = false;
    // A slot (or a column on a slot) with no content item on it: a gap to
    // fill. Auto-fill (content_mix.hpp) fills these.
    bool empty() const;
    bool operator==(const CalendarItem&) const = default;
};

struct CalendarOptions {
    bool include_skipped = false;   // return skipped items too, marked `skipped`
};

// Items whose days meet [from, to] (both inclusive), sorted by date, then
// all-day items before timed ones, then time, then source and key. An empty
// list when to < from. Ranges are cut to kMaxCalendarDays from `from`.
inline constexpr int kMaxCalendarDays = 3 * 366 + 31;
std::vector<CalendarItem> expand_calendar(const Plan& plan, Date from, Date to, CalendarOptions options = {});

// What the rules alone give in [from, to]: no overrides applied, content
// items as items of their own (not yet on their slots). For checking an
// override against its rule (calendar_edits.hpp) and for tests.
std::vector<CalendarItem> expand_rules(const Plan& plan, Date from, Date to);

// An SOP line's item on `date`, as the calendar gives it (and as Today gives
// a line timed "after a member joined", which is on no calendar).
CalendarItem line_item(const SopLine& line, Date date);

// "slot:s-1" and "slot:s-1@2025-03-03".
std::string rule_key(CalendarSource source, std::string_view rule);
std::string item_key(CalendarSource source, std::string_view rule, Date original);

// Weeks start on Monday.
Date monday_of(Date date);
Date first_of_month(Date date);
Date last_of_month(Date date);
int days_in_month(int year, int month);

}  // namespace core
