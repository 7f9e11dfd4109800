// Edits from the rhythm panel that build elements: a column dropped on
// another cell, a new column in an empty cell, copies on other weekdays, a
// run sheet with the standard steps.
#include <doctest/doctest.h>

#include "content_fixture.hpp"
#include "edit_helpers.hpp"
#include "core/edits/history.hpp"
#include "core/edits/rhythm_edits.hpp"
#include "core/rules/clashes.hpp"

using namespace core;
using namespace testing;

namespace {

const Column* column(const Plan& p, const std::string& id) { return by_id(p.rhythm.columns, id); }

// True when a run-sheet step meets another line of its role at its minute.
bool step_clashes(const Plan& p) {
    for (const Clash& c : time_clashes(p, date_from_ymd(2025, 1, 1)))
        for (CalendarSource s : c.sources)
            if (s == CalendarSource::run_step) return true;
    return false;
}

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

TEST_CASE("a new run sheet given a date is on that date, at an evening start where its steps meet no line of their role") {
    Plan p = content_plan();
    p.setup.roles.push_back({"role-admin", RoleKind::admin, "阿敏", ""});
    p.setup.roles.push_back({"role-owner", RoleKind::owner, "小林", ""});
    const Date wed = date_from_ymd(2025, 3, 12);
    Plan with = applied(p, new_runsheet_edit(p, Lang::zh, wed));
    const Runsheet& r = with.rhythm.runsheets.back();
    CHECK(r.date == wed);
    CHECK(r.start == TimeOfDay{19 * 60 + 30});   // nothing of the admin's or the owner's in the evening
    CHECK(!step_clashes(with));

    // The owner posts at 19:30 and the admin at 19:50 every day: 19:30 would
    // put the guest's introduction (the owner's) on the first, 20:00 the
    // rules (the admin's, ten minutes before) on the second.
    p.rhythm.slots.push_back({.id = "s-evening", .time = TimeOfDay{19 * 60 + 30}, .purpose = "晚间", .owner_role = "role-owner"});
    p.rhythm.slots.push_back({.id = "s-late", .time = TimeOfDay{19 * 60 + 50}, .purpose = "晚间 2", .owner_role = "role-admin"});
    with = applied(p, new_runsheet_edit(p, Lang::zh, wed));
    const Runsheet& moved = with.rhythm.runsheets.back();
    CHECK(moved.start == TimeOfDay{19 * 60});
    CHECK(!step_clashes(with));
    // Without a date: a draft at 19:30, whatever the plan holds.
    const Runsheet draft = applied(p, new_runsheet_edit(p, Lang::zh)).rhythm.runsheets.back();   // a copy: the plan is a temporary
    CHECK(!draft.date);
    CHECK(draft.start == TimeOfDay{19 * 60 + 30});
}

TEST_CASE("a run sheet's new start moves every timed step by as much, in one undo step") {
    Plan p = content_plan();
    Runsheet r{"rs-live", "直播", date_from_ymd(2025, 3, 12), {}};
    r.start = TimeOfDay{19 * 60 + 30};
    r.steps = {{.id = "rs-prep", .title = "准备", .day = -1},
               {.id = "rs-notice", .title = "预告", .time = TimeOfDay{9 * 60}},
               {.id = "rs-open", .title = "开场", .time = TimeOfDay{19 * 60 + 30}, .done = true},
               {.id = "rs-late", .title = "回顾", .time = TimeOfDay{23 * 60 + 45}},
               {.id = "rs-early", .title = "早鸟", .time = TimeOfDay{0}}};
    p.rhythm.runsheets = {r};

    std::vector<Edit> later = runsheet_start_edits(p, "rs-live", TimeOfDay{20 * 60});
    REQUIRE(later.size() == 1);
    History history;
    Plan moved = p;
    for (const Edit& e : later) {
        Applied a = history.commit(moved, e);
        REQUIRE(!a.problem);
        moved = a.plan;
    }
    const Runsheet& m = moved.rhythm.runsheets[0];
    CHECK(m.start == TimeOfDay{20 * 60});
    CHECK(!m.steps[0].time);                                  // untimed stays untimed
    CHECK(m.steps[0].day == -1);
    CHECK(m.steps[1].time == TimeOfDay{9 * 60 + 30});
    CHECK(m.steps[2].time == TimeOfDay{20 * 60});
    CHECK(m.steps[2].done);                                   // the rest of a step is kept
    CHECK(m.steps[3].time == TimeOfDay{23 * 60 + 59});        // kept within the day
    CHECK(m.steps[4].time == TimeOfDay{30});
    CHECK(history.steps() == 1);
    CHECK(history.undo(moved) == p);                          // one undo takes it all back

    // Earlier: clamped at midnight.
    const Plan earlier = applied(p, runsheet_start_edits(p, "rs-live", TimeOfDay{19 * 60})[0]);
    CHECK(earlier.rhythm.runsheets[0].steps[1].time == TimeOfDay{8 * 60 + 30});
    CHECK(earlier.rhythm.runsheets[0].steps[4].time == TimeOfDay{0});

    // Nothing to do: an unknown run sheet, or the start it has.
    CHECK(runsheet_start_edits(p, "rs-nope", TimeOfDay{20 * 60}).empty());
    CHECK(runsheet_start_edits(p, "rs-live", TimeOfDay{19 * 60 + 30}).empty());

    // No start yet: it gets one, and the steps stay where they are.
    p.rhythm.runsheets[0].start.reset();
    const Plan started = applied(p, runsheet_start_edits(p, "rs-live", TimeOfDay{20 * 60})[0]);
    CHECK(started.rhythm.runsheets[0].start == TimeOfDay{20 * 60});
    CHECK(started.rhythm.runsheets[0].steps == p.rhythm.runsheets[0].steps);
}
