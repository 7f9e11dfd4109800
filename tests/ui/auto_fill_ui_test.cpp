// Auto-fill through the real widgets: the 内容配比 tab of a template, a
// month chosen, the preview read before anything changes, confirmed as one
// edit, taken back with one Ctrl+Z; custom dates that make no range say so.
#include <doctest/doctest.h>

#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

bool shown(const std::string& text) { return ui::screen_text().find(text) != std::string::npos; }

void open_mix(Headless& h) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
    REQUIRE(!h.app.open_id().empty());
    h.go_to("content");
    h.frames(2);
    h.click("content_tab_mix");
    h.frames(3);
}

}  // namespace

TEST_CASE("auto-fill a month: preview first, confirm as one edit, one undo") {
    Headless h(core::Lang::zh, 1280, 3000);   // tall: the whole tab on screen
    open_mix(h);
    h.click("mix_fill_month");
    h.frame(true);
    CHECK(shown("个时段还没安排内容"));
    CHECK_FALSE(shown("空档"));
    const core::Plan before = h.app.plan();
    h.click("mix_fill_propose");
    h.frame(true);
    CHECK(shown("建议选题"));
    CHECK(shown("填充前"));
    CHECK(h.app.plan() == before);   // a preview changes nothing
    REQUIRE(h.drawn("mix_fill_apply"));
    h.click("mix_fill_apply");
    h.frames(2);
    const core::Plan& after = h.app.plan();
    REQUIRE(after.content.items.size() > before.content.items.size() + 20);
    for (size_t i = before.content.items.size(); i < after.content.items.size(); ++i) {
        const core::ContentItem& c = after.content.items[i];
        REQUIRE(c.publish);
        CHECK(core::first_of_month(*c.publish) == core::first_of_month(core::Date{h.services.today}));
    }
    h.frame(true);
    CHECK(shown("每个时段都安排了内容"));
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    h.frames(2);
    CHECK(h.app.plan() == before);
}

TEST_CASE("auto-fill of custom dates: the range typed, and a message when it is not one") {
    Headless h(core::Lang::en, 1280, 3000);
    open_mix(h);
    h.click("mix_fill_custom");
    h.frame(true);
    REQUIRE(h.drawn("##mix_fill_from"));
    REQUIRE(h.drawn("##mix_fill_to"));
    CHECK(shown("slots not planned yet"));   // two weeks from the week shown, filled in
    h.click("##mix_fill_to");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("2020-01-01");
    h.frame(true);
    CHECK(shown("the end can't be before the start"));
    CHECK_FALSE(h.drawn("mix_fill_propose"));
}
