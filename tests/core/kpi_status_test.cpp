// KPI views: latest value, status against the target, trend,
// week-on-week change, the funnel, and remedies turned into calendar tasks.
#include <doctest/doctest.h>

#include "core/rules/kpi_status.hpp"
#include "core/json/validate.hpp"

using namespace core;

namespace {

Date day(const char* text) { return *parse_date(text); }

Kpi kpi_with(double target, Direction direction, std::vector<std::pair<const char*, double>> log) {
    Kpi k{"k", "打开率", "%", target, direction};
    int n = 0;
    for (const auto& [date, value] : log) k.log.push_back({"l" + std::to_string(++n), day(date), value});
    return k;
}

KpiState state_of_value(double value, double target, Direction d) { return kpi_status(kpi_with(target, d, {{"2025-03-01", value}})).state; }

}  // namespace

TEST_CASE("higher is better: on track at the target, at risk down to 80% of it, off track below") {
    const Direction h = Direction::higher;
    CHECK(state_of_value(25, 20, h) == KpiState::on_track);
    CHECK(state_of_value(20, 20, h) == KpiState::on_track);
    CHECK(state_of_value(19.99, 20, h) == KpiState::at_risk);
    CHECK(state_of_value(16, 20, h) == KpiState::at_risk);
    CHECK(state_of_value(15.99, 20, h) == KpiState::off_track);
    CHECK(state_of_value(0, 20, h) == KpiState::off_track);
}

TEST_CASE("lower is better mirrors it: at risk up to 120% of the target") {
    const Direction l = Direction::lower;
    CHECK(state_of_value(3, 5, l) == KpiState::on_track);
    CHECK(state_of_value(5, 5, l) == KpiState::on_track);
    CHECK(state_of_value(6, 5, l) == KpiState::at_risk);
    CHECK(state_of_value(6.01, 5, l) == KpiState::off_track);
}

TEST_CASE("a zero target has no at-risk band, and negative targets use the target's size") {
    CHECK(state_of_value(0, 0, Direction::higher) == KpiState::on_track);
    CHECK(state_of_value(-0.1, 0, Direction::higher) == KpiState::off_track);
    CHECK(state_of_value(0, 0, Direction::lower) == KpiState::on_track);
    CHECK(state_of_value(0.1, 0, Direction::lower) == KpiState::off_track);
    CHECK(at_risk_bound(-10, Direction::higher) == -12);
    CHECK(state_of_value(-11, -10, Direction::higher) == KpiState::at_risk);
}

TEST_CASE("a KPI with no log has no status and shows no remedies") {
    Kpi k = kpi_with(20, Direction::higher, {});
    k.remedies = {{"r1", "换新标题"}};
    KpiStatus s = kpi_status(k);
    CHECK(s.state == KpiState::no_data);
    CHECK_FALSE(s.latest);
    CHECK(remedies_to_show(k).empty());
    CHECK(std::string(tr(label_of(s.state), Lang::en)) == "No data");
}

TEST_CASE("the latest value is the latest date, not the last row; on one date the later row") {
    Kpi k = kpi_with(20, Direction::higher, {{"2025-03-05", 30}, {"2025-03-01", 10}, {"2025-03-05", 12}});
    KpiStatus s = kpi_status(k);
    REQUIRE(s.latest);
    CHECK(s.latest->id == "l3");
    CHECK(s.state == KpiState::off_track);
    CHECK(kpi_status(k, std::nullopt, day("2025-03-04")).latest->value == 10);   // later entries ignored
    CHECK_FALSE(latest_entry(k, day("2025-03-06")));
}

TEST_CASE("the thresholds are explained to users in both languages") {
    Kpi k = kpi_with(20, Direction::higher, {});
    CHECK(status_rule_text(k, Lang::en) ==
          "Higher is better: on track at 20% or more; at risk from 16% up to 20% (within 20% of the target); "
          "off track below 16%");
    CHECK(status_rule_text(k, Lang::zh).find("低于 16% 为未达标") != std::string::npos);
    Kpi churn{"c", "流失率", "%", 5, Direction::lower};
    CHECK(status_rule_text(churn, Lang::en).find("off track above 6%") != std::string::npos);
    churn.target = 0;
    CHECK(status_rule_text(churn, Lang::en).find("a target of 0 has no at-risk band") != std::string::npos);
}

TEST_CASE("numbers are shown with at most two decimals and their unit") {
    CHECK(format_number(20) == "20");
    CHECK(format_number(12.5) == "12.5");
    CHECK(format_number(1.0 / 3) == "0.33");
    CHECK(format_number(-0.001) == "0");
    CHECK(with_unit(16, "%") == "16%");
    CHECK(with_unit(100, "元") == "100元");
    CHECK(with_unit(200, "people") == "200 people");
}

TEST_CASE("trend points are the whole log sorted by date") {
    Kpi k = kpi_with(20, Direction::higher, {{"2025-03-03", 3}, {"2025-03-01", 1}, {"2025-03-02", 2}, {"2025-03-01", 9}});
    std::vector<TrendPoint> t = trend_points(k);
    REQUIRE(t.size() == 4);
    CHECK(t[0] == TrendPoint{day("2025-03-01"), 1});
    CHECK(t[1] == TrendPoint{day("2025-03-01"), 9});
    CHECK(t[3] == TrendPoint{day("2025-03-03"), 3});
    CHECK(trend_points(kpi_with(1, Direction::higher, {})).empty());
}

TEST_CASE("week on week compares the mean of the last 7 days with the 7 days before") {
    // today 03-14: this week 03-08…03-14, the week before 03-01…03-07.
    Kpi k = kpi_with(20, Direction::higher,
                     {{"2025-02-28", 999}, {"2025-03-01", 10}, {"2025-03-07", 30}, {"2025-03-08", 12}, {"2025-03-14", 18},
                      {"2025-03-15", 999}});
    WeekChange w = week_on_week(k, day("2025-03-14"));
    CHECK(w.state == WeekChangeState::ok);
    CHECK(w.current == 15);
    CHECK(w.previous == 20);
    CHECK(*w.change_percent == doctest::Approx(-25));
    CHECK(week_change_text(w, Lang::en) == "-25% vs the 7 days before");
    WeekChange sum = week_on_week(k, day("2025-03-14"), Aggregate::sum);
    CHECK(sum.current == 30);
    CHECK(sum.previous == 40);
    CHECK(week_change_text(week_on_week(kpi_with(1, Direction::higher, {{"2025-03-01", 1}, {"2025-03-08", 2}}),
                                        day("2025-03-14")),
                           Lang::en) == "+100% vs the 7 days before");
}

TEST_CASE("week on week with an empty log, a missing week or a zero week before has no percentage") {
    WeekChange empty = week_on_week(kpi_with(1, Direction::higher, {}), day("2025-03-14"));
    CHECK(empty.state == WeekChangeState::no_current);
    CHECK_FALSE(empty.change_percent);
    WeekChange old_only = week_on_week(kpi_with(1, Direction::higher, {{"2025-03-02", 5}}), day("2025-03-14"));
    CHECK(old_only.state == WeekChangeState::no_current);
    CHECK(old_only.previous == 5);
    WeekChange new_only = week_on_week(kpi_with(1, Direction::higher, {{"2025-03-10", 5}}), day("2025-03-14"));
    CHECK(new_only.state == WeekChangeState::no_previous);
    WeekChange zero = week_on_week(kpi_with(1, Direction::higher, {{"2025-03-02", 0}, {"2025-03-10", 5}}),
                                   day("2025-03-14"));
    CHECK(zero.state == WeekChangeState::previous_zero);
    CHECK_FALSE(zero.change_percent);
    CHECK(week_change_text(zero, Lang::zh) == "前 7 天为 0，无法计算变化率");
}

TEST_CASE("the funnel computes members → active → buyers rates from the logged counts") {
    Plan p;
    p.basics.member_count = 999;   // a logged member count wins over Basics
    p.kpis.launch.kpis.push_back({"members", "成员数", "人", 200, Direction::higher,
                                  {{"m1", day("2025-03-01"), 380}, {"m2", day("2025-03-10"), 400}}, {}, Metric::members});
    p.kpis.activation.kpis.push_back({"active", "日活跃人数", "人", 50, Direction::higher,
                                      {{"a1", day("2025-03-10"), 100}}, {}, Metric::active});
    p.kpis.monetization.kpis.push_back({"buyers", "下单人数", "人", 15, Direction::higher,
                                        {{"b1", day("2025-03-10"), 12}}, {}, Metric::buyers});
    Funnel f = funnel_of(p);
    CHECK(f.steps[0].value == 400);
    CHECK(f.steps[0].kpi_id == "members");
    CHECK_FALSE(f.steps[0].rate_of_previous);
    CHECK(f.steps[1].rate_of_previous == 25);
    CHECK(f.steps[2].rate_of_previous == 12);
    CHECK(f.steps[2].rate_of_members == 3);
    CHECK(funnel_of(p, day("2025-03-05")).steps[0].value == 380);
    CHECK_FALSE(funnel_of(p, day("2025-03-05")).steps[1].value);
}

TEST_CASE("the funnel falls back to the member count in Basics, and a zero or missing step has no rate") {
    Plan p;
    CHECK_FALSE(funnel_of(p).steps[0].value);    // member count 0 and nothing logged
    p.basics.member_count = 200;
    p.kpis.activation.kpis.push_back({"active", "活跃", "人", 50, Direction::higher,
                                      {{"a1", day("2025-03-10"), 0}}, {}, Metric::active});
    Funnel f = funnel_of(p);
    CHECK(f.steps[0].from_basics);
    CHECK(f.steps[0].value == 200);
    CHECK(f.steps[1].rate_of_previous == 0);
    CHECK_FALSE(f.steps[2].value);
    CHECK_FALSE(f.steps[2].rate_of_previous);     // no buyers logged
    p.kpis.monetization.kpis.push_back({"buyers", "下单", "人", 15, Direction::higher,
                                        {{"b1", day("2025-03-10"), 3}}, {}, Metric::buyers});
    f = funnel_of(p);
    CHECK(f.steps[2].value == 3);
    CHECK_FALSE(f.steps[2].rate_of_previous);     // 3 buyers of 0 active: no division by zero
    CHECK(f.steps[2].rate_of_members == 1.5);
}

TEST_CASE("an off-track KPI shows its remedies, an at-risk one does not") {
    Kpi k = kpi_with(20, Direction::higher, {{"2025-03-01", 10}});
    k.remedies = {{"r1", "调整推送时间"}, {"r2", "换新标题"}};
    CHECK(remedies_to_show(k).size() == 2);
    k.log[0].value = 17;
    CHECK(remedies_to_show(k).empty());
}

TEST_CASE("a remedy becomes a dated content item in one click, and undo takes it back") {
    Plan p;
    Kpi k = kpi_with(20, Direction::higher, {{"2025-03-01", 10}});
    k.id = "k-open";
    k.remedies = {{"r1", "换新标题：数字 + 痛点"}, {"r2", std::string(300, 'x') + "长"}};
    p.kpis.activation.kpis.push_back(k);
    Kpi aov{"k-aov", "客单价", "元", 100, Direction::higher, {}, {{"r3", "做组合"}}};
    p.kpis.monetization.kpis.push_back(aov);

    std::optional<Edit> e = remedy_task_edit(p, "k-open", "r1", day("2025-03-20"), fresh_id(p, "c"));
    REQUIRE(e);
    Applied a = apply(p, *e);
    REQUIRE_MESSAGE(!a.problem, problem_text(a.problem, Lang::en));
    REQUIRE(a.plan.content.items.size() == 1);
    const ContentItem& item = a.plan.content.items[0];
    CHECK(item.id == "c-1");
    CHECK(item.title == "换新标题：数字 + 痛点");
    CHECK(item.publish == day("2025-03-20"));
    CHECK(item.category == Category::activation);
    CHECK(item.note == "打开率: 换新标题：数字 + 痛点");
    CHECK(apply(a.plan, a.undo).plan == p);
    CHECK(apply(a.plan, *e).problem.kind == ProblemKind::duplicate_id);   // the same id twice is refused

    Applied longer = apply(p, *remedy_task_edit(p, "k-open", "r2", day("2025-03-20"), "c-2"));
    REQUIRE(!longer.problem);
    CHECK(longer.plan.content.items[0].title == std::string(200, 'x'));   // cut to a line, whole characters
    Applied money = apply(p, *remedy_task_edit(p, "k-aov", "r3", day("2025-03-21"), "c-3"));
    CHECK(money.plan.content.items[0].category == Category::conversion);

    CHECK_FALSE(remedy_task_edit(p, "k-nope", "r1", day("2025-03-20"), "c-9"));
    CHECK_FALSE(remedy_task_edit(p, "k-open", "r3", day("2025-03-20"), "c-9"));
}

TEST_CASE("cutting text keeps whole UTF-8 characters") {
    CHECK(cut_utf8("社群", 6) == "社群");
    CHECK(cut_utf8("社群", 5) == "社");
    CHECK(cut_utf8("社群", 3) == "社");
    CHECK(cut_utf8("社群", 2) == "");
    CHECK(cut_utf8("ab社", 4) == "ab");
}

TEST_CASE("KPIs are found by id and by metric across the stages") {
    Plan p;
    p.kpis.retention.kpis.push_back({"k-r", "沉默", "人", 20, Direction::lower, {}, {}, Metric::silent});
    p.kpis.referral.kpis.push_back({"k-s2", "分享", "次", 5, Direction::higher, {{"x", day("2025-03-01"), 3}}, {},
                                    Metric::shares});
    p.kpis.launch.kpis.push_back({"k-s1", "分享", "次", 5, Direction::higher, {}, {}, Metric::shares});
    CHECK(find_kpi(p, "k-r")->stage == Stage::retention);
    CHECK_FALSE(find_kpi(p, "zzz"));
    CHECK(first_kpi_of(p, Metric::shares)->id == "k-s1");
    CHECK(first_kpi_of(p, Metric::shares, day("2025-03-02"))->id == "k-s2");   // prefers one with data
    CHECK(first_kpi_of(p, Metric::buyers) == nullptr);
    CHECK(all_kpis(p).size() == 3);
}

TEST_CASE("a stage's KPIs are counted by status for the dashboard") {
    StagePlan s;
    s.kpis = {kpi_with(20, Direction::higher, {{"2025-03-01", 25}}), kpi_with(20, Direction::higher, {{"2025-03-01", 17}}),
              kpi_with(20, Direction::higher, {{"2025-03-01", 5}}), kpi_with(20, Direction::higher, {}),
              kpi_with(5, Direction::lower, {{"2025-03-01", 9}})};
    CHECK(status_counts(s) == StatusCounts{1, 1, 2, 1});
    CHECK(status_counts(s, day("2025-02-28")) == StatusCounts{0, 0, 0, 5});
    CHECK(status_counts(StagePlan{}) == StatusCounts{});
}
