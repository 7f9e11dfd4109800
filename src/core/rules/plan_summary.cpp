#include "core/rules/plan_summary.hpp"

#include "core/rules/alerts.hpp"
#include "core/rules/calendar.hpp"

namespace core {

PlanSummary summarize_plan(const Plan& plan, Date today, Lang lang) {
    PlanSummary s;
    s.group = plan.basics.name;
    s.owner = plan.basics.owner;
    s.city = plan.basics.city;
    s.stage = stage_on(plan, today);
    s.stage.due.clear();   // the checklist is the plan's own screen's business
    for (const AlertResult& a : triggered_alerts(plan, today, lang)) s.alerts.push_back(a.name);
    s.execution_recorded = !plan.execution.empty();
    if (s.execution_recorded) {
        const Date monday = monday_of(today);
        s.week = execution_summary(plan, monday, Date{monday.days + 6}, today);
        s.week.slipped.clear();
    }
    return s;
}

std::string week_execution_text(const PlanSummary& summary, Lang lang) {
    if (!summary.execution_recorded) return {};
    const ExecutionSummary& w = summary.week;
    std::string text =
        fmt(tr(S::overview_week_done, lang), {{"done", std::to_string(w.done())}, {"planned", std::to_string(w.planned)}});
    if (w.missed > 0) text += fmt(tr(S::overview_week_missed, lang), {{"n", std::to_string(w.missed)}});
    return text;
}

}  // namespace core
