#include <doctest/doctest.h>

#include <string>

#include "core/text/i18n.hpp"
#include "core/rules/positioning.hpp"

using namespace core;

TEST_CASE("every string exists in both languages") {
    for (int i = 0; i < (int)S::count_; ++i) {
        CAPTURE(i);
        CHECK(std::string(tr((S)i, Lang::zh)).size() > 0);
        CHECK(std::string(tr((S)i, Lang::en)).size() > 0);
    }
    CHECK(std::string(tr(S::section_basics, Lang::zh)) == "基本信息");
    CHECK(std::string(tr(S::section_basics, Lang::en)) == "Basics");
}

TEST_CASE("placeholders are filled") {
    CHECK(fmt("第 {n} 天，{n}", {{"n", "3"}}) == "第 3 天，3");
    CHECK(fmt("{a}{b}", {{"a", "{b}"}, {"b", "x"}}) == "xx");
}

TEST_CASE("problems are worded with their path in the user's language") {
    Problem p{ProblemKind::out_of_range, "plan.columns[3].weekday", "1–7", "9"};
    CHECK(problem_text(p, Lang::en) == "plan.columns[3].weekday: expected 1–7, got 9");
    CHECK(problem_text(p, Lang::zh).find("plan.columns[3].weekday") != std::string::npos);
    CHECK(problem_text(Problem{ProblemKind::not_json}, Lang::zh).find("JSON") != std::string::npos);
}

TEST_CASE("the positioning sentence joins users, pain and solution") {
    Basics b;
    CHECK(positioning_sentence(b, Lang::zh).empty());
    b.positioning.users = "25–35 岁职场女性";
    b.positioning.pain = "不会穿搭";
    b.positioning.solution = "每周三次穿搭教程加会员折扣。";
    CHECK(positioning_sentence(b, Lang::zh) == "为25–35 岁职场女性解决不会穿搭：每周三次穿搭教程加会员折扣。");
    b.positioning.users = "working women 25–35";
    b.positioning.pain = "dressing for work";
    b.positioning.solution = "three outfit tutorials a week plus member discounts";
    CHECK(positioning_sentence(b, Lang::en) ==
          "For working women 25–35 who struggle with dressing for work: three outfit tutorials a week plus member discounts.");
    b.positioning.solution = "   ";
    CHECK(positioning_sentence(b, Lang::en).empty());
}
