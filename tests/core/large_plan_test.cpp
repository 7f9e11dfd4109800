// The benchmarks' large plan is a plan a user could have made: valid, the
// size it says, the same for the same seed, and it survives export/import.
#include <doctest/doctest.h>

#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/validate.hpp"
#include "tests/bench/large_plan.hpp"

TEST_CASE("the large plan is valid, deterministic, as large as asked and survives export and import") {
    const bench::LargePlanSize size{400, 300, 6, 1000, 60};
    const core::Plan a = bench::large_plan(7, size);
    const core::Problem problem = core::validate_plan(a);
    CHECK_MESSAGE(!problem, core::problem_text(problem, core::Lang::en));
    CHECK(a.content.items.size() == 400);
    CHECK(a.content.assets.size() == 300);
    CHECK(a == bench::large_plan(7, size));
    CHECK_FALSE(a == bench::large_plan(8, size));
    const core::ImportResult back = core::import_plan_json(core::export_plan_json(a, "2025-01-01T00:00:00Z"));
    REQUIRE_MESSAGE(back.ok(), core::problem_text(back.problem, core::Lang::en));
    CHECK(back.plan == a);
}

TEST_CASE("the full-size large plan is valid") {
    const core::Plan p = bench::large_plan(1);
    const core::Problem problem = core::validate_plan(p);
    CHECK_MESSAGE(!problem, core::problem_text(problem, core::Lang::en));
    CHECK(p.content.items.size() == 3000);
}
