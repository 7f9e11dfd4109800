// Master and group copies through the app: "copy to several groups" links
// each copy to the open plan, "update copies from the master" lists them with
// what the update brings and the conflicts to decide, and saves them; a file
// that is another version of a copy is offered to be merged into it.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"
#include "core/library/library.hpp"
#include "core/rules/master_copies.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

struct Stored {
    std::string id;
    core::Plan plan;
};

std::vector<Stored> copies_of(Headless& h, const std::string& master) {
    core::Library library(h.services.memory, "reader");
    std::vector<Stored> out;
    for (const core::PlanEntry& e : library.list()) {
        core::Loaded l = library.load(e.id);
        if (l.status == core::LibStatus::ok && core::is_copy_of(l.plan, master)) out.push_back({e.id, l.plan});
    }
    std::sort(out.begin(), out.end(), [](const Stored& a, const Stored& b) { return a.plan.basics.name < b.plan.basics.name; });
    return out;
}

const core::Column& column(const core::Plan& p, const std::string& id) {
    return *std::find_if(p.rhythm.columns.begin(), p.rhythm.columns.end(), [&](const core::Column& c) { return c.id == id; });
}

const core::Slot& slot(const core::Plan& p, const std::string& id) {
    return *std::find_if(p.rhythm.slots.begin(), p.rhythm.slots.end(), [&](const core::Slot& s) { return s.id == id; });
}

// The open plan copied to three groups through the dialog.
std::string copy_to_three(Headless& h) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
    const std::string master = h.app.open_id();
    REQUIRE(!master.empty());
    h.click("menu_file");
    h.click("replicate");
    h.frames(2);
    h.click("##replicate_text");
    h.type("宝妈 2 群, 上海, 小周\n宝妈 3 群, 苏州, 小林\n宝妈 4 群\n");
    h.click("replicate_do");
    h.frames(2);
    REQUIRE(copies_of(h, master).size() == 3);
    return master;
}

void open(Headless& h, const std::string& id) {
    run(h, {ui::Command{ui::cmd::OpenPlan{id}}});
    REQUIRE(h.app.open_id() == id);
}

}  // namespace

TEST_CASE("update copies: the master's Wednesday column and a copy's own slot both reach each copy") {
    Headless h(core::Lang::zh, 1280, 2000);
    const std::string master = copy_to_three(h);
    const std::vector<Stored> made = copies_of(h, master);
    const std::string morning = made[0].plan.rhythm.slots[0].id;

    // The second group changes its own morning slot; the third renames the
    // Wednesday column its own way.
    open(h, made[1].id);
    h.frame(true);
    CHECK(ui::screen_text().find("副本") != std::string::npos);   // Basics says which master it follows
    run(h, {core::set_edit({"rhythm", "slots", morning, "purpose"}, "苏州早安📣")});
    open(h, made[2].id);
    run(h, {core::set_edit({"rhythm", "columns", "col-expert-qa", "name"}, "4 群自己的周三")});
    open(h, master);
    run(h, {core::set_edit({"rhythm", "columns", "col-expert-qa", "name"}, "周三专家直播夜")});

    h.click("menu_file");
    h.click("update_copies");
    h.frames(2);
    const auto& d = h.app.view().dialogs;
    REQUIRE(d.copies_open);
    REQUIRE(d.copies.size() == 3);
    for (const auto& u : d.copies) CHECK(u.changes);
    h.frame(true);
    CHECK(ui::screen_text().find("主方案的修改 1 处") != std::string::npos);
    CHECK(ui::screen_text().find("主方案：周三专家直播夜") != std::string::npos);
    CHECK(ui::screen_text().find("副本：4 群自己的周三") != std::string::npos);

    // The conflict is decided the master's way.
    h.click("take_master");
    h.frames(2);
    h.click("copies_apply");
    h.frames(2);
    CHECK_FALSE(h.app.view().dialogs.copies_open);
    CHECK(h.app.view().message.find("已更新 3 个副本") != std::string::npos);

    const std::vector<Stored> now = copies_of(h, master);
    REQUIRE(now.size() == 3);
    core::Library library(h.services.memory, "reader");
    for (const Stored& s : now) {
        CAPTURE(s.plan.basics.name);
        CHECK(column(s.plan, "col-expert-qa").name == "周三专家直播夜");
        CHECK(!library.snapshots(s.id).empty());   // the version before the update is kept
    }
    CHECK(slot(now[1].plan, morning).purpose == "苏州早安📣");
    CHECK(slot(now[0].plan, morning).purpose == slot(made[0].plan, morning).purpose);

    // Opened again at once: every copy is up to date.
    h.click("menu_file");
    h.click("update_copies");
    h.frames(2);
    for (const auto& u : h.app.view().dialogs.copies) CHECK_FALSE(u.changes);
}

namespace {

// A teammate's file of `copy` whose rule "rule-nickname" reads 同事改的规则;
// meanwhile this browser opens the copy and sets `path` to `mine`.
std::string teammate_file(Headless& h, const Stored& copy, const std::vector<std::string>& path, const std::string& mine) {
    core::Applied theirs = core::apply(copy.plan, core::set_edit({"setup", "rules", "rule-nickname", "text"}, "同事改的规则"));
    REQUIRE(!theirs.problem);
    open(h, copy.id);
    run(h, {core::set_edit(path, mine)});
    return core::export_plan_json(theirs.plan, "2025-03-01T00:00:00Z");
}

}  // namespace

TEST_CASE("a file that is another version of a copy is merged into it, or opened as a new plan") {
    Headless h(core::Lang::en, 1280, 900);
    const std::string master = copy_to_three(h);
    const Stored copy = copies_of(h, master)[0];
    // A teammate's version of the copy changes a rule; this browser's changes a column note.
    const std::string file = teammate_file(h, copy, {"rhythm", "columns", "col-expert-qa", "note"}, "my note");

    SUBCASE("merged into it") {
        CHECK_FALSE(h.app.import_text(file));
        h.frames(2);
        REQUIRE(h.app.view().dialogs.import_merge_open);
        h.frame(true);
        CHECK(ui::screen_text().find("Changes that come with the file: 1") != std::string::npos);
        h.click("import_merge_do");
        h.frames(2);
        CHECK(h.app.open_id() == copy.id);
        CHECK(column(h.app.plan(), "col-expert-qa").note == "my note");
        const auto& rules = h.app.plan().setup.rules;
        CHECK(std::find_if(rules.begin(), rules.end(), [](const core::Rule& r) { return r.text == "同事改的规则"; }) !=
              rules.end());
        CHECK(copies_of(h, master).size() == 3);
    }
    SUBCASE("opened as a new plan") {
        CHECK_FALSE(h.app.import_text(file));
        h.frames(2);
        h.click("import_open_new");
        h.frames(2);
        CHECK(h.app.open_id() != copy.id);
        CHECK(copies_of(h, master).size() == 4);
    }
}

TEST_CASE("a file that changed what this browser changed too: the conflict is listed, and the user picks the side") {
    Headless h(core::Lang::en, 1280, 900);
    const std::string master = copy_to_three(h);
    const Stored copy = copies_of(h, master)[0];
    // Both change the same rule.
    const std::string file = teammate_file(h, copy, {"setup", "rules", "rule-nickname", "text"}, "我改的规则 🙂");
    auto rule_text = [](const core::Plan& p) {
        for (const core::Rule& r : p.setup.rules)
            if (r.id == "rule-nickname") return r.text;
        return std::string("(none)");
    };

    CHECK_FALSE(h.app.import_text(file));
    h.frames(2);
    REQUIRE(h.app.view().dialogs.import_merge_open);
    REQUIRE(h.app.view().dialogs.import_merge.conflicts.size() == 1);
    h.frame(true);
    const std::string shown = ui::screen_text();
    CHECK(shown.find("Places changed on both sides: 1") != std::string::npos);
    CHECK(shown.find("In the file: 同事改的规则") != std::string::npos);
    CHECK(shown.find("In the library: 我改的规则 🙂") != std::string::npos);

    SUBCASE("unless the user chooses, the library's version stays") {
        h.click("import_merge_do");
        h.frames(2);
        CHECK(h.app.open_id() == copy.id);
        CHECK(rule_text(h.app.plan()) == "我改的规则 🙂");
    }
    SUBCASE("the file's value, taken") {
        h.click("take_file");
        h.frames(2);
        CHECK(h.app.view().dialogs.import_merge.conflicts.at(0).chosen == core::MergeSide::master);
        h.click("import_merge_do");
        h.frames(2);
        CHECK(h.app.open_id() == copy.id);
        CHECK(rule_text(h.app.plan()) == "同事改的规则");
        CHECK(copies_of(h, master).size() == 3);   // merged, not added
    }
}
