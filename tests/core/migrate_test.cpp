// Older files are upgraded step by step; one fixture per old version, each a
// file as that version of the planner wrote it.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/text/i18n.hpp"
#include "core/json/migrate.hpp"
#include "core/json/plan_json.hpp"

using namespace core;

namespace {
std::string fixture(int version) {
    std::ifstream in(std::string(PLANNER_TEST_DATA) + "/migrate/v" + std::to_string(version) + ".json");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("every older version has a fixture that imports") {
    for (int v = 1; v < kSchemaVersion; ++v) {
        CAPTURE(v);
        std::string text = fixture(v);
        REQUIRE_FALSE(text.empty());
        ImportResult r = import_plan_json(text);
        REQUIRE_MESSAGE(r.ok(), problem_text(r.problem, Lang::en));
        CHECK(r.plan.basics.name == "宝妈成长营");
    }
}

TEST_CASE("version 1 files move the positioning formula into basics.positioning") {
    ImportResult r = import_plan_json(fixture(1));
    REQUIRE(r.ok());
    Plan expected;
    expected.basics.name = "宝妈成长营";
    expected.basics.industry = Industry::mother_baby;
    expected.basics.start_date = parse_date("2025-03-01");
    expected.basics.member_count = 180;
    expected.basics.owner = "小林";
    expected.basics.city = "杭州";
    expected.basics.positioning = {"0–3 岁宝宝的新手妈妈", "育儿知识零散、不知道该信谁", "每周三次育儿干货加会员专属福利"};
    expected.basics.value_resources = expected.basics.value_price = expected.basics.value_content = true;
    expected.basics.group_type = GroupType::refined;
    expected.basics.platform = Platform::wecom;
    CHECK(r.plan == expected);
    // Exporting writes the current version, which imports without migration.
    ImportResult again = import_plan_json(export_plan_json(r.plan, "2026-11-23T00:00:00Z"));
    REQUIRE(again.ok());
    CHECK(again.plan == expected);
}

TEST_CASE("a version 1 file with a wrong type under a moved key still names the new path") {
    std::string text = fixture(1);
    auto at = text.find("\"pain_point\": \"");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("\"pain_point\": \"育儿知识零散、不知道该信谁\"").size(), "\"pain_point\": 42");
    ImportResult r = import_plan_json(text);
    CHECK(r.problem.kind == ProblemKind::wrong_type);
    CHECK(r.problem.path == "plan.basics.positioning.pain");
}

TEST_CASE("migration leaves a plan that is not an object to the reader") {
    nlohmann::json plan = 5;
    CHECK_FALSE(migrate_plan(plan, 1));
    CHECK(plan == 5);
}

TEST_CASE("version 2 files move a content item's assets into its message's attachments") {
    ImportResult r = import_plan_json(fixture(2));
    REQUIRE_MESSAGE(r.ok(), problem_text(r.problem, Lang::en));
    REQUIRE(r.plan.content.items.size() == 2);
    const ContentItem& first = r.plan.content.items[0];
    CHECK(first.title == "辅食第一口 🥣");
    CHECK(first.message.attachments == std::vector<std::string>{"a-1", "a-2"});
    CHECK(first.message.text.empty());
    CHECK(first.note == "先发图");
    CHECK(r.plan.content.items[1].message == Message{});
    // Assets keep everything they had and take the default kind.
    REQUIRE(r.plan.content.assets.size() == 2);
    CHECK(r.plan.content.assets[0].topic == "辅食添加");
    CHECK(r.plan.content.assets[0].kind == AssetKind::image);
    ImportResult again = import_plan_json(export_plan_json(r.plan, "2026-12-03T00:00:00Z"));
    REQUIRE(again.ok());
    CHECK(again.plan == r.plan);
}

TEST_CASE("version 3 files read as they are, with an empty execution record") {
    ImportResult r3 = import_plan_json(fixture(3));
    REQUIRE_MESSAGE(r3.ok(), problem_text(r3.problem, Lang::en));
    CHECK(r3.plan.execution.empty());
    // The same plan as its version 2 file gives.
    ImportResult r2 = import_plan_json(fixture(2));
    REQUIRE(r2.ok());
    CHECK(r3.plan == r2.plan);
    // A version 3 file never held marks; one that does is still read (a key
    // an older planner did not know is accepted, like any unknown key).
    std::string text = fixture(3);
    text.replace(text.find("\"basics\""), 8,
                 "\"execution\": [{\"id\": \"mark-1\", \"rule\": \"s-1\", \"date\": \"2026-12-01\"}], \"basics\"");
    ImportResult marked = import_plan_json(text);
    REQUIRE_MESSAGE(marked.ok(), problem_text(marked.problem, Lang::en));
    REQUIRE(marked.plan.execution.size() == 1);
    CHECK(marked.plan.execution[0].status == ExecStatus::sent);
}

TEST_CASE("version 4 files read as they are, without a takeover date, counting from the start date") {
    ImportResult r4 = import_plan_json(fixture(4));
    REQUIRE_MESSAGE(r4.ok(), problem_text(r4.problem, Lang::en));
    CHECK_FALSE(r4.plan.basics.takeover_date);
    REQUIRE(r4.plan.basics.start_date);
    CHECK(plan_day0(r4.plan.basics) == r4.plan.basics.start_date);
    REQUIRE(r4.plan.execution.size() == 1);
    CHECK(r4.plan.execution[0].rule == "c-1");
    // Apart from its record, the same plan as its version 3 file gives.
    ImportResult r3 = import_plan_json(fixture(3));
    REQUIRE(r3.ok());
    r4.plan.execution.clear();
    CHECK(r4.plan == r3.plan);
    // Written again, the file is version 5 and keeps a takeover date.
    r4.plan.basics.takeover_date = date_from_ymd(2025, 6, 1);
    ImportResult again = import_plan_json(export_plan_json(r4.plan, "2026-12-03T06:00:00.000Z"));
    REQUIRE(again.ok());
    CHECK(again.plan.basics.takeover_date == date_from_ymd(2025, 6, 1));
}
