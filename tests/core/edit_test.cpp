#include <doctest/doctest.h>

#include "core/edits/history.hpp"

using namespace core;

TEST_CASE("a set edit changes one field and returns its undo") {
    Plan p;
    Applied a = apply(p, set_edit({"basics", "name"}, "宝妈成长营"));
    REQUIRE_FALSE(a.problem);
    CHECK(a.changed);
    CHECK(a.plan.basics.name == "宝妈成长营");
    CHECK(p.basics.name.empty());   // the input plan is a value, untouched
    Applied back = apply(a.plan, a.undo);
    CHECK(back.plan == p);
}

TEST_CASE("an edit is checked like an imported file and refused whole") {
    Plan p;
    Applied a = apply(p, set_edit({"basics", "member_count"}, -1));
    CHECK(a.problem.kind == ProblemKind::out_of_range);
    CHECK(a.problem.path == "plan.basics.member_count");
    CHECK(a.plan == p);
    a = apply(p, set_edit({"basics", "start_date"}, "2025-13-01"));
    CHECK(a.problem.kind == ProblemKind::bad_date);
    a = apply(p, set_edit({"basics", "group_type"}, "loud"));
    CHECK(a.problem.kind == ProblemKind::bad_enum);
}

TEST_CASE("an edit to a path that does not exist is refused") {
    Plan p;
    CHECK(apply(p, set_edit({"basics", "nope"}, 1)).problem.kind == ProblemKind::unknown_path);
    CHECK(apply(p, set_edit({"nothing"}, 1)).problem.kind == ProblemKind::unknown_path);
    CHECK(apply(p, set_edit({"basics", "name", "deeper"}, 1)).problem.kind == ProblemKind::unknown_path);
    CHECK(apply(p, set_edit({}, 1)).problem.kind == ProblemKind::unknown_path);
}

TEST_CASE("insert, move and remove place an element by its anchor, name it in the problem, and undo puts the list back") {
    Plan p;
    for (const char* id : {"r-a", "r-b", "r-c", "r-d"}) p.setup.rules.push_back(Rule{id, RuleKind::dont, id});
    using Path = std::vector<std::string>;
    const Path rules{"setup", "rules"};
    auto ids = [](const Plan& plan) {
        std::string out;
        for (const Rule& r : plan.setup.rules) out += r.id.substr(2);
        return out;
    };
    auto at = [&](const char* id) {
        Path path = rules;
        path.push_back(id);
        return path;
    };
    const struct { const char* id; const char* before; const char* order; } moves[] = {
        {"r-b", "r-d", "acbd"}, {"r-c", "r-a", "cabd"}, {"r-a", "", "bcda"}, {"r-d", "r-b", "adbc"}, {"r-a", "r-b", "abcd"},
    };
    for (const auto& m : moves) {
        CAPTURE(m.id);
        CAPTURE(m.before);
        const Applied a = apply(p, move_edit(at(m.id), m.before));
        REQUIRE_FALSE(a.problem);
        CHECK(ids(a.plan) == m.order);
        CHECK(apply(a.plan, a.undo).plan == p);
    }
    // Before itself, or before an element that is not there: refused, named where the user sees it.
    Applied a = apply(p, move_edit(at("r-b"), "r-b"));
    CHECK(a.problem.kind == ProblemKind::unknown_path);
    CHECK(a.problem.path == "plan.setup.rules[1]");
    a = apply(p, move_edit(at("r-b"), "r-x"));
    CHECK(a.problem.path == "plan.setup.rules[1].r-x");
    CHECK(a.plan == p);

    a = apply(p, insert_edit(rules, {{"id", "r-n"}, {"kind", "must"}, {"text", "新"}}, "r-c"));
    REQUIRE_FALSE(a.problem);
    CHECK(ids(a.plan) == "abncd");
    CHECK(a.undo.op == EditOp::remove);
    CHECK(a.undo.path == at("r-n"));
    CHECK(apply(a.plan, a.undo).plan == p);
    a = apply(p, insert_edit(rules, {{"id", "r-n"}, {"kind", "must"}, {"text", "新"}}));
    CHECK(ids(a.plan) == "abcdn");
    a = apply(p, insert_edit(rules, {{"id", "r-n"}, {"kind", "must"}}, "r-x"));
    CHECK(a.problem.path == "plan.setup.rules.r-x");
    a = apply(p, insert_edit(rules, {{"id", 5}}, "r-x"));   // a bad element is named first, at the end of the list
    CHECK(a.problem.path == "plan.setup.rules[4].id");
    a = apply(p, insert_edit(rules, {{"id", "r-b"}, {"kind", "must"}}));   // an id already in use
    CHECK(a.problem.kind == ProblemKind::duplicate_id);

    a = apply(p, remove_edit(at("r-c")));
    REQUIRE_FALSE(a.problem);
    CHECK(ids(a.plan) == "abd");
    CHECK(a.undo.op == EditOp::insert);
    CHECK(a.undo.before == "r-d");
    CHECK(apply(a.plan, a.undo).plan == p);

    // A whole element set with a new id: its undo names the element by the new id.
    a = apply(p, set_edit(at("r-b"), {{"id", "r-z"}, {"kind", "must"}, {"text", "改"}}));
    REQUIRE_FALSE(a.problem);
    CHECK(ids(a.plan) == "azcd");
    CHECK(a.undo.path == at("r-z"));
    CHECK(apply(a.plan, a.undo).plan == p);
}

TEST_CASE("a whole section can be replaced in one edit") {
    Plan p;
    Applied a = apply(p, set_edit({"basics"}, {{"name", "A"}, {"member_count", 12}}));
    REQUIRE_FALSE(a.problem);
    CHECK(a.plan.basics.name == "A");
    CHECK(a.plan.basics.member_count == 12);
    CHECK(apply(a.plan, a.undo).plan == p);
}

TEST_CASE("undo and redo walk the edits back and forth") {
    History h;
    Plan p0;
    Plan p1 = h.commit(p0, set_edit({"basics", "name"}, "一")).plan;
    Plan p2 = h.commit(p1, set_edit({"basics", "member_count"}, 50)).plan;
    CHECK(h.can_undo());
    CHECK_FALSE(h.can_redo());
    Plan u1 = h.undo(p2);
    CHECK(u1 == p1);
    Plan u0 = h.undo(u1);
    CHECK(u0 == p0);
    CHECK_FALSE(h.can_undo());
    CHECK(h.redo(u0) == p1);
    // A new edit after undo drops the redo steps.
    Plan q = h.commit(p1, set_edit({"basics", "owner"}, "李")).plan;
    CHECK_FALSE(h.can_redo());
    CHECK(h.undo(q) == p1);
}

TEST_CASE("text_limit names the limit of the text field at a path") {
    CHECK(text_limit({"basics", "name"}) == (size_t)Limit::line);
    CHECK(text_limit({"basics", "positioning", "solution"}) > 0);
    CHECK(text_limit({"rhythm", "slots", "any-id", "purpose"}) == (size_t)Limit::line);
    CHECK(text_limit({"basics", "member_count"}) == 0);   // a number
    CHECK(text_limit({"basics", "no_such_field"}) == 0);
    CHECK(text_limit({"rhythm", "slots"}) == 0);          // a list
    CHECK(text_limit({}) == 0);
}

TEST_CASE("a burst of typing into one field is one undo step") {
    History h;
    Plan p0;
    p0.basics.name = "旧名";
    Plan p = h.commit(p0, set_edit({"basics", "owner"}, "李")).plan;
    const Plan before_burst = p;
    p = h.commit(p, set_edit({"basics", "name"}, "新"), 7).plan;
    p = h.commit(p, set_edit({"basics", "name"}, "新群"), 7).plan;
    p = h.commit(p, set_edit({"basics", "name"}, "新群🌸"), 7).plan;
    CHECK(h.steps() == 2);
    CHECK(p.basics.name == "新群🌸");
    CHECK(h.undo(p) == before_burst);
    CHECK(h.redo(before_burst) == p);
    // Another burst, another path, or an undo in between starts a new step.
    p = h.commit(p, set_edit({"basics", "name"}, "再改"), 8).plan;
    p = h.commit(p, set_edit({"basics", "city"}, "上海"), 8).plan;
    CHECK(h.steps() == 4);
    p = h.undo(p);
    p = h.commit(p, set_edit({"basics", "city"}, "北京"), 8).plan;
    CHECK(h.steps() == 4);
    CHECK(h.undo(p).basics.city.empty());
}

TEST_CASE("a burst typed back to where it began leaves no undo step") {
    History h;
    Plan p0;
    p0.basics.name = "群";
    Plan p = h.commit(p0, set_edit({"basics", "name"}, "群名"), 3).plan;
    p = h.commit(p, set_edit({"basics", "name"}, "群"), 3).plan;
    CHECK(h.steps() == 0);
    CHECK_FALSE(h.can_undo());
    CHECK(p == p0);
}

TEST_CASE("edits that change nothing or are refused leave no undo step") {
    History h;
    Plan p;
    h.commit(p, set_edit({"basics", "name"}, ""));
    h.commit(p, set_edit({"basics", "member_count"}, "x"));
    CHECK(h.steps() == 0);
}

TEST_CASE("history memory is bounded by steps") {
    History h;
    Plan p;
    for (int i = 1; i <= (int)History::kMaxSteps + 50; ++i) p = h.commit(p, set_edit({"basics", "member_count"}, i)).plan;
    CHECK(h.steps() == History::kMaxSteps);
    CHECK(h.bytes() <= History::kMaxBytes);
    int undone = 0;
    while (h.can_undo()) { p = h.undo(p); ++undone; }
    CHECK(undone == (int)History::kMaxSteps);
    CHECK(p.basics.member_count == 50);   // the oldest steps were forgotten
}
