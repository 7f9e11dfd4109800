#pragma once
// Edits from the 阶段指标 (stage KPIs) panel: filling in the default stages,
// logging a KPI value, adding KPIs, checklist items and remedies, restoring
// the default alert rules, moving a stage's days. Each returns ONE Edit, so
// a click is one undo step; new elements get ids no element of the plan uses
// (fresh_id), so apply() accepts them.
#include <optional>
#include <string>
#include <string_view>

#include "core/edits/edit.hpp"
#include "core/model/dates.hpp"
#include "core/text/i18n.hpp"

namespace core {

// ---- the defaults --------------------------------------------------------------------
// No KPI and no checklist item in a stage / in any stage, and no alert rule.
bool stage_empty(const StagePlan& stage);
bool kpis_empty(const Plan& plan);
// Some stage has a KPI (checklists and alert rules aside).
bool has_kpis(const Plan& plan);

// The prefix for the default ids ("launch-join"…): "" when none of them is
// taken in the plan, else the first free "d<n>-" (n = 2, 3…), so filling in
// defaults never collides with what is there.
std::string free_default_prefix(const Plan& plan, Lang lang);

// All five default stages and the default alert rules (plan.kpis as a
// whole); each stage keeps the plan's days, and its goal when it has one.
Edit default_kpis_edit(const Plan& plan, Lang lang);
// One stage's defaults, keeping its days, and its goal when it has one.
Edit default_stage_edit(const Plan& plan, Stage stage, Lang lang);
// The default alert rules (kpis.alerts as a whole) with fresh "alert-<n>"
// ids: the defaults' "alert-<kind>" may be taken by something else.
Edit default_alerts_edit(const Plan& plan, Lang lang);

// ---- new elements --------------------------------------------------------------------
// A log entry {fresh "log-<n>" id, date, value} at the end of the KPI's log.
Edit log_value_edit(const Plan& plan, Stage stage, std::string_view kpi_id, Date date, double value);
// A KPI named from the string table (kpi_new_name), unit "%", at the end of the stage.
Edit add_kpi_edit(const Plan& plan, Stage stage, Lang lang);
// An empty checklist item at the end of the stage's checklist.
Edit add_check_edit(const Plan& plan, Stage stage);
// An empty remedy at the end of the KPI's remedies.
Edit add_remedy_edit(const Plan& plan, Stage stage, std::string_view kpi_id);
// A custom alert rule with threshold 0 at the end of kpis.alerts.
Edit add_alert_edit(const Plan& plan);

// ---- remedies ------------------------------------------------------------------------
// The publish date of the latest calendar task made from this remedy
// (remedy_task_edit: a content item whose note is "<KPI name>: <remedy>"), if any.
std::optional<Date> remedy_task_date(const Plan& plan, const Kpi& kpi, const Remedy& remedy);

// ---- stage days ----------------------------------------------------------------------
// Sets a stage's days (end none = open-ended); a main-stage neighbour whose
// boundary touched the moved one moves with it, so launch → activation →
// monetization → retention stay joined. One edit of plan.kpis as a whole.
Edit stage_days_edit(const Plan& plan, Stage stage, int start_day, std::optional<int> end_day);

}  // namespace core
