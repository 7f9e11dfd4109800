// Edits from the 阶段指标 panel: the defaults filled in with ids that do not
// collide, a logged value, new KPIs, checklist items, remedies and alert
// rules with fresh ids, the date of a remedy's task, joined stage days.
#include <doctest/doctest.h>

#include <algorithm>

#include "edit_helpers.hpp"
#include "core/edits/history.hpp"
#include "core/edits/kpi_edits.hpp"
#include "core/json/validate.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "core/templates/kpi_defaults.hpp"

using namespace core;
using testing::applied;

namespace {

Date day(const char* text) { return *parse_date(text); }

// A plan with the default stages (ids "launch-join"…) and alert rules.
Plan with_defaults() { return applied(Plan{}, default_kpis_edit(Plan{}, Lang::zh)); }

}  // namespace

TEST_CASE("a plan without KPIs, checklist items or alert rules is empty; any one of them makes it not") {
    Plan p;
    CHECK(kpis_empty(p));
    CHECK(stage_empty(p.kpis.referral));
    p.kpis.referral.checklist.push_back({"c", "转发", false});
    CHECK_FALSE(stage_empty(p.kpis.referral));
    CHECK_FALSE(kpis_empty(p));
    CHECK_FALSE(has_kpis(p));   // a checklist item is not a KPI
    p.kpis.retention.kpis.push_back({.id = "k", .name = "沉默"});
    CHECK(has_kpis(p));
    Plan alerts_only;
    alerts_only.kpis.alerts = default_alerts(alerts_only.kpis, Lang::zh);
    CHECK_FALSE(kpis_empty(alerts_only));
}

TEST_CASE("the defaults use the plain ids when free, else the first free d<n>- prefix") {
    CHECK(free_default_prefix(Plan{}, Lang::zh) == "");
    Plan once = with_defaults();
    CHECK(find_kpi(once, "launch-join"));
    CHECK(free_default_prefix(once, Lang::zh) == "d2-");
    // Filling in again over the first defaults gives the d2- ids, and then d3-.
    Plan twice = applied(once, default_stage_edit(once, Stage::launch, Lang::zh));
    CHECK(twice.kpis.launch.kpis.front().id == "d2-launch-join");
    CHECK(free_default_prefix(twice, Lang::zh) == "d3-");
    // One id of the defaults taken anywhere in the plan is enough to move on.
    Plan taken;
    taken.kpis.alerts = {default_alerts(Kpis{}, Lang::en).front()};
    CHECK(free_default_prefix(taken, Lang::en) == "d2-");
}

TEST_CASE("filling in the defaults keeps each stage's days and its goal when it has one") {
    Plan p;
    p.kpis.activation.start_day = 10;
    p.kpis.activation.end_day = 40;
    p.kpis.activation.goal = "我们的目标";
    Plan filled = applied(p, default_kpis_edit(p, Lang::zh));
    const Kpis d = default_kpis(Lang::zh);
    CHECK(filled.kpis.activation.start_day == 10);
    CHECK(filled.kpis.activation.end_day == 40);
    CHECK(filled.kpis.activation.goal == "我们的目标");
    CHECK(filled.kpis.activation.kpis == d.activation.kpis);
    CHECK(filled.kpis.launch.goal == d.launch.goal);   // an empty goal takes the default's
    CHECK(filled.kpis.monetization.checklist == d.monetization.checklist);
    CHECK(filled.kpis.alerts == default_alerts(filled.kpis, Lang::zh));
    CHECK_FALSE(kpis_empty(filled));

    Plan one = applied(p, default_stage_edit(p, Stage::activation, Lang::en));
    CHECK(one.kpis.activation.kpis == default_stage(Stage::activation, Lang::en).kpis);
    CHECK(one.kpis.activation.start_day == 10);
    CHECK(one.kpis.activation.end_day == 40);
    CHECK(one.kpis.activation.goal == "我们的目标");
    CHECK(one.kpis.launch == p.kpis.launch);   // the other stages are untouched
    CHECK(one.kpis.alerts.empty());
}

TEST_CASE("restoring the default alert rules gives them fresh ids, linked to the plan's KPIs") {
    Plan p = with_defaults();
    p.kpis.alerts.clear();
    p.kpis.launch.checklist.push_back({"alert-1", "an id the rules must not take", false});
    Plan restored = applied(p, default_alerts_edit(p, Lang::zh));
    const std::vector<AlertRule> d = default_alerts(p.kpis, Lang::zh);
    REQUIRE(restored.kpis.alerts.size() == d.size());
    CHECK(restored.kpis.alerts[0].id == "alert-2");
    CHECK(restored.kpis.alerts[1].id == "alert-3");
    for (size_t i = 0; i < d.size(); ++i) {
        CHECK(restored.kpis.alerts[i].kind == d[i].kind);
        CHECK(restored.kpis.alerts[i].kpi == d[i].kpi);
    }
}

TEST_CASE("logging a value appends one dated entry with a fresh id to that KPI's log") {
    Plan p = with_defaults();
    const std::string id = p.kpis.activation.kpis.front().id;
    Plan logged = applied(p, log_value_edit(p, Stage::activation, id, day("2025-03-04"), 12.5));
    const Kpi& k = logged.kpis.activation.kpis.front();
    REQUIRE(k.log.size() == 1);
    CHECK(k.log[0].id == "log-1");
    CHECK(k.log[0].date == day("2025-03-04"));
    CHECK(k.log[0].value == 12.5);
    Plan again = applied(logged, log_value_edit(logged, Stage::activation, id, day("2025-03-05"), -3));
    REQUIRE(again.kpis.activation.kpis.front().log.size() == 2);
    CHECK(again.kpis.activation.kpis.front().log[1].id == "log-2");
    CHECK(again.kpis.activation.kpis.front().log[1].value == -3);
}

TEST_CASE("new KPIs, checklist items, remedies and alert rules go at the end with fresh ids") {
    Plan p = with_defaults();
    Plan k = applied(p, add_kpi_edit(p, Stage::retention, Lang::zh));
    CHECK(k.kpis.retention.kpis.size() == p.kpis.retention.kpis.size() + 1);
    CHECK(k.kpis.retention.kpis.back().id == "kpi-1");
    CHECK(k.kpis.retention.kpis.back().name == tr(S::kpi_new_name, Lang::zh));
    CHECK(k.kpis.retention.kpis.back().unit == "%");
    CHECK(applied(k, add_kpi_edit(k, Stage::launch, Lang::en)).kpis.launch.kpis.back().id == "kpi-2");

    Plan c = applied(p, add_check_edit(p, Stage::referral));
    CHECK(c.kpis.referral.checklist.back().id == "check-1");
    CHECK(c.kpis.referral.checklist.back().text.empty());
    CHECK_FALSE(c.kpis.referral.checklist.back().done);

    const std::string kpi = p.kpis.monetization.kpis[1].id;
    Plan r = applied(p, add_remedy_edit(p, Stage::monetization, kpi));
    CHECK(r.kpis.monetization.kpis[1].remedies.size() == p.kpis.monetization.kpis[1].remedies.size() + 1);
    CHECK(r.kpis.monetization.kpis[1].remedies.back().id == "remedy-1");

    Plan a = applied(p, add_alert_edit(p));
    CHECK(a.kpis.alerts.size() == p.kpis.alerts.size() + 1);
    CHECK(a.kpis.alerts.back().id == "alert-1");
    CHECK(a.kpis.alerts.back().kind == AlertKind::custom);
    CHECK(a.kpis.alerts.back().threshold == 0);
}

TEST_CASE("a remedy's task date is the latest publish date of a task made from it") {
    Plan p = with_defaults();
    const Kpi kpi = p.kpis.activation.kpis.front();
    REQUIRE(!kpi.remedies.empty());
    const Remedy& r = kpi.remedies.front();
    CHECK_FALSE(remedy_task_date(p, kpi, r));
    p = applied(p, *remedy_task_edit(p, kpi.id, r.id, day("2025-03-20"), "task-1"));
    p = applied(p, *remedy_task_edit(p, kpi.id, r.id, day("2025-04-02"), "task-2"));
    p = applied(p, *remedy_task_edit(p, kpi.id, r.id, day("2025-03-25"), "task-3"));
    CHECK(remedy_task_date(p, kpi, r) == day("2025-04-02"));
    CHECK(remedy_task_note(kpi, r) == kpi.name + ": " + r.text);
    // Another remedy of the same KPI has no task yet.
    REQUIRE(kpi.remedies.size() > 1);
    CHECK_FALSE(remedy_task_date(p, kpi, kpi.remedies[1]));
}

TEST_CASE("moving a stage's days moves the joined neighbour's boundary with it") {
    Plan p = with_defaults();   // launch 0–7, activation 7–30, monetization 30–90, retention 90+
    Plan later = applied(p, stage_days_edit(p, Stage::activation, 10, 45));
    CHECK(later.kpis.activation.start_day == 10);
    CHECK(later.kpis.activation.end_day == 45);
    CHECK(later.kpis.launch.end_day == 10);           // launch still ends where activation starts
    CHECK(later.kpis.monetization.start_day == 45);   // and monetization starts where it ends
    CHECK(later.kpis.monetization.end_day == 90);
    CHECK(later.kpis.retention.start_day == 90);

    // A neighbour is not turned inside out: launch (0–7) cannot end before it starts.
    Plan p2 = p;
    p2.kpis.launch.start_day = 3;
    Plan early = applied(p2, stage_days_edit(p2, Stage::activation, 2, 30));
    CHECK(early.kpis.launch.end_day == 7);
    // Open-ended, and referral moves alone.
    Plan open = applied(p, stage_days_edit(p, Stage::retention, 95, std::nullopt));
    CHECK(open.kpis.monetization.end_day == 95);
    CHECK_FALSE(open.kpis.retention.end_day);
    Plan ref = applied(p, stage_days_edit(p, Stage::referral, 5, 20));
    CHECK(ref.kpis.referral.start_day == 5);
    CHECK(ref.kpis.launch == p.kpis.launch);
}
