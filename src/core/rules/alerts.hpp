#pragma once
// Alert rules evaluated on the KPI logs. A triggered alert says why
// (the numbers), since when (the first day of the current breach) and what to
// do (the rule's action, or the default action of its kind).
//
// Which log a rule reads: the KPI it links (rule.kpi), or when that is "",
// the first KPI (stage order) whose metric matches the kind: open rate,
// speaking, silent members, shares. A custom rule needs a linked KPI.
// Entries dated after today are ignored.
//
// When a rule fires (threshold = rule.threshold):
//   open_rate_low   latest value < threshold                 (20 = 20%; exactly 20% does not fire)
//   speaking_drop   this week's mean vs the week before's (kpi_status.hpp,
//                   week_on_week) fell by threshold % or more (−20% fires);
//                   a week before of 0 cannot drop, so it does not fire
//   silent_members  latest count > threshold                 (a floor; equal does not fire)
//   shares_low      latest daily value < threshold
//   custom          latest value worse than threshold by the KPI's direction
// Since: for the level rules, the date of the earliest entry of the unbroken
// run of breaching entries that ends at the latest one; for speaking_drop,
// the earliest day of the unbroken run of days (ending today) on which the
// week-on-week comparison showed the drop.
#include <optional>
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

enum class AlertState {
    triggered,
    clear,       // evaluated, not firing
    no_data,     // no entry on or before today (speaking_drop: none in one of the two weeks)
    no_metric,   // no KPI to watch: link one, or add a KPI of the metric
    disabled,
};

struct AlertResult {
    std::string rule_id;
    AlertKind kind = AlertKind::custom;
    AlertState state = AlertState::no_metric;
    std::string name;                        // the rule's name, or its kind's label when empty
    std::string kpi_id;                      // the KPI watched, "" when none
    std::optional<Date> as_of;               // the date of the value judged (today for speaking_drop)
    std::optional<Date> since;               // triggered only
    std::optional<double> value;             // latest value, or this week's mean
    std::optional<double> previous;          // speaking_drop: the week before's mean
    std::optional<double> change_percent;    // speaking_drop
    double threshold = 0;
    std::string why;                         // the numbers in words, for every state
    std::string action;                      // what to do
    bool operator==(const AlertResult&) const = default;
};

S label_of(AlertKind kind);
S label_of(AlertState state);
// The defaults, used by kpi_defaults and shown as hints in the rule editor.
double default_threshold(AlertKind kind);
S default_action(AlertKind kind);
// What the threshold means for this kind, for the rule editor.
S threshold_help(AlertKind kind);
Metric metric_of(AlertKind kind);   // custom → Metric::none

// The KPI a rule watches (see above), or nullptr.
const Kpi* alert_kpi(const Plan& plan, const AlertRule& rule);

AlertResult evaluate_alert(const Plan& plan, const AlertRule& rule, Date today, Lang lang);
// One result per rule, in the plan's order.
std::vector<AlertResult> evaluate_alerts(const Plan& plan, Date today, Lang lang);
// Only the triggered ones.
std::vector<AlertResult> triggered_alerts(const Plan& plan, Date today, Lang lang);

}  // namespace core
