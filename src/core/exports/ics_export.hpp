#pragma once
// iCalendar (RFC 5545) export of the schedule, so a phone calendar
// reminds the operator at each slot — what SCRM tools do with a paid seat.
//
//  - VCALENDAR with PRODID, VERSION:2.0, CALSCALE:GREGORIAN, METHOD:PUBLISH
//    and X-WR-CALNAME / X-WR-TIMEZONE for the calendar apps that read them.
//  - One VTIMEZONE for the plan's zone (calendar.time_zone, default
//    Asia/Shanghai, with its fixed offset calendar.utc_offset_minutes, UTC+8,
//    no daylight saving time), so times stay wall-clock slot times.
//  - One VEVENT per calendar item (calendar.hpp) in [from, to]:
//      timed items   DTSTART;TZID=<zone>:YYYYMMDDTHHMMSS + DURATION:PT<calendar.event_minutes>M
//      all-day items DTSTART;VALUE=DATE + DTEND;VALUE=DATE (the day after the last day)
//    SUMMARY (the title, or the item's kind when it has none), DESCRIPTION
//    (category, format, owner, kind, status, preparation deadline, source,
//    note; one per line), CATEGORIES (category and kind), and a VALARM
//    (ACTION:DISPLAY) calendar.reminder_minutes before a timed item, or that
//    many minutes before 09:00 on an all-day item's first day; none when
//    reminder_minutes is unset.
//  - UID = item key parts + the plan's uid: "<source>-<rule>-<YYYYMMDD>-<plan
//    uid>@sop-planner". It does not depend on the export time, and the date
//    in it is the rule's date, so a moved item keeps its UID: importing a
//    re-export updates events instead of duplicating them. Skipped items are
//    written with STATUS:CANCELLED (unless include_skipped is false), so a
//    re-import cancels an event exported before. The plan's uid is
//    calendar.uid; when unset, a hash of the community name stands in (set
//    the uid once — calendar_edits.hpp: ensure_uid_edit — so renaming the
//    community does not change the UIDs).
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
    bool include_skipped = true;      // skipped items as STATUS:CANCELLED events
};

std::string schedule_ics(const Plan& plan, Date from, Date to, const IcsOptions& options);

// Pieces, exposed for tests.
std::string ics_escape_text(std::string_view text);
// One content line, folded, each physical line ended by CRLF.
std::string ics_fold(std::string_view line);
std::string ics_plan_uid(const Plan& plan);
std::string ics_uid(const Plan& plan, const CalendarItem& item);
std::string ics_utc_stamp(long long unix_seconds);   // 20250301T000000Z

}  // namespace core
