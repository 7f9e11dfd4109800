// Same-minute clashes (one role, two lines at one minute): the weekly
// pattern reported once per weekday, dated things once per date, a slot and
// its columns one post.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/rules/clashes.hpp"

using namespace core;

namespace {

Date D(int y, int m, int d) { return date_from_ymd(y, m, d); }
TimeOfDay T(int h, int m = 0) { return TimeOfDay{h * 60 + m}; }

// Starts Monday 2025-12-01. 阿敏 (the admin) posts the 20:00 perk every day;
// the crew's 08:30 morning slot takes a column on Mondays.
Plan clash_plan() {
    Plan p;
    p.basics.start_date = D(2025, 12, 1);
    p.setup.roles = {{"r-owner", RoleKind::owner, "小美", ""},
                     {"r-admin", RoleKind::admin, "阿敏", ""},
                     {"r-crew", RoleKind::atmosphere, "", ""}};
    p.rhythm.slots = {
        {.id = "s-am", .time = T(8, 30), .purpose = "早安", .owner_role = "r-crew"},
        {.id = "s-pm", .time = T(20), .purpose = "晚间福利", .owner_role = "r-admin", .messages = 2},
    };
    p.rhythm.columns = {{.id = "c-mon", .name = "周一周报", .weekday = 1, .slot = "s-am"}};
    return p;
}

Runsheet qa_night(Date date) {
    Runsheet r{"rs-qa", "答疑夜", date, {}};
    r.start = T(20);
    r.steps = {{.id = "rs-notice", .title = "早间预告", .time = T(9), .owner_role = "r-admin", .messages = 1},
               {.id = "rs-guest", .title = "介绍嘉宾", .time = T(20), .owner_role = "r-admin", .messages = 1},
               {.id = "rs-prep", .title = "准备", .owner_role = "r-admin", .day = -1}};
    return r;
}

SopLine line(std::string id, Timing timing, std::string title, std::string role) {
    SopLine l;
    l.id = std::move(id);
    l.phase = RoutinePhase::mature;
    l.timing = timing;
    l.title = std::move(title);
    l.owner_role = std::move(role);
    return l;
}

}  // namespace

TEST_CASE("a plan whose roles never meet at one minute has no clashes") {
    Plan p = clash_plan();
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
    // The same minute for two roles, or two minutes for one role: no clash.
    p.rhythm.routine = {line("l-crew", {.kind = TimingKind::daily, .time = T(20)}, "氛围", "r-crew"),
                        line("l-admin", {.kind = TimingKind::daily, .time = T(20, 1)}, "提醒", "r-admin"),
                        line("l-none", {.kind = TimingKind::daily, .time = T(20)}, "没人负责", "")};
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
}

TEST_CASE("two weekly lines of one role at one minute clash once per weekday, not once per week") {
    Plan p = clash_plan();
    p.rhythm.routine = {line("l-wed", {.kind = TimingKind::weekday, .weekday = 3, .time = T(20)}, "周三答疑", "r-admin")};
    const auto clashes = time_clashes(p, D(2025, 12, 1));
    REQUIRE(clashes.size() == 1);
    const Clash& c = clashes[0];
    CHECK(c.role == "r-admin");
    CHECK(c.weekday == 3);
    CHECK(!c.date);
    CHECK(c.time == T(20));
    CHECK(c.ids == std::vector<std::string>{"s-pm", "l-wed"});
    CHECK(c.sources == std::vector<CalendarSource>{CalendarSource::slot, CalendarSource::line});
    CHECK(clash_text(p, c, Lang::zh) == "周三 20:00 阿敏同时有两条：「晚间福利」和「周三答疑」");
    CHECK(clash_text(p, c, Lang::en) == "Wed 20:00: 阿敏 has two lines at once: “晚间福利” and “周三答疑”");
    p.setup.roles[1].name = "前台 Amy";   // a Latin name is spaced from the hanzi after it
    CHECK(clash_text(p, c, Lang::zh) == "周三 20:00 前台 Amy 同时有两条：「晚间福利」和「周三答疑」");

    // A daily one clashes on all seven weekdays.
    p.rhythm.routine[0].timing = {.kind = TimingKind::daily, .time = T(20)};
    const auto daily = time_clashes(p, D(2025, 12, 1));
    REQUIRE(daily.size() == 7);
    for (int w = 1; w <= 7; ++w) CHECK(daily[w - 1].weekday == w);
}

TEST_CASE("a slot and the columns placed on it are one post, but clash with another line of the role") {
    Plan p = clash_plan();
    // Two columns in the crew's Monday slot: the slot's own post, not a clash.
    p.rhythm.columns.push_back({.id = "c-mon-2", .name = "周一加餐", .weekday = 1, .slot = "s-am"});
    p.rhythm.columns.push_back({.id = "c-tue", .name = "周二话题", .weekday = 2, .slot = "s-am", .owner_role = "r-crew"});
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());

    // A crew line at 08:30 on Mondays meets both columns (which take the slot's role).
    p.rhythm.routine = {line("l-mon", {.kind = TimingKind::weekday, .weekday = 1, .time = T(8, 30)}, "周一点名", "r-crew")};
    const auto clashes = time_clashes(p, D(2025, 12, 1));
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].weekday == 1);
    CHECK(clashes[0].ids == std::vector<std::string>{"c-mon-2", "c-mon", "l-mon"});   // in calendar order
    // A role without a name is called by its kind; three lines are 三条.
    CHECK(clash_text(p, clashes[0], Lang::zh) == "周一 08:30 氛围组同时有三条：「周一加餐」、「周一周报」和「周一点名」");
    CHECK(clash_text(p, clashes[0], Lang::en) ==
          "Mon 08:30: Atmosphere crew has three lines at once: “周一加餐”, “周一周报” and “周一点名”");
}

TEST_CASE("a run-sheet step on a weekly line's minute is a clash of that date") {
    Plan p = clash_plan();
    p.rhythm.runsheets = {qa_night(D(2025, 12, 10))};   // a Wednesday
    const auto clashes = time_clashes(p, D(2025, 12, 1));
    REQUIRE(clashes.size() == 1);
    const Clash& c = clashes[0];
    CHECK(c.date == D(2025, 12, 10));
    CHECK(c.weekday == 3);
    CHECK(c.role == "r-admin");
    CHECK(c.ids == std::vector<std::string>{"s-pm", "rs-guest"});
    CHECK(c.titles == std::vector<std::string>{"晚间福利", "答疑夜 · 介绍嘉宾"});
    CHECK(clash_text(p, c, Lang::zh) == "12月10日（周三）20:00 阿敏同时有两条：「晚间福利」和「答疑夜 · 介绍嘉宾」");
    CHECK(clash_text(p, c, Lang::en) == "Wed 10 Dec, 20:00: 阿敏 has two lines at once: “晚间福利” and “答疑夜 · 介绍嘉宾”");
    CHECK(clashes_between(p, D(2025, 12, 10), D(2025, 12, 10)) == clashes);
    CHECK(clashes_between(p, D(2025, 12, 9), D(2025, 12, 9)).empty());

    // Given to the crew, the step meets nobody.
    p.rhythm.runsheets[0].steps[1].owner_role = "r-crew";
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
    // A draft (no date) is on no calendar.
    p.rhythm.runsheets[0].steps[1].owner_role = "r-admin";
    p.rhythm.runsheets[0].date.reset();
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
}

TEST_CASE("dated clashes are searched over the first year from the start, or twelve weeks without one") {
    Plan p = clash_plan();
    p.rhythm.runsheets = {qa_night(D(2026, 11, 25))};   // within the first year
    CHECK(time_clashes(p, D(2025, 1, 1)).size() == 1);
    p.rhythm.runsheets[0].date = D(2026, 12, 2);        // a year and a day on
    CHECK(time_clashes(p, D(2025, 1, 1)).empty());

    p.basics.start_date.reset();
    p.rhythm.runsheets[0].date = D(2026, 2, 25);
    CHECK(time_clashes(p, D(2026, 1, 1)).size() == 1);   // in the twelve weeks from 1 Jan
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());      // past the twelve weeks from 1 Dec
    CHECK(time_clashes(p, D(2026, 2, 26)).empty());      // before the date given
}

TEST_CASE("lines on a date and day-N lines clash on their date; weekly clashes are not repeated per date") {
    Plan p = clash_plan();
    p.rhythm.routine = {
        line("l-date", {.kind = TimingKind::date, .date = D(2025, 12, 24), .time = T(20)}, "平安夜抽奖", "r-admin"),
        line("l-day3", {.kind = TimingKind::after_created, .day = 3, .time = T(8, 30)}, "第 3 天破冰", "r-crew"),
        line("l-pm", {.kind = TimingKind::weekday, .weekday = 5, .time = T(20)}, "周五加推", "r-admin"),
    };
    const auto clashes = time_clashes(p, D(2025, 12, 1));
    REQUIRE(clashes.size() == 3);
    CHECK(clashes[0].weekday == 5);   // the weekly one first
    CHECK(!clashes[0].date);
    CHECK(clashes[1].date == D(2025, 12, 4));
    CHECK(clashes[1].ids == std::vector<std::string>{"s-am", "l-day3"});
    CHECK(clashes[2].date == D(2025, 12, 24));
    CHECK(clashes[2].ids == std::vector<std::string>{"s-pm", "l-date"});
}

TEST_CASE("a move puts a clash on its date, and a content item on its slot is that slot's post") {
    Plan p = clash_plan();
    // The crew's 08:30 slot moved to 20:00 one day: no clash (another role).
    p.calendar.overrides = {{.id = "o-1", .source = CalendarSource::slot, .rule = "s-am", .date = D(2025, 12, 2),
                             .kind = OverrideKind::move, .to_time = T(20)}};
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
    // Given to the admin, it meets the 20:00 perk that day only.
    p.rhythm.slots[0].owner_role = "r-admin";
    auto clashes = time_clashes(p, D(2025, 12, 1));
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].date == D(2025, 12, 2));
    CHECK(clashes[0].ids == std::vector<std::string>{"s-am", "s-pm"});

    // Content filling the perk slot is the slot's post, not a second line.
    p.calendar.overrides.clear();
    ContentItem item;
    item.id = "ct-1";
    item.title = "双十二秒杀";
    item.publish = D(2025, 12, 12);
    item.slot = "s-pm";
    p.content.items = {item};
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
    // Its title names the slot's line in a clash of that day.
    p.rhythm.routine = {line("l-12", {.kind = TimingKind::date, .date = D(2025, 12, 12), .time = T(20)}, "接龙", "r-admin")};
    clashes = time_clashes(p, D(2025, 12, 1));
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].titles == std::vector<std::string>{"双十二秒杀", "接龙"});
}

TEST_CASE("a skipped line does not clash on the day it is skipped") {
    Plan p = clash_plan();
    p.rhythm.runsheets = {qa_night(D(2025, 12, 10))};
    p.calendar.overrides = {{.id = "o-1", .source = CalendarSource::slot, .rule = "s-pm", .date = D(2025, 12, 10),
                             .kind = OverrideKind::skip}};
    CHECK(time_clashes(p, D(2025, 12, 1)).empty());
}

TEST_CASE("a scan a few days at a time finds what one scan of the year finds, moves across its slices included") {
    Plan p = clash_plan();
    p.rhythm.slots[0].owner_role = "r-admin";
    p.rhythm.runsheets = {qa_night(D(2025, 12, 10)), qa_night(D(2026, 3, 4))};
    p.rhythm.runsheets[1].id = "rs-qa-2";
    p.rhythm.routine = {line("l-day", {.kind = TimingKind::after_created, .day = 40, .time = T(8, 30)}, "第40天", "r-admin"),
                        line("l-wk", {.kind = TimingKind::weekday, .weekday = 3, .time = T(20)}, "周三答疑", "r-admin")};
    // Moved from the first week to a day weeks later, and from late in the
    // year back to its first days: each lands in another slice.
    p.calendar.overrides = {
        {.id = "o-1", .source = CalendarSource::slot, .rule = "s-am", .date = D(2025, 12, 2), .kind = OverrideKind::move,
         .to_date = D(2026, 1, 20), .to_time = T(20)},
        {.id = "o-2", .source = CalendarSource::slot, .rule = "s-am", .date = D(2026, 10, 6), .kind = OverrideKind::move,
         .to_date = D(2025, 12, 3), .to_time = T(20)}};
    const std::vector<Clash> whole = time_clashes(p, D(2025, 12, 1));
    REQUIRE(whole.size() >= 5);
    CHECK(std::count_if(whole.begin(), whole.end(), [](const Clash& c) { return c.date == D(2026, 1, 20); }) == 1);
    CHECK(std::count_if(whole.begin(), whole.end(), [](const Clash& c) { return c.date == D(2025, 12, 3); }) == 1);
    for (int days : {1, 6, 7, 30, 200}) {
        CAPTURE(days);
        ClashScan scan(p, D(2025, 12, 1));
        CHECK(scan.days_total() == kClashYearDays);
        int steps = 0;
        while (!scan.step(p, days)) ++steps;
        CHECK(steps + 1 == (kClashYearDays + days - 1) / days);
        CHECK(scan.days_done() == kClashYearDays);
        CHECK(scan.result(p) == whole);
    }
    // Part of the way: the weekly clashes and the dated ones of the days looked through.
    ClashScan part(p, D(2025, 12, 1));
    part.step(p, 7);
    for (const Clash& c : part.result(p)) CHECK((!c.date || c.date->days < D(2025, 12, 8).days));
    CHECK(!part.done());
}
