// iCalendar export: escaping, folding at 75 octets without splitting a
// character, stable UIDs, recurring series with their exceptions, messages
// in the descriptions, golden files, and validation by an independent
// parser (tests/core/ics_check.py, Debian's python3-icalendar) and an
// independent expansion of the recurrences (python3-recurring-ical-events),
// which must give the planner's own calendar.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "content_fixture.hpp"
#include "core/edits/calendar_edits.hpp"
#include "core/exports/ics_export.hpp"
#include "core/templates/templates.hpp"

#ifndef __EMSCRIPTEN__
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace core;
using namespace testing;
using json = nlohmann::json;

namespace {

constexpr long long kNow = 1740787200;   // 2025-03-01T00:00:00Z

std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t at; (at = ics.find("\r\n", start)) != std::string::npos; start = at + 2)
        lines.push_back(ics.substr(start, at - start));
    return lines;
}

std::string unfold(const std::string& ics) {
    std::string out;
    for (const std::string& line : physical_lines(ics)) {
        if (!line.empty() && line[0] == ' ') out += line.substr(1);
        else out += (out.empty() ? "" : "\n") + line;
    }
    return out;
}

struct Checked {
    int exit_code = -1;
    json parsed;
    std::string errors;
};

#ifndef __EMSCRIPTEN__
// Whether /usr/bin/python3 with the icalendar module is here (asked once).
bool checker_available() {
    static const int state = [] {
        if (!std::filesystem::exists("/usr/bin/python3")) return 1;
        return std::system("/usr/bin/python3 -c 'import icalendar' 2>/dev/null") == 0 ? 0 : 2;
    }();
    if (state == 1) MESSAGE("skipped: /usr/bin/python3 is missing (script/bootstrap installs it)");
    if (state == 2) MESSAGE("skipped: python3-icalendar is missing (script/bootstrap installs it)");
    return state == 0;
}

// Whether python3-recurring-ical-events is here too (asked once).
bool expander_available() {
    if (!checker_available()) return false;
    static const bool here = std::system("/usr/bin/python3 -c 'import recurring_ical_events' 2>/dev/null") == 0;
    if (!here) MESSAGE("skipped: python3-recurring-ical-events is missing (script/bootstrap installs it)");
    return here;
}

// Writes each text to a temporary file and runs the checker with `mode`
// ("", "--each " or "--expand FROM TO ") on them; returns its exit code,
// stdout and stderr.
Checked run_python(const std::string& mode, const std::vector<std::string>& texts) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string base = (dir / ("sop_ics_" + std::to_string(getpid()))).string();
    std::string files;
    for (size_t i = 0; i < texts.size(); ++i) {
        const std::string file = base + "_" + std::to_string(i) + ".ics";
        std::ofstream(file, std::ios::binary) << texts[i];
        files += " '" + file + "'";
    }
    const std::string script = std::string(PLANNER_TEST_DATA) + "/../ics_check.py";
    const std::string cmd =
        "/usr/bin/python3 '" + script + "' " + mode + files + " > '" + base + ".out' 2> '" + base + ".err'";
    const int status = std::system(cmd.c_str());
    Checked c;
    c.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::stringstream out, err;
    out << std::ifstream(base + ".out").rdbuf();
    err << std::ifstream(base + ".err").rdbuf();
    c.errors = err.str();
    if (mode.rfind("--each", 0) != 0) {
        c.parsed = json::parse(out.str(), nullptr, false);
    } else {   // one JSON object per line
        c.parsed = json::array();
        std::string line;
        while (std::getline(out, line)) c.parsed.push_back(json::parse(line, nullptr, false));
    }
    for (size_t i = 0; i < texts.size(); ++i) std::filesystem::remove(base + "_" + std::to_string(i) + ".ics");
    std::filesystem::remove(base + ".out");
    std::filesystem::remove(base + ".err");
    return c;
}
#endif

// Runs the Python checker on `ics`; nullopt (with a message) where it cannot run.
std::optional<Checked> run_checker(const std::string& ics) {
#ifdef __EMSCRIPTEN__
    (void)ics;
    MESSAGE("skipped: no subprocess under emscripten; the native build runs the iCalendar parser check");
    return std::nullopt;
#else
    if (!checker_available()) return std::nullopt;
    return run_python("", {ics});
#endif
}

// Checks several files in one run: one report {file, ok, problems} each.
std::optional<json> run_checker_each(const std::vector<std::string>& texts) {
#ifdef __EMSCRIPTEN__
    (void)texts;
    MESSAGE("skipped: no subprocess under emscripten; the native build runs the iCalendar parser check");
    return std::nullopt;
#else
    if (!checker_available()) return std::nullopt;
    Checked c = run_python("--each", texts);
    REQUIRE_MESSAGE(c.exit_code == 0, c.errors);
    return c.parsed;
#endif
}

// Expands the file's recurrences over [from, to] with
// python3-recurring-ical-events; nullopt (with a message) where it cannot run.
std::optional<Checked> run_expander(const std::string& ics, Date from, Date to) {
#ifdef __EMSCRIPTEN__
    (void)ics, (void)from, (void)to;
    MESSAGE("skipped: no subprocess under emscripten; the native build expands the recurrences");
    return std::nullopt;
#else
    if (!expander_available()) return std::nullopt;
    return run_python("--expand " + format_date(from) + " " + format_date(to) + " ", {ics});
#endif
}

// The events of a series (or a single event): the one without RECURRENCE-ID.
const json* event_by_uid(const json& parsed, const std::string& uid) {
    for (const json& e : parsed["events"])
        if (e["uid"] == uid && e["recurrence_id"].is_null()) return &e;
    return nullptr;
}

// An override of a series: its RECURRENCE-ID as ISO text ("2025-03-04T10:00:00+08:00", "2025-04-01").
const json* override_of(const json& parsed, const std::string& uid, const std::string& recurrence_id) {
    for (const json& e : parsed["events"])
        if (e["uid"] == uid && e["recurrence_id"] == recurrence_id) return &e;
    return nullptr;
}

size_t count_of(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// The calendar of [from, to] as the expansion prints it: date, last day,
// time ("HH:MM" or null) and title, in the expansion's order.
json planner_occurrences(const Plan& plan, Date from, Date to, Lang lang) {
    json out = json::array();
    for (const CalendarItem& it : expand_calendar(plan, from, to))
        out.push_back({{"date", format_date(it.date)},
                       {"last", format_date(it.last)},
                       {"time", it.time ? json(format_time(*it.time)) : json(nullptr)},
                       {"summary", it.title.empty() ? tr(label_of(it.source), lang) : it.title}});
    return out;
}

json without_uids(json events) {
    for (json& e : events) e.erase("uid");
    std::stable_sort(events.begin(), events.end(), [](const json& a, const json& b) {
        auto key = [](const json& e) {
            return std::make_tuple(e["date"].get<std::string>(), e["time"].is_null() ? "" : e["time"].get<std::string>(),
                                   e["summary"].get<std::string>(), e["last"].get<std::string>());
        };
        return key(a) < key(b);
    });
    return events;
}

// The fixture with a message on every kind of line, placeholders filled
// and not, a script, attachments, a dated run-sheet, a daily line, a day-30
// task and one override of every kind, inside and across the range's edges.
Plan message_plan() {
    Plan p = awkward_plan();
    p.setup.scripts = {{"sc-member", ScriptKind::custom, "会员日话术", "周五会员日来啦 🎁 报名链接：{链接}"}};
    p.setup.placeholders = {{"ph-link", "链接", ""}, {"ph-teacher", "老师", "王老师"}};
    p.content.assets[0].kind = AssetKind::image;
    p.content.assets[2].kind = AssetKind::video;
    p.rhythm.slots[0].message = {.text = "早安，{群名}的家人们 ☀️ 欢迎 @{新人}", .attachments = {"a-1", "a-3"}};
    p.rhythm.slots[1].message = {.text = "今日干货由{老师}带来 📚"};
    p.rhythm.columns[1].message = {.script = "sc-member", .attachments = {"a-2"}};
    p.rhythm.month_tasks.push_back({.id = "m-recap", .phase = MonthPhase::end, .day = 30, .title = "月末小结",
                                    .message = {.text = "本月小结：{日期}"}});
    p.rhythm.routine.push_back({.id = "l-night", .phase = RoutinePhase::mature,
                                .timing = {.kind = TimingKind::daily, .time = T(21, 30)}, .title = "晚安",
                                .message = {.text = "晚安 🌙"}});
    p.rhythm.campaigns[0].message = {.text = "618 倒计时开始！"};
    Runsheet r{.id = "rs-live", .title = "直播夜", .date = D(2025, 3, 19)};
    r.topic = "辅食添加";
    r.guest = "王老师";
    r.start = T(20, 0);
    r.steps = {{.id = "st-notice", .title = "预告", .time = T(9, 0), .day = -1, .messages = 1,
                .message = {.text = "明晚 {时间}，{嘉宾}聊「{主题}」！福利：{福利}"}},
               {.id = "st-open", .title = "开场", .time = T(20, 0), .messages = 1, .message = {.text = "开始啦"}},
               {.id = "st-prep", .title = "准备"}};
    p.rhythm.runsheets = {r};
    auto add = [&](std::string id, CalendarSource source, std::string rule, Date date, OverrideKind kind) -> CalendarOverride& {
        p.calendar.overrides.push_back({.id = std::move(id), .source = source, .rule = std::move(rule), .date = date, .kind = kind});
        return p.calendar.overrides.back();
    };
    add("ov-skip", CalendarSource::slot, "s-talk", D(2025, 3, 4), OverrideKind::skip);
    CalendarOverride& moved = add("ov-move", CalendarSource::slot, "s-perk", D(2025, 3, 5), OverrideKind::move);
    moved.to_date = D(2025, 3, 6);
    moved.to_time = T(21, 0);
    add("ov-title", CalendarSource::column, "c-member", D(2025, 3, 14), OverrideKind::edit).title = "会员日·特别场";
    add("ov-out", CalendarSource::slot, "s-am", D(2025, 3, 10), OverrideKind::move).to_date = D(2025, 5, 30);
    CalendarOverride& in = add("ov-in", CalendarSource::slot, "s-am", D(2025, 4, 28), OverrideKind::move);
    in.to_date = D(2025, 4, 20);
    in.to_time = T(7, 0);
    add("ov-task", CalendarSource::month_task, "m-theme", D(2025, 4, 1), OverrideKind::move).to_date = D(2025, 4, 2);
    add("ov-note", CalendarSource::line, "l-flash", D(2025, 3, 13), OverrideKind::edit).note = "本周换成纸尿裤";
    add("ov-time", CalendarSource::column, "c-live", D(2025, 3, 12), OverrideKind::move).to_time = T(19, 0);
    add("ov-women", CalendarSource::line, "l-women", D(2025, 3, 8), OverrideKind::skip);
    add("ov-step", CalendarSource::run_step, "st-open", D(2025, 3, 19), OverrideKind::edit).title = "开场（提前 5 分钟）";
    REQUIRE_FALSE(validate_plan(p));
    return p;
}

}  // namespace

TEST_CASE("text is escaped as RFC 5545 asks") {
    CHECK(ics_escape_text("a;b,c\\d") == "a\\;b\\,c\\\\d");
    CHECK(ics_escape_text("第一行\n第二行") == "第一行\\n第二行");
    CHECK(ics_escape_text("crlf\r\nand cr\r") == "crlf\\nand cr\\n");
    CHECK(ics_escape_text(std::string("bell\x07 tab\t", 10)) == "bell tab\t");
    CHECK(ics_escape_text("冒号: 不用转义") == "冒号: 不用转义");
}

TEST_CASE("lines fold at 75 octets and never inside a UTF-8 character") {
    CHECK(ics_fold(std::string(75, 'a')) == std::string(75, 'a') + "\r\n");
    CHECK(ics_fold(std::string(76, 'a')) == std::string(75, 'a') + "\r\n a\r\n");
    std::string chinese = "SUMMARY:";
    for (int i = 0; i < 100; ++i) chinese += i % 7 == 0 ? "😀" : "宝";   // 3- and 4-byte characters
    const std::string folded = ics_fold(chinese);
    std::string joined;
    for (const std::string& line : physical_lines(folded)) {
        CHECK(line.size() <= 75);
        const std::string body = joined.empty() ? line : line.substr(1);
        REQUIRE(!body.empty());
        CHECK(((unsigned char)body[0] & 0xC0) != 0x80);   // starts on a character boundary
        joined += body;
    }
    CHECK(joined == chinese);
    CHECK(physical_lines(folded).size() >= 4);
}

TEST_CASE("DTSTAMP is the caller's time in UTC") {
    CHECK(ics_utc_stamp(0) == "19700101T000000Z");
    CHECK(ics_utc_stamp(kNow) == "20250301T000000Z");
    CHECK(ics_utc_stamp(kNow + 3600 * 13 + 61) == "20250301T130101Z");
    CHECK(ics_utc_stamp(-1) == "19691231T235959Z");
}

TEST_CASE("the .ics of a week matches the golden files") {
    Plan p = awkward_plan();
    p.calendar.overrides.push_back({.id = "ov-1", .source = CalendarSource::slot, .rule = "s-talk",
                                    .date = D(2025, 3, 4), .kind = OverrideKind::skip});
    check_golden("week_zh.ics", schedule_ics(p, D(2025, 3, 3), D(2025, 3, 9), {.now_unix_seconds = kNow}));
    check_golden("week_en.ics",
                 schedule_ics(p, D(2025, 3, 3), D(2025, 3, 9), {.now_unix_seconds = kNow, .lang = Lang::en}));
}

TEST_CASE("UIDs do not depend on the export time; a move is an override of its series, a skip an EXDATE") {
    Plan p = awkward_plan();
    const Date from = D(2025, 3, 3), to = D(2025, 3, 9);
    auto uids = [&](const std::string& ics) {
        std::vector<std::string> out;
        for (const std::string& line : physical_lines(ics))
            if (line.rfind("UID:", 0) == 0) out.push_back(line);
        return out;
    };
    const std::string first = schedule_ics(p, from, to, {.now_unix_seconds = kNow});
    const std::string later = schedule_ics(p, from, to, {.now_unix_seconds = kNow + 86400 * 30});
    CHECK(uids(first) == uids(later));
    CHECK(first.find("UID:slot-s-am-demo-plan@sop-planner\r\n") != std::string::npos);
    CHECK(first.find("UID:line-l-welcome-20250303-demo-plan@sop-planner\r\n") != std::string::npos);   // once
    // A later range starts the series later, under the same UID: a re-import updates it.
    CHECK(uids(schedule_ics(p, D(2025, 3, 10), D(2025, 3, 16), {.now_unix_seconds = kNow}))[0] ==
          "UID:slot-s-am-demo-plan@sop-planner");

    auto items = expand_calendar(p, from, to);
    const CalendarItem perk = *find_key(items, "slot:s-perk@2025-03-05");
    Plan moved = apply(p, move_item_edit(p, perk, D(2025, 3, 6), T(21, 0))).plan;
    const std::string after = unfold(schedule_ics(moved, from, to, {.now_unix_seconds = kNow}));
    const std::string override_head = "UID:slot-s-perk-demo-plan@sop-planner\nDTSTAMP:20250301T000000Z\n"
                                      "RECURRENCE-ID;TZID=Asia/Shanghai:20250305T200000\n"
                                      "DTSTART;TZID=Asia/Shanghai:20250306T210000\n";
    CHECK(after.find(override_head) != std::string::npos);

    Plan skipped = apply(p, skip_item_edit(p, perk)).plan;
    const std::string cancelled = unfold(schedule_ics(skipped, from, to, {.now_unix_seconds = kNow}));
    const size_t c = cancelled.find("UID:slot-s-perk-demo-plan@sop-planner");
    REQUIRE(c != std::string::npos);
    CHECK(cancelled.find("EXDATE;TZID=Asia/Shanghai:20250305T200000", c) < cancelled.find("END:VEVENT", c));
    CHECK(count_of(cancelled, "UID:slot-s-perk-demo-plan@sop-planner") == 1);   // no override for it

    // A skipped one-off is cancelled, or left out on request.
    const CalendarItem welcome = *find_key(items, "line:l-welcome@2025-03-03");
    Plan no_welcome = apply(p, skip_item_edit(p, welcome)).plan;
    const std::string once = unfold(schedule_ics(no_welcome, from, to, {.now_unix_seconds = kNow}));
    const size_t w = once.find("UID:line-l-welcome-20250303-demo-plan@sop-planner");
    REQUIRE(w != std::string::npos);
    CHECK(once.find("STATUS:CANCELLED", w) < once.find("END:VEVENT", w));
    CHECK(once.find("BEGIN:VALARM", w) > once.find("END:VEVENT", w));   // no reminder for it
    const std::string left_out =
        schedule_ics(no_welcome, from, to, {.now_unix_seconds = kNow, .include_skipped = false});
    CHECK(left_out.find("line-l-welcome-20250303") == std::string::npos);

    // Without a uid of its own, the plan's UIDs come from its name.
    Plan unnamed = p;
    unnamed.calendar.uid.clear();
    CHECK(ics_plan_uid(unnamed) == ics_plan_uid(unnamed));
    Plan other = unnamed;
    other.basics.name = "另一个群";
    CHECK(ics_plan_uid(unnamed) != ics_plan_uid(other));
}

TEST_CASE("recurring lines are series: daily slots, weekly columns and lines, monthly tasks by their day rule") {
    Plan p = message_plan();
    const std::string ics = unfold(schedule_ics(p, D(2025, 3, 3), D(2025, 4, 27), {.now_unix_seconds = kNow}));
    auto rrule_of = [&](const std::string& uid) {
        const size_t at = ics.find("UID:" + uid + "\n");
        REQUIRE_MESSAGE(at != std::string::npos, uid);
        const size_t r = ics.find("\nRRULE:", at);
        REQUIRE(r < ics.find("END:VEVENT", at));
        return ics.substr(r + 7, ics.find('\n', r + 1) - r - 7);
    };
    // s-know gives Monday to the column on it; s-perk gives Friday.
    CHECK(rrule_of("slot-s-am-demo-plan@sop-planner") == "FREQ=DAILY;UNTIL=20250427T003000Z");
    CHECK(rrule_of("slot-s-know-demo-plan@sop-planner") == "FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA,SU;UNTIL=20250427T020000Z");
    CHECK(rrule_of("slot-s-perk-demo-plan@sop-planner") == "FREQ=DAILY;BYDAY=MO,TU,WE,TH,SA,SU;UNTIL=20250427T120000Z");
    CHECK(rrule_of("column-c-member-demo-plan@sop-planner") == "FREQ=WEEKLY;BYDAY=FR;UNTIL=20250425T120000Z");
    CHECK(rrule_of("column-c-live-demo-plan@sop-planner") == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20250423");   // all day
    CHECK(rrule_of("line-l-flash-demo-plan@sop-planner") == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20250424T123000Z");
    CHECK(rrule_of("line-l-night-demo-plan@sop-planner") == "FREQ=DAILY;UNTIL=20250427T133000Z");
    CHECK(rrule_of("month_task-m-theme-demo-plan@sop-planner") == "FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20250401");
    CHECK(rrule_of("month_task-m-review-demo-plan@sop-planner") == "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20250331");
    CHECK(rrule_of("month_task-m-recap-demo-plan@sop-planner") ==
          "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1;UNTIL=20250330");
    // The series starts on the group's start date, not before.
    CHECK(ics.find("UID:slot-s-am-demo-plan@sop-planner\nDTSTAMP:20250301T000000Z\nDTSTART;TZID=Asia/Shanghai:20250303T083000\n") !=
          std::string::npos);
    // Exceptions: an EXDATE for the skip and for the item moved out of the range.
    CHECK(ics.find("EXDATE;TZID=Asia/Shanghai:20250304T150000") != std::string::npos);
    CHECK(ics.find("EXDATE;TZID=Asia/Shanghai:20250310T083000") != std::string::npos);
    // The item moved in from outside the range is an event of its own.
    CHECK(ics.find("UID:slot-s-am-20250428-demo-plan@sop-planner\nDTSTAMP:20250301T000000Z\nDTSTART;TZID=Asia/Shanghai:20250420T070000\n") !=
          std::string::npos);
}

TEST_CASE("a year of the mother & baby template is a few dozen events, not one per item") {
    Plan p = make_template(TemplateId::mother_baby, Lang::zh, D(2025, 3, 3));
    p.calendar.uid = "mb";
    const Date from = D(2025, 3, 3), to = D(2026, 3, 2);
    const size_t items = expand_calendar(p, from, to, {.include_skipped = true}).size();
    const std::string ics = schedule_ics(p, from, to, {.now_unix_seconds = kNow});
    const size_t events = count_of(ics, "BEGIN:VEVENT");
    MESSAGE("a year of the mother & baby template: " << items << " calendar items, " << events << " VEVENTs");
    CHECK(items > 1000);   // one VEVENT each, before series
    CHECK(events <= 40);
    CHECK(count_of(ics, "RRULE:") >= 10);
}

TEST_CASE("an event's description carries its message, script, attachments and what is left to fill") {
    Plan p = message_plan();
    const Date from = D(2025, 3, 3), to = D(2025, 4, 27);
    for (Lang lang : {Lang::zh, Lang::en}) {
        CAPTURE(lang == Lang::zh);
        auto c = run_checker(schedule_ics(p, from, to, {.now_unix_seconds = kNow, .lang = lang}));
        if (!c) return;
        REQUIRE_MESSAGE(c->exit_code == 0, c->errors);
        const bool zh = lang == Lang::zh;
        const json* am = event_by_uid(c->parsed, "slot-s-am-demo-plan@sop-planner");
        REQUIRE(am);
        const std::string text = (*am)["description"];
        // Filled ({群名}), emoji kept, {新人} named as left to fill; both attachments with their kinds.
        CHECK(text.rfind("早安，宝妈成长营 1 群的家人们 ☀️ 欢迎 @{新人}\n", 0) == 0);
        CHECK(text.find(zh ? "附件：202503促活-育儿干货-图文（图片）、202412品牌-Mom stories-视频（视频）"
                           : "Attachments: 202503Activation-育儿干货-Image & text (Image), 202412Brand-Mom stories-Video (Video)") !=
              std::string::npos);
        CHECK(text.find(zh ? "发送前填写：{新人}" : "Fill in before sending: {新人}") != std::string::npos);
        CHECK((*am)["rrule"].get<std::string>().rfind("FREQ=DAILY", 0) == 0);
        REQUIRE((*am)["alarms"].size() == 1);   // before each send
        CHECK((*am)["alarms"][0]["trigger_seconds"] == -15 * 60);

        const json* member = event_by_uid(c->parsed, "column-c-member-demo-plan@sop-planner");
        REQUIRE(member);
        const std::string script = (*member)["description"];
        CHECK(script.rfind("周五会员日来啦 🎁 报名链接：{链接}\n", 0) == 0);   // the script's text
        CHECK(script.find(zh ? "话术：会员日话术" : "Script: 会员日话术") != std::string::npos);
        CHECK(script.find(zh ? "发送前填写：{链接}" : "Fill in before sending: {链接}") != std::string::npos);
        // The retitled Friday is an override with the same message.
        const json* special = override_of(c->parsed, "column-c-member-demo-plan@sop-planner", "2025-03-14T20:00:00+08:00");
        REQUIRE(special);
        CHECK((*special)["summary"] == "会员日·特别场");
        CHECK((*special)["description"].get<std::string>().rfind("周五会员日来啦", 0) == 0);
        REQUIRE((*special)["alarms"].size() == 1);

        // A run-sheet step fills the event's placeholders; {福利} has no value.
        const json* notice = event_by_uid(c->parsed, "run_step-st-notice-20250318-demo-plan@sop-planner");
        REQUIRE(notice);
        CHECK((*notice)["start"] == "2025-03-18T09:00:00+08:00");
        CHECK((*notice)["description"].get<std::string>().rfind("明晚 20:00，王老师聊「辅食添加」！福利：{福利}\n", 0) == 0);
        // A series' text stands for all its dates: {日期} is left to fill there.
        const json* recap = event_by_uid(c->parsed, "month_task-m-recap-demo-plan@sop-planner");
        REQUIRE(recap);
        CHECK((*recap)["description"].get<std::string>().find(zh ? "发送前填写：{日期}" : "Fill in before sending: {日期}") !=
              std::string::npos);
        // The content item on a slot is an override carrying the item's attachments.
        const json* filled = override_of(c->parsed, "slot-s-know-demo-plan@sop-planner", "2025-03-04T10:00:00+08:00");
        REQUIRE(filled);
        CHECK((*filled)["summary"] == "6 个月宝宝辅食清单");
        CHECK((*filled)["description"].get<std::string>().find(zh ? "附件：202503促活-育儿干货-图文（图片）"
                                                                   : "Attachments: 202503Activation") == 0);
    }
}

TEST_CASE("the file's recurrences, expanded independently, give the planner's calendar") {
    struct Case {
        const char* what;
        Plan plan;
        Date from, to;
        Lang lang;
    };
    Plan mother_baby = make_template(TemplateId::mother_baby, Lang::zh, D(2025, 3, 3));
    REQUIRE(mother_baby.rhythm.runsheets.size() == 1);
    REQUIRE(mother_baby.rhythm.runsheets[0].date);   // dated: its steps are on the calendar
    Plan mother_baby_en = make_template(TemplateId::mother_baby, Lang::en, D(2025, 3, 3));
    // Started before the range, with a skip and a move on it.
    Plan later = mother_baby;
    later.calendar.overrides = {{.id = "o-1", .source = CalendarSource::slot, .rule = "slot-greeting", .date = D(2025, 5, 6),
                                 .kind = OverrideKind::skip},
                                {.id = "o-2", .source = CalendarSource::column, .rule = "col-expert-qa", .date = D(2025, 5, 7),
                                 .kind = OverrideKind::move, .to_date = D(2025, 5, 8)}};
    const Case cases[] = {
        {"mother & baby, 8 weeks from the start", mother_baby, D(2025, 3, 3), D(2025, 4, 27), Lang::zh},
        {"mother & baby in English, 8 weeks from the start", mother_baby_en, D(2025, 3, 3), D(2025, 4, 27), Lang::en},
        {"mother & baby, 8 weeks from May, with overrides", later, D(2025, 5, 1), D(2025, 6, 25), Lang::zh},
        {"every kind of override", message_plan(), D(2025, 3, 3), D(2025, 4, 27), Lang::zh},
        {"every kind of override, from mid-range", message_plan(), D(2025, 3, 12), D(2025, 5, 6), Lang::en},
    };
    for (const Case& c : cases) {
        CAPTURE(std::string(c.what));
        auto expanded = run_expander(schedule_ics(c.plan, c.from, c.to, {.now_unix_seconds = kNow, .lang = c.lang}), c.from, c.to);
        if (!expanded) return;
        REQUIRE_MESSAGE(expanded->exit_code == 0, expanded->errors);
        REQUIRE(expanded->parsed.is_array());
        const json mine = without_uids(planner_occurrences(c.plan, c.from, c.to, c.lang));
        const json theirs = without_uids(expanded->parsed);
        CHECK(mine.size() > 100);
        CHECK(theirs.size() == mine.size());
        for (size_t i = 0; i < std::min(mine.size(), theirs.size()); ++i) {
            if (mine[i] == theirs[i]) continue;
            FAIL_CHECK("first difference at " << i << ": planner " << mine[i].dump() << ", expanded " << theirs[i].dump());
            break;
        }
    }
}

TEST_CASE("an independent iCalendar parser reads the export back with the same values") {
    Plan p = awkward_plan();
    std::string long_title;
    for (int i = 0; i < 30; ++i) long_title += "超长标题测试，";
    p.content.items[0].title = long_title;   // folds over several lines
    const Date from = D(2025, 3, 3), to = D(2025, 3, 9);
    auto c = run_checker(schedule_ics(p, from, to, {.now_unix_seconds = kNow}));
    if (!c) return;
    REQUIRE_MESSAGE(c->exit_code == 0, c->errors);
    REQUIRE(c->parsed.is_object());
    CHECK(c->parsed["zones"]["Asia/Shanghai"] == 8 * 3600);

    // The content item on the slot that day: an override of the slot's series.
    const json* filled = override_of(c->parsed, "slot-s-know-demo-plan@sop-planner", "2025-03-04T10:00:00+08:00");
    REQUIRE(filled);
    CHECK((*filled)["summary"] == long_title);
    CHECK((*filled)["start"] == "2025-03-04T10:00:00+08:00");
    CHECK((*filled)["duration_seconds"] == 30 * 60);
    CHECK((*filled)["categories"] == json::array({"促活", "每日时段"}));
    REQUIRE((*filled)["alarms"].size() == 1);
    CHECK((*filled)["alarms"][0]["trigger_seconds"] == -15 * 60);

    const json* awkward = event_by_uid(c->parsed, "content-c-2-20250305-demo-plan@sop-planner");
    REQUIRE(awkward);
    CHECK((*awkward)["summary"] == "纸尿裤\"限时\" 9.9, 前 50 单送礼; 先到先得\\");
    const json* all_day = event_by_uid(c->parsed, "content-c-3-20250306-demo-plan@sop-planner");
    REQUIRE(all_day);
    CHECK((*all_day)["start"] == "2025-03-06");
    CHECK((*all_day)["end"] == "2025-03-07");
    CHECK((*all_day)["description"].get<std::string>().find("转载已获授权\n来源：公众号「育儿研究所」") !=
          std::string::npos);
    CHECK((*all_day)["alarms"][0]["trigger_seconds"] == (9 * 60 - 15) * 60);   // 08:45 that day
}

TEST_CASE("the parser check accepts other zones and reminder settings") {
    Plan p = awkward_plan();
    p.calendar.time_zone = "社群时间, 东八区";   // not a tz database name: the VTIMEZONE defines it
    p.calendar.reminder_minutes.reset();
    p.calendar.event_minutes = 90;
    auto c = run_checker(schedule_ics(p, D(2025, 6, 1), D(2025, 6, 2), {.now_unix_seconds = kNow}));
    if (!c) return;
    REQUIRE_MESSAGE(c->exit_code == 0, c->errors);
    const json* campaign = event_by_uid(c->parsed, "campaign-cp-618-20250601-demo-plan@sop-planner");
    REQUIRE(campaign);
    CHECK((*campaign)["end"] == "2025-06-19");   // DTEND is the day after the last day
    CHECK((*campaign)["alarms"].empty());
    const json* slot = event_by_uid(c->parsed, "slot-s-am-demo-plan@sop-planner");
    REQUIRE(slot);
    CHECK((*slot)["start"] == "2025-06-01T08:30:00+08:00");
    CHECK((*slot)["duration_seconds"] == 90 * 60);

    p.calendar.time_zone = "Asia/Tokyo";
    p.calendar.utc_offset_minutes = 9 * 60;
    c = run_checker(schedule_ics(p, D(2025, 6, 1), D(2025, 6, 1), {.now_unix_seconds = kNow}));
    REQUIRE_MESSAGE(c->exit_code == 0, c->errors);
    CHECK(event_by_uid(c->parsed, "slot-s-am-demo-plan@sop-planner")->at("start") ==
          "2025-06-01T08:30:00+09:00");
}

TEST_CASE("the parser check fails on broken files") {
    const std::string good = schedule_ics(awkward_plan(), D(2025, 3, 3), D(2025, 3, 3), {.now_unix_seconds = kNow});
    auto c = run_checker(good);
    if (!c) return;
    REQUIRE_MESSAGE(c->exit_code == 0, c->errors);
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        const size_t at = s.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, from);
        s.replace(at, from.size(), to);
        return s;
    };
    const std::string long_line = "X-NOTE:" + std::string(100, 'x') + "\r\n";
    struct Broken {
        const char* what;
        std::string text;
        const char* why;   // part of the checker's first problem
    };
    const Broken broken[] = {
        {"an unfolded 107-octet line", replaced("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\n" + long_line), "107 octets"},
        {"a character split by folding", replaced("SUMMARY:早安问候\r\n", "SUMMARY:早\xE5\r\n \xAE\x89问候\r\n"),
         "not valid UTF-8"},
        {"a missing END:VEVENT", replaced("END:VEVENT\r\nBEGIN:VEVENT", "BEGIN:VEVENT"), "does not close"},
        {"a bare LF", replaced("VERSION:2.0\r\n", "VERSION:2.0\n"), "bare LF"},
        {"a TZID without a VTIMEZONE",
         replaced("TZID=Asia/Shanghai:20250303T083000", "TZID=Mars/Olympus:20250303T083000"), "no VTIMEZONE"},
        {"a line without a colon", replaced("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nNOT A PROPERTY\r\n"),
         "could not be parsed"},
        {"a duplicated UID", replaced("UID:line-l-welcome-20250303-demo-plan", "UID:slot-s-am-demo-plan"), "UID used twice"},
        {"a month 13", replaced("TZID=Asia/Shanghai:20250303T083000", "TZID=Asia/Shanghai:20251303T083000"),
         "DTSTART"},
    };
    std::vector<std::string> texts;
    for (const Broken& b : broken) texts.push_back(b.text);
    auto reports = run_checker_each(texts);
    REQUIRE(reports);
    REQUIRE(reports->size() == texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        const std::string what = broken[i].what;
        CAPTURE(what);
        const json& report = (*reports)[i];
        CHECK(report["ok"] == false);
        REQUIRE(!report["problems"].empty());
        CHECK(report["problems"][0].get<std::string>().find(broken[i].why) != std::string::npos);
    }
    // And the single-file mode exits with 1 and says why.
    auto one = run_checker(texts[0]);
    REQUIRE(one);
    CHECK(one->exit_code == 1);
    CHECK(one->errors.find("octets") != std::string::npos);
}
