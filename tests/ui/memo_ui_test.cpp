// Derived figures are computed once (ui/memo.hpp, ui/figures.hpp): in every
// section and tab, a frame that changes nothing computes no figure again,
// and an edit makes the figures it changes current on the next frame.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "core/edits/edit.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/memo.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

const char* const kSections[] = {"library", "today", "dashboard", "basics", "setup",
                                 "rhythm",  "content", "incentives", "kpis", "review"};

bool is_tab(const std::string& id) {
    static const std::regex tab(R"((^|###)([a-z]+_)?tab_[a-z_]+$)");
    return std::regex_search(id, tab);
}

// Frames with the pointer moving over the page: hover changes what is drawn,
// never what is computed.
void idle_frames(Headless& h) {
    for (int i = 0; i < 4; ++i) {
        ImGui::GetIO().AddMousePosEvent(300.0f + 150.0f * (float)i, 200.0f + 90.0f * (float)i);
        h.frame();
    }
}

}  // namespace

TEST_CASE("in every section and tab, a frame that changes nothing computes no derived figure again") {
    Headless h(core::Lang::zh, 1280, 720);
    h.services.today = core::date_from_ymd(2025, 3, 12).days;
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
    REQUIRE(!h.app.open_id().empty());
    const std::uint64_t at_start = ui::g_memo_computes;
    int views = 0;
    for (const char* section : kSections) {
        CAPTURE(section);
        h.go_to(section);
        h.frames(3);
        std::vector<std::string> tabs;
        for (const ui_test::Item& it : h.items())
            if (is_tab(it.id)) tabs.push_back(it.id.substr(it.id.rfind('#') + 1));
        tabs.insert(tabs.begin(), "");   // the section as it opens
        for (const std::string& tab : tabs) {
            CAPTURE(tab);
            if (!tab.empty()) {
                if (!h.drawn(tab)) continue;
                h.click(tab);
                h.frames(3);
            }
            const std::uint64_t settled = ui::g_memo_computes;
            idle_frames(h);
            CHECK(ui::g_memo_computes == settled);
            ++views;
        }
    }
    CHECK(views >= 25);                            // every section and its tabs were visited
    CHECK(ui::g_memo_computes > at_start + 10);    // and their figures come from memos
}

TEST_CASE("an edit makes the derived figures current on the next frame") {
    Headless h(core::Lang::zh, 1280, 2400);   // tall: the whole dashboard on screen
    h.services.today = core::date_from_ymd(2025, 3, 12).days;
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
    REQUIRE(!h.app.open_id().empty());
    for (const char* section : {"dashboard", "today"}) {
        CAPTURE(section);
        h.go_to(section);
        h.frames(3);
        h.frame(true);
        const std::string marker = std::string("午间小测验·") + section;
        CHECK(ui::screen_text().find(marker) == std::string::npos);
        run(h, {core::insert_edit({"rhythm", "slots"},
                                  nlohmann::json{{"id", std::string("s-memo-") + section},
                                                 {"time", "12:34"},
                                                 {"purpose", marker},
                                                 {"message", {{"text", marker + " 🧧"}}}})});
        h.frames(2);
        h.frame(true);
        CHECK(ui::screen_text().find(marker) != std::string::npos);
    }
}
