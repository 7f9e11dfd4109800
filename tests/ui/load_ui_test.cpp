// The dashboard and the rhythm's message-load tab (消息量) draw one
// computation (core::week_load) and say which week they show: for the same
// template on the same day, both show the same number for every day.
#include <doctest/doctest.h>

#include <regex>

#include "core/rules/sop_rules.hpp"
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
