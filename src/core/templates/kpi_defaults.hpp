#pragma once
// Defaults for the five lifecycle stages: each stage's goal, its
// KPIs (name, unit, direction, example target, remedies), its checklist of
// actions, and the default alert rules — in Chinese or English. Built-in
// templates start from these and edit them.
//
// Ids are stable and start with the caller's prefix (prepended as is, so
// pass e.g. "mb-" or ""): KPIs "<prefix><stage>-<key>" (launch-join,
// activation-open…), their remedies "<kpi id>-r<n>", checklist items
// "<prefix><stage>-c<n>", alert rules "<prefix>alert-<kind>". The same prefix
// and language always give the same ids and text. A prefix must keep ids
// within [A-Za-z0-9_-]{1,64}; up to 32 bytes is always safe.
//
// Each stage has the three KPIs operators watch in it plus one count the funnel
// or the alerts read (Kpi::metric): members (launch), active members
// (activation), buyers (monetization), members silent 30+ days (retention),
// daily shares (referral). Activation's speaking rate and open rate carry the
// speaking and open_rate metrics.
#include <string_view>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

// One stage with its default days (launch 0–7, activation 7–30, monetization
// 30–90, retention 90+, referral from day 0, open-ended).
StagePlan default_stage(Stage stage, Lang lang, std::string_view id_prefix = "");

// The four default alert rules (open rate < 20%, speaking −20% week on week,
// silent members above 20, daily shares below 5), each linked to the KPI of
// its metric in `kpis` when there is one (else "", so evaluation picks the
// first KPI of the metric in the plan).
std::vector<AlertRule> default_alerts(const Kpis& kpis, Lang lang, std::string_view id_prefix = "");

// All five default stages and the default alert rules.
Kpis default_kpis(Lang lang, std::string_view id_prefix = "");

}  // namespace core
