// Edits from the rhythm panel that build elements: a column dropped on
// another cell, a new column in an empty cell, copies on other weekdays, a
// run sheet with the standard steps.
#include <doctest/doctest.h>

#include "content_fixture.hpp"
#include "edit_helpers.hpp"
#include "core/edits/history.hpp"
#include "core/edits/rhythm_edits.hpp"

using namespace core;
using namespace testing;

namespace {

const Column* column(const Plan& p, const std::string& id) { return by_id(p.rhythm.columns, id); }

}  // namespace

TEST_CASE("a dropped column moves to the cell's weekday and slot and keeps the rest") {
    const Plan p = content_plan();
    auto e = move_column_edit(p, "c-brief", 4, "s-talk");
    REQUIRE(e);
    Plan moved = applied(p, *e);
    const Column* c = column(moved, "c-brief");
    REQUIRE(c);
    CHECK(c->weekday == 4);
    CHECK(c->slot == "s-talk");
    CHECK(c->name == column(p, "c-brief")->name);
    CHECK(c->category == Category::brand);
    CHECK(moved.rhythm.columns.size() == p.rhythm.columns.size());
    // Dropped where it is, or an unknown column: nothing to do.
    CHECK_FALSE(move_column_edit(p, "c-brief", 1, "s-know"));
    CHECK_FALSE(move_column_edit(p, "c-nope", 4, "s-talk"));
}

TEST_CASE("a new column in an empty cell takes the slot's category and a fresh id") {
    const Plan p = content_plan();
    const Slot& perk = p.rhythm.slots[3];
    AddEdit added = new_column_edit(p, perk, 2, Lang::zh);
    CHECK(added.id == "col-1");
    Plan with = applied(p, added.edit);
    const Column* c = column(with, "col-1");
    REQUIRE(c);
    CHECK(c->weekday == 2);
    CHECK(c->slot == perk.id);
    CHECK(c->category == Category::conversion);
    CHECK(c->name == tr(S::rhythm_new_column, Lang::zh));
    CHECK(new_column_edit(with, perk, 3, Lang::en).id == "col-2");
}

TEST_CASE("a column copied to other weekdays gets one copy per weekday, each with its own id") {
    const Plan p = content_plan();
    const unsigned tue_thu_sun = (1u << 2) | (1u << 4) | (1u << 7);
    std::vector<Edit> edits = copy_column_edits(p, "c-member", tue_thu_sun);
    REQUIRE(edits.size() == 3);
    Plan with = p;
    for (const Edit& e : edits) with = applied(with, e);   // the ids do not collide one after another
    REQUIRE(with.rhythm.columns.size() == p.rhythm.columns.size() + 3);
    const std::vector<int> days{2, 4, 7};
    for (size_t i = 0; i < 3; ++i) {
        const Column& c = with.rhythm.columns[p.rhythm.columns.size() + i];
        CHECK(c.id == "col-" + std::to_string(i + 1));
        CHECK(c.weekday == days[i]);
        CHECK(c.name == "周五会员日");
        CHECK(c.slot == "s-perk");
        CHECK(c.format == Format::poster);
    }
    CHECK(copy_column_edits(p, "c-member", 0).empty());
    CHECK(copy_column_edits(p, "c-nope", tue_thu_sun).empty());
}

TEST_CASE("a new run sheet has the standard steps and keeps only the plan's roles") {
    Plan p = content_plan();
    p.setup.roles.push_back({"role-admin", RoleKind::admin, "", ""});
    Plan with = applied(p, new_runsheet_edit(p, Lang::zh));
    REQUIRE(with.rhythm.runsheets.size() == p.rhythm.runsheets.size() + 1);
    const Runsheet& r = with.rhythm.runsheets.back();
    CHECK(r.id == "event-1");
    CHECK(r.title == tr(S::rhythm_unnamed_runsheet, Lang::zh));
    // The nine standard steps, the notice counted three times (morning, noon, evening).
    REQUIRE(r.steps.size() == 11);
    CHECK(r.steps.front().id == "event-1-prepare");
    bool admin = false;
    for (const RunStep& s : r.steps) {
        CHECK((s.owner_role.empty() || s.owner_role == "role-admin"));
        admin = admin || s.owner_role == "role-admin";
    }
    CHECK(admin);   // a role the plan has stays
}
