// Long lists of rows of different heights draw only the rows near the
// screen (ui/row_clip.hpp): Today with hundreds of lines a day keeps every
// card in its place and reaches the last one, and a field being typed into
// is drawn wherever it is scrolled to, so no typed character is lost.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <map>
#include <optional>
#include <string>

#include "core/edits/edit.hpp"
#include "core/rules/execution.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"
#include "imgui_internal.h"

using ui_test::Headless;

namespace {

// `n` daily routine lines, one a minute from 06:00, each with a message.
void add_daily_lines(Headless& h, int n) {
    std::vector<std::variant<core::Edit, ui::Command>> edits;
    for (int i = 0; i < n; ++i) {
        const int minutes = 6 * 60 + i;
        char time[8];
        std::snprintf(time, sizeof time, "%02d:%02d", minutes / 60, minutes % 60);
        edits.push_back(core::insert_edit(
            {"rhythm", "routine"},
            nlohmann::json{{"id", "l-" + std::to_string(i)},
                           {"phase", "mature"},
                           {"title", "第 " + std::to_string(i) + " 条"},
                           {"timing", {{"kind", "daily"}, {"time", time}}},
                           {"message", {{"text", "今天的第 " + std::to_string(i) + " 条消息 🧧\n请大家看群公告。"}}}}));
    }
    run(h, std::move(edits));
}

void wheel(Headless& h, float notches, int frames) {
    ImGui::GetIO().AddMousePosEvent(700, 400);
    for (int i = 0; i < frames; ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0, notches);
        h.frame();
    }
    h.frames(2);
}

int drawn_with(const Headless& h, const std::string& prefix) {
    int n = 0;
    for (const ui_test::Item& it : h.items())
        if (it.id.find("#" + prefix) != std::string::npos) ++n;
    return n;
}

}  // namespace

TEST_CASE("Today with 200 lines draws the cards near the screen only, each in its place, down to the last") {
    Headless h(core::Lang::zh, 1280, 720);
    add_daily_lines(h, 200);
    h.go_to("today");
    h.frames(3);
    const std::vector<core::TodayItem> items = core::today_items(h.app.plan(), "", core::Date{h.services.today});
    REQUIRE(items.size() >= 200);
    const int first = drawn_with(h, "today_sent_");
    CHECK(first > 0);
    CHECK(first < 40);   // not 200
    // The cards drawn are consecutive lines, top to bottom in the day's order.
    auto check_order = [&] {
        float last_y = -1e9f;
        int run_start = -1, shown = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            const auto sent = h.find("today_sent_" + items[i].item.key);
            if (!sent) continue;
            if (run_start < 0) run_start = (int)i;
            CHECK((int)i == run_start + shown);   // no gap among the cards drawn
            CHECK(sent->fy > last_y);
            last_y = sent->fy;
            ++shown;
        }
        return shown;
    };
    CHECK(check_order() == first);
    // Half way and at the end: other cards, still in order, the last one on the screen.
    wheel(h, -5, 30);
    CHECK(check_order() > 0);
    CHECK_FALSE(h.drawn("today_sent_" + items.front().item.key));
    // Down a notch at a time until the last card is wholly on the screen
    // (tomorrow's lines come after it).
    std::optional<ui_test::Item> last;
    for (int i = 0; i < 400 && !(last && last->h > 0 && last->y + last->h <= 720); ++i) {
        wheel(h, -1, 1);
        last = h.find("today_sent_" + items.back().item.key);
    }
    CHECK(check_order() > 0);
    REQUIRE(last.has_value());
    CHECK(last->y + last->h <= 720);
    CHECK(last->h > 0);
    // Back to the top: the first card again, where it was.
    wheel(h, 5, 300);
    const auto top = h.find("today_sent_" + items.front().item.key);
    REQUIRE(top.has_value());
    CHECK(top->h > 0);
}

TEST_CASE("a script being typed into stays drawn when scrolled a long way off, and every character reaches the plan") {
    Headless h(core::Lang::zh, 1280, 720);
    std::vector<std::variant<core::Edit, ui::Command>> edits;
    for (int i = 0; i < 80; ++i)
        edits.push_back(core::insert_edit({"setup", "scripts"}, nlohmann::json{{"id", "sc-" + std::to_string(i)},
                                                                              {"kind", "custom"},
                                                                              {"text", "话术 " + std::to_string(i)}}));
    run(h, std::move(edits));
    h.go_to("setup");
    h.frames(2);
    std::string target;   // down to the scripts, to one of the first ten
    for (int i = 0; i < 300 && target.empty(); ++i) {
        wheel(h, -1, 1);
        for (const ui_test::Item& it : h.items())
            if (it.id.rfind("##script_text_sc-", 0) == 0 && it.id.size() <= 18 && it.h > 0 && it.y > 100 && it.y < 600)
                target = it.id.substr(2);
    }
    REQUIRE(!target.empty());
    const std::string id = target.substr(std::string("script_text_").size());
    h.click("##" + target);
    h.press(ImGuiKey_End, ImGuiMod_Ctrl);
    h.type("，早安🧧");
    const ImGuiID field = ImGui::GetCurrentContext()->ActiveId;
    REQUIRE(field != 0);
    wheel(h, -5, 60);    // far below: the script is many screens away
    CHECK_FALSE(h.drawn("##" + target));                     // off the screen,
    CHECK(ImGui::GetCurrentContext()->ActiveId == field);   // still drawn: still the field typed into
    CHECK(drawn_with(h, "script_text_") < 40);
    auto text_of = [&] {
        for (const core::Script& s : h.app.plan().setup.scripts)
            if (s.id == id) return s.text;
        return std::string();
    };
    const std::string before = "话术 " + id.substr(3);
    CHECK(text_of() == before + "，早安🧧");   // sent after the pause, the field far off the screen
    // Back to it (Dear ImGui takes no keys for a multi-line field it does
    // not show), still the field typed into: the typing goes on.
    for (int i = 0; i < 300 && !h.drawn("##" + target); ++i) wheel(h, 1, 1);
    CHECK(ImGui::GetCurrentContext()->ActiveId == field);
    h.type("晚安👋");
    h.click("nav_setup");   // the field is left
    h.frames(3);
    CHECK(text_of() == before + "，早安🧧晚安👋");
}

// On a phone a table is a list of cards, a table row per line of a card
// (ui/widgets.hpp, begin_table): the production schedule, the performance
// table, the assets and the SOP lines draw the cards near the screen only,
// consecutive and in order, and a finger's wheel reaches the last card. (Dear
// ImGui's own clipper took a card for one table row and asserted so.)
TEST_CASE("on a phone the long tables draw only the cards near the screen, in order, down to the last") {
    Headless h(core::Lang::zh, 390, 844);
    h.use_touch();
    const int n = 60;
    std::vector<std::variant<core::Edit, ui::Command>> edits;
    for (int i = 0; i < n; ++i) {
        const std::string k = std::to_string(100 + i);   // ids sort as they were added
        edits.push_back(core::insert_edit({"content", "items"},
                                          nlohmann::json{{"id", "ci-" + k},
                                                         {"title", "第 " + k + " 篇 🧧"},
                                                         {"status", "published"},
                                                         {"publish", "2026-11-01"},
                                                         {"metrics", {{"open_rate", 0.2 + i / 1000.0}}}}));
        edits.push_back(core::insert_edit({"content", "assets"},
                                          nlohmann::json{{"id", "as-" + k}, {"topic", "素材 " + k}, {"year", 2026}, {"month", 11}}));
        edits.push_back(core::insert_edit(
            {"rhythm", "routine"},
            nlohmann::json{{"id", "ln-" + k}, {"phase", "mature"}, {"title", "第 " + k + " 条"}, {"timing", {{"kind", "daily"}}}}));
    }
    run(h, std::move(edits));

    // Down the list a notch at a time until its last card is on the screen,
    // checking each time that the cards drawn (any of their fields, whose ids
    // end in the row's id) are a run of consecutive ones, top to bottom.
    auto walk = [&](const std::vector<std::string>& ids, const ui::RowClip& clip) {
        CAPTURE(ids.front());
        int most = 0;
        bool last_seen = false;
        for (int step = 0; step < 2000 && !last_seen; ++step) {
            std::map<std::string, float> top;   // id → its card's highest field drawn
            for (const ui_test::Item& it : h.items()) {
                const size_t cut = it.id.rfind('_');
                if (it.h <= 0 || cut == std::string::npos) continue;
                const std::string key = it.id.substr(cut + 1);
                auto [at, fresh] = top.emplace(key, it.fy);
                if (!fresh) at->second = std::min(at->second, it.fy);
            }
            int run_start = -1, shown = 0;
            float last_y = -1e9f;
            for (size_t i = 0; i < ids.size(); ++i) {
                const auto it = top.find(ids[i]);
                if (it == top.end()) continue;
                if (run_start < 0) run_start = (int)i;
                CHECK((int)i == run_start + shown);
                CHECK(it->second > last_y);
                last_y = it->second;
                ++shown;
                if (i + 1 == ids.size()) last_seen = true;
            }
            REQUIRE(shown > 0);
            most = std::max(most, clip.drawn());
            CHECK(clip.drawn() + clip.passed_over() == n);
            ImGui::GetIO().AddMousePosEvent(195, 600);
            ImGui::GetIO().AddMouseWheelEvent(0, -1);
            h.frames(2);
        }
        CHECK(last_seen);
        CHECK(most < n / 4);   // never all of them (each card is taller than the table shows)
    };
    std::vector<std::string> content, routine;
    for (int i = 0; i < n; ++i) {
        content.push_back("ci-" + std::to_string(100 + i));
        routine.push_back("ln-" + std::to_string(100 + i));
    }
    h.go_to("content");
    h.frames(2);
    h.click("content_tab_mix");   // the tabs scroll sideways: on to the next, as a finger does
    h.frames(2);
    h.click("content_tab_production");
    h.frames(3);
    const ui::UiState& ui = h.app.view();
    walk(content, ui.content.item_rows);
    h.click("prod_performance");
    h.frames(3);
    walk(content, ui.content.perf_rows);
    h.click("content_tab_assets");
    h.frames(3);
    std::vector<std::string> assets;
    for (int i = 0; i < n; ++i) assets.push_back("as-" + std::to_string(100 + i));
    walk(assets, ui.content.asset_rows);
    h.go_to("rhythm");
    h.frames(2);
    for (const char* tab : {"tab_week", "tab_month", "tab_routine"}) {
        h.click(tab);
        h.frames(2);
    }
    h.frames(3);
    walk(routine, ui.rhythm.routine_rows[(size_t)core::RoutinePhase::mature]);
}
