// Layouts for every width (docs/architecture.md, "Layout"): on a phone and a
// tablet every section of every template fits the screen's width, in both
// languages; with a finger every target is tall enough; the dialogs fit the
// screen; a large screen shows the document preview beside the section.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"
#include "headless.hpp"
#include "imgui_internal.h"
#include "ui/layout.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;
using ui_test::Item;

namespace {

const char* kSectionIds[] = {"library", "today", "dashboard", "basics", "setup", "rhythm", "content", "incentives", "kpis", "review"};
static_assert(sizeof(kSectionIds) / sizeof(kSectionIds[0]) == (size_t)ui::Section::count_);

// Reaches a section the way a user does: from the list, or on a narrow
// screen from the drawer the button at the top opens.
void go_to(Headless& h, ui::Section s) {
    h.go_to(kSectionIds[(int)s]);
    REQUIRE(h.app.view().section == s);
    h.frames(2);
}

std::vector<const char*> tabs_of(ui::Section s) {
    switch (s) {
        case ui::Section::rhythm:
            return {"tab_week", "tab_month", "tab_routine", "tab_runsheets", "tab_roles", "tab_load", "tab_slots"};
        case ui::Section::content:
            return {"content_tab_mix", "content_tab_production", "content_tab_assets", "content_tab_export",
                    "content_tab_calendar"};
        case ui::Section::kpis: return {"kpi_tab_alerts", "kpi_tab_funnel"};
        default: return {};
    }
}

std::string describe(const Item& item) {
    std::ostringstream out;
    out << item.id << " at x=" << item.fx << " w=" << item.fw << " h=" << item.fh;
    return out.str();
}

// Items that are not touch targets of their own: windows and child windows
// report themselves too (for scrolling), and so do the scroll regions of tables.
bool is_target(const Item& item) {
    return item.fh > 0 && item.fw > 0 && item.label.empty() == false;
}

// Every item drawn lies within the screen's width: none starts left of it,
// none reaches past its right edge. Returns the ones that do not.
std::vector<std::string> outside(const Headless& h, float width) {
    std::vector<std::string> out;
    for (const Item& item : h.items())
        if (item.fx < -0.5f || item.fx + item.fw > width + 0.5f) out.push_back(describe(item));
    return out;
}

std::vector<std::string> too_small(const Headless& h) {
    std::vector<std::string> out;
    for (const Item& item : h.items())
        if (is_target(item) && item.fh < ui::kTouchTarget - 0.5f) out.push_back(describe(item));
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += "\n  " + l;
    return out;
}

// Visits every section (and every tab) of every template in both languages
// at this width. The screen is made tall (kTall times the height) so that
// what lies below the fold is checked too: the layout follows the width.
constexpr float kTall = 4;
template <class Check>
void every_section(float width, float height, bool touch, Check check) {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        for (const core::TemplateInfo& t : core::template_list()) {
            const std::string key = t.key;
            CAPTURE(key);
            CAPTURE((int)lang);
            Headless h(lang, width, height * kTall);
            if (touch) h.use_touch();
            run(h, {ui::Command{ui::cmd::NewFromTemplate{t.id}}});
            h.frames(2);
            for (int s = 0; s < (int)ui::Section::count_; ++s) {
                const std::string section = kSectionIds[s];
                CAPTURE(section);
                go_to(h, (ui::Section)s);
                check(h);
                // And every tab of the sections that have tabs.
                for (const char* tab : tabs_of((ui::Section)s)) {
                    const std::string tab_id = tab;
                    CAPTURE(tab_id);
                    h.click(tab);
                    h.frames(2);
                    check(h);
                }
            }
        }
    }
}

// The open dialog's window, by the id its title ends in.
ImGuiWindow* dialog(const char* id) {
    const std::string tail = std::string("###") + id;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        const std::string name = w->Name;
        if (w->Active && name.size() >= tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0)
            return w;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("on a phone held upright, with a finger, every section fits the width and every target is 44 px tall") {
    every_section(390, 844, true, [](Headless& h) {
        CHECK(h.app.view().layout.narrow);
        CHECK(h.app.view().layout.touch);
        const auto out = outside(h, 390);
        CHECK_MESSAGE(out.empty(), "beyond the screen's width:" << joined(out));
        const auto small = too_small(h);
        CHECK_MESSAGE(small.empty(), "smaller than a finger:" << joined(small));
    });
}

TEST_CASE("on a tablet held upright every section fits the width") {
    every_section(768, 1024, false, [](Headless& h) {
        CHECK(!h.app.view().layout.narrow);
        const auto out = outside(h, 768);
        CHECK_MESSAGE(out.empty(), "beyond the screen's width:" << joined(out));
    });
}

TEST_CASE("the template chooser fits a phone's screen, and a rotated phone lays out again") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        CAPTURE((int)lang);
        Headless h(lang, 390, 844);
        h.use_touch();
        run(h, {ui::Command{ui::cmd::ChooseTemplate{}}});
        h.frames(3);
        ImGuiWindow* w = dialog("template_dialog");
        REQUIRE(w);
        CHECK(w->Pos.x >= 0);
        CHECK(w->Pos.y >= 0);
        CHECK(w->Pos.x + w->Size.x <= 390);
        CHECK(w->Pos.y + w->Size.y <= 844);
        CHECK(h.drawn("tpl_blank"));
        const auto out = outside(h, 390);
        CHECK_MESSAGE(out.empty(), "beyond the screen's width:" << joined(out));
        const auto small = too_small(h);
        CHECK_MESSAGE(small.empty(), "smaller than a finger:" << joined(small));

        // Turned sideways: wider than a phone upright, and the dialog still on the screen.
        h.resize(844, 390);
        h.frames(2);
        CHECK(!h.app.view().layout.narrow);
        w = dialog("template_dialog");
        REQUIRE(w);
        CHECK(w->Pos.x >= 0);
        CHECK(w->Pos.y >= 0);
        CHECK(w->Pos.x + w->Size.x <= 844);
        CHECK(w->Pos.y + w->Size.y <= 390);
    }
}

TEST_CASE("a large screen shows the SOP document beside the section; a laptop's does not") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        CAPTURE((int)lang);
        Headless h(lang, 1920, 1080);
        run(h, {ui::Command{ui::cmd::NewFromTemplate{core::template_list().front().id}}});
        go_to(h, ui::Section::basics);
        CHECK(h.app.view().layout.wide);
        REQUIRE(h.drawn("preview_copy"));
        CHECK(h.find("preview_copy")->x > 1920 / 2);   // the right-hand pane
        REQUIRE(h.find("##community_name").has_value());
        CHECK(h.find("##community_name")->x + h.find("##community_name")->w < h.find("preview_copy")->x);
        h.resize(1280, 720);
        h.frames(2);
        CHECK(!h.drawn("preview_copy"));
    }
}

TEST_CASE("tabs that do not fit become a row of buttons that shows the chosen tab, kept when the screen widens") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        CAPTURE((int)lang);
        Headless h(lang, 768, 1024);
        run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::blank}}});
        go_to(h, ui::Section::rhythm);
        h.frames(2);
        CHECK(h.drawn("add_slot"));   // the first tab's contents, on the first visit
        h.click("tab_month");
        h.frames(2);
        CHECK(h.drawn("add_month_task"));
        CHECK(!h.drawn("add_slot"));
        h.resize(1920, 1080);   // room for Dear ImGui's tab bar: the same tab stays chosen
        h.frames(3);
        CHECK(h.drawn("add_month_task"));
        CHECK(!h.drawn("add_slot"));
    }
}

TEST_CASE("the start screen fits a phone (every target finger-sized), a tablet and a desktop, in both languages") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        for (float width : {390.f, 768.f, 1280.f}) {
            CAPTURE(width);
            Headless h(lang, width, 844 * kTall, true);
            if (width < ui::kNarrowBelow) h.use_touch();
            h.frames(3);
            REQUIRE(h.app.view().welcome);
            REQUIRE(h.drawn("welcome_blank"));
            CHECK_MESSAGE(outside(h, width).empty(), "past the edge:" << joined(outside(h, width)));
            if (width < ui::kNarrowBelow) CHECK_MESSAGE(too_small(h).empty(), "too small for a finger:" << joined(too_small(h)));
        }
    }
}

TEST_CASE("on a phone a section heading longer than the screen wraps instead of running off it") {
    Headless h(core::Lang::en, 390, 844 * kTall);
    h.use_touch();
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::ecommerce}}});
    h.frames(2);
    go_to(h, ui::Section::rhythm);
    for (const char* tab : {"tab_week", "tab_month"}) {
        h.click(tab);
        h.frames(2);
    }
    h.frame(true);
    const std::string heading = core::tr(core::S::rhythm_heading_campaigns, core::Lang::en);
    std::vector<std::string> lines;
    for (const std::string& l : ui::wrapped_lines())
        if (heading.find(l) != std::string::npos && l.size() > 8) lines.push_back(l);
    REQUIRE(lines.size() >= 2);
    // The lines are the heading, in order (a line leaves out the space it breaks at).
    auto no_spaces = [](std::string t) {
        std::erase(t, ' ');
        return t;
    };
    std::string joined;
    for (const std::string& l : lines) joined += l;
    CHECK(no_spaces(joined) == no_spaces(heading));
}
