#include "core/exports/ics_export.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/exports/export_message.hpp"
#include "core/json/plan_json.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/messages.hpp"
#include "core/text/i18n.hpp"

namespace core {

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') break;   // CRLF: one newline
                out += "\\n";
                break;
            default:
                // TEXT allows HTAB but no other control character.
                if ((unsigned char)c < 0x20 && c != '\t') break;
                if (c == 0x7f) break;
                out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    size_t limit = 75;   // octets on the first physical line; then 74 after the leading space
    while (line.size() > limit) {
        size_t cut = limit;
        while (cut > 0 && ((unsigned char)line[cut] & 0xC0) == 0x80) --cut;   // not inside a character
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ics_utc_stamp(long long unix_seconds) {
    long long days = unix_seconds / 86400;
    long long rest = unix_seconds % 86400;
    if (rest < 0) rest += 86400, --days;
    int y, m, d;
    ymd_from_date(Date{(int)days}, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", y, m, d, (int)(rest / 3600), (int)(rest / 60 % 60),
                  (int)(rest % 60));
    return buf;
}

namespace {

bool id_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

std::string id_only(std::string_view s) {
    std::string out;
    for (char c : s)
        if (id_char(c)) out += c;
    return out;
}

std::string compact_date(Date d) {
    int y, m, day;
    ymd_from_date(d, y, m, day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, day);
    return buf;
}

std::string offset_text(int minutes) {
    char buf[16];
    const int a = minutes < 0 ? -minutes : minutes;
    std::snprintf(buf, sizeof buf, "%c%02d%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
    return buf;
}

// The zone's name as written in TZID: control characters and quotes
// dropped; a generated "UTC+08:00" style name when nothing is left.
std::string zone_name(const CalendarSettings& c) {
    std::string name;
    for (char ch : c.time_zone)
        if ((unsigned char)ch >= 0x20 && ch != '"' && ch != 0x7f) name += ch;
    if (name.empty()) {
        const std::string o = offset_text(c.utc_offset_minutes);
        name = "UTC" + o.substr(0, 3) + ":" + o.substr(3);
    }
    return name;
}

// A parameter value: quoted when it holds a character paramtext forbids.
std::string param_value(const std::string& v) {
    return v.find_first_of(";:,") == std::string::npos ? v : "\"" + v + "\"";
}

std::string duration_minutes(int minutes) {
    return (minutes < 0 ? "-PT" + std::to_string(-minutes) : "PT" + std::to_string(minutes)) + "M";
}

}  // namespace

std::string ics_plan_uid(const Plan& plan) {
    std::string uid = id_only(plan.calendar.uid);
    if (!uid.empty()) return uid;
    uint64_t h = 1469598103934665603ull;   // FNV-1a over the community name
    for (unsigned char c : plan.basics.name) h = (h ^ c) * 1099511628211ull;
    char buf[24];
    std::snprintf(buf, sizeof buf, "n%016llx", (unsigned long long)h);
    return buf;
}

std::string ics_uid(const Plan& plan, const CalendarItem& item) {
    return std::string(enum_name(item.source)) + "-" + id_only(item.rule) + "-" + compact_date(item.original) + "-" +
           ics_plan_uid(plan) + "@sop-planner";
}

std::string ics_series_uid(const Plan& plan, CalendarSource source, std::string_view rule) {
    return std::string(enum_name(source)) + "-" + id_only(rule) + "-" + ics_plan_uid(plan) + "@sop-planner";
}

namespace {

const char* const kByDay[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// How one rule of the rhythm recurs, in the words of an RRULE. `on` says
// whether the RRULE gives a date; the export checks it against the dates
// expand_rules gives before trusting the RRULE (see series_of).
struct SeriesRule {
    enum class Freq { daily, weekly, monthly } freq = Freq::daily;
    std::array<bool, 7> days{};   // daily and weekly: the weekdays it runs on, Monday first
    int month_day = 1;            // monthly: 1–31, past the month's end = its last day

    bool on(Date d) const {
        if (freq != Freq::monthly) return days[weekday_of(d) - 1];
        int y, m, day;
        ymd_from_date(d, y, m, day);
        return std::min(month_day, days_in_month(y, m)) == day;
    }

    // Without UNTIL.
    std::string rrule() const {
        std::string byday;
        int count = 0;
        for (int i = 0; i < 7; ++i)
            if (days[i]) byday += (count++ ? "," : "") + std::string(kByDay[i]);
        switch (freq) {
            case Freq::daily: return count == 7 ? "FREQ=DAILY" : "FREQ=DAILY;BYDAY=" + byday;
            case Freq::weekly: return "FREQ=WEEKLY;BYDAY=" + byday;
            case Freq::monthly: break;
        }
        // "Day 30" is the 30th, or the month's last day when it is shorter:
        // the last of the days 28…30 that the month has. Day 31 is simply the
        // last day (-1); days up to 28 exist in every month.
        if (month_day <= 28) return "FREQ=MONTHLY;BYMONTHDAY=" + std::to_string(month_day);
        if (month_day >= 31) return "FREQ=MONTHLY;BYMONTHDAY=-1";
        std::string list;
        for (int d = 28; d <= month_day; ++d) list += (d > 28 ? "," : "") + std::to_string(d);
        return "FREQ=MONTHLY;BYMONTHDAY=" + list + ";BYSETPOS=-1";
    }
};

template <class T>
const T* find_id(const std::vector<T>& list, const std::string& id) {
    for (const T& x : list)
        if (x.id == id) return &x;
    return nullptr;
}

// The recurrence of a daily slot, weekly column, monthly task or daily /
// weekday line; none for what happens once (dated and day-N lines,
// campaigns, run-sheet steps, content items).
std::optional<SeriesRule> recurrence_of(const Plan& plan, CalendarSource source, const std::string& rule) {
    SeriesRule r;
    switch (source) {
        case CalendarSource::slot: {
            if (!find_id(plan.rhythm.slots, rule)) return std::nullopt;
            // A column placed on the slot takes its place on the column's
            // weekday (calendar.hpp), so the slot's series leaves that day out.
            r.days.fill(true);
            for (const Column& c : plan.rhythm.columns)
                if (c.slot == rule && c.weekday >= 1 && c.weekday <= 7) r.days[c.weekday - 1] = false;
            return r;
        }
        case CalendarSource::column: {
            const Column* c = find_id(plan.rhythm.columns, rule);
            if (!c || c->weekday < 1 || c->weekday > 7) return std::nullopt;
            r.freq = SeriesRule::Freq::weekly;
            r.days[c->weekday - 1] = true;
            return r;
        }
        case CalendarSource::month_task: {
            const MonthTask* t = find_id(plan.rhythm.month_tasks, rule);
            if (!t || t->day < 1) return std::nullopt;
            r.freq = SeriesRule::Freq::monthly;
            r.month_day = std::min(t->day, 31);
            return r;
        }
        case CalendarSource::line: {
            const SopLine* l = find_id(plan.rhythm.routine, rule);
            if (!l) return std::nullopt;
            if (l->timing.kind == TimingKind::daily) {
                r.days.fill(true);
                return r;
            }
            if (l->timing.kind != TimingKind::weekday || l->timing.weekday < 1 || l->timing.weekday > 7)
                return std::nullopt;
            r.freq = SeriesRule::Freq::weekly;
            r.days[l->timing.weekday - 1] = true;
            return r;
        }
        default: return std::nullopt;
    }
}

// One recurring rule in the range: its RRULE and the items the rule alone
// gives (expand_rules), in date order.
struct Series {
    CalendarSource source = CalendarSource::slot;
    std::string rule;
    SeriesRule recurrence;
    std::vector<const CalendarItem*> base;
};

// The rules that recur in [from, to], in the order they first appear. A
// rule whose items are not exactly the dates its RRULE gives between the
// first and the last (all at one time of day) is left out: its items are
// then written one by one, so the file never says what the planner does not.
std::vector<Series> series_of(const Plan& plan, const std::vector<CalendarItem>& rules) {
    std::vector<Series> out;
    std::map<std::string, size_t> index;
    for (const CalendarItem& it : rules) {
        if (it.source == CalendarSource::content) continue;
        const std::string key = rule_key(it.source, it.rule);
        auto found = index.find(key);
        if (found == index.end()) {
            auto recurrence = recurrence_of(plan, it.source, it.rule);
            if (!recurrence) continue;
            found = index.emplace(key, out.size()).first;
            out.push_back({it.source, it.rule, *recurrence, {}});
        }
        out[found->second].base.push_back(&it);
    }
    std::vector<Series> kept;
    for (Series& s : out) {
        core::stable_sort(s.base, [](const CalendarItem* a, const CalendarItem* b) { return a->date < b->date; });
        bool exact = true;
        size_t next = 0;
        for (Date d = s.base.front()->date; exact && d <= s.base.back()->date; ++d.days) {
            const bool given = next < s.base.size() && s.base[next]->date == d;
            if (given) exact = s.base[next]->time == s.base.front()->time, ++next;
            if (given != s.recurrence.on(d)) exact = false;
        }
        if (exact && next == s.base.size()) kept.push_back(std::move(s));
    }
    return kept;
}

}  // namespace

std::string schedule_ics(const Plan& plan, Date from, Date to, const IcsOptions& options) {
    const Lang lang = options.lang;
    const CalendarSettings& cal = plan.calendar;
    const std::string zone = zone_name(cal);
    const std::string offset = offset_text(cal.utc_offset_minutes);
    std::string out;
    auto line = [&](std::string_view text) { out += ics_fold(text); };
    auto text_line = [&](const char* name, std::string_view value) {
        line(std::string(name) + ":" + ics_escape_text(value));
    };

    line("BEGIN:VCALENDAR");
    line(std::string("PRODID:-//sop-planner//SOP Planner ") + kAppVersion + "//" + (lang == Lang::zh ? "ZH" : "EN"));
    line("VERSION:2.0");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if (!plan.basics.name.empty()) text_line("X-WR-CALNAME", plan.basics.name);
    text_line("X-WR-TIMEZONE", zone);
    line("BEGIN:VTIMEZONE");
    text_line("TZID", zone);
    line("BEGIN:STANDARD");
    line("DTSTART:19700101T000000");
    line("TZOFFSETFROM:" + offset);
    line("TZOFFSETTO:" + offset);
    line("TZNAME:UTC" + offset.substr(0, 3) + ":" + offset.substr(3));
    line("END:STANDARD");
    line("END:VTIMEZONE");

    const std::string stamp = ics_utc_stamp(options.now_unix_seconds);
    // "DTSTART;TZID=…:20250303T083000" or "DTSTART;VALUE=DATE:20250303" (and
    // the same for RECURRENCE-ID and EXDATE, which must match DTSTART's type).
    auto when = [&](const char* name, Date date, const std::optional<TimeOfDay>& time) {
        if (!time) return std::string(name) + ";VALUE=DATE:" + compact_date(date);
        char hhmm[16];
        std::snprintf(hhmm, sizeof hhmm, "T%02d%02d00", time->minutes / 60, time->minutes % 60);
        return std::string(name) + ";TZID=" + param_value(zone) + ":" + compact_date(date) + hhmm;
    };
    auto start_lines = [&](const CalendarItem& it) {
        line(when("DTSTART", it.date, it.time));
        if (it.time) line("DURATION:" + duration_minutes(cal.event_minutes));
        else line("DTEND;VALUE=DATE:" + compact_date(Date{it.last.days + 1}));
    };

    // SUMMARY, DESCRIPTION, CATEGORIES, STATUS and the alarm of an item.
    // `sent_on` is the day {日期} is filled with: none for a series, whose
    // one text stands for every date (the placeholder is then named among
    // those to fill, and the event's own date says which day it is).
    auto body = [&](const CalendarItem& it, bool sent_on_date) {
        std::string b;
        auto add_line = [&](std::string_view text) { b += ics_fold(text); };
        const std::string kind = tr(label_of(it.source), lang);
        const std::string summary = it.title.empty() ? kind : it.title;
        add_line("SUMMARY:" + ics_escape_text(summary));

        // The message first (what a phone shows of the event), then what
        // goes with it, then the item's facts.
        std::vector<std::string> parts;
        if (const Message* m = item_message(plan, it)) {
            const ReadyMessage ready = ready_message(
                plan, *m, {sent_on_date ? std::optional(it.date) : std::nullopt, item_runsheet(plan, it), lang});
            for (std::string part : {ready.text, script_line(ready.script, lang),
                                     attachments_line(ready.attachments, lang), fill_in_line(ready.unfilled, lang)})
                if (!part.empty()) parts.push_back(std::move(part));
        }
        std::string facts;
        auto add = [&](S label, const std::string& value) {
            if (value.empty()) return;
            if (!facts.empty()) facts += "\n";
            facts += fmt(tr(label, lang), {{"value", value}});
        };
        add(S::ics_line_category, it.category ? tr(label_of(*it.category), lang) : "");
        add(S::ics_line_format, it.format ? tr(label_of(*it.format), lang) : "");
        std::string owner = it.owner;
        for (const Role& r : plan.setup.roles)
            if (r.id == it.owner_role) {
                const std::string role = r.name.empty() ? tr(label_of(r.kind), lang) : r.name;
                owner = owner.empty() || owner == role ? role : owner + " / " + role;
            }
        add(S::ics_line_owner, owner);
        add(S::ics_line_kind, kind);
        add(S::ics_line_status, it.status ? tr(label_of(*it.status), lang)
                                          : (it.empty() ? tr(S::cal_empty_slot, lang) : ""));
        add(S::ics_line_prep_due, it.prep_due ? format_date(*it.prep_due) : "");
        add(S::ics_line_source, it.content_source ? tr(label_of(*it.content_source), lang) : "");
        if (!it.note.empty()) facts += (facts.empty() ? "" : "\n") + it.note;
        if (!facts.empty()) parts.push_back(std::move(facts));
        std::string description;
        for (const std::string& p : parts) description += (description.empty() ? "" : "\n\n") + p;
        add_line("DESCRIPTION:" + ics_escape_text(description));

        std::string categories;
        if (it.category) categories = ics_escape_text(tr(label_of(*it.category), lang)) + ",";
        add_line("CATEGORIES:" + categories + ics_escape_text(kind));
        if (it.skipped) add_line("STATUS:CANCELLED");
        if (cal.reminder_minutes && !it.skipped) {
            const int before = *cal.reminder_minutes;
            add_line("BEGIN:VALARM");
            add_line("ACTION:DISPLAY");
            add_line("DESCRIPTION:" + ics_escape_text(fmt(tr(S::ics_reminder, lang), {{"title", summary}})));
            add_line("TRIGGER:" + duration_minutes(it.time ? -before : 9 * 60 - before));
            add_line("END:VALARM");
        }
        return b;
    };

    // Same cut as expand_calendar, so the series end where its items do.
    if (!(to < from) && to.days - from.days >= kMaxCalendarDays) to = Date{from.days + kMaxCalendarDays - 1};
    const std::vector<CalendarItem> rules = expand_rules(plan, from, to);
    CalendarOptions expand_options;
    expand_options.include_skipped = true;
    const std::vector<CalendarItem> items = expand_calendar(plan, from, to, expand_options);
    std::unordered_map<std::string, const CalendarItem*> by_key;
    for (const CalendarItem& it : items) by_key[it.key] = &it;

    // Recurring rules: one VEVENT with an RRULE up to the last date in the
    // range, EXDATE for each date that has no item (skipped, or moved out of
    // the range), and for each item that differs from its rule's (moved,
    // retitled, given a note, or filled by a content item) an override: a
    // VEVENT with the series' UID and RECURRENCE-ID = the date and time the
    // rule gives it. An override rather than EXDATE + an event of its own:
    // the occurrence stays part of the series in calendar apps (Apple,
    // Google and Outlook show it as an edited occurrence, and deleting the
    // series deletes it), a re-import replaces it instead of leaving a
    // stray copy, and python3-recurring-ical-events (the test's reference)
    // puts it in its original's place.
    std::unordered_set<std::string> in_series;
    for (const Series& s : series_of(plan, rules)) {
        const CalendarItem& first = *s.base.front();
        const CalendarItem& last = *s.base.back();
        const std::string uid = "UID:" + ics_escape_text(ics_series_uid(plan, s.source, s.rule));
        std::string until;
        if (last.time) {   // UTC, as RFC 5545 asks when DTSTART names a zone
            const long long local = (long long)last.date.days * 86400 + last.time->minutes * 60LL;
            until = ics_utc_stamp(local - cal.utc_offset_minutes * 60LL);
        } else {
            until = compact_date(last.date);
        }
        std::vector<const CalendarItem*> exdates;
        std::vector<std::pair<const CalendarItem*, const CalendarItem*>> overrides;   // rule's item, the actual one
        const std::string master = body(first, false);
        for (const CalendarItem* b : s.base) {
            in_series.insert(b->key);
            auto found = by_key.find(b->key);
            if (found == by_key.end() || found->second->skipped) {
                exdates.push_back(b);
                continue;
            }
            const CalendarItem& it = *found->second;
            if (it.date != b->date || it.time != b->time || body(it, false) != master) overrides.push_back({b, &it});
        }
        line("BEGIN:VEVENT");
        line(uid);
        line("DTSTAMP:" + stamp);
        start_lines(first);
        line("RRULE:" + s.recurrence.rrule() + ";UNTIL=" + until);
        for (const CalendarItem* b : exdates) line(when("EXDATE", b->date, b->time));
        out += master;
        line("END:VEVENT");
        for (const auto& [b, it] : overrides) {
            line("BEGIN:VEVENT");
            line(uid);
            line("DTSTAMP:" + stamp);
            line(when("RECURRENCE-ID", b->date, b->time));
            start_lines(*it);
            out += body(*it, true);
            line("END:VEVENT");
        }
    }

    // What happens once, and items moved into the range from a date
    // outside it: one VEVENT each, UID from the rule and its date.
    for (const CalendarItem& it : items) {
        if (in_series.count(it.key)) continue;
        if (it.skipped && !options.include_skipped) continue;
        line("BEGIN:VEVENT");
        line("UID:" + ics_escape_text(ics_uid(plan, it)));
        line("DTSTAMP:" + stamp);
        start_lines(it);
        out += body(it, true);
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace core
