// Reviews: ranking published content, the bottom 20% and the top
// items with the optimization hints, and weekly / monthly reviews as checklists.
#include <doctest/doctest.h>

#include "core/edits/edit.hpp"
#include "core/json/json_fields.hpp"
#include "core/rules/review.hpp"

using namespace core;

namespace {

Date day(const char* text) { return *parse_date(text); }

ContentItem published(const char* id, const char* date, std::optional<double> open, std::optional<double> inter,
                      std::optional<int> conv) {
    ContentItem c;
    c.id = id;
    c.title = std::string("标题") + id;
    c.status = Status::published;
    c.publish = day(date);
    c.metrics.open_rate = open;
    c.metrics.interaction_rate = inter;
    c.metrics.conversions = conv;
    return c;
}

std::vector<std::string> ids(const std::vector<RankedItem>& items) {
    std::vector<std::string> out;
    for (const RankedItem& r : items) out.push_back(r.id);
    return out;
}

bool has_hint(const RankedItem& r, ContentHint h) {
    return std::find(r.hints.begin(), r.hints.end(), h) != r.hints.end();
}

}  // namespace

TEST_CASE("content ranks by open rate, then interaction, then conversions; missing figures rank last") {
    Plan p;
    p.content.items = {
        published("a", "2025-03-03", 30, 5, 1),
        published("b", "2025-03-03", 30, 8, 0),
        published("c", "2025-03-03", 30, 8, 2),
        published("d", "2025-03-03", std::nullopt, 50, 9),   // no open rate: below every recorded one
        published("e", "2025-03-03", 10, std::nullopt, 3),
    };
    CHECK(ids(rank_content(p, day("2025-03-01"), day("2025-03-07"))) ==
          std::vector<std::string>{"c", "b", "a", "e", "d"});
}

TEST_CASE("ties rank the earlier published item first, then by id, whatever the list order") {
    Plan p;
    p.content.items = {published("z", "2025-03-02", 20, 5, 1), published("y", "2025-03-03", 20, 5, 1),
                       published("x", "2025-03-02", 20, 5, 1)};
    CHECK(ids(rank_content(p, day("2025-03-01"), day("2025-03-07"))) == std::vector<std::string>{"x", "z", "y"});
}

TEST_CASE("only published items of the period with figures are ranked") {
    Plan p;
    p.content.items = {published("in", "2025-03-07", 20, 5, 1), published("before", "2025-02-28", 20, 5, 1),
                       published("after", "2025-03-08", 20, 5, 1), published("bare", "2025-03-03", {}, {}, {})};
    ContentItem draft = published("draft", "2025-03-03", 50, 5, 1);
    draft.status = Status::scheduled;
    p.content.items.push_back(draft);
    ContentItem undated = published("undated", "2025-03-03", 50, 5, 1);
    undated.publish.reset();
    p.content.items.push_back(undated);
    CHECK(ids(rank_content(p, day("2025-03-01"), day("2025-03-07"))) == std::vector<std::string>{"in"});
    CHECK(rank_content(Plan{}, day("2025-03-01"), day("2025-03-07")).empty());
}

TEST_CASE("the bottom and top 20% are at least one item each once there are two") {
    auto flagged = [](int n) {
        Plan p;
        for (int i = 0; i < n; ++i)
            p.content.items.push_back(published(("i" + std::to_string(i)).c_str(), "2025-03-03", 100 - i, 5, 1));
        int top = 0, bottom = 0;
        for (const RankedItem& r : rank_content(p, day("2025-03-01"), day("2025-03-07"))) {
            top += r.top;
            bottom += r.bottom;
        }
        return std::pair{top, bottom};
    };
    CHECK(flagged(1) == std::pair{0, 0});
    CHECK(flagged(2) == std::pair{1, 1});
    CHECK(flagged(5) == std::pair{1, 1});
    CHECK(flagged(6) == std::pair{2, 2});
    CHECK(flagged(10) == std::pair{2, 2});
    CHECK(flagged(11) == std::pair{3, 3});
}

TEST_CASE("hints: reuse a high-open-rate title, test another time for low interaction, check a zero-conversion hook") {
    Plan p;
    p.content.items = {published("best", "2025-03-03", 40, 2, 0), published("mid", "2025-03-03", 25, 6, 3),
                       published("low", "2025-03-03", 10, 1, 0), published("ok", "2025-03-03", 20, 8, 2),
                       published("meh", "2025-03-03", 15, 9, 1)};
    std::vector<RankedItem> r = rank_content(p, day("2025-03-01"), day("2025-03-07"));
    REQUIRE(r.size() == 5);
    CHECK(r[0].id == "best");
    CHECK(r[0].rank == 1);
    CHECK(r[0].top);
    CHECK(has_hint(r[0], ContentHint::reuse_title));
    CHECK(has_hint(r[0], ContentHint::test_time));    // 2% is below the median 6%
    CHECK(has_hint(r[0], ContentHint::check_hook));
    CHECK(r[4].id == "low");
    CHECK(r[4].bottom);
    CHECK_FALSE(has_hint(r[4], ContentHint::reuse_title));
    CHECK(has_hint(r[4], ContentHint::test_time));
    CHECK(r[1].hints.empty());                         // mid: 6% is the median, not below it
}

TEST_CASE("a weekly review lists the report, the bottom and top items, off-track KPIs and feedback topics") {
    Plan p;
    p.content.items = {published("c1", "2025-03-05", 40, 8, 3), published("c2", "2025-03-06", 12, 1, 0),
                       published("c3", "2025-03-04", 25, 5, 1), published("old", "2025-02-01", 1, 1, 0)};
    p.kpis.activation.kpis = {
        {"k-open", "内容打开率", "%", 20, Direction::higher, {{"l1", day("2025-03-05"), 12}}, {{"r1", "换新标题"}}},
        {"k-speak", "发言率", "%", 30, Direction::higher, {{"l2", day("2025-03-05"), 31}}},
        {"k-old", "旧指标", "%", 30, Direction::higher, {{"l3", day("2025-02-05"), 1}}},   // outside the week
    };
    p.kpis.retention.kpis = {{"k-churn", "流失率", "%", 5, Direction::lower, {{"l4", day("2025-03-06"), 9}}}};
    p.reviews.push_back({"rv-1-2", ReviewKind::weekly, day("2025-02-28"), {{"rv-1-2", "已有", false}}});

    Review r = make_review(p, ReviewKind::weekly, day("2025-03-07"), Lang::en, "rv-1");
    CHECK(r.id == "rv-1");
    CHECK(r.kind == ReviewKind::weekly);
    CHECK(r.date == day("2025-03-07"));
    REQUIRE(r.checklist.size() == 6);
    CHECK(r.checklist[0].text == "Read the content report: 3 published items with figures from 2025-03-01 to 2025-03-07");
    CHECK(r.checklist[0].id == "rv-1-1");
    CHECK(r.checklist[1].id == "rv-1-3");   // rv-1-2 is taken in the plan
    CHECK(r.checklist[1].text ==
          "Retire or rework (bottom 20%): “标题c2” open rate 12%, interaction 1%, conversions 0; "
          "low interaction: test another time (weekday 20:00 vs weekend 10:00); "
          "zero conversions: check the hook (the offer, the deadline, the call to action)");
    CHECK(r.checklist[2].text ==
          "Replicate (top): “标题c1” open rate 40%, interaction 8%, conversions 3; "
          "high open rate: reuse the title pattern “number + pain point”");
    CHECK(r.checklist[3].text == "KPI off track: 内容打开率 at 12%, target 20%. Remedy: 换新标题");
    CHECK(r.checklist[4].text == "KPI off track: 流失率 at 9%, target 5%. Add a remedy");
    CHECK(r.checklist[5].text == "Pick topics to add next week from member feedback");
    for (const CheckItem& c : r.checklist) CHECK_FALSE(c.done);

    Applied a = apply(p, insert_edit({"reviews"}, to_json_value(r)));
    CHECK_MESSAGE(!a.problem, problem_text(a.problem, Lang::en));
}

TEST_CASE("a monthly upgrade looks back 30 days and names the coming campaigns") {
    Plan p;
    p.content.items = {published("c1", "2025-03-02", 40, 8, 3)};   // 29 days before 03-31
    p.rhythm.campaigns = {{"cp-1", CampaignKind::member_day, "会员日", day("2025-04-10")},
                          {"cp-2", CampaignKind::shopping_festival, "618", day("2025-06-18")},
                          {"cp-3", CampaignKind::festival, "清明", day("2025-04-04")}};
    CHECK(review_period(ReviewKind::monthly, day("2025-03-31")) == Period{day("2025-03-02"), day("2025-03-31")});
    CHECK(review_period(ReviewKind::weekly, day("2025-03-31")) == Period{day("2025-03-25"), day("2025-03-31")});
    Review r = make_review(p, ReviewKind::monthly, day("2025-03-31"), Lang::zh, "m-1");
    REQUIRE(r.checklist.size() == 3);   // one item: neither top nor bottom
    CHECK(r.checklist[0].text == "查看内容数据报告：2025-03-02 至 2025-03-31 共 1 条已发布内容有数据");
    CHECK(r.checklist[1].text == "为即将到来的活动更新素材库：会员日、清明");
    CHECK(r.checklist[2].text.find("优化活动流程") == 0);
}

TEST_CASE("a review of an empty plan still gives a checklist to work through") {
    Review weekly = make_review(Plan{}, ReviewKind::weekly, day("2025-03-07"), Lang::zh, "w");
    REQUIRE(weekly.checklist.size() == 2);
    CHECK(weekly.checklist[0].text.find("没有带数据的已发布内容") != std::string::npos);
    Review monthly = make_review(Plan{}, ReviewKind::monthly, day("2025-03-07"), Lang::en, "m");
    REQUIRE(monthly.checklist.size() == 3);
    CHECK(monthly.checklist[1].text.find("Refresh the asset library for next month") == 0);
    CHECK(std::string(tr(label_of(ReviewKind::monthly), Lang::zh)) == "月度升级");
}

TEST_CASE("a new review is added at the end with a fresh id by its kind, which prefixes its checklist") {
    Plan p;
    p.reviews.push_back({"weekly-1", ReviewKind::weekly, day("2025-02-28"), {}});
    AddEdit weekly = new_review_edit(p, ReviewKind::weekly, day("2025-03-07"), Lang::zh);
    CHECK(weekly.id == "weekly-2");
    Applied a = apply(p, weekly.edit);
    REQUIRE(!a.problem);
    REQUIRE(a.plan.reviews.size() == 2);
    CHECK(a.plan.reviews[1] == make_review(p, ReviewKind::weekly, day("2025-03-07"), Lang::zh, "weekly-2"));
    CHECK(new_review_edit(a.plan, ReviewKind::monthly, day("2025-03-31"), Lang::en).id == "monthly-1");
}

TEST_CASE("a weekly review says what went out when the team marks its sends") {
    Plan p;
    p.basics.start_date = day("2025-03-01");
    p.rhythm.slots = {{.id = "s-pm", .time = TimeOfDay{20 * 60}, .purpose = "晚间福利"}};
    // Without a mark in the week there is nothing to say (not "all missed").
    CHECK(make_review(p, ReviewKind::weekly, day("2025-03-07"), Lang::zh, "w").checklist.size() == 2);
    p.execution = {{.id = "m-1", .rule = "s-pm", .date = day("2025-03-03"), .status = ExecStatus::sent},
                   {.id = "m-2", .rule = "s-pm", .date = day("2025-03-04"), .status = ExecStatus::late},
                   {.id = "m-3", .rule = "s-pm", .date = day("2025-03-05"), .status = ExecStatus::skipped,
                    .reason = "停电"},
                   {.id = "m-4", .rule = "s-pm", .date = day("2025-02-20"), .status = ExecStatus::sent}};   // before
    Review r = make_review(p, ReviewKind::weekly, day("2025-03-07"), Lang::zh, "w");
    REQUIRE(r.checklist.size() == 3);
    CHECK(r.checklist[1].text ==
          "执行情况：计划 7 条，到期 7 条，其中已发 2 条（晚发 1 条）、跳过 1 条、漏发 4 条，执行率 29%。"
          "最常没发出去的：晚间福利（跳过 1 次：停电；漏发 4 次）");
    Review en = make_review(p, ReviewKind::weekly, day("2025-03-07"), Lang::en, "w");
    CHECK(en.checklist[1].text ==
          "What went out: 7 planned and 7 due, of which 2 sent (1 late), 1 skipped and 4 missed; 29% carried out. "
          "Slipped most often: 晚间福利 (skipped 1×: 停电; missed 4×)");
}
