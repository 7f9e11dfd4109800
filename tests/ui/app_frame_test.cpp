// The whole UI drawn headless: every section of every template in both
// languages, edits through real widgets, and the one queue of edits and
// commands that runs after each frame.
#include <doctest/doctest.h>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

const char* section_id(ui::Section s) {
    static const char* ids[] = {"nav_library", "nav_today",      "nav_dashboard", "nav_basics", "nav_setup",
                                "nav_rhythm",  "nav_content",    "nav_incentives", "nav_kpis",  "nav_review"};
    static_assert(sizeof(ids) / sizeof(ids[0]) == (size_t)ui::Section::count_);
    return ids[(int)s];
}

std::string open_template(Headless& h, core::TemplateId id) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{id}}});
    REQUIRE(!h.app.open_id().empty());
    return h.app.open_id();
}

}  // namespace

TEST_CASE("every section of every template draws, in Chinese and in English") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        for (const core::TemplateInfo& t : core::template_list()) {
            CAPTURE(t.key);
            CAPTURE((int)lang);
            Headless h(lang);
            open_template(h, t.id);
            for (int s = 0; s < (int)ui::Section::count_; ++s) {
                CAPTURE(s);
                // Reached the way a user reaches it: a click on the navigation.
                h.click(section_id((ui::Section)s));
                CHECK(h.app.view().section == (ui::Section)s);
                h.frames(2);
                CHECK(h.drawn("menu_file"));
                CHECK(h.items().size() > 12);   // the menu, the navigation, and the section's own widgets
            }
        }
    }
}

TEST_CASE("typing into a field and pressing Enter is one edit of the plan, undone by Ctrl+Z") {
    Headless h(core::Lang::en);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    const std::string before = h.app.plan().basics.name;
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);   // select what the template wrote
    h.type("Mums of Pudong 🌸");
    CHECK(h.app.plan().basics.name == before);   // not yet: the field is still being typed into
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == "Mums of Pudong 🌸");
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.app.plan().basics.name == before);
    h.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(h.app.plan().basics.name == "Mums of Pudong 🌸");
}

TEST_CASE("a template chosen in the dialog becomes a new plan in the library") {
    Headless h(core::Lang::zh);
    const std::string first = h.app.open_id();
    h.click("menu_file");
    h.click("new_from_template");
    CHECK(h.app.view().dialogs.template_open);
    h.frames(2);
    h.click("tpl_mother_baby");
    h.frames(2);
    CHECK_FALSE(h.app.view().dialogs.template_open);
    CHECK_FALSE(h.drawn("tpl_mother_baby"));   // the dialog closed
    CHECK(h.app.open_id() != first);
    CHECK(h.app.plan().basics.industry == core::Industry::mother_baby);
    CHECK(h.app.view().section == ui::Section::basics);
}

TEST_CASE("a plan switch in the queue never applies that frame's edits to the other plan") {
    Headless h(core::Lang::en);
    // Not the blank plan: an untouched one is not kept when the next is opened.
    const std::string a = open_template(h, core::TemplateId::education);
    const std::string b = open_template(h, core::TemplateId::mother_baby);
    const std::string b_name = h.app.plan().basics.name;
    run(h, {ui::Command{ui::cmd::OpenPlan{a}}});
    REQUIRE(h.app.open_id() == a);
    const std::string a_name = h.app.plan().basics.name;

    SUBCASE("edits queued after the switch are dropped") {
        run(h, {ui::Command{ui::cmd::OpenPlan{b}}, core::set_edit({"basics", "name"}, std::string("typed on A"))});
        CHECK(h.app.open_id() == b);
        CHECK(h.app.plan().basics.name == b_name);
        run(h, {ui::Command{ui::cmd::OpenPlan{a}}});
        CHECK(h.app.plan().basics.name == a_name);
    }
    SUBCASE("edits queued before the switch change the plan they were made on, which is saved") {
        run(h, {core::set_edit({"basics", "name"}, std::string("typed on A")), ui::Command{ui::cmd::OpenPlan{b}}});
        CHECK(h.app.open_id() == b);
        CHECK(h.app.plan().basics.name == b_name);
        run(h, {ui::Command{ui::cmd::OpenPlan{a}}});
        CHECK(h.app.plan().basics.name == "typed on A");
    }
    SUBCASE("a template chosen in the same frame as an edit leaves the new plan as the template made it") {
        run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::camp_5day}},
                core::set_edit({"basics", "name"}, std::string("typed on A"))});
        CHECK(h.app.open_id() != a);
        CHECK(h.app.plan().basics.name != "typed on A");
    }
}

TEST_CASE("undo queued after an edit in the same frame takes that edit back") {
    Headless h(core::Lang::en);
    open_template(h, core::TemplateId::blank);
    const std::string before = h.app.plan().basics.name;
    run(h, {core::set_edit({"basics", "name"}, std::string("one")), ui::Command{ui::cmd::Undo{}}});
    CHECK(h.app.plan().basics.name == before);
    run(h, {ui::Command{ui::cmd::Redo{}}});
    CHECK(h.app.plan().basics.name == "one");
}

TEST_CASE("commands reach the platform only through Services") {
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::mother_baby);
    h.click("menu_file");
    h.click("export_json");
    REQUIRE(h.services.downloads.size() == 1);
    CHECK(h.services.downloads[0].mime == "application/json");
    core::ImportResult exported = core::import_plan_json(h.services.downloads[0].bytes);
    REQUIRE(exported.ok());
    CHECK(exported.plan == h.app.plan());
    h.press(ImGuiKey_O, ImGuiMod_Ctrl);
    CHECK(h.services.file_picks == 1);
}

namespace {
// The stored record of the open plan, as text ("" when none).
std::string stored_record(Headless& h) {
    return h.services.memory.get("planner.plan." + h.app.open_id()).value_or("");
}
// Selects the whole community name and types over it (the field stays active).
void retype_name(Headless& h, const std::string& text) {
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type(text);
}
}  // namespace

TEST_CASE("text typed into a field reaches the plan after a pause while the field is still active") {
    Headless h(core::Lang::en);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    const std::string before = h.app.plan().basics.name;
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("Burst one");
    CHECK(h.app.plan().basics.name == before);   // still typing
    h.frames(30);                                 // half a second without a key
    CHECK(h.app.plan().basics.name == "Burst one");
    h.frames(40);
    CHECK(stored_record(h).find("Burst one") != std::string::npos);   // and autosaved
    h.type(" and two 🌸");
    h.frames(30);
    CHECK(h.app.plan().basics.name == "Burst one and two 🌸");
    CHECK(h.drawn("##community_name"));
    h.press(ImGuiKey_Enter);
    // The whole activation is one undo step.
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.app.plan().basics.name == before);
    h.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(h.app.plan().basics.name.rfind("Burst one and two", 0) == 0);
}

// Every character as operators write it reaches the plan byte for byte (with
// 16-bit ImWchar, each one outside the Basic Multilingual Plane came out as
// U+FFFD), and Backspace takes back exactly the character before the cursor.
TEST_CASE("emoji, rare hanzi, RTL and combining marks typed into a field are stored byte for byte") {
    const char* corpus[] = {
        "🌸福利群👇",            // emoji around hanzi
        "👍🏽 点赞",             // a skin tone
        "👨‍👩‍👧 亲子群",         // a ZWJ sequence
        "🇨🇳🇭🇰 国旗",           // flags
        "❤️ ✅ 🧧",             // a variation selector, BMP and astral emoji
        "𠀀𪚥 繁體 龘",          // CJK Extension B, traditional
        "مرحبا Hello",          // right to left
        "Cafe\u0301 e\u0308",  // combining marks
    };
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    for (const char* text : corpus) {
        retype_name(h, text);
        h.press(ImGuiKey_Enter);
        h.frames(2);
        CHECK(h.app.plan().basics.name == text);
        h.app.flush();   // saved now, not after the autosave's pause
        CHECK(stored_record(h).find(text) != std::string::npos);
        h.app.shown();
    }
    retype_name(h, "群🧧");
    h.press(ImGuiKey_Backspace);
    h.type("𠀀");
    h.press(ImGuiKey_Backspace);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == "群");
}

TEST_CASE("hiding the page saves the text still being typed, before any pause") {
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    h.click("##positioning_solution");
    h.type("每周三晚答疑\n第二行");
    REQUIRE(stored_record(h).find("第二行") == std::string::npos);
    h.app.flush();   // pagehide / visibilitychange
    CHECK(h.app.plan().basics.positioning.solution == "每周三晚答疑\n第二行");
    CHECK(stored_record(h).find("第二行") != std::string::npos);
    // Typing on after the page shows again is still the same undo step.
    h.type("！");
    h.press(ImGuiKey_Escape);
    h.click("nav_basics");
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.app.plan().basics.positioning.solution.find("第二行") == std::string::npos);
}

// A page going away may still draw a frame after it is hidden (a wake timer,
// a frame already asked for). The save left for other tabs must outlive it:
// only the page being shown again takes it back (once seen dropped while a
// tab closed, and its edit was lost when another tab's save replaced it).
TEST_CASE("the save left as the page is hidden stays until the page is shown again") {
    Headless h(core::Lang::en);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    h.click("##community_name");
    h.type("Going away");
    h.app.flush();
    auto lastsaves = [&] {
        int n = 0;
        for (const std::string& k : h.services.memory.keys().value_or(std::vector<std::string>{})) n += k.rfind("planner.lastsave.", 0) == 0;
        return n;
    };
    REQUIRE(lastsaves() == 1);
    h.frames(5);
    CHECK(lastsaves() == 1);
    h.app.shown();
    CHECK(lastsaves() == 0);
}

TEST_CASE("a text field takes no more than its limit, whole characters only") {
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    // The name takes 200 characters, what the user sees: hanzi and emoji count one each.
    std::string typed = "🧧";
    for (int i = 0; i < 204; ++i) typed += "群";
    h.type(typed);
    h.press(ImGuiKey_Enter);
    std::string kept = "🧧";
    for (int i = 0; i < 199; ++i) kept += "群";
    CHECK(h.app.plan().basics.name == kept);
    CHECK_FALSE(h.app.view().message_is_error);   // nothing refused: the field stopped at its limit

    // A symbol the limit would cut in two is left out whole: 👨‍👩‍👧 is five
    // characters and only two fit.
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    std::string near;
    for (int i = 0; i < 198; ++i) near += "群";
    h.type(near + "👨‍👩‍👧");
    h.press(ImGuiKey_Enter);
    CHECK(h.app.plan().basics.name == near);
}

// What shows as one symbol goes as one: Backspace and Delete take a whole
// emoji sequence, flag or accented letter, and the arrows never stop inside one.
TEST_CASE("Backspace, Delete and the arrow keys treat an emoji sequence as one character") {
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::blank);
    h.click("nav_basics");
    const char* clusters[] = {"👨‍👩‍👧", "👍🏽", "🇨🇳", "❤️", "e\u0301", "1️⃣"};
    for (const char* c : clusters) {
        retype_name(h, std::string("群") + c);
        h.press(ImGuiKey_Backspace);
        h.press(ImGuiKey_Enter);
        h.frames(2);
        CHECK_MESSAGE(h.app.plan().basics.name == "群", c);

        retype_name(h, std::string(c) + "群");
        h.press(ImGuiKey_Home);
        h.press(ImGuiKey_Delete);
        h.press(ImGuiKey_Enter);
        h.frames(2);
        CHECK_MESSAGE(h.app.plan().basics.name == "群", c);

        // Right from the start steps over the whole symbol: what is typed lands after it.
        retype_name(h, std::string(c) + c);
        h.press(ImGuiKey_Home);
        h.press(ImGuiKey_RightArrow);
        h.type("|");
        h.press(ImGuiKey_LeftArrow);
        h.press(ImGuiKey_LeftArrow);
        h.type("<");
        h.press(ImGuiKey_Enter);
        h.frames(2);
        CHECK_MESSAGE(h.app.plan().basics.name == std::string("<") + c + "|" + c, c);
    }
}

TEST_CASE("every template, opened on any day of the week, shows no content-mix warning on the dashboard") {
    // The week the plan starts counts its first seven days, whether day 0 is
    // the founding or a revival's takeover: a week holding one or two days of
    // the plan says nothing about its mix.
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (const core::TemplateInfo& t : core::template_list()) {
            CAPTURE(weekday);
            CAPTURE(std::string(t.key));
            Headless h(core::Lang::zh);
            h.services.today = 20148 + weekday;   // 2025-03-01 (a Saturday) and the six days after
            run(h, {ui::Command{ui::cmd::NewFromTemplate{t.id}}});
            h.frames(2);
            h.go_to("dashboard");
            h.frames(2);
            h.frame(true);
            const std::string words = core::tr(core::S::dash_mix_warning, core::Lang::zh);
            const std::string warning = words.substr(0, words.find("{n}"));   // "配比偏离目标超过 "
            CHECK(ui::screen_text().find(warning) == std::string::npos);
        }
    }
}
