#include "core/exports/ics_export.hpp"

#include <cstdint>
#include <cstdio>

#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"

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
    CalendarOptions expand_options;
    expand_options.include_skipped = options.include_skipped;
    for (const CalendarItem& it : expand_calendar(plan, from, to, expand_options)) {
        const std::string kind = tr(label_of(it.source), lang);
        line("BEGIN:VEVENT");
        line("UID:" + ics_escape_text(ics_uid(plan, it)));
        line("DTSTAMP:" + stamp);
        if (it.time) {
            char hhmm[16];
            std::snprintf(hhmm, sizeof hhmm, "T%02d%02d00", it.time->minutes / 60, it.time->minutes % 60);
            line("DTSTART;TZID=" + param_value(zone) + ":" + compact_date(it.date) + hhmm);
            line("DURATION:" + duration_minutes(cal.event_minutes));
        } else {
            line("DTSTART;VALUE=DATE:" + compact_date(it.date));
            line("DTEND;VALUE=DATE:" + compact_date(Date{it.last.days + 1}));
        }
        const std::string summary = it.title.empty() ? kind : it.title;
        text_line("SUMMARY", summary);

        std::string description;
        auto add = [&](S label, const std::string& value) {
            if (value.empty()) return;
            if (!description.empty()) description += "\n";
            description += fmt(tr(label, lang), {{"value", value}});
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
        if (!it.note.empty()) description += (description.empty() ? "" : "\n") + it.note;
        text_line("DESCRIPTION", description);

        std::string categories;
        if (it.category) categories = ics_escape_text(tr(label_of(*it.category), lang)) + ",";
        line("CATEGORIES:" + categories + ics_escape_text(kind));
        if (it.skipped) line("STATUS:CANCELLED");
        if (cal.reminder_minutes && !it.skipped) {
            const int before = *cal.reminder_minutes;
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            text_line("DESCRIPTION", fmt(tr(S::ics_reminder, lang), {{"title", summary}}));
            line("TRIGGER:" + duration_minutes(it.time ? -before : 9 * 60 - before));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace core
