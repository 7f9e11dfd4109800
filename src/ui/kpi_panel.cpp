// 阶段指标 (stage KPIs): the stage timeline with today marked, the checklist due
// now and the triggered alerts at the top; then one tab per stage (goal,
// KPIs with their logs, status, trend and remedies, the checklist), the
// alert rules and the funnel.
#include <algorithm>
#include <cstdlib>

#include "core/edits/kpi_edits.hpp"
#include "core/json/validate.hpp"
#include "core/model/stable_sort.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app_actions.hpp"
#include "ui/kpi_widgets.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;
using Options = std::vector<std::pair<std::string, std::string>>;

namespace {

// ---- one KPI -------------------------------------------------------------------------
void draw_log(const core::Plan& plan, core::Stage stage, const core::Kpi& kpi, const Path& kpi_path, core::Date today,
              core::Lang L, KpiView& view, EditSink& sink) {
    const float fs = ImGui::GetFontSize();
    ImGui::TextDisabled("%s", tr(S::kpi_log_heading, L));
    if (!kpi.log.empty()) {
        // Newest first; at most five rows show, the rest scroll.
        std::vector<const core::LogEntry*> rows;
        for (const auto& e : kpi.log) rows.push_back(&e);
        core::stable_sort(rows, [](auto* a, auto* b) { return a->date > b->date; });
        const float row_h = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
        const float h = row_h * (float)std::min<size_t>(rows.size(), 5) + 2;
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                                      (rows.size() > 5 ? ImGuiTableFlags_ScrollY : 0);
        if (begin_table(("###log_" + kpi.id).c_str(), 3, flags, ImVec2(0, rows.size() > 5 ? h : 0))) {
            table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 7);
            table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 6);
            table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
            for (const core::LogEntry* e : rows) {
                const Path p = sub_path(kpi_path, {"log", e->id});
                table_row();
                table_cell();
                date_cell("log_date_" + e->id, e->date, sub_path(p, "date"), sink);
                table_cell();
                double_cell("log_value_" + e->id, e->value, sub_path(p, "value"), sink, 5.5f);
                table_cell();
                remove_button("log_remove_" + e->id, p, sink);
            }
            end_table();
        }
    } else {
        wrapped_text(tr(S::kpi_no_log, L));
    }
    // The "log a value" row: a date (today unless changed) and a number.
    std::string& date = view.log_date[kpi.id];
    if (date.empty()) date = core::format_date(today);
    std::string& value = view.log_value[kpi.id];
    ImGui::SetNextItemWidth(fs * 7);
    ImGui::InputTextWithHint(("##kpi_log_new_date_" + kpi.id).c_str(), "YYYY-MM-DD", &date);
    ImGui::SameLine(0, 6);
    ImGui::SetNextItemWidth(fs * 5.5f);
    const bool enter = ImGui::InputTextWithHint(("##kpi_log_new_value_" + kpi.id).c_str(), tr(S::kpi_log_value_hint, L),
                                                &value, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsScientific);
    ImGui::SameLine(0, 6);
    const bool click = ImGui::Button(labelled(S::kpi_log_add, L, "kpi_log_add_" + kpi.id).c_str());
    if (enter || click) {
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        const auto d = core::parse_date(date);
        if (value.empty() || *end) view.log_error[kpi.id] = tr(S::kpi_log_bad_value, L);
        else if (!d) view.log_error[kpi.id] = tr(S::kpi_log_bad_date, L);
        else {
            view.log_error.erase(kpi.id);
            sink.push(core::log_value_edit(plan, stage, kpi.id, *d, v));
            value.clear();
        }
    }
    auto err = view.log_error.find(kpi.id);
    if (err != view.log_error.end()) ImGui::TextColored(palette::warning, "%s", err->second.c_str());
}

void draw_remedies(const core::Plan& plan, core::Stage stage, const core::Kpi& kpi, const Path& kpi_path, core::KpiState state,
                   core::Date today, core::Lang L, EditSink& sink) {
    const bool off = state == core::KpiState::off_track;
    const std::string heading =
        core::fmt(tr(S::kpi_remedies_count, L), {{"n", std::to_string(kpi.remedies.size())}});
    if (off) {
        ImGui::TextColored(palette::warning, "%s", tr(S::kpi_remedies_off, L));
    } else {
        // Folded while the KPI is not off track, and still editable.
        if (!ImGui::TreeNodeEx(labelled(heading, "remedies_" + kpi.id).c_str(), tree_flags(ImGuiTreeNodeFlags_SpanAvailWidth))) return;
    }
    const float fs = ImGui::GetFontSize();
    if (begin_table(("###remedy_table_" + kpi.id).c_str(), off ? 3 : 2, ImGuiTableFlags_SizingStretchProp)) {
        table_column("", ImGuiTableColumnFlags_WidthStretch);
        if (off) table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 5.5f);
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
        for (const core::Remedy& r : kpi.remedies) {
            const Path p = sub_path(kpi_path, {"remedies", r.id});
            table_row();
            table_cell();
            text_cell("remedy_text_" + r.id, r.text, sub_path(p, "text"), sink);
            const auto done_on = core::remedy_task_date(plan, kpi, r);
            if (off && done_on)
                ImGui::TextColored(state_color(core::KpiState::on_track), "%s",
                                   core::fmt(tr(S::kpi_remedy_added, L), {{"date", core::format_date(*done_on)}}).c_str());
            if (off) {
                table_cell();
                if (ImGui::Button(labelled(S::kpi_remedy_to_task, L, "remedy_task_" + r.id).c_str(),
                                  ImVec2(-FLT_MIN, 0))) {
                    if (auto edit = core::remedy_task_edit(plan, kpi.id, r.id, today, core::fresh_id(plan, "task")))
                        sink.push(*edit);
                }
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", core::fmt(tr(S::kpi_remedy_task_tip, L), {{"date", core::format_date(today)}}).c_str());
            }
            table_cell();
            remove_button("remedy_remove_" + r.id, p, sink);
        }
        end_table();
    }
    edit_button(tr(S::kpi_add_remedy, L), "add_remedy_" + kpi.id, sink,
                [&] { return core::add_remedy_edit(plan, stage, kpi.id); });
    if (!off) ImGui::TreePop();
}

void draw_kpi(const core::Plan& plan, core::Stage stage, const core::Kpi& kpi, const KpiFigures& figures,
              core::Date today, core::Lang L, KpiView& view, EditSink& sink) {
    const Path p{"kpis", core::stage_key(stage), "kpis", kpi.id};
    const float fs = ImGui::GetFontSize();
    const core::KpiStatus& status = figures.status;
    ImGui::PushID(kpi.id.c_str());
    ImGui::BeginChild(("###kpi_card_" + kpi.id).c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);

    // Name, unit, target, direction, what it measures.
    if (begin_table("###kpi_fields", 8, ImGuiTableFlags_SizingFixedFit)) {
        table_column("", ImGuiTableColumnFlags_WidthStretch);
        table_column("", ImGuiTableColumnFlags_WidthFixed);
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 3.5f);
        table_column("", ImGuiTableColumnFlags_WidthFixed);
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 5);
        table_column("", ImGuiTableColumnFlags_WidthFixed, enum_column_width<core::Direction>(L, 12));
        table_column("", ImGuiTableColumnFlags_WidthFixed, enum_column_width<core::Metric>(L, 16));
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
        table_row();
        table_cell();
        text_cell("kpi_name_" + kpi.id, kpi.name, sub_path(p, "name"), sink, tr(S::kpi_name_hint, L));
        table_cell();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(S::kpi_unit, L));
        table_cell();
        text_cell("kpi_unit_" + kpi.id, kpi.unit, sub_path(p, "unit"), sink);
        table_cell();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(S::kpi_target_label, L));
        table_cell();
        double_cell("kpi_target_" + kpi.id, kpi.target, sub_path(p, "target"), sink, 5);
        table_cell();
        enum_cell("kpi_direction_" + kpi.id, kpi.direction, sub_path(p, "direction"), sink, L);
        table_cell();
        enum_cell("kpi_metric_" + kpi.id, kpi.metric, sub_path(p, "metric"), sink, L);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::kpi_metric_tip, L));
        table_cell();
        remove_button("kpi_remove_" + kpi.id, p, sink);
        end_table();
    }

    // Status, latest value, week on week, trend.
    const float row_right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const std::string rule = core::status_rule_text(kpi, L);
    state_badge(tr(core::label_of(status.state), L), state_color(status.state), rule);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (status.latest)
        ImGui::TextUnformatted(core::fmt(tr(S::kpi_latest, L), {{"value", core::with_unit(status.latest->value, kpi.unit)},
                                                               {"date", core::format_date(status.latest->date)}}).c_str());
    else
        ImGui::TextDisabled("%s", tr(S::kpi_state_no_data, L));
    ImGui::SameLine(0, 14);
    ImGui::TextDisabled("%s", core::fmt(tr(S::kpi_target, L), {{"value", core::with_unit(kpi.target, kpi.unit)}}).c_str());
    if (!kpi.log.empty()) {
        ImGui::SameLine(0, 14);
        ImGui::TextDisabled("%s", core::week_change_text(figures.change, L).c_str());
    }
    const float spark_w = fs * 11;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 8, row_right - spark_w));
    sparkline(kpi.id, kpi, figures.trend, status.state, ImVec2(spark_w, ImGui::GetFrameHeight() * 1.3f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(rule);
    ImGui::PopStyleColor();

    // The log beside the remedies.
    if (begin_table("###kpi_body", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 20);
        table_column("", ImGuiTableColumnFlags_WidthStretch);
        table_row();
        table_cell();
        draw_log(plan, stage, kpi, p, today, L, view, sink);
        table_cell();
        draw_remedies(plan, stage, kpi, p, status.state, today, L, sink);
        end_table();
    }
    ImGui::EndChild();
    ImGui::PopID();
}

// ---- one stage ---------------------------------------------------------------------------
void draw_stage(const core::Plan& plan, core::Stage stage, const core::StageInfo& info,
                const std::unordered_map<std::string, KpiFigures>& figures, core::Date today, core::Lang L,
                KpiView& view, EditSink& sink) {
    const core::StagePlan& sp = core::stage_plan(plan, stage);
    const char* key = core::stage_key(stage);
    const int index = (int)stage;
    begin_form({tr(S::kpi_goal, L)});
    text_area(tr(S::kpi_goal, L), (std::string("stage_goal_") + key).c_str(), sp.goal, {"kpis", key, "goal"}, sink, 2);
    if (stage == core::Stage::referral) ImGui::TextDisabled("%s", tr(S::stage_referral_alongside, L));
    if (core::stage_empty(sp)) {
        ImGui::TextDisabled("%s", tr(S::kpi_stage_empty, L));
        ImGui::SameLine();
        if (ImGui::Button(labelled(S::kpi_stage_defaults, L, std::string("stage_defaults_") + key).c_str()))
            sink.push(core::default_stage_edit(plan, stage, L));
    }

    section_heading(tr(S::kpi_heading_kpis, L));
    for (const core::Kpi& kpi : sp.kpis) {
        const auto it = figures.find(kpi.id);   // always there: computed for this plan
        draw_kpi(plan, stage, kpi, it != figures.end() ? it->second : kpi_figures(plan, today).at(kpi.id), today, L, view, sink);
    }
    edit_button(tr(S::kpi_add, L), std::string("add_kpi_") + key, sink, [&] { return core::add_kpi_edit(plan, stage, L); });

    section_heading(tr(S::kpi_heading_checklist, L));
    if (!sp.checklist.empty()) checklist_progress(info.progress[index], L, -FLT_MIN);
    if (begin_table((std::string("###checklist_") + key).c_str(), 3, ImGuiTableFlags_SizingStretchProp)) {
        table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        table_column("", ImGuiTableColumnFlags_WidthStretch);
        table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.4f);
        for (const core::CheckItem& c : sp.checklist) {
            const Path p{"kpis", key, "checklist", c.id};
            table_row();
            table_cell();
            checkbox_cell("check_done_" + c.id, c.done, sub_path(p, "done"), sink);
            table_cell();
            text_cell("check_text_" + c.id, c.text, sub_path(p, "text"), sink);
            table_cell();
            remove_button("check_remove_" + c.id, p, sink);
        }
        end_table();
    }
    edit_button(tr(S::kpi_add_check, L), std::string("add_check_") + key, sink,
                [&] { return core::add_check_edit(plan, stage); });
}

std::string stage_tab_label(core::Stage stage, const core::StageInfo& info, const core::StatusCounts& counts,
                            core::Lang L) {
    std::string label = tr(core::label_of(stage), L);
    if (info.current == stage || (stage == core::Stage::referral && info.referral_active)) label = "● " + label;
    if (counts.off_track) label += " (" + std::to_string(counts.off_track) + "!)";
    return labelled(label, std::string("kpi_tab_") + core::stage_key(stage));
}

}  // namespace

void draw_kpis_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    KpiView& view = ui.kpi;
    const core::Date today{actions.today_days()};
    const unsigned serial = actions.plan_serial();
    Figures& f = ui.figures;
    const core::StageInfo& info = f.stage.get(serial, {today.days}, [&] { return core::stage_on(plan, today); });

    stage_banner(info, L);
    // Many values at once: the current stage's form, or WeCom's statistics.
    if (core::has_kpis(plan)) {
        if (ImGui::Button(labelled(S::entry_open, L, "kpi_entry_open").c_str())) {
            view.entry = KpiEntryView{};
            view.entry.open = true;
            view.entry.focus_first = 3;
            view.entry.stage = info.current ? (int)*info.current : view.tab < 5 ? view.tab : 0;
        }
        const std::string import = labelled(S::import_open, L, "kpi_import_open");
        wrap_before(button_width(import.c_str()));
        if (ImGui::Button(import.c_str())) view.import.open = true;
    }
    draw_kpi_entry_dialog(plan, today, L, view, actions, sink);
    draw_kpi_import_dialog(plan, today, L, view, actions, sink);
    stage_timeline(plan, info, L, view, &sink);

    if (core::kpis_empty(plan)) {
        wrapped_text(tr(S::kpi_empty_help, L));
        if (ImGui::Button(labelled(S::kpi_use_defaults, L, "kpi_use_defaults").c_str()))
            sink.push(core::default_kpis_edit(plan, L));
    }

    // Due now, and what the alerts say.
    const auto& triggered = f.alerts.get(serial, {today.days, L}, [&] { return core::triggered_alerts(plan, today, L); });
    if (begin_table("###kpi_top", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
        table_row();
        table_cell();
        section_heading(tr(S::stage_due_now, L));
        due_checklist(info, L, sink, "kpi", 4, view.due_all);
        table_cell();
        section_heading(core::fmt(tr(S::kpi_heading_triggered, L), {{"n", std::to_string(triggered.size())}}).c_str());
        if (triggered.empty()) ImGui::TextDisabled("%s", tr(S::kpi_no_alerts, L));
        for (const auto& a : triggered) alert_card(a, L);
        end_table();
    }

    // The tab to show: the current stage when a plan is first shown, or the
    // stage clicked on the timeline or the dashboard.
    if (view.tabs_for != actions.open_id()) {
        view.tabs_for = actions.open_id();
        view.tab = info.current ? (int)*info.current : 0;
    }
    if (view.select_stage >= 0) view.tab = view.select_stage;
    view.select_stage = -1;
    ImGui::Spacing();
    std::vector<std::string> tabs;
    const auto& counts = f.stage_counts.get(serial, {today.days}, [&] { return stage_status_counts(plan, today); });
    for (core::Stage stage : core::kAllStages) tabs.push_back(stage_tab_label(stage, info, counts[(size_t)stage], L));
    tabs.push_back(labelled(S::kpi_tab_alerts, L, "kpi_tab_alerts"));
    tabs.push_back(labelled(S::funnel_title, L, "kpi_tab_funnel"));
    tab_row(tabs, view.tab);
    if (view.tab >= 0 && view.tab < 5) {
        const auto& kpis = f.kpis.get(serial, {today.days}, [&] { return kpi_figures(plan, today); });
        draw_stage(plan, core::kAllStages[(size_t)view.tab], info, kpis, today, L, view, sink);
    } else if (view.tab == 5) {
        draw_alert_rules(plan, today, L, sink);
    } else {
        help_text(tr(S::kpi_funnel_help, L));
        funnel_chart(f.funnel.get(serial, {today.days}, [&] { return core::funnel_of(plan, today); }), L);
    }
}

}  // namespace ui
