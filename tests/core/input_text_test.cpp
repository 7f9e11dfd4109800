// Text from outside (files, links, pasted JSON, typing) that would make a plan
// ambiguous or cut short: members named twice, control characters, invalid
// UTF-8. And the other way: every export of text with tabs, line breaks and
// emoji carries all of it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "content_fixture.hpp"
#include "core/edits/edit.hpp"
#include "core/exports/csv_export.hpp"
#include "core/exports/ics_export.hpp"
#include "core/exports/markdown_export.hpp"
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

// The problem worded in both languages, with its detail line, holds every
// one of `parts`.
void worded_with(const Problem& p, std::initializer_list<std::string> parts) {
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string text = problem_text(p, lang) + "\n" + problem_detail(p, lang);
        for (const std::string& part : parts)
            CHECK_MESSAGE(text.find(part) != std::string::npos, text << " lacks " << part);
        CHECK(text.find('{') == std::string::npos);   // every placeholder filled
    }
}

std::string unfold(std::string ics) {
    for (size_t at; (at = ics.find("\r\n ")) != std::string::npos;) ics.erase(at, 3);
    return ics;
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

// ---- control characters and invalid UTF-8 --------------------------------------------

namespace {
// The exported plan with one string replaced.
std::string with_text(const std::string& pointer, const std::string& value) {
    Plan p = plan_with_roles();
    p.setup.scripts = {{"s-1", ScriptKind::welcome, "欢迎语", "欢迎"}};
    json j = json::parse(export_plan_json(p, kAt));
    j[json::json_pointer(pointer)] = value;
    return j.dump();
}
}  // namespace

TEST_CASE("control characters other than tab and line breaks are refused on import, naming field and character") {
    Problem p = refusal(with_text("/plan/basics/name", std::string("宝妈\0成长营", 16)));
    CHECK(p.kind == ProblemKind::control_char);
    CHECK(p.path == "plan.basics.name");
    CHECK(p.got == "U+0000");
    worded_with(p, {"plan.basics.name", "U+0000"});
    p = refusal(with_text("/plan/setup/scripts/0/text", "颜色 \x1b[31m 红"));
    CHECK(p.kind == ProblemKind::control_char);
    CHECK(p.path == "plan.setup.scripts[0].text");
    CHECK(p.got == "U+001B");
    p = refusal(with_text("/plan/setup/roles/1/duties", "delete\x7f"));
    CHECK(p.path == "plan.setup.roles[1].duties");
    CHECK(p.got == "U+007F");
    for (char c : std::string("\x01\x08\x0b\x0c\x0e\x1f", 6)) {
        p = refusal(with_text("/plan/basics/city", std::string("a") + c));
        CHECK(p.kind == ProblemKind::control_char);
        CHECK(p.path == "plan.basics.city");
    }
    // As an escape in the file, the same.
    std::string text = export_plan_json(plan_with_roles(), kAt);
    const size_t at = text.find("小美");
    REQUIRE(at != std::string::npos);
    text.insert(at, "\\u0000");
    p = refusal(text);
    CHECK(p.kind == ProblemKind::control_char);
    CHECK(p.path == "plan.setup.roles[0].name");
}

TEST_CASE("tab, line feed and carriage return are kept byte for byte on import") {
    const std::string script = "第一行\r\n\t第二行\n\n第三行\r末尾 🎉\t";
    ImportResult r = import_plan_json(with_text("/plan/setup/scripts/0/text", script));
    REQUIRE(r.ok());
    CHECK(r.plan.setup.scripts[0].text == script);
    r = import_plan_json(with_text("/plan/basics/name", "宝妈\t成长营"));
    REQUIRE(r.ok());
    CHECK(r.plan.basics.name == "宝妈\t成长营");
}

TEST_CASE("invalid UTF-8 and lone surrogates in a string are refused on import") {
    std::string text = with_text("/plan/basics/name", "ok");
    const size_t at = text.find("\"ok\"");
    REQUIRE(at != std::string::npos);
    for (std::string bad : {"\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80"}) {
        std::string t = text;
        t.replace(at + 1, 2, bad);
        CHECK(refusal(t).kind == ProblemKind::not_json);
    }
    std::string t = text;
    t.replace(at + 1, 2, "\\ud800");
    CHECK(refusal(t).kind == ProblemKind::not_json);
}

TEST_CASE("a field edit with a NUL or another control character is refused with the field named") {
    Plan p = plan_with_roles();
    Applied a = apply(p, set_edit({"basics", "name"}, std::string("宝妈\0成长营", 16)));
    CHECK(a.problem.kind == ProblemKind::control_char);
    CHECK(a.problem.path == "plan.basics.name");
    CHECK(a.problem.got == "U+0000");
    CHECK(a.plan == p);
    worded_with(a.problem, {"U+0000"});
    CHECK(problem_text(a.problem, Lang::zh).rfind("基本信息 › 社群名称：", 0) == 0);
    a = apply(p, set_edit({"setup", "roles", "r-admin", "duties"}, "\x1b"));
    CHECK(a.problem.kind == ProblemKind::control_char);
    CHECK(a.problem.path == "plan.setup.roles[1].duties");
    // A whole element or section carries its strings through the same check.
    a = apply(p, set_edit({"setup", "roles", "r-admin"}, {{"id", "r-admin"}, {"kind", "admin"}, {"name", "a\x7f"}}));
    CHECK(a.problem.kind == ProblemKind::control_char);
    CHECK(a.problem.path == "plan.setup.roles[1].name");
    a = apply(p, insert_edit({"setup", "rules"}, {{"id", "u-1"}, {"kind", "dont"}, {"text", std::string("\0", 1)}}));
    CHECK(a.problem.kind == ProblemKind::control_char);
    CHECK(a.problem.path == "plan.setup.rules[0].text");
    // Tab and line breaks are text.
    a = apply(p, set_edit({"setup", "roles", "r-admin", "duties"}, "答疑\t\r\n收集反馈"));
    CHECK_FALSE(a.problem);
    CHECK(a.plan.setup.roles[1].duties == "答疑\t\r\n收集反馈");
}

TEST_CASE("a field edit with invalid UTF-8 is refused with the field named") {
    Plan p = plan_with_roles();
    for (std::string bad : {"\xc3", "ab\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80", "\xe4\xb8"}) {
        Applied a = apply(p, set_edit({"basics", "city"}, bad));
        CHECK(a.problem.kind == ProblemKind::bad_utf8);
        CHECK(a.problem.path == "plan.basics.city");
        CHECK(problem_text(a.problem, Lang::zh) == "基本信息 › 城市：文字不是有效的 UTF-8 编码");
        CHECK(problem_text(a.problem, Lang::en) == "Basics › City: the text is not valid UTF-8");
    }
    Applied a = apply(p, set_edit({"basics", "city"}, "杭州 🎉 \xf0\x9f\x98\x80"));
    CHECK_FALSE(a.problem);
}

// ---- every export carries the whole text ------------------------------------------------

TEST_CASE("every export of text with tabs, line breaks and emoji holds all of it") {
    using testing::D;
    Plan p = testing::content_plan();
    const std::string name = "宝妈\t成长营 🎉\n第二行";
    const std::string script = "欢迎 🎉\n\t第一条：请改群昵称\r\n\t第二条：每天 20:00 福利\n" + std::string(3000, 'x') + "\n结尾 👋";
    const std::string purpose = "早安\t问候 ☀️\n第二行";
    const std::string note = "\t备注 📌\r\n第二行";
    p.basics.name = name;
    p.setup.scripts = {{"s-1", ScriptKind::welcome, "欢迎语 🎉", script}};
    p.rhythm.slots[0].purpose = purpose;
    REQUIRE_FALSE(p.content.assets.empty());
    p.content.assets[0].note = note;

    // JSON: byte for byte, and back.
    const std::string exported = export_plan_json(p, kAt);
    ImportResult back = import_plan_json(exported);
    REQUIRE(back.ok());
    CHECK(back.plan == p);
    CHECK(back.plan.setup.scripts[0].text == script);

    // Share link: the same text, byte for byte.
    ShareDecode link = decode_share_link(encode_share_link(exported));
    REQUIRE(link.ok());
    CHECK(link.json == exported);
    REQUIRE(import_plan_json(link.json).ok());
    CHECK(import_plan_json(link.json).plan == p);

    // Markdown (download and copy): the script as a quote block, every line
    // of it (Markdown drops CR), the name in its heading, and nothing lost
    // after the special characters.
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string md = sop_markdown(p, lang);
        const std::string script_md = md_quote(script);
        CHECK(script_md.find("> 欢迎 🎉\\\n> \t第一条：请改群昵称\\\n") == 0);
        CHECK(script_md.find("\n> 结尾 👋\n") != std::string::npos);
        CHECK(md.find(script_md) != std::string::npos);
        CHECK(md.find("宝妈\t成长营 🎉 第二行") != std::string::npos);
        CHECK(md.find(std::string(1, '\0')) == std::string::npos);
        // The document ends as the same plan's without the special text does.
        Plan plain = p;
        plain.basics.name = "x";
        plain.setup.scripts[0].text = "x";
        const std::string md_plain = sop_markdown(plain, lang);
        REQUIRE(md_plain.size() > 200);
        CHECK(md.substr(md.size() - 200) == md_plain.substr(md_plain.size() - 200));
        CHECK(md.size() > md_plain.size() + script.size() - 10);
        const std::string html = sop_print_html(p, lang);
        CHECK(html.find("结尾 👋") != std::string::npos);
        CHECK(html.substr(html.size() - 8) == "</html>\n");
    }

    // CSV: the slot's purpose and the asset's note in quoted fields, whole.
    const std::string csv = schedule_csv(p, D(2025, 3, 3), D(2025, 3, 9), Lang::zh);
    CHECK(csv.find(csv_field(purpose)) != std::string::npos);
    CHECK(csv.find(std::string(1, '\0')) == std::string::npos);
    CHECK(csv.substr(csv.size() - 2) == "\r\n");
    const std::string assets = assets_csv(p, Lang::en);
    CHECK(assets.find(csv_field(note)) != std::string::npos);

    // iCalendar: the name and the purpose escaped (tabs kept, line breaks as \n), whole.
    const std::string ics = unfold(schedule_ics(p, D(2025, 3, 3), D(2025, 3, 9), {.now_unix_seconds = 1740787200}));
    CHECK(ics.find("X-WR-CALNAME:" + ics_escape_text(name) + "\r\n") != std::string::npos);
    CHECK(ics.find("SUMMARY:" + ics_escape_text(purpose) + "\r\n") != std::string::npos);
    CHECK(ics_escape_text(purpose) == "早安\t问候 ☀️\\n第二行");
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
}
