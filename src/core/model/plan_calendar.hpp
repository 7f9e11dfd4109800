#pragma once
// The calendar: one-date exceptions to the rhythm (skip, move,
// retitle an item without changing its rule) and the settings of the
// iCalendar export (time zone, reminder, event length, a plan-level uid).
// calendar.hpp expands the rhythm into dated items and applies these.
#include <optional>
#include <string>
#include <vector>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"

namespace core {


// One exception for one dated item, addressed by the item's rule (source +
// id) and the date the rule gives it: item key "slot:s-1@2025-03-03".
// `rule` is not a Ref: its kind depends on `source`, which a Ref cannot
// express. An override whose rule was deleted matches nothing and is
// harmless; calendar_edits.hpp lists and prunes such stale overrides.
// Several overrides may address one item (at most one per kind); skip wins,
// then move (date and/or time), then edit (title).
struct CalendarOverride {
    std::string id;
    CalendarSource source = CalendarSource::slot;
    std::string rule;                   // id of the slot, column, … of kind `source`
    Date date;                          // the date the rule gives the item
    OverrideKind kind = OverrideKind::skip;
    std::optional<Date> to_date;        // move: the new date (none = same day)
    std::optional<TimeOfDay> to_time;   // move: the new time (none = keep)
    std::string title;                  // edit: the title for that date ("" = keep)
    std::string note;
    bool operator==(const CalendarOverride&) const = default;
};

template <class V>
void describe(V& v, CalendarOverride& o) {
    v.field("id", o.id, IdText{});
    v.field("source", o.source);
    v.field("rule", o.rule, Limit::line);
    v.field("date", o.date);
    v.field("kind", o.kind);
    v.field("to_date", o.to_date);
    v.field("to_time", o.to_time);
    v.field("title", o.title, Limit::line);
    v.field("note", o.note, Limit::paragraph);
}

struct CalendarSettings {
    // Slot times are wall-clock times in this zone. The default has no
    // daylight saving time, so one fixed offset describes it; the .ics file
    // states both in its VTIMEZONE.
    std::string time_zone = "Asia/Shanghai";
    int utc_offset_minutes = 8 * 60;
    std::optional<int> reminder_minutes = 15;   // VALARM before each item; none = no reminder
    int event_minutes = 30;                     // length of a timed event
    // Makes .ics UIDs unique to this plan and stable across exports (set
    // once, e.g. from a random token; calendar_edits.hpp: ensure_uid_edit).
    std::string uid;
    std::vector<CalendarOverride> overrides;
    bool operator==(const CalendarSettings&) const = default;
};

template <class V>
void describe(V& v, CalendarSettings& c) {
    v.field("time_zone", c.time_zone, Limit::line);
    v.field("utc_offset_minutes", c.utc_offset_minutes, Range{-12 * 60, 14 * 60});
    v.field("reminder_minutes", c.reminder_minutes, Range{0, 7 * 24 * 60});
    v.field("event_minutes", c.event_minutes, Range{1, 24 * 60});
    v.field("uid", c.uid, Limit::line);
    v.field("overrides", c.overrides, Ids{IdKind::calendar_override});
}

}  // namespace core
