// The alert rules on the KPI logs (open rate below 20%, speaking down 20%+ week
// on week, members silent 30+ days, daily shares below a floor, custom
// rules): thresholds, enabled, the KPI watched, what to do, and each rule's
// state today with why and since when.
#include "core/edits/kpi_edits.hpp"
#include "imgui.h"
#include "ui/kpi_widgets.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

std::vector<std::pair<std::string, std::string>> kpi_options(const core::Plan& plan, core::Lang L) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const core::KpiRef& r : core::all_kpis(plan)) {
        std::string name = r.kpi->name.empty() ? r.kpi->id : r.kpi->name;
        out.emplace_back(r.kpi->id, std::string(tr(core::label_of(r.stage), L)) + " · " + name);
    }
    return out;
}

void draw_rule(const core::Plan& plan, const core::AlertRule& rule, const core::AlertResult& result, core::Lang L,
               EditSink& sink) {
    const Path p{"kpis", "alerts", rule.id};
    const float fs = ImGui::GetFontSize();
    ImGui::PushID(rule.id.c_str());
    ImGui::BeginChild(("###alert_card_" + rule.id).c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    if (begin_table("###alert_head", 4, ImGuiTableFlags_SizingFixedFit)) {
        table_column("", ImGuiTableColumnFlags_WidthFixed);
        table_column("", ImGuiTableColumnFlags_WidthStretch);
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 11);
        table_column("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
        table_row();
        table_cell();
        bool on = rule.enabled;
        if (ImGui::Checkbox((std::string(tr(S::alert_enabled, L)) + "##alert_enabled_" + rule.id).c_str(), &on))
            sink.push(core::set_edit(sub_path(p, "enabled"), on));
        table_cell();
        text_cell("alert_name_" + rule.id, rule.name, sub_path(p, "name"), sink, tr(core::label_of(rule.kind), L));
        table_cell();
        enum_cell("alert_kind_" + rule.id, rule.kind, sub_path(p, "kind"), sink, L);
        table_cell();
        remove_button("alert_remove_" + rule.id, p, sink);
        end_table();
    }
    begin_form({tr(S::alert_threshold, L), tr(S::alert_watches, L), tr(S::alert_action_label, L)});
    form_label(tr(S::alert_threshold, L));
    double_cell("alert_threshold_" + rule.id, rule.threshold, sub_path(p, "threshold"), sink, 5);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(core::threshold_help(rule.kind), L));
    form_label(tr(S::alert_watches, L));
    const core::Metric metric = core::metric_of(rule.kind);
    const std::string automatic = metric == core::Metric::none
                                      ? std::string(tr(S::alert_pick_kpi, L))
                                      : core::fmt(tr(S::alert_auto_kpi, L), {{"metric", tr(core::label_of(metric), L)}});
    ref_cell("alert_kpi_" + rule.id, rule.kpi, kpi_options(plan, L), automatic.c_str(), sub_path(p, "kpi"), sink);
    form_label(tr(S::alert_action_label, L));
    text_cell("alert_action_" + rule.id, rule.action, sub_path(p, "action"), sink, tr(core::default_action(rule.kind), L));
    ImGui::Spacing();
    alert_card(result, L);
    ImGui::EndChild();
    ImGui::PopID();
}

}  // namespace

void draw_alert_rules(const core::Plan& plan, core::Date today, core::Lang L, EditSink& sink) {
    help_text(tr(S::kpi_alerts_help, L));
    const auto results = core::evaluate_alerts(plan, today, L);
    for (size_t i = 0; i < plan.kpis.alerts.size() && i < results.size(); ++i)
        draw_rule(plan, plan.kpis.alerts[i], results[i], L, sink);
    edit_button(tr(S::alert_add, L), "add_alert", sink, [&] { return core::add_alert_edit(plan); });
    if (plan.kpis.alerts.empty()) {
        ImGui::SameLine();
        edit_button(tr(S::alert_restore_defaults, L), "alert_defaults", sink,
                    [&] { return core::default_alerts_edit(plan, L); });
    }
}

}  // namespace ui
