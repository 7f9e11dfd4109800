#pragma once
// One plan in a line, for the library's overview of all groups
// (library/overview.hpp): who runs the group and where, its day and stage,
// the alerts firing, and this week's execution. Every figure comes from the
// rule that shows it elsewhere (stage_on, triggered_alerts,
// execution_summary), so the overview and the plan's own screens cannot
// disagree.
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/stages.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct PlanSummary {
    std::string group;                 // basics.name, as typed
    std::string owner;                 // basics.owner
    std::string city;                  // basics.city
    StageInfo stage;                   // stage_on(plan, today), without the checklist due now
    std::vector<std::string> alerts;   // the triggered alerts' names, in the plan's order
    // The plan has marks at all: a team that never marks in Today shows no
    // week (it would read as having missed everything).
    bool execution_recorded = false;
    ExecutionSummary week;             // Monday–Sunday around today, without the slipped lines
    bool operator==(const PlanSummary&) const = default;
};

// lang: the language of the alerts' names (a rule without a name is called by its kind).
PlanSummary summarize_plan(const Plan& plan, Date today, Lang lang);

// The week's figure as the overview shows it: "12 / 20" (sent or sent late
// / planned), with "，漏发 2" when lines were missed; "" when no execution is
// recorded.
std::string week_execution_text(const PlanSummary& summary, Lang lang);

}  // namespace core
