// The whole plan model: list edits by id, undo of each, id and reference
// rules, whole-plan checks, the schema file and randomized round trips.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

#include "core/edits/edit.hpp"
#include "core/edits/history.hpp"
#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/schema.hpp"
#include "core/json/validate.hpp"
#include "core/model/stable_sort.hpp"
#include "random_plan.hpp"

using namespace core;
using json = nlohmann::json;

namespace {

Plan with_slots() {
    Plan p;
    p.setup.roles = {{"r-owner", RoleKind::owner, "群主小美", "整体负责"}};
    for (const char* id : {"s-a", "s-b", "s-c"}) p.rhythm.slots.push_back(Slot{id, TimeOfDay{8 * 60}, id});
    return p;
}

std::vector<std::string> slot_ids(const Plan& p) {
    std::vector<std::string> ids;
    for (const auto& s : p.rhythm.slots) ids.push_back(s.id);
    return ids;
}

Plan applied(const Plan& p, const Edit& e) {
    Applied a = apply(p, e);
    REQUIRE_MESSAGE(!a.problem, problem_text(a.problem, Lang::en));
    CHECK(apply(a.plan, a.undo).plan == p);   // every edit undoes exactly
    return a.plan;
}

}  // namespace

TEST_CASE("a list element is addressed by its id, not its position") {
    Plan p = with_slots();
    Plan q = applied(p, set_edit({"rhythm", "slots", "s-b", "purpose"}, "知识分享"));
    CHECK(q.rhythm.slots[1].purpose == "知识分享");
    Applied bad = apply(p, set_edit({"rhythm", "slots", "s-zzz", "purpose"}, "x"));
    CHECK(bad.problem.kind == ProblemKind::unknown_path);
    CHECK(bad.problem.path == "plan.rhythm.slots.s-zzz");
}

TEST_CASE("insert adds an element before an anchor or at the end, and undo removes it") {
    Plan p = with_slots();
    Plan q = applied(p, insert_edit({"rhythm", "slots"}, {{"id", "s-new"}, {"time", "20:00"}}, "s-b"));
    CHECK(slot_ids(q) == std::vector<std::string>{"s-a", "s-new", "s-b", "s-c"});
    CHECK(q.rhythm.slots[1].time == TimeOfDay{20 * 60});
    q = applied(p, insert_edit({"rhythm", "slots"}, {{"id", "s-end"}}));
    CHECK(slot_ids(q).back() == "s-end");
}

TEST_CASE("remove takes an element out and undo puts it back in its place") {
    Plan p = with_slots();
    Plan q = applied(p, remove_edit({"rhythm", "slots", "s-b"}));
    CHECK(slot_ids(q) == std::vector<std::string>{"s-a", "s-c"});
    q = applied(p, remove_edit({"rhythm", "slots", "s-c"}));
    CHECK(slot_ids(q) == std::vector<std::string>{"s-a", "s-b"});
}

TEST_CASE("move reorders and undo restores the order") {
    Plan p = with_slots();
    CHECK(slot_ids(applied(p, move_edit({"rhythm", "slots", "s-c"}, "s-a"))) ==
          std::vector<std::string>{"s-c", "s-a", "s-b"});
    CHECK(slot_ids(applied(p, move_edit({"rhythm", "slots", "s-a"}, ""))) ==
          std::vector<std::string>{"s-b", "s-c", "s-a"});
    CHECK(apply(p, move_edit({"rhythm", "slots", "s-a"}, "s-a")).problem.kind == ProblemKind::unknown_path);
    CHECK(apply(p, move_edit({"rhythm", "slots", "s-a"}, "nope")).problem.kind == ProblemKind::unknown_path);
}

TEST_CASE("nested lists are reached through their parents' ids") {
    Plan p;
    p.kpis.activation.kpis.push_back(Kpi{"k-open", "打开率", "%", 20});
    Plan q = applied(p, insert_edit({"kpis", "activation", "kpis", "k-open", "log"},
                                    {{"id", "l-1"}, {"date", "2025-03-01"}, {"value", 12.5}}));
    REQUIRE(q.kpis.activation.kpis[0].log.size() == 1);
    CHECK(q.kpis.activation.kpis[0].log[0].value == 12.5);
    q = applied(q, set_edit({"kpis", "activation", "kpis", "k-open", "log", "l-1", "value"}, 18));
    CHECK(q.kpis.activation.kpis[0].log[0].value == 18);
}

TEST_CASE("an edit that would duplicate an id or leave a dangling reference is refused") {
    Plan p = with_slots();
    Applied dup = apply(p, insert_edit({"rhythm", "slots"}, {{"id", "s-a"}}));
    CHECK(dup.problem.kind == ProblemKind::duplicate_id);
    CHECK(dup.plan == p);
    Plan q = applied(p, set_edit({"rhythm", "slots", "s-a", "owner_role"}, "r-owner"));
    Applied dangling = apply(q, remove_edit({"setup", "roles", "r-owner"}));
    CHECK(dangling.problem.kind == ProblemKind::dangling_ref);
    CHECK(dangling.problem.path == "plan.rhythm.slots[0].owner_role");
    CHECK(apply(p, set_edit({"rhythm", "slots", "s-a", "owner_role"}, "r-ghost")).problem.kind ==
          ProblemKind::dangling_ref);
    CHECK(apply(p, insert_edit({"rhythm", "slots"}, {{"id", "有空格 id"}})).problem.kind == ProblemKind::bad_id);
}

TEST_CASE("mix targets must total 100 and date ranges must be in order") {
    Plan p;
    Applied a = apply(p, set_edit({"content", "mix", "brand"}, 25));
    CHECK(a.problem.kind == ProblemKind::bad_total);
    CHECK(problem_text(a.problem, Lang::en) == "Content › Mix: the three should add up to 100%; they add up to 105%");
    CHECK(applied(p, set_edit({"content", "mix"}, {{"activation", 60}, {"conversion", 30}, {"brand", 10}}))
              .content.mix.activation == 60);
    Applied order = apply(p, set_edit({"setup", "pilot"}, {{"start", "2025-03-10"}, {"end", "2025-03-01"}}));
    CHECK(order.problem.kind == ProblemKind::bad_order);
    CHECK(apply(p, set_edit({"kpis", "launch", "end_day"}, 0)).problem.kind == ProblemKind::bad_order);
}

TEST_CASE("an imported file with duplicate ids or dangling references is refused with its path") {
    json file = json::parse(export_plan_json(with_slots(), "2025-03-01T00:00:00Z"));
    json dup = file;
    dup["plan"]["rhythm"]["slots"][2]["id"] = "s-a";
    ImportResult r = import_plan_json(dup.dump());
    CHECK(r.problem.kind == ProblemKind::duplicate_id);
    CHECK(r.problem.path == "plan.rhythm.slots[2].id");
    json dangling = file;
    dangling["plan"]["rhythm"]["columns"] = json::array({{{"id", "c-1"}, {"slot", "s-missing"}}});
    r = import_plan_json(dangling.dump());
    CHECK(r.problem.kind == ProblemKind::dangling_ref);
    CHECK(problem_text(r.problem, Lang::en) ==
          "Rhythm › Weekly columns › row 1 › Slot: points to an item (id s-missing) that does not exist");
    CHECK(problem_detail(r.problem, Lang::en) == "Where in the file: plan.rhythm.columns[0].slot");
    json weekday = file;
    weekday["plan"]["rhythm"]["columns"] = json::array({{{"id", "c-1"}}, {{"id", "c-2"}}, {{"id", "c-3"}}, {{"id", "c-4"}, {"weekday", 9}}});
    r = import_plan_json(weekday.dump());
    CHECK(problem_text(r.problem, Lang::en) == "Rhythm › Weekly columns › row 4 › Weekday: must be between 1–7; it is 9");
    json many = file;
    many["plan"]["content"]["assets"] = json::array();
    for (size_t i = 0; i <= kMaxListItems; ++i) many["plan"]["content"]["assets"].push_back(json::object());
    CHECK(import_plan_json(many.dump()).problem.kind == ProblemKind::too_many);
}

TEST_CASE("random plans survive export and import unchanged") {
    for (unsigned seed = 1; seed <= 60; ++seed) {
        CAPTURE(seed);
        Plan plan = testing::RandomPlan(seed).make();
        Problem valid = validate_plan(plan);
        REQUIRE_MESSAGE(!valid, problem_text(valid, Lang::en));
        ImportResult r = import_plan_json(export_plan_json(plan, "2025-01-01T00:00:00Z"));
        REQUIRE_MESSAGE(r.ok(), problem_text(r.problem, Lang::en));
        CHECK(r.plan == plan);
    }
}

TEST_CASE("random edits undo and redo back to the same plans") {
    testing::RandomPlan gen(7);
    Plan start = gen.make();
    History h;
    std::vector<Plan> seen{start};
    Plan p = start;
    for (int i = 0; i < 40; ++i) {
        Plan other = testing::RandomPlan(100 + i).make();
        // Replace one whole section at a time with another random plan's.
        const char* sections[] = {"basics", "setup", "content", "incentives"};
        const char* section = sections[i % 4];
        json value = json::parse(export_plan_json(other, ""))["plan"][section];
        Applied a = h.commit(p, set_edit({section}, value));
        if (a.problem) continue;   // e.g. a reference into a section not copied
        p = a.plan;
        seen.push_back(p);
    }
    REQUIRE(seen.size() > 5);
    for (size_t i = seen.size() - 1; i > 0; --i) {
        p = h.undo(p);
        CHECK(p == seen[i - 1]);
    }
    for (size_t i = 1; i < seen.size(); ++i) {
        p = h.redo(p);
        CHECK(p == seen[i]);
    }
}

TEST_CASE("docs/plan.schema.json is the schema the code describes") {
    std::ifstream in(std::string(PLANNER_TEST_DATA) + "/../../../docs/plan.schema.json");
    REQUIRE_MESSAGE(in.good(), "docs/plan.schema.json is missing: build/native/planner_cli schema > docs/plan.schema.json");
    std::stringstream text;
    text << in.rdbuf();
    json committed = json::parse(text.str(), nullptr, false);
    CHECK_MESSAGE(committed == plan_file_schema(),
                  "docs/plan.schema.json is stale: build/native/planner_cli schema > docs/plan.schema.json");
}

TEST_CASE("core::stable_sort orders like std::stable_sort: equal elements keep their order, elements move, not copy") {
    // Pairs sorted by their first: the seconds say where each came from.
    std::mt19937 rng(7);
    for (int round = 0; round < 50; ++round) {
        std::vector<std::pair<int, std::unique_ptr<int>>> mine, theirs;
        const int n = (int)(rng() % 40);
        for (int i = 0; i < n; ++i) {
            const int key = (int)(rng() % 5);
            mine.emplace_back(key, std::make_unique<int>(i));
            theirs.emplace_back(key, std::make_unique<int>(i));
        }
        auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
        core::stable_sort(mine, by_key);
        std::stable_sort(theirs.begin(), theirs.end(), by_key);
        REQUIRE(mine.size() == theirs.size());
        for (size_t i = 0; i < mine.size(); ++i) {
            CHECK(mine[i].first == theirs[i].first);
            CHECK(*mine[i].second == *theirs[i].second);
        }
    }
    std::array<int, 4> fixed{3, 1, 2, 1};
    core::stable_sort(fixed, [](int a, int b) { return a > b; });
    CHECK(fixed == std::array<int, 4>{3, 2, 1, 1});
    std::vector<int> none;
    core::stable_sort(none, std::less<>());
    CHECK(none.empty());
}
