// The start screen: a first visit (or a library left empty) opens on the
// templates, import and the blank plan; the choice is stored, and an
// untouched blank plan is not kept beside a template or an import.
#include <doctest/doctest.h>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"
#include "core/library/library.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"

using ui_test::Headless;

namespace {

int stored_plans(Headless& h) {
    int n = 0;
    for (const std::string& key : h.services.memory.keys().value_or(std::vector<std::string>{}))
        if (key.rfind("planner.plan.", 0) == 0) ++n;
    return n;
}

std::string colleague_file() {
    core::Plan p = core::make_template(core::TemplateId::education, core::Lang::zh, core::date_from_ymd(2025, 3, 1));
    p.basics.name = "同事的家长群";
    return core::export_plan_json(p, "2025-03-01T08:00:00.000Z");
}

}  // namespace

TEST_CASE("a first visit opens on the start screen, with every template, import and the blank plan, in both languages") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        Headless h(lang, 1280, 720, true);
        h.frames(2);
        CHECK(h.app.view().welcome);
        for (const core::TemplateInfo& t : core::template_list())
            CHECK_MESSAGE(h.drawn(std::string("welcome_tpl_") + t.key) == (t.id != core::TemplateId::blank), t.key);
        CHECK(h.drawn("welcome_blank"));
        CHECK(h.drawn("welcome_import"));
        CHECK(h.drawn("welcome_paste"));
        CHECK_FALSE(h.drawn("nav_basics"));    // no plan to navigate
        CHECK_FALSE(h.drawn("welcome_library"));   // nothing in the trash
        CHECK(stored_plans(h) == 0);           // nothing stored until a choice is made
        const auto label = h.find("welcome_tpl_mother_baby");
        REQUIRE(label);
        CHECK(label->label == core::tr(core::S::tpl_mother_baby, lang));
    }
}

TEST_CASE("picking a template on the start screen opens it and stores it; the next start opens it again") {
    Headless h(core::Lang::zh, 1280, 720, true);
    h.frames(2);
    const auto card = h.find("welcome_tpl_revive");
    REQUIRE(card);
    INFO("revive card at y=" << card->y << " h=" << card->h);
    h.click("welcome_tpl_revive");
    CHECK_FALSE(h.app.view().welcome);
    CHECK(h.app.view().section == ui::Section::basics);
    CHECK(h.app.plan().basics.takeover_date);
    CHECK(h.app.plan() == core::make_template(core::TemplateId::revive, core::Lang::zh, core::Date{h.services.today}));
    CHECK(stored_plans(h) == 1);
    h.frames(2);
    CHECK(h.drawn("nav_basics"));

    // A reload: the library is not empty, so no start screen.
    ui::App again(h.services);
    again.init(core::Lang::zh);
    CHECK_FALSE(again.view().welcome);
    CHECK(again.plan().basics.name == h.app.plan().basics.name);
}

TEST_CASE("the blank plan is the blank template, stored once chosen") {
    Headless h(core::Lang::en, 1280, 720, true);
    h.frames(2);
    h.click("welcome_blank");
    CHECK_FALSE(h.app.view().welcome);
    CHECK(h.app.plan() == core::new_blank_plan(core::Lang::en, core::Date{h.services.today}));
    CHECK(h.app.plan().setup.roles.size() == 4);
    h.frames(40);   // the save is due half a second later
    CHECK(stored_plans(h) == 1);
    // The menu's "New plan" makes the same plan.
    run(h, {ui::Command{ui::cmd::NewPlan{}}});
    CHECK(h.app.plan() == core::new_blank_plan(core::Lang::en, core::Date{h.services.today}));
}

TEST_CASE("importing from the start screen leaves no untouched plan behind") {
    Headless h(core::Lang::zh, 1280, 720, true);
    h.frames(2);
    h.click("welcome_import");
    CHECK(h.services.file_picks == 1);
    CHECK_FALSE(h.app.import_text(colleague_file()));   // the page hands over the picked file
    h.frames(2);
    CHECK_FALSE(h.app.view().welcome);
    CHECK(h.app.plan().basics.name == "同事的家长群");
    CHECK(stored_plans(h) == 1);
}

TEST_CASE("an untouched blank plan is not kept when a template is picked or a plan imported; a changed one is") {
    Headless h(core::Lang::zh);   // past the start screen: the blank plan
    h.frames(40);
    REQUIRE(stored_plans(h) == 1);
    const std::string blank_id = h.app.open_id();
    CHECK(core::is_untouched_blank(h.app.plan()));
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::fitness}}});
    CHECK(stored_plans(h) == 1);   // the fitness plan replaced it
    CHECK_FALSE(h.services.memory.get("planner.plan." + blank_id));
    CHECK_FALSE(h.services.memory.get("planner.trash." + blank_id));   // not even in the trash: nothing was in it

    // A blank plan with something typed in is the user's: kept beside an import.
    run(h, {ui::Command{ui::cmd::NewPlan{}}});
    REQUIRE(stored_plans(h) == 2);
    run(h, {core::set_edit({"basics", "name"}, std::string("宝妈 1 群"))});
    CHECK_FALSE(h.app.import_text(colleague_file()));
    h.frames(2);
    CHECK(stored_plans(h) == 3);

    // An untouched one is not kept beside an import either.
    run(h, {ui::Command{ui::cmd::NewPlan{}}});
    REQUIRE(stored_plans(h) == 4);
    CHECK_FALSE(h.app.import_text(colleague_file()));
    CHECK(stored_plans(h) == 4);
}

TEST_CASE("on a phone, a plan chosen on the start screen opens on Today") {
    Headless h(core::Lang::zh, 390, 844, true);
    h.frames(2);
    CHECK(h.app.view().welcome);
    CHECK(h.drawn("welcome_tpl_mother_baby"));
    h.click("welcome_tpl_mother_baby");
    CHECK_FALSE(h.app.view().welcome);
    CHECK(h.app.view().section == ui::Section::today);
}

TEST_CASE("deleting the last plan opens the start screen, which points to the trash") {
    Headless h(core::Lang::zh);
    h.frames(40);
    const std::string id = h.app.open_id();
    REQUIRE_FALSE(id.empty());
    run(h, {core::set_edit({"basics", "name"}, std::string("要删的群"))});
    run(h, {ui::Command{ui::cmd::DeletePlan{id}}});
    h.frames(2);
    CHECK(h.app.view().welcome);
    CHECK(stored_plans(h) == 0);
    REQUIRE(h.drawn("welcome_library"));
    h.click("welcome_library");
    CHECK_FALSE(h.app.view().welcome);
    CHECK(h.app.view().section == ui::Section::library);
}
