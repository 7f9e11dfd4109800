// Alert rules on sample metric logs: when they fire, why, since
// when and what to do; boundaries, disabled rules and empty logs.
#include <doctest/doctest.h>

#include "core/rules/alerts.hpp"
#include "core/templates/kpi_defaults.hpp"

using namespace core;

namespace {

Date day(const char* text) { return *parse_date(text); }

void log(Kpi& k, const char* date, double value) {
    k.log.push_back({k.id + "-" + std::to_string(k.log.size() + 1), day(date), value});
}

// A plan with one KPI of each watched metric and the four default rules.
Plan sample() {
    Plan p;
    p.kpis.activation.kpis = {
        {"open", "内容打开率", "%", 20, Direction::higher, {}, {}, Metric::open_rate},
        {"speak", "发言率", "%", 30, Direction::higher, {}, {}, Metric::speaking},
    };
    p.kpis.retention.kpis = {{"silent", "沉默成员", "人", 20, Direction::lower, {}, {}, Metric::silent},
                             {"churn", "流失率", "%", 5, Direction::lower}};
    p.kpis.referral.kpis = {{"shares", "每日分享次数", "次", 5, Direction::higher, {}, {}, Metric::shares}};
    p.kpis.alerts = {
        {"a-open", AlertKind::open_rate_low, "", "", 20},
        {"a-speak", AlertKind::speaking_drop, "", "", 20},
        {"a-silent", AlertKind::silent_members, "", "", 20},
        {"a-shares", AlertKind::shares_low, "", "", 5},
    };
    return p;
}

Kpi& kpi(Plan& p, const char* id) {
    for (StagePlan* s : {&p.kpis.activation, &p.kpis.retention, &p.kpis.referral})
        for (Kpi& k : s->kpis)
            if (k.id == id) return k;
    FAIL("no kpi " << id);
    return p.kpis.launch.kpis.front();
}

AlertResult eval(const Plan& p, const char* rule, const char* today, Lang lang = Lang::en) {
    for (const AlertRule& r : p.kpis.alerts)
        if (r.id == rule) return evaluate_alert(p, r, day(today), lang);
    FAIL("no rule " << rule);
    return {};
}

}  // namespace

TEST_CASE("an open rate below 20% fires, says why and since when; exactly 20% does not") {
    Plan p = sample();
    Kpi& open = kpi(p, "open");
    log(open, "2025-03-01", 25);
    log(open, "2025-03-02", 18);
    log(open, "2025-03-04", 12.5);
    log(open, "2025-03-03", 19.9);   // rows out of date order
    AlertResult a = eval(p, "a-open", "2025-03-05");
    CHECK(a.state == AlertState::triggered);
    CHECK(a.kpi_id == "open");
    CHECK(a.value == 12.5);
    CHECK(a.as_of == day("2025-03-04"));
    CHECK(a.since == day("2025-03-02"));
    CHECK(a.why == "内容打开率 is 12.5%, below the threshold of 20% (2025-03-04)");
    CHECK(a.action.find("Change the push time and the titles") == 0);
    CHECK(a.name == "Low message open rate");
    CHECK(eval(p, "a-open", "2025-03-05", Lang::zh).why == "内容打开率 为 12.5%，低于阈值 20%（2025-03-04）");

    log(open, "2025-03-05", 20);
    AlertResult boundary = eval(p, "a-open", "2025-03-05");
    CHECK(boundary.state == AlertState::clear);
    CHECK_FALSE(boundary.since);
    CHECK(boundary.why == "内容打开率 is 20% (2025-03-05); threshold 20%, not triggered");
    CHECK(eval(p, "a-open", "2025-03-04").state == AlertState::triggered);   // later rows ignored
}

TEST_CASE("speaking down 20% or more week on week fires; 19% does not") {
    Plan p = sample();
    Kpi& speak = kpi(p, "speak");
    // Week before (03-01…03-07): mean 40. This week (03-08…03-14): mean 32 = −20%.
    log(speak, "2025-03-01", 40);
    log(speak, "2025-03-02", 40);
    log(speak, "2025-03-10", 32);
    AlertResult a = eval(p, "a-speak", "2025-03-14");
    CHECK(a.state == AlertState::triggered);
    CHECK(a.previous == 40);
    CHECK(a.value == 32);
    CHECK(*a.change_percent == doctest::Approx(-20));
    // 03-10 is the first day whose 7-day window holds the drop (03-09's week has no entry).
    CHECK(a.since == day("2025-03-10"));
    CHECK(a.why ==
          "发言率 averaged 32% in the last 7 days against 40% in the 7 days before: -20% (alerts at a 20% drop)");
    CHECK(a.action.find("Start a topic challenge") == 0);

    speak.log[2].value = 32.4;   // −19%
    AlertResult b = eval(p, "a-speak", "2025-03-14");
    CHECK(b.state == AlertState::clear);
    CHECK(b.why.find("short of a 20% drop") != std::string::npos);
}

TEST_CASE("speaking drop needs both weeks; a week before of 0 cannot drop") {
    Plan p = sample();
    Kpi& speak = kpi(p, "speak");
    CHECK(eval(p, "a-speak", "2025-03-14").state == AlertState::no_data);   // empty log
    log(speak, "2025-03-10", 10);
    CHECK(eval(p, "a-speak", "2025-03-14").state == AlertState::no_data);   // no week before
    log(speak, "2025-03-02", 0);
    AlertResult zero = eval(p, "a-speak", "2025-03-14");
    CHECK(zero.state == AlertState::clear);
    CHECK(zero.why == "发言率 was 0 in the 7 days before, so it cannot have dropped");
}

TEST_CASE("silent members above the floor fire; at the floor they do not") {
    Plan p = sample();
    Kpi& silent = kpi(p, "silent");
    log(silent, "2025-03-01", 20);
    CHECK(eval(p, "a-silent", "2025-03-02").state == AlertState::clear);
    log(silent, "2025-03-08", 21);
    log(silent, "2025-03-15", 35);
    AlertResult a = eval(p, "a-silent", "2025-03-16");
    CHECK(a.state == AlertState::triggered);
    CHECK(a.since == day("2025-03-08"));
    CHECK(a.why == "沉默成员 is 35人, above the limit of 20人 (2025-03-15)");
    CHECK(a.action.find("Targeted re-activation") == 0);
}

TEST_CASE("daily shares below the floor fire") {
    Plan p = sample();
    Kpi& shares = kpi(p, "shares");
    log(shares, "2025-03-01", 2);
    log(shares, "2025-03-02", 6);
    log(shares, "2025-03-03", 4);
    AlertResult a = eval(p, "a-shares", "2025-03-03");
    CHECK(a.state == AlertState::triggered);
    CHECK(a.since == day("2025-03-03"));   // the run of breaches restarts after 03-02
    CHECK(a.action.find("Review the referral mechanism") == 0);
    CHECK(eval(p, "a-shares", "2025-03-02").state == AlertState::clear);
}

TEST_CASE("disabled rules never fire and empty logs give no data") {
    Plan p = sample();
    for (const AlertResult& r : evaluate_alerts(p, day("2025-03-14"), Lang::en)) {
        CAPTURE(r.rule_id);
        CHECK(r.state == AlertState::no_data);
        CHECK_FALSE(r.since);
    }
    log(kpi(p, "open"), "2025-03-01", 5);
    CHECK(triggered_alerts(p, day("2025-03-14"), Lang::en).size() == 1);
    CHECK(eval(p, "a-open", "2025-02-28").state == AlertState::no_data);   // only rows after today
    p.kpis.alerts[0].enabled = false;
    AlertResult off = eval(p, "a-open", "2025-03-14");
    CHECK(off.state == AlertState::disabled);
    CHECK(triggered_alerts(p, day("2025-03-14"), Lang::en).empty());
}

TEST_CASE("a rule watches its linked KPI, else the first KPI of its metric, else nothing") {
    Plan p = sample();
    log(kpi(p, "churn"), "2025-03-01", 9);
    p.kpis.alerts.push_back({"a-churn", AlertKind::custom, "流失预警", "churn", 8, true, "召回老会员"});
    AlertResult custom = eval(p, "a-churn", "2025-03-02");
    CHECK(custom.state == AlertState::triggered);   // lower is better: 9 > 8
    CHECK(custom.why == "流失率 is 9%, above the limit of 8% (2025-03-01)");
    CHECK(custom.action == "召回老会员");
    CHECK(custom.name == "流失预警");

    p.kpis.alerts.push_back({"a-custom", AlertKind::custom, "", "", 1});
    CHECK(eval(p, "a-custom", "2025-03-02").state == AlertState::no_metric);
    p.kpis.activation.kpis.clear();
    CHECK(eval(p, "a-open", "2025-03-02").state == AlertState::no_metric);
    p.kpis.alerts[0].kpi = "churn";   // an explicit link wins over the metric
    CHECK(eval(p, "a-open", "2025-03-02").kpi_id == "churn");
}

TEST_CASE("the default rules are the alert rules of the method and watch the default KPIs") {
    Plan p;
    p.kpis = default_kpis(Lang::en, "t-");
    REQUIRE(p.kpis.alerts.size() == 4);
    CHECK(p.kpis.alerts[0].threshold == 20);
    CHECK(p.kpis.alerts[0].kpi == "t-activation-open");
    CHECK(p.kpis.alerts[1].kpi == "t-activation-speaking");
    CHECK(p.kpis.alerts[2].kpi == "t-retention-silent");
    CHECK(p.kpis.alerts[3].kpi == "t-referral-shares");
    for (const AlertResult& r : evaluate_alerts(p, day("2025-03-14"), Lang::en)) CHECK(r.state == AlertState::no_data);
    p.kpis.activation.kpis[2].log.push_back({"l-1", day("2025-03-10"), 12});
    std::vector<AlertResult> fired = triggered_alerts(p, day("2025-03-14"), Lang::en);
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].why == "Content open rate is 12%, below the threshold of 20% (2025-03-10)");
}
