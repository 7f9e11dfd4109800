#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/json/plan_json.hpp"

using namespace core;
using nlohmann::json;

namespace {

Plan sample_plan() {
    Plan p;
    p.basics.name = "宝妈成长营 3 群";
    p.basics.industry = Industry::mother_baby;
    p.basics.start_date = date_from_ymd(2025, 3, 1);
    p.basics.member_count = 186;
    p.basics.owner = "张老师";
    p.basics.city = "杭州";
    p.basics.positioning.users = "0–3 岁宝宝的新手妈妈";
    p.basics.positioning.pain = "育儿知识零散、不知道该信谁";
    p.basics.positioning.solution = "每周三次育儿干货加会员专属福利";
    p.basics.value_content = true;
    p.basics.value_price = true;
    p.basics.group_type = GroupType::refined;
    p.basics.platform = Platform::wechat;
    return p;
}

// The exported file with one value replaced, for refusal cases.
std::string with(const std::string& json_pointer, json value) {
    json j = json::parse(export_plan_json(sample_plan(), "2025-03-01T08:00:00Z"));
    j[json::json_pointer(json_pointer)] = std::move(value);
    return j.dump();
}

Problem refusal(std::string_view text) {
    ImportResult r = import_plan_json(text);
    CHECK_FALSE(r.ok());
    CHECK(r.plan == Plan{});
    return r.problem;
}

}  // namespace

TEST_CASE("export then import gives an equal plan") {
    Plan p = sample_plan();
    ImportResult r = import_plan_json(export_plan_json(p, "2025-03-01T08:00:00Z"));
    REQUIRE(r.ok());
    CHECK(r.plan == p);
}

TEST_CASE("the envelope names the format, the schema version and the app") {
    json j = json::parse(export_plan_json(sample_plan(), "2025-03-01T08:00:00Z"));
    CHECK(j["format"] == "sop-planner/plan");
    CHECK(j["version"] == kSchemaVersion);
    CHECK(j["app_version"] == kAppVersion);
    CHECK(j["exported_at"] == "2025-03-01T08:00:00Z");
    CHECK(j["plan"]["basics"]["industry"] == "mother_baby");   // enums as strings
    CHECK(j["plan"]["basics"]["start_date"] == "2025-03-01");
}

TEST_CASE("missing keys keep their defaults, unknown keys are dropped") {
    ImportResult r = import_plan_json(
        R"({"format":"sop-planner/plan","version":1,"plan":{"basics":{"name":"A","future_key":[1,2]},"extra":{}}})");
    REQUIRE(r.ok());
    CHECK(r.plan.basics.name == "A");
    CHECK(r.plan.basics.member_count == 0);
}

TEST_CASE("files that are not plans are refused with the reason") {
    CHECK(refusal("").kind == ProblemKind::not_json);
    CHECK(refusal("not json at all").kind == ProblemKind::not_json);
    std::string full = export_plan_json(sample_plan(), "x");
    CHECK(refusal(full.substr(0, full.size() / 2)).kind == ProblemKind::not_json);   // truncated
    CHECK(refusal("[1,2,3]").kind == ProblemKind::not_object);
    CHECK(refusal(R"({"format":"excalidraw","version":2})").kind == ProblemKind::wrong_format);
    CHECK(refusal(R"({"version":1,"plan":{}})").kind == ProblemKind::wrong_format);
    CHECK(refusal(R"({"format":"sop-planner/plan","version":"1","plan":{}})").kind == ProblemKind::bad_version);
    CHECK(refusal(R"({"format":"sop-planner/plan","version":1})").kind == ProblemKind::missing);
}

TEST_CASE("a file from a newer version is refused, naming both versions") {
    Problem p = refusal(with("/version", 7));
    CHECK(p.kind == ProblemKind::newer_version);
    CHECK(p.got == "7");
    CHECK(p.expected == std::to_string(kSchemaVersion));
}

TEST_CASE("wrong types and out-of-range values name their path") {
    Problem p = refusal(with("/plan/basics/member_count", "many"));
    CHECK(p.kind == ProblemKind::wrong_type);
    CHECK(p.path == "plan.basics.member_count");
    p = refusal(with("/plan/basics/member_count", -5));
    CHECK(p.kind == ProblemKind::out_of_range);
    CHECK(p.got == "-5");
    p = refusal(with("/plan/basics/member_count", 2.5));
    CHECK(p.kind == ProblemKind::wrong_type);
    p = refusal(with("/plan/basics/industry", "mining"));
    CHECK(p.kind == ProblemKind::bad_enum);
    CHECK(p.path == "plan.basics.industry");
    p = refusal(with("/plan/basics/start_date", "2025-02-30"));
    CHECK(p.kind == ProblemKind::bad_date);
    p = refusal(with("/plan/basics", json::array()));
    CHECK(p.kind == ProblemKind::wrong_type);
    CHECK(p.path == "plan.basics");
}

TEST_CASE("absurd sizes are refused: long strings, deep nesting, huge files") {
    Problem p = refusal(with("/plan/basics/name", std::string(5000, 'x')));
    CHECK(p.kind == ProblemKind::too_long);
    CHECK(p.path == "plan.basics.name");
    std::string deep(100, '[');
    deep += std::string(100, ']');
    CHECK(refusal(deep).kind == ProblemKind::too_deep);
    std::string huge(kMaxFileBytes + 1, ' ');
    CHECK(refusal(huge).kind == ProblemKind::too_large);
}

TEST_CASE("a text limit counts characters, not bytes: 200 hanzi or emoji fit a name, 201 do not") {
    std::string name;
    for (int i = 0; i < 199; ++i) name += "群";
    name += "🧧";
    CHECK(import_plan_json(with("/plan/basics/name", name)).ok());
    Problem p = refusal(with("/plan/basics/name", name + "👇"));
    CHECK(p.kind == ProblemKind::too_long);
    CHECK(p.got == "201");
    CHECK(p.expected == "200");
}

TEST_CASE("invalid UTF-8 is refused") {
    std::string text = with("/plan/basics/name", "ok");
    size_t at = text.find("\"ok\"");
    REQUIRE(at != std::string::npos);
    text.replace(at + 1, 2, "\xff\xfe");
    CHECK(refusal(text).kind == ProblemKind::not_json);
}

TEST_CASE("parse_json, the planner's one JSON parser, reads JSON as the importer does") {
    CHECK(parse_json(R"({"a": [1, 2.5, "三", null, true], "b": {"🧧": "x"}})") ==
          nlohmann::json{{"a", {1, 2.5, "三", nullptr, true}}, {"b", {{"🧧", "x"}}}});
    CHECK(parse_json(R"(["a"])") == nlohmann::json::array({"a"}));
    for (const char* bad : {R"({"a": 1, "a": 2})", R"([1e309])", R"({"a": )", "", "not json", R"({"a": 1} x)"}) {
        CAPTURE(bad);
        CHECK(parse_json(bad).is_discarded());
    }
}
