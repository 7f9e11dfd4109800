#pragma once
// iCalendar (RFC 5545) export of the schedule, so a phone calendar
// reminds the operator at each slot — what SCRM tools do with a paid seat.
//
//  - VCALENDAR with PRODID, VERSION:2.0, CALSCALE:GREGORIAN, METHOD:PUBLISH
//    and X-WR-CALNAME / X-WR-TIMEZONE for the calendar apps that read them.
//  - One VTIMEZONE for the plan's zone (calendar.time_zone, default
//    Asia/Shanghai, with its fixed offset calendar.utc_offset_minutes, UTC+8,
//    no daylight saving time), so times stay wall-clock slot times.
//  - The calendar items (calendar.hpp) in [from, to], recurring rules as
//    series, so a year-long plan is a few dozen events, not thousands:
//      daily slots          RRULE:FREQ=DAILY, or FREQ=DAILY;BYDAY=… without
//                           the weekdays where a column takes the slot's place
//      weekly columns and   RRULE:FREQ=WEEKLY;BYDAY=<its weekday>
//      weekday lines        (daily lines FREQ=DAILY)
//      monthly tasks        RRULE:FREQ=MONTHLY;BYMONTHDAY=<day> (1–28),
//                           BYMONTHDAY=-1 (31), or BYMONTHDAY=28,29[,30];
//                           BYSETPOS=-1 (29, 30): the day, or the month's
//                           last day when it is shorter, as the planner does
//    each from its first date in the range (DTSTART) to its last (UNTIL: in
//    UTC for timed series, a DATE for all-day ones). A date without its
//    item (skipped, or moved out of the range) is an EXDATE; an item that
//    differs from its rule's (moved, retitled, a note, a content item on the
//    slot) is an override: same UID, RECURRENCE-ID = the rule's date and
//    time, its own DTSTART and text. Dated and day-N lines, campaigns,
//    run-sheet steps, content items on their own and items moved into the
//    range from outside it are single VEVENTs. A series' rule is only
//    written when its RRULE gives exactly the dates the planner gives
//    (checked while exporting; otherwise its items are written one by one).
//      timed items   DTSTART;TZID=<zone>:YYYYMMDDTHHMMSS + DURATION:PT<calendar.event_minutes>M
//      all-day items DTSTART;VALUE=DATE + DTEND;VALUE=DATE (the day after the last day)
//    SUMMARY (the title, or the item's kind when it has none), DESCRIPTION
//    (the message it sends with its placeholders filled — a series' text is
//    one for all its dates, so {日期} stays to fill there — the script it
//    uses, its attachments with their kinds and "发送前填写：{新人}" for what
//    is left to fill (export_message.hpp); then category, format, owner,
//    kind, status, preparation deadline, source, note; one per line),
//    CATEGORIES (category and kind), and a VALARM (ACTION:DISPLAY)
//    calendar.reminder_minutes before a timed item, or that many minutes
//    before 09:00 on an all-day item's first day; none when
//    reminder_minutes is unset.
//  - UIDs: a series "<source>-<rule>-<plan uid>@sop-planner", a single
//    event "<source>-<rule>-<YYYYMMDD>-<plan uid>@sop-planner" (the rule's
//    date, so a moved item keeps its UID). They do not depend on the export
//    time: importing a re-export updates events instead of duplicating
//    them. Skipped single events are written with STATUS:CANCELLED (unless
//    include_skipped is false), so a re-import cancels an event exported
//    before; a skipped date of a series is always an EXDATE. The plan's uid
//    is calendar.uid; when unset, a hash of the community name stands in
//    (set the uid once — calendar_edits.hpp: ensure_uid_edit — so renaming
//    the community does not change the UIDs).
//  - DTSTAMP is the caller's clock (the core has none), in UTC.
//  - Text is escaped (\\ \; \, and newlines as \n; other control characters
//    dropped), lines end with CRLF and are folded at 75 octets, never inside
//    a UTF-8 character.
#include <string>
#include <string_view>

#include "core/rules/calendar.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct IcsOptions {
    long long now_unix_seconds = 0;   // DTSTAMP
    Lang lang = Lang::zh;
    bool include_skipped = true;      // skipped single items as STATUS:CANCELLED events
};

std::string schedule_ics(const Plan& plan, Date from, Date to, const IcsOptions& options);

// Pieces, exposed for tests.
std::string ics_escape_text(std::string_view text);
// One content line, folded, each physical line ended by CRLF.
std::string ics_fold(std::string_view line);
std::string ics_plan_uid(const Plan& plan);
std::string ics_uid(const Plan& plan, const CalendarItem& item);   // a single event
std::string ics_series_uid(const Plan& plan, CalendarSource source, std::string_view rule);
std::string ics_utc_stamp(long long unix_seconds);   // 20250301T000000Z

}  // namespace core
