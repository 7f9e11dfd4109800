// Text from outside (files, links, pasted JSON, typing) that would make a plan
// ambiguous: members named twice.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"
#include "core/text/i18n.hpp"

using namespace core;
using nlohmann::json;

namespace {

const char* kAt = "2025-03-01T08:00:00Z";

Plan plan_with_roles() {
    Plan p;
    p.basics.name = "宝妈成长营";
    p.setup.roles = {{"r-owner", RoleKind::owner, "小美", "管理群"}, {"r-admin", RoleKind::admin, "阿强", ""}};
    return p;
}

// The exported file with `member` written again right after the first
// occurrence of `after` (the text up to and including an opening brace).
std::string with_member_before(const std::string& after, const std::string& member) {
    std::string text = export_plan_json(plan_with_roles(), kAt);
    const size_t at = text.find(after);
    REQUIRE_MESSAGE(at != std::string::npos, after);
    text.insert(at + after.size(), member + ",");
    return text;
}

Problem refusal(std::string_view text) {
    ImportResult r = import_plan_json(text);
    CHECK_FALSE(r.ok());
    CHECK(r.plan == Plan{});
    return r.problem;
}

// The problem worded in both languages holds every one of `parts`.
void worded_with(const Problem& p, std::initializer_list<std::string> parts) {
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string text = problem_text(p, lang);
        for (const std::string& part : parts)
            CHECK_MESSAGE(text.find(part) != std::string::npos, text << " lacks " << part);
        CHECK(text.find('{') == std::string::npos);   // every placeholder filled
    }
}

}  // namespace

// ---- members named twice -----------------------------------------------------------

TEST_CASE("a member named twice in the envelope is refused, even format with a foreign first value") {
    std::string text = with_member_before("{", R"("format": "excalidraw")");
    Problem p = refusal(text);
    CHECK(p.kind == ProblemKind::duplicate_key);
    CHECK(p.path == "format");
    worded_with(p, {"format"});
    // The other way round too: the last value no longer wins.
    text = export_plan_json(plan_with_roles(), kAt);
    text.insert(text.rfind('}'), R"(, "format": "excalidraw")");
    p = refusal(text);
    CHECK(p.kind == ProblemKind::duplicate_key);
    CHECK(p.path == "format");
    CHECK(refusal(with_member_before("{", R"("plan": {})")).path == "plan");
    CHECK(refusal(with_member_before("{", R"("version": 1)")).path == "version");
    CHECK(refusal(with_member_before("{", R"("exported_at": "")")).path == "exported_at");
    // Members the importer ignores count as well: the file is ambiguous all the same.
    CHECK(refusal(with_member_before("{", R"("note": 1, "note": 2)")).path == "note");
}

TEST_CASE("a member named twice in the plan or deeper is refused with its place") {
    Problem p = refusal(with_member_before("\"plan\": {", R"("basics": {"name": "别的名字"})"));
    CHECK(p.kind == ProblemKind::duplicate_key);
    CHECK(p.path == "plan.basics");
    p = refusal(with_member_before("\"basics\": {", R"("name": "别的名字")"));
    CHECK(p.kind == ProblemKind::duplicate_key);
    CHECK(p.path == "plan.basics.name");
    worded_with(p, {"plan.basics.name"});
    p = refusal(with_member_before("\"positioning\": {", R"("future": [], "future": null)"));
    CHECK(p.path == "plan.basics.positioning.future");
    // Inside a list: the element's index, as the reader names places.
    std::string text = export_plan_json(plan_with_roles(), kAt);
    const size_t second_role = text.find("\"r-admin\"");
    REQUIRE(second_role != std::string::npos);
    text.insert(second_role + 9, R"(, "id": "r-other")");
    p = refusal(text);
    CHECK(p.kind == ProblemKind::duplicate_key);
    CHECK(p.path == "plan.setup.roles[1].id");
    // Objects inside lists inside objects, and names that need quoting in a path.
    p = refusal(R"({"format":"sop-planner/plan","version":2,"plan":{"x":[[{"a":1}],{"b.c":1,"b.c":2}]}})");
    CHECK(p.path == "plan.x[1][\"b.c\"]");
    p = refusal(std::string(R"({"format":"sop-planner/plan","version":2,"plan":{"a\u0000b":1,"a\u0000b":2}})"));
    CHECK(p.path == "plan[\"a\\u0000b\"]");
    worded_with(p, {"plan[\"a\\u0000b\"]"});
    // The first name repeated in the file is the one named.
    p = refusal(R"({"format":"sop-planner/plan","version":2,"x":{"y":1,"y":1},"plan":{"z":1,"z":1}})");
    CHECK(p.path == "x.y");
}

TEST_CASE("names that only look alike are different members") {
    // Case and escapes: "Name" is not "name"; "n\u0061me" is "name".
    ImportResult r = import_plan_json(with_member_before("\"basics\": {", R"("Name": "x", "NAME": "y")"));
    CHECK(r.ok());
    CHECK(refusal(with_member_before("\"basics\": {", R"("n\u0061me": "x")")).path == "plan.basics.name");
    // The same name in sibling objects is fine.
    CHECK(import_plan_json(
              R"({"format":"sop-planner/plan","version":2,"plan":{"a":{"k":1},"b":{"k":1}},"c":[{"k":1},{"k":2}]})")
              .ok());
}

TEST_CASE("a share link whose JSON names a member twice is refused by the same check") {
    const std::string text = with_member_before("\"basics\": {", R"("name": "别的名字")");
    ShareDecode d = decode_share_link(encode_share_link(text));
    REQUIRE(d.ok());
    Problem p = refusal(d.json);
    CHECK(p.kind == ProblemKind::duplicate_key);
    CHECK(p.path == "plan.basics.name");
}
