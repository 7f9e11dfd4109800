// iCalendar export: escaping, folding at 75 octets without splitting a
// character, stable UIDs, cancelled skips, golden files, and validation by
// an independent parser (tests/core/ics_check.py, Debian's python3-icalendar).
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "content_fixture.hpp"
#include "core/edits/calendar_edits.hpp"
#include "core/exports/ics_export.hpp"

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

// Writes each text to a temporary file and runs the checker with `mode`
// ("" or "--each ") on them; returns its exit code, stdout and stderr.
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
    if (mode.empty()) {
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

const json* event_by_uid(const json& parsed, const std::string& uid) {
    for (const json& e : parsed["events"])
        if (e["uid"] == uid) return &e;
    return nullptr;
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

TEST_CASE("UIDs do not depend on the export time and survive a move; a skip is exported as cancelled") {
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
    CHECK(first.find("UID:slot-s-am-20250303-demo-plan@sop-planner\r\n") != std::string::npos);

    auto items = expand_calendar(p, from, to);
    const CalendarItem perk = *find_key(items, "slot:s-perk@2025-03-05");
    Plan moved = apply(p, move_item_edit(p, perk, D(2025, 3, 6), T(21, 0))).plan;
    const std::string after = unfold(schedule_ics(moved, from, to, {.now_unix_seconds = kNow}));
    const size_t at = after.find("UID:slot-s-perk-20250305-demo-plan@sop-planner");
    REQUIRE(at != std::string::npos);
    CHECK(after.find("DTSTART;TZID=Asia/Shanghai:20250306T210000", at) < after.find("END:VEVENT", at));

    Plan skipped = apply(p, skip_item_edit(p, perk)).plan;
    const std::string cancelled = unfold(schedule_ics(skipped, from, to, {.now_unix_seconds = kNow}));
    const size_t c = cancelled.find("UID:slot-s-perk-20250305-demo-plan@sop-planner");
    REQUIRE(c != std::string::npos);
    CHECK(cancelled.find("STATUS:CANCELLED", c) < cancelled.find("END:VEVENT", c));
    CHECK(cancelled.find("BEGIN:VALARM", c) > cancelled.find("END:VEVENT", c));   // no reminder for it
    const std::string left_out =
        schedule_ics(skipped, from, to, {.now_unix_seconds = kNow, .include_skipped = false});
    CHECK(left_out.find("slot-s-perk-20250305") == std::string::npos);

    // Without a uid of its own, the plan's UIDs come from its name.
    Plan unnamed = p;
    unnamed.calendar.uid.clear();
    CHECK(ics_plan_uid(unnamed) == ics_plan_uid(unnamed));
    Plan other = unnamed;
    other.basics.name = "另一个群";
    CHECK(ics_plan_uid(unnamed) != ics_plan_uid(other));
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
    const auto items = expand_calendar(p, from, to);
    CHECK(c->parsed["events"].size() == items.size());
    CHECK(c->parsed["zones"]["Asia/Shanghai"] == 8 * 3600);

    const json* filled = event_by_uid(c->parsed, "slot-s-know-20250304-demo-plan@sop-planner");
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
    const json* slot = event_by_uid(c->parsed, "slot-s-am-20250601-demo-plan@sop-planner");
    REQUIRE(slot);
    CHECK((*slot)["start"] == "2025-06-01T08:30:00+08:00");
    CHECK((*slot)["duration_seconds"] == 90 * 60);

    p.calendar.time_zone = "Asia/Tokyo";
    p.calendar.utc_offset_minutes = 9 * 60;
    c = run_checker(schedule_ics(p, D(2025, 6, 1), D(2025, 6, 1), {.now_unix_seconds = kNow}));
    REQUIRE_MESSAGE(c->exit_code == 0, c->errors);
    CHECK(event_by_uid(c->parsed, "slot-s-am-20250601-demo-plan@sop-planner")->at("start") ==
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
        {"a duplicated UID", replaced("UID:line-l-welcome", "UID:slot-s-am"), "UID used twice"},
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
