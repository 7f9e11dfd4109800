#pragma once
// Pieces shared by the KPI section and the dashboard: the stage
// timeline, status badges and colours, the KPI sparkline, the checklist due
// now, alert cards and the members → active → buyers funnel. All drawn from
// the plan and derived values; edits go to the sink.
#include <string>
#include <vector>

#include "core/rules/alerts.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "imgui.h"
#include "ui/edit_sink.hpp"
#include "ui/theme.hpp"

namespace ui {

struct KpiView;

ImVec4 state_color(core::KpiState state);
ImVec4 alert_color(core::AlertState state);
// The colour with another alpha, packed for a draw list.
inline ImU32 with_alpha(ImVec4 c, float alpha) { return ImGui::GetColorU32(palette::with_alpha(c, alpha)); }

// A small coloured label ("未达标"); hovering shows `tooltip` when not empty.
void state_badge(const char* text, ImVec4 color, const std::string& tooltip = {});

// The KPI's log over time: a line through the logged values, the target as
// a dashed line, the last point coloured by status. Hover for the values.
void sparkline(const std::string& id, const core::Kpi& kpi, const std::vector<core::TrendPoint>& points,
               core::KpiState state, ImVec2 size);

// "第 40 天 · 变现期" and what follows from it (days left, referral).
void stage_banner(const core::StageInfo& info, core::Lang L, bool after_item = false);

// The four main stages side by side (equal widths, so the 7-day launch stays
// readable next to 60 days of monetization) with today marked, the referral
// stage as a long-term band under them. With a sink, each stage's days are
// editable under its bar (moving a boundary keeps adjacent stages joined);
// without one they are shown as text. Clicking a bar sets view.select_stage.
void stage_timeline(const core::Plan& plan, const core::StageInfo& info, core::Lang L, KpiView& view,
                    EditSink* sink);

// The unchecked items of the current stage (and of referral while it runs),
// ticked off in place; the first max_rows, then a toggle for the rest.
// id_prefix keeps ids apart per screen.
void due_checklist(const core::StageInfo& info, core::Lang L, EditSink& sink, const char* id_prefix, int max_rows,
                   bool& show_all);

// One alert: its name and state, why, since when and what to do.
void alert_card(const core::AlertResult& alert, core::Lang L);

// Members → active → buyers as three bars narrowing down, with the rates.
void funnel_chart(const core::Funnel& funnel, core::Lang L);

// A row of tabs as buttons (the selected one filled); sets `selected` on a
// click. Labels carry their ids ("激活期###kpi_tab_activation").
void tab_row(const std::vector<std::string>& labels, int& selected);

// A progress bar "3 of 6 done" for a stage's checklist.
void checklist_progress(const core::StageProgress& progress, core::Lang L, float width);

// The KPI section's alert-rule editor (kpi_alerts_panel.cpp): each rule with
// its threshold, the KPI it watches, what to do, and how it stands today.
void draw_alert_rules(const core::Plan& plan, core::Date today, core::Lang L, EditSink& sink);

// Many values at once (kpi_entry.cpp): the fast entry form of one stage's
// KPIs, and the import of a statistics table. Each draws its dialog while
// its view says it is open.
class AppActions;
void draw_kpi_entry_dialog(const core::Plan& plan, core::Date today, core::Lang L, KpiView& view, AppActions& actions,
                           EditSink& sink);
void draw_kpi_import_dialog(const core::Plan& plan, core::Date today, core::Lang L, KpiView& view, AppActions& actions,
                            EditSink& sink);

}  // namespace ui
