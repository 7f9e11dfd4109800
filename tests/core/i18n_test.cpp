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

TEST_CASE("problems are worded with their place in the user's language, the path only as a detail") {
    Problem p{ProblemKind::out_of_range, "plan.rhythm.columns[3].weekday", "1–7", "9"};
    CHECK(problem_text(p, Lang::en) == "Rhythm › Weekly columns › row 4 › Weekday: must be between 1–7; it is 9");
    CHECK(problem_text(p, Lang::zh) == "执行节奏 › 每周栏目 › 第 4 行 › 星期：应在 1–7 之间，现在是 9");
    CHECK(problem_detail(p, Lang::zh) == "文件中的位置：plan.rhythm.columns[3].weekday");
    CHECK(problem_text(Problem{ProblemKind::not_json}, Lang::zh).find("JSON") != std::string::npos);
    // Standing alone, an English message starts with a capital.
    CHECK(problem_text(Problem{ProblemKind::not_json}, Lang::en).rfind("The file", 0) == 0);
}

TEST_CASE("the positioning sentence joins users, pain and solution in sentences of their own") {
    Basics b;
    CHECK(positioning_sentence(b, Lang::zh).empty());
    b.positioning.users = "25–35 岁职场女性";
    b.positioning.pain = "不会穿搭，不知道该信谁：";
    b.positioning.solution = "每周三次穿搭教程加会员折扣。";
    CHECK(positioning_sentence(b, Lang::zh) ==
          "这个群面向 25–35 岁职场女性。他们的困扰是不会穿搭，不知道该信谁；我们的做法是每周三次穿搭教程加会员折扣。");
    // A solution with a colon of its own: the sentence adds none.
    b.positioning.solution = "改成主题明确的福利群：每晚 8 点一份福利";
    const std::string zh = positioning_sentence(b, Lang::zh);
    CHECK(zh.find("：") == zh.rfind("："));
    CHECK(zh.find("8 点一份福利。") != std::string::npos);
    b.positioning.users = "working women 25–35";
    b.positioning.pain = "dressing for work";
    b.positioning.solution = "three outfit tutorials a week plus member discounts";
    CHECK(positioning_sentence(b, Lang::en) ==
          "This group is for working women 25–35. Their problem: dressing for work. We offer three outfit tutorials a "
          "week plus member discounts.");
    b.positioning.solution = "   ";
    CHECK(positioning_sentence(b, Lang::en).empty());
}
