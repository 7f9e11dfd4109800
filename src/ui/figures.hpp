#pragma once
// The figures the panels show that are computed from the whole plan, each
// kept in a Memo (ui/memo.hpp) with the plan serial and the inputs it was
// computed for, so that no frame computes one again unless the plan, the
// day or the range changed (docs/architecture.md, "Derived figures"). The
// dashboard, the KPI section, Today, the review, the content tabs and the
// rhythm's load tab all read them here; a figure two panels show is
// computed once for both.
#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/plan.hpp"
#include "core/rules/alerts.hpp"
#include "core/rules/calendar.hpp"
#include "core/rules/content_mix.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/rules/review.hpp"
#include "core/rules/stages.hpp"
#include "core/text/i18n.hpp"
#include "ui/memo.hpp"

namespace ui {

// What a KPI's card shows besides its fields: its status, its trend and its
// week-on-week change.
struct KpiFigures {
    core::KpiStatus status;
    std::vector<core::TrendPoint> trend;
    core::WeekChange change;
};

struct Figures {
    Memo<core::StageInfo, int> stage;                                   // today
    Memo<std::vector<core::AlertResult>, int, core::Lang> alerts;       // today, language
    Memo<std::array<core::StatusCounts, 5>, int> stage_counts;          // today; one per core::Stage
    Memo<core::Funnel, int> funnel;                                     // today
    Memo<std::unordered_map<std::string, KpiFigures>, int> kpis;        // today; by KPI id
    Memo<core::WeekLoad, int> week_load;                                // a day of the week (the dashboard's)
    Memo<core::WeekLoad, int> shown_week_load;                          // a day of the week (the load tab's)
    Memo<std::vector<core::CalendarItem>, int> day_items;               // a day: the dashboard's today
    Memo<core::ExecutionSummary, int, int> execution;                   // a week's Monday, today
    Memo<core::MixCount, int, int> mix;                                 // from, to
    Memo<std::vector<core::TodayItem>, std::string, int> today_items;   // role, day
    Memo<std::vector<core::TodayItem>, std::string, int> next_items;    // role, the next day
    Memo<std::vector<core::RankedItem>, int, int> ranked;               // from, to
    Memo<std::unordered_map<std::string, core::RankedItem>> ranked_all;   // the whole plan (no input)
    Memo<std::map<std::string, int>> placeholder_uses;                     // name → lines using it
};

// The figures of every KPI of the plan on `today`.
std::unordered_map<std::string, KpiFigures> kpi_figures(const core::Plan& plan, core::Date today);
// Each stage's status counts on `today`, in core::kAllStages order.
std::array<core::StatusCounts, 5> stage_status_counts(const core::Plan& plan, core::Date today);

}  // namespace ui
