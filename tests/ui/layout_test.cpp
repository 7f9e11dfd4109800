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

namespace {

// The lines of the screen text that hold `text`.
std::vector<std::string> lines_with(const std::string& screen, const std::string& text) {
    std::vector<std::string> out;
    for (size_t at = 0; (at = screen.find(text, at)) != std::string::npos; at += text.size()) {
        const size_t begin = screen.rfind('\n', at) + 1, end = screen.find('\n', at);
        out.push_back(screen.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    }
    return out;
}

std::string line_with(const std::string& screen, const std::string& text) {
    const std::vector<std::string> lines = lines_with(screen, text);
    return lines.empty() ? std::string() : lines.front();
}

// The dashboard of a new revival plan on 2025-03-03 (its takeover), at `width`
// (390: a phone, with a finger), its text captured.
void open_dashboard(Headless& h, bool phone) {
    h.services.today = core::date_from_ymd(2025, 3, 3).days;
    if (phone) h.use_touch();
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::revive}}});
    go_to(h, ui::Section::dashboard);
    h.frame(true);
}

}  // namespace

TEST_CASE("on a phone the dashboard's headline, its stage columns and today's headings fit: what does not is put under or shortened") {
    for (const float width : {1280.0f, 390.0f}) {
        CAPTURE(width);
        const bool phone = width < 400;
        Headless h(core::Lang::zh, width, 2400);
        open_dashboard(h, phone);
        const std::string& screen = ui::screen_text();
        // The headline, and the days left beside it only where they fit.
        const auto head = lines_with(screen, "接手第 0 天 · 初建期");
        REQUIRE(head.size() == 1);
        CHECK((head[0].find("本阶段还剩") == std::string::npos) == phone);
        CHECK_FALSE(lines_with(screen, "本阶段还剩 7 天").empty());
        // Each stage column's days and dates: in words on a desktop, the numbers alone on a phone.
        CHECK(lines_with(screen, "第 7–30 天").empty() == phone);
        CHECK(lines_with(screen, "03-03 – 03-09").empty() == phone);
        CHECK_FALSE(lines_with(screen, phone ? "7–30" : "第 7–30 天").empty());
        CHECK_FALSE(lines_with(screen, phone ? "03-03 –" : "03-03 – 03-09").empty());
        // A message's role goes under its heading where the two do not fit one line.
        const auto roles = lines_with(screen, "管理员·店员小凡");
        REQUIRE_FALSE(roles.empty());
        bool alone = false;
        for (const std::string& line : roles) alone |= line.find_first_not_of(' ') == line.find("管理员");
        CHECK(alone == phone);
    }
}

TEST_CASE("on a phone the status line's message, the dashboard's mix figures and its KPI counts are never cut at the edge") {
    for (const float width : {1280.0f, 390.0f}) {
        CAPTURE(width);
        const bool phone = width < 400;
        Headless h(core::Lang::en, width, 2400);
        open_dashboard(h, phone);
        const std::string& screen = ui::screen_text();
        // The message has the status line to itself where the three do not fit.
        const std::string status = line_with(screen, "New plan created from");
        REQUIRE_FALSE(status.empty());
        CHECK(status.find("Revive a dormant group") != std::string::npos);
        CHECK((status.find("Saved") == std::string::npos) == phone);
        CHECK((status.find("Day 0") == std::string::npos) == phone);
        // Each category's figures: beside its bar, or on the line under it.
        const std::string figures = line_with(screen, "(target 55%");
        REQUIRE_FALSE(figures.empty());
        CHECK((figures.find("Activation") == std::string::npos) == phone);
        // Each stage's KPI counts: beside its bar where they fit (not on a phone), else under it.
        const std::string counts = line_with(screen, " at risk · ");
        REQUIRE_FALSE(counts.empty());
        if (phone) CHECK(counts.find("Launch") == std::string::npos);

        // A message longer than the screen is wide wraps, and the section gives it the room.
        auto section_bottom = [] {
            for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
                if (w->Active && std::string(w->Name).find("###section") != std::string::npos) return w->Pos.y + w->Size.y;
            return 0.0f;
        };
        const float bottom = section_bottom();
        const std::string long_message = "Nothing was imported from a-file-with-a-rather-long-name.json: it is not "
                                         "UTF-8 or UTF-16 text, so some of its characters cannot be read.";
        run(h, {ui::Command{ui::cmd::Notify{long_message, true}}});
        h.frames(2);
        h.frame(true);
        CHECK(ui::screen_text().find(long_message) != std::string::npos);
        if (phone) CHECK(section_bottom() < bottom - ImGui::GetFontSize());
        else CHECK(section_bottom() == bottom);
    }
}
