// The dashboard and the rhythm's message-load tab (消息量) draw one
// computation (core::week_load) and say which week they show: for the same
// template on the same day, both show the same number for every day.
#include <doctest/doctest.h>

#include <regex>

#include "core/edits/edit.hpp"
#include "core/rules/clashes.hpp"
#include "core/rules/sop_rules.hpp"
#include <nlohmann/json.hpp>
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

// The "[load <monday>] n n n n n n n" line the week chart logs (ui/load_chart.hpp).
std::string load_line(const std::string& screen) {
    std::smatch m;
    static const std::regex line(R"(\[load \d{4}-\d{2}-\d{2}\]( \d+){7})");
    return std::regex_search(screen, m, line) ? m.str() : std::string();
}

std::string expected_line(const core::WeekLoad& w) {
    std::string out = "[load " + core::format_date(w.monday) + "]";
    for (int n : w.load) out += " " + std::to_string(n);
    return out;
}

}  // namespace

TEST_CASE("the dashboard and the message-load tab show the same messages per day for the same week, and name it") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        CAPTURE((int)lang);
        Headless h(lang, 1280, 2400);   // tall: the whole dashboard on screen
        const core::Date thursday = core::date_from_ymd(2026, 12, 3);
        h.services.today = thursday.days;
        run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
        REQUIRE(!h.app.open_id().empty());
        const core::WeekLoad week = core::week_load(h.app.plan(), thursday);
        const std::string label = core::week_label(week.monday, thursday, lang);
        CHECK(label == (lang == core::Lang::zh ? "本周（11月30日–12月6日）" : "This week (30 Nov – 6 Dec)"));

        h.go_to("dashboard");
        h.frames(2);
        h.frame(true);
        const std::string dashboard = ui::screen_text();
        CHECK(load_line(dashboard) == expected_line(week));
        CHECK(dashboard.find(label) != std::string::npos);

        h.go_to("rhythm");
        h.frames(2);
        h.click("tab_load");
        h.frames(2);
        h.frame(true);
        const std::string tab = ui::screen_text();
        CHECK(load_line(tab) == load_line(dashboard));
        CHECK(tab.find(label) != std::string::npos);

        // The next week: the tab says which, and shows that week's figures.
        h.click("load_week_next");
        h.frames(2);
        h.frame(true);
        const core::WeekLoad next = core::week_load(h.app.plan(), core::Date{thursday.days + 7});
        CHECK(load_line(ui::screen_text()) == expected_line(next));
        CHECK(ui::screen_text().find(core::week_label(next.monday, thursday, lang)) != std::string::npos);
    }
}

TEST_CASE("a routine line becomes a team task from its type combo, and back to a post") {
    Headless h(core::Lang::zh, 1600, 2400);
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
    h.go_to("rhythm");
    h.frames(2);
    h.click("tab_routine");
    h.frames(2);
    auto line = [&]() -> const core::SopLine& {
        for (const core::SopLine& l : h.app.plan().rhythm.routine)
            if (l.id == "line-flash-sale") return l;
        FAIL("no line");
        throw 0;
    };
    REQUIRE(line().kind == core::LineKind::message);
    h.click("##line_category_line-flash-sale");
    h.frames(2);
    h.click("line_category_line-flash-sale_task");
    h.frames(2);
    CHECK(line().kind == core::LineKind::task);
    CHECK(line().category == core::Category::conversion);   // kept as written
    h.click("##line_category_line-flash-sale");
    h.frames(2);
    h.click("line_category_line-flash-sale_brand");
    h.frames(2);
    CHECK(line().kind == core::LineKind::message);
    CHECK(line().category == core::Category::brand);
}

TEST_CASE("the load tab lists every same-minute clash of the year, weekly and dated, once its look through the year is done") {
    Headless h(core::Lang::zh, 1280, 2400);   // tall: the whole tab on screen
    h.services.today = core::date_from_ymd(2025, 12, 1).days;
    // 阿敏 has two lines every day at 20:00 (a weekly clash), and a run-sheet
    // step at 09:00 on a day 200 days on meets her 09:00 slot (a dated one,
    // late in the year the tab looks through).
    const std::string qa_day = core::format_date(core::Date{h.services.today + 200});
    run(h, {core::set_edit({"basics", "start_date"}, "2025-12-01"),
            core::insert_edit({"setup", "roles"}, nlohmann::json{{"id", "r-admin"}, {"kind", "admin"}, {"name", "阿敏"}}),
            core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-am"}, {"time", "09:00"}, {"purpose", "早安"}, {"owner_role", "r-admin"}}),
            core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-pm"}, {"time", "20:00"}, {"purpose", "晚间福利"}, {"owner_role", "r-admin"}}),
            core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-pm2"}, {"time", "20:00"}, {"purpose", "晚间答疑"}, {"owner_role", "r-admin"}}),
            core::insert_edit({"rhythm", "runsheets"},
                              nlohmann::json{{"id", "rs-1"}, {"title", "答疑夜"}, {"date", qa_day},
                                             {"steps", {{{"id", "rs-1-notice"}, {"title", "早间预告"}, {"time", "09:00"}, {"owner_role", "r-admin"}}}}})});
    const std::vector<core::Clash> expected = core::time_clashes(h.app.plan(), core::Date{h.services.today});
    // The weekly one on each of the seven weekdays, then the dated one.
    REQUIRE(expected.size() == 8);
    REQUIRE(expected.back().date == core::Date{h.services.today + 200});
    h.go_to("rhythm");
    h.frames(2);
    h.click("tab_load");
    std::string screen;
    for (int i = 0; i < 400; ++i) {   // a slice of the year a frame, at most
        h.frame(true);
        screen = ui::screen_text();
        if (screen.find("正在逐日查找") == std::string::npos) break;
    }
    CHECK(screen.find("正在逐日查找") == std::string::npos);
    CHECK(screen.find("同一时间撞车") != std::string::npos);
    for (const core::Clash& c : expected) {
        CAPTURE(core::clash_text(h.app.plan(), c, core::Lang::zh));
        CHECK(screen.find(core::clash_text(h.app.plan(), c, core::Lang::zh)) != std::string::npos);
    }
    // An edit begins the look again, and it ends with the new clash.
    run(h, {core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-am2"}, {"time", "09:00"}, {"purpose", "早报"}, {"owner_role", "r-admin"}})});
    for (int i = 0; i < 400; ++i) {
        h.frame(true);
        screen = ui::screen_text();
        if (screen.find("正在逐日查找") == std::string::npos) break;
    }
    const std::vector<core::Clash> now = core::time_clashes(h.app.plan(), core::Date{h.services.today});
    REQUIRE(now.size() == 15);   // seven more weekly ones at 09:00
    for (const core::Clash& c : now) CHECK(screen.find(core::clash_text(h.app.plan(), c, core::Lang::zh)) != std::string::npos);
}
