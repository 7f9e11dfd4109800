// KPI defaults: the five stages' goals, KPIs, remedies, checklists and
// alert rules, in both languages, with stable prefixed ids.
#include <doctest/doctest.h>

#include <set>

#include "core/edits/edit.hpp"
#include "core/templates/kpi_defaults.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "core/json/validate.hpp"

using namespace core;

namespace {

std::vector<std::string> names(const StagePlan& s) {
    std::vector<std::string> out;
    for (const Kpi& k : s.kpis) out.push_back(k.name);
    return out;
}

}  // namespace

TEST_CASE("each stage has its lifecycle KPIs, a goal, remedies and a checklist") {
    Kpis k = default_kpis(Lang::en);
    CHECK(names(k.launch) ==
          std::vector<std::string>{"Join rate", "Profile-completion rate", "First-week retention", "Members"});
    CHECK(names(k.activation) ==
          std::vector<std::string>{"Speaking rate", "Activity participation", "Content open rate", "Daily active members"});
    CHECK(names(k.monetization) ==
          std::vector<std::string>{"Conversion rate", "Average order value", "Coupon redemption", "Buyers"});
    CHECK(names(k.retention) ==
          std::vector<std::string>{"Weekly active rate", "Repurchase rate", "Churn rate", "Members silent 30+ days"});
    CHECK(names(k.referral) ==
          std::vector<std::string>{"Referral (fission) rate", "Recommendation rate", "Share of KOCs", "Daily shares"});
    for (Stage s : kAllStages) {
        CAPTURE(stage_key(s));
        Plan p;
        p.kpis = k;
        const StagePlan& sp = stage_plan(p, s);
        CHECK_FALSE(sp.goal.empty());
        CHECK(sp.checklist.size() >= 5);
        for (const Kpi& kpi : sp.kpis) CHECK_FALSE(kpi.remedies.empty());
    }
    CHECK(names(default_kpis(Lang::zh).launch)[0] == "入群率");
    CHECK(default_kpis(Lang::zh).retention.kpis[2].name == "流失率");
}

TEST_CASE("default units, directions, example targets and metrics") {
    Kpis k = default_kpis(Lang::zh);
    const Kpi& churn = k.retention.kpis[2];
    CHECK(churn.direction == Direction::lower);
    CHECK(churn.unit == "%");
    CHECK(k.activation.kpis[2].target == 20);
    CHECK(k.activation.kpis[2].metric == Metric::open_rate);
    CHECK(k.activation.kpis[0].metric == Metric::speaking);
    CHECK(k.monetization.kpis[1].unit == "元");
    CHECK(default_kpis(Lang::en).monetization.kpis[1].unit == "yuan");
    CHECK(k.launch.kpis[3].metric == Metric::members);
    CHECK(k.activation.kpis[3].metric == Metric::active);
    CHECK(k.monetization.kpis[3].metric == Metric::buyers);
    CHECK(k.retention.kpis[3].metric == Metric::silent);
    CHECK(k.referral.kpis[3].metric == Metric::shares);
    CHECK(k.launch.start_day == 0);
    CHECK(k.launch.end_day == 7);
    CHECK(k.monetization.end_day == 90);
    CHECK_FALSE(k.retention.end_day);
    CHECK_FALSE(k.referral.end_day);
    CHECK(k.launch.kpis[0].remedies[0].text.find("5 元") != std::string::npos);   // the operators' example remedy
}

TEST_CASE("default ids are stable, prefixed, the same in both languages, and make a valid plan") {
    Kpis zh = default_kpis(Lang::zh, "mb-");
    Kpis en = default_kpis(Lang::en, "mb-");
    CHECK(zh.launch.kpis[0].id == "mb-launch-join");
    CHECK(zh.launch.kpis[0].remedies[1].id == "mb-launch-join-r2");
    CHECK(zh.activation.checklist[0].id == "mb-activation-c1");
    CHECK(zh.alerts[0].id == "mb-alert-open-rate");
    for (Stage s : kAllStages) {
        Plan a, b;
        a.kpis = zh;
        b.kpis = en;
        const StagePlan& x = stage_plan(a, s);
        const StagePlan& y = stage_plan(b, s);
        REQUIRE(x.kpis.size() == y.kpis.size());
        for (size_t i = 0; i < x.kpis.size(); ++i) CHECK(x.kpis[i].id == y.kpis[i].id);
    }
    CHECK(default_kpis(Lang::zh, "mb-") == zh);   // same input, same output

    Plan p;
    p.kpis = zh;
    Problem problem = validate_plan(p);
    CHECK_MESSAGE(!problem, problem_text(problem, Lang::en));
    p.kpis = default_kpis(Lang::en);
    problem = validate_plan(p);
    CHECK_MESSAGE(!problem, problem_text(problem, Lang::en));
}

TEST_CASE("a template can build stages one by one and link the alerts to what it has") {
    Kpis k;
    k.activation = default_stage(Stage::activation, Lang::en, "t-");
    CHECK(k.activation.start_day == 7);
    CHECK(k.activation.end_day == 30);
    std::vector<AlertRule> alerts = default_alerts(k, Lang::en, "t-");
    REQUIRE(alerts.size() == 4);
    CHECK(alerts[0].kpi == "t-activation-open");
    CHECK(alerts[0].name == "Low message open rate");
    CHECK(alerts[2].kpi.empty());   // no silent-members KPI in this plan
    CHECK(alerts[3].threshold == 5);
    Plan p;
    p.kpis = k;
    p.kpis.alerts = alerts;
    CHECK_FALSE(validate_plan(p));
}

TEST_CASE("default KPIs start with no data and their thresholds can be explained") {
    Kpis k = default_kpis(Lang::en);
    for (const Kpi& kpi : k.launch.kpis) {
        CHECK(kpi_status(kpi).state == KpiState::no_data);
        CHECK_FALSE(status_rule_text(kpi, Lang::en).empty());
    }
    CHECK(status_rule_text(k.launch.kpis[3], Lang::en).find("200 people") != std::string::npos);
}
