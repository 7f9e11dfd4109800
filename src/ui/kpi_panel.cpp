// 阶段指标 (stage KPIs): the stage timeline with today marked, the checklist due
// now and the triggered alerts at the top; then one tab per stage (goal,
// KPIs with their logs, status, trend and remedies, the checklist), the
// alert rules and the funnel.
#include <algorithm>
#include <cstdlib>

#include "core/json/json_fields.hpp"
#include "core/templates/kpi_defaults.hpp"
#include "core/json/validate.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app.hpp"
#include "ui/app_actions.hpp"
#include "ui/kpi_widgets.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;
using json = nlohmann::json;
using Options = std::vector<std::pair<std::string, std::string>>;

namespace {

Path at(Path base, std::initializer_list<const char*> keys) {
    for (const char* k : keys) base.push_back(k);
    return base;
}

// The default stages' ids ("launch-join"…) with a prefix no element of the
// plan uses yet, so filling in defaults never collides with what is there.
std::string free_prefix(const core::Plan& plan, const core::Kpis& defaults) {
    auto collides = [&](const std::string& prefix) {
        for (core::Stage s : core::kAllStages) {
            const core::StagePlan& sp = [&]() -> const core::StagePlan& {
                switch (s) {
                    case core::Stage::launch: return defaults.launch;
                    case core::Stage::activation: return defaults.activation;
                    case core::Stage::monetization: return defaults.monetization;
                    case core::Stage::retention: return defaults.retention;
                    case core::Stage::referral: break;
                }
                return defaults.referral;
            }();
            for (const core::Kpi& k : sp.kpis)
                if (core::plan_has_id(plan, prefix + k.id)) return true;
            for (const core::CheckItem& c : sp.checklist)
                if (core::plan_has_id(plan, prefix + c.id)) return true;
        }
        for (const core::AlertRule& a : defaults.alerts)
            if (core::plan_has_id(plan, prefix + a.id)) return true;
        return false;
    };
    if (!collides("")) return "";
    for (int n = 2;; ++n) {
        std::string prefix = "d" + std::to_string(n) + "-";
        if (!collides(prefix)) return prefix;
    }
}

bool stage_empty(const core::StagePlan& s) { return s.kpis.empty() && s.checklist.empty(); }

bool kpis_empty(const core::Plan& plan) {
    for (core::Stage s : core::kAllStages)
        if (!stage_empty(core::stage_plan(plan, s))) return false;
    return plan.kpis.alerts.empty();
}

// All five default stages and the alert rules, keeping the plan's stage days.
void fill_defaults(const core::Plan& plan, core::Lang L, EditSink& sink) {
    const std::string prefix = free_prefix(plan, core::default_kpis(L));
    core::Kpis k = core::default_kpis(L, prefix);
    core::Plan with = plan;
    for (core::Stage s : core::kAllStages) {
        core::StagePlan& d = core::stage_plan(with, s);
        const core::StagePlan& keep = core::stage_plan(plan, s);
        core::StagePlan filled = [&] {
            switch (s) {
                case core::Stage::launch: return k.launch;
                case core::Stage::activation: return k.activation;
                case core::Stage::monetization: return k.monetization;
                case core::Stage::retention: return k.retention;
                case core::Stage::referral: break;
            }
            return k.referral;
        }();
        filled.start_day = keep.start_day;
        filled.end_day = keep.end_day;
        if (!keep.goal.empty()) filled.goal = keep.goal;
        d = filled;
    }
    with.kpis.alerts = core::default_alerts(with.kpis, L, prefix);
    sink.push(core::set_edit({"kpis"}, core::to_json_value(with.kpis)));
}

void fill_stage_defaults(const core::Plan& plan, core::Stage stage, core::Lang L, EditSink& sink) {
    const std::string prefix = free_prefix(plan, core::default_kpis(L));
    core::StagePlan d = core::default_stage(stage, L, prefix);
    const core::StagePlan& keep = core::stage_plan(plan, stage);
    d.start_day = keep.start_day;
    d.end_day = keep.end_day;
    if (!keep.goal.empty()) d.goal = keep.goal;
    sink.push(core::set_edit({"kpis", core::stage_key(stage)}, core::to_json_value(d)));
}

// ---- one KPI -------------------------------------------------------------------------
std::string remedy_note(const core::Kpi& kpi, const core::Remedy& r) {
    return core::cut_utf8(kpi.name + ": " + r.text, (size_t)core::Limit::paragraph);
}

// The date of a calendar task already made from this remedy, if any.
std::optional<core::Date> remedy_task_date(const core::Plan& plan, const core::Kpi& kpi, const core::Remedy& r) {
    const std::string note = remedy_note(kpi, r);
    std::optional<core::Date> latest;
    for (const core::ContentItem& c : plan.content.items)
        if (c.publish && c.note == note && (!latest || *c.publish > *latest)) latest = c.publish;
    return latest;
}

void draw_log(const core::Plan& plan, const core::Kpi& kpi, const Path& kpi_path, core::Date today, core::Lang L,
              KpiView& view, EditSink& sink) {
    const float fs = ImGui::GetFontSize();
    ImGui::TextDisabled("%s", tr(S::kpi_log_heading, L));
    if (!kpi.log.empty()) {
        // Newest first; at most five rows show, the rest scroll.
        std::vector<const core::LogEntry*> rows;
        for (const auto& e : kpi.log) rows.push_back(&e);
        std::stable_sort(rows.begin(), rows.end(), [](auto* a, auto* b) { return a->date > b->date; });
        const float row_h = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
        const float h = row_h * (float)std::min<size_t>(rows.size(), 5) + 2;
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                                      (rows.size() > 5 ? ImGuiTableFlags_ScrollY : 0);
        if (ImGui::BeginTable(("###log_" + kpi.id).c_str(), 3, flags, ImVec2(0, rows.size() > 5 ? h : 0))) {
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 7);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 6);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
            for (const core::LogEntry* e : rows) {
                const Path p = at(kpi_path, {"log", e->id.c_str()});
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                date_cell("log_date_" + e->id, e->date, at(p, {"date"}), sink);
                ImGui::TableNextColumn();
                double_cell("log_value_" + e->id, e->value, at(p, {"value"}), sink, 5.5f);
                ImGui::TableNextColumn();
                remove_button("log_remove_" + e->id, p, sink);
            }
            ImGui::EndTable();
        }
    } else {
        ImGui::TextWrapped("%s", tr(S::kpi_no_log, L));
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
    const bool click = ImGui::Button((std::string(tr(S::kpi_log_add, L)) + "###kpi_log_add_" + kpi.id).c_str());
    if (enter || click) {
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        const auto d = core::parse_date(date);
        if (value.empty() || *end) view.log_error[kpi.id] = tr(S::kpi_log_bad_value, L);
        else if (!d) view.log_error[kpi.id] = tr(S::kpi_log_bad_date, L);
        else {
            view.log_error.erase(kpi.id);
            sink.push(core::insert_edit(at(kpi_path, {"log"}),
                                        json{{"id", core::fresh_id(plan, "log")}, {"date", core::format_date(*d)}, {"value", v}}));
            value.clear();
        }
    }
    auto err = view.log_error.find(kpi.id);
    if (err != view.log_error.end()) ImGui::TextColored(kWarn, "%s", err->second.c_str());
}

void draw_remedies(const core::Plan& plan, const core::Kpi& kpi, const Path& kpi_path, core::KpiState state,
                   core::Date today, core::Lang L, EditSink& sink) {
    const bool off = state == core::KpiState::off_track;
    const std::string heading =
        core::fmt(tr(S::kpi_remedies_count, L), {{"n", std::to_string(kpi.remedies.size())}});
    if (off) {
        ImGui::TextColored(kWarn, "%s", tr(S::kpi_remedies_off, L));
    } else {
        // Folded while the KPI is not off track, and still editable.
        if (!ImGui::TreeNodeEx((heading + "###remedies_" + kpi.id).c_str(), ImGuiTreeNodeFlags_SpanAvailWidth)) return;
    }
    const float fs = ImGui::GetFontSize();
    if (ImGui::BeginTable(("###remedy_table_" + kpi.id).c_str(), off ? 3 : 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        if (off) ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 5.5f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
        for (const core::Remedy& r : kpi.remedies) {
            const Path p = at(kpi_path, {"remedies", r.id.c_str()});
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text_cell("remedy_text_" + r.id, r.text, at(p, {"text"}), sink);
            const auto done_on = remedy_task_date(plan, kpi, r);
            if (off && done_on)
                ImGui::TextColored(state_color(core::KpiState::on_track), "%s",
                                   core::fmt(tr(S::kpi_remedy_added, L), {{"date", core::format_date(*done_on)}}).c_str());
            if (off) {
                ImGui::TableNextColumn();
                if (ImGui::Button((std::string(tr(S::kpi_remedy_to_task, L)) + "###remedy_task_" + r.id).c_str(),
                                  ImVec2(-FLT_MIN, 0))) {
                    if (auto edit = core::remedy_task_edit(plan, kpi.id, r.id, today, core::fresh_id(plan, "task")))
                        sink.push(*edit);
                }
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", core::fmt(tr(S::kpi_remedy_task_tip, L), {{"date", core::format_date(today)}}).c_str());
            }
            ImGui::TableNextColumn();
            remove_button("remedy_remove_" + r.id, p, sink);
        }
        ImGui::EndTable();
    }
    add_button(tr(S::kpi_add_remedy, L), "add_remedy_" + kpi.id, at(kpi_path, {"remedies"}), sink,
               [&] { return json{{"id", core::fresh_id(plan, "remedy")}}; });
    if (!off) ImGui::TreePop();
}

void draw_kpi(const core::Plan& plan, core::Stage stage, const core::Kpi& kpi, core::Date today, core::Lang L,
              KpiView& view, EditSink& sink) {
    const Path p{"kpis", core::stage_key(stage), "kpis", kpi.id};
    const float fs = ImGui::GetFontSize();
    const core::KpiStatus status = core::kpi_status(kpi, std::nullopt, today);
    ImGui::PushID(kpi.id.c_str());
    ImGui::BeginChild(("###kpi_card_" + kpi.id).c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);

    // Name, unit, target, direction, what it measures.
    if (ImGui::BeginTable("###kpi_fields", 8, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 3.5f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 5);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, enum_column_width<core::Direction>(L, 12));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, enum_column_width<core::Metric>(L, 16));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 1.4f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_cell("kpi_name_" + kpi.id, kpi.name, at(p, {"name"}), sink, tr(S::kpi_name_hint, L));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(S::kpi_unit, L));
        ImGui::TableNextColumn();
        text_cell("kpi_unit_" + kpi.id, kpi.unit, at(p, {"unit"}), sink);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(S::kpi_target_label, L));
        ImGui::TableNextColumn();
        double_cell("kpi_target_" + kpi.id, kpi.target, at(p, {"target"}), sink, 5);
        ImGui::TableNextColumn();
        enum_cell("kpi_direction_" + kpi.id, kpi.direction, at(p, {"direction"}), sink, L);
        ImGui::TableNextColumn();
        enum_cell("kpi_metric_" + kpi.id, kpi.metric, at(p, {"metric"}), sink, L);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::kpi_metric_tip, L));
        ImGui::TableNextColumn();
        remove_button("kpi_remove_" + kpi.id, p, sink);
        ImGui::EndTable();
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
        ImGui::TextDisabled("%s", core::week_change_text(core::week_on_week(kpi, today), L).c_str());
    }
    const float spark_w = fs * 11;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 8, row_right - spark_w));
    sparkline(kpi.id, kpi, status.state, ImVec2(spark_w, ImGui::GetFrameHeight() * 1.3f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", rule.c_str());
    ImGui::PopStyleColor();

    // The log beside the remedies.
    if (ImGui::BeginTable("###kpi_body", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, fs * 20);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        draw_log(plan, kpi, p, today, L, view, sink);
        ImGui::TableNextColumn();
        draw_remedies(plan, kpi, p, status.state, today, L, sink);
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::PopID();
}

// ---- one stage ---------------------------------------------------------------------------
void draw_stage(const core::Plan& plan, core::Stage stage, const core::StageInfo& info, core::Date today, core::Lang L,
                KpiView& view, EditSink& sink) {
    const core::StagePlan& sp = core::stage_plan(plan, stage);
    const char* key = core::stage_key(stage);
    const int index = (int)stage;
    begin_form({tr(S::kpi_goal, L)});
    text_area(tr(S::kpi_goal, L), (std::string("stage_goal_") + key).c_str(), sp.goal, {"kpis", key, "goal"}, sink, 2);
    if (stage == core::Stage::referral) ImGui::TextDisabled("%s", tr(S::stage_referral_alongside, L));
    if (stage_empty(sp)) {
        ImGui::TextDisabled("%s", tr(S::kpi_stage_empty, L));
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr(S::kpi_stage_defaults, L)) + "###stage_defaults_" + key).c_str()))
            fill_stage_defaults(plan, stage, L, sink);
    }

    section_heading(tr(S::kpi_heading_kpis, L));
    for (const core::Kpi& kpi : sp.kpis) draw_kpi(plan, stage, kpi, today, L, view, sink);
    add_button(tr(S::kpi_add, L), std::string("add_kpi_") + key, {"kpis", key, "kpis"}, sink, [&] {
        return json{{"id", core::fresh_id(plan, "kpi")}, {"name", tr(S::kpi_new_name, L)}, {"unit", "%"}};
    });

    section_heading(tr(S::kpi_heading_checklist, L));
    if (!sp.checklist.empty()) checklist_progress(info.progress[index], L, -FLT_MIN);
    if (ImGui::BeginTable((std::string("###checklist_") + key).c_str(), 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.4f);
        for (const core::CheckItem& c : sp.checklist) {
            const Path p{"kpis", key, "checklist", c.id};
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            checkbox_cell("check_done_" + c.id, c.done, at(p, {"done"}), sink);
            ImGui::TableNextColumn();
            text_cell("check_text_" + c.id, c.text, at(p, {"text"}), sink);
            ImGui::TableNextColumn();
            remove_button("check_remove_" + c.id, p, sink);
        }
        ImGui::EndTable();
    }
    add_button(tr(S::kpi_add_check, L), std::string("add_check_") + key, {"kpis", key, "checklist"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "check")}}; });
}

std::string stage_tab_label(const core::Plan& plan, core::Stage stage, const core::StageInfo& info, core::Date today,
                            core::Lang L) {
    std::string label = tr(core::label_of(stage), L);
    if (info.current == stage || (stage == core::Stage::referral && info.referral_active)) label = "● " + label;
    const core::StatusCounts counts = core::status_counts(core::stage_plan(plan, stage), today);
    if (counts.off_track) label += " (" + std::to_string(counts.off_track) + "!)";
    return label + "###kpi_tab_" + core::stage_key(stage);
}

}  // namespace

void draw_kpis_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    KpiView& view = ui.kpi;
    const core::Date today{actions.today_days()};
    const core::StageInfo info = core::stage_on(plan, today);

    stage_banner(info, L);
    stage_timeline(plan, info, L, view, &sink);

    if (kpis_empty(plan)) {
        ImGui::TextWrapped("%s", tr(S::kpi_empty_help, L));
        if (ImGui::Button((std::string(tr(S::kpi_use_defaults, L)) + "###kpi_use_defaults").c_str()))
            fill_defaults(plan, L, sink);
    }

    // Due now, and what the alerts say.
    const auto triggered = core::triggered_alerts(plan, today, L);
    if (ImGui::BeginTable("###kpi_top", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        section_heading(tr(S::stage_due_now, L));
        due_checklist(info, L, sink, "kpi", 4, view.due_all);
        ImGui::TableNextColumn();
        section_heading(core::fmt(tr(S::kpi_heading_triggered, L), {{"n", std::to_string(triggered.size())}}).c_str());
        if (triggered.empty()) ImGui::TextDisabled("%s", tr(S::kpi_no_alerts, L));
        for (const auto& a : triggered) alert_card(a, L);
        ImGui::EndTable();
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
    for (core::Stage stage : core::kAllStages) tabs.push_back(stage_tab_label(plan, stage, info, today, L));
    tabs.push_back(std::string(tr(S::kpi_tab_alerts, L)) + "###kpi_tab_alerts");
    tabs.push_back(std::string(tr(S::funnel_title, L)) + "###kpi_tab_funnel");
    tab_row(tabs, view.tab);
    if (view.tab >= 0 && view.tab < 5) {
        draw_stage(plan, core::kAllStages[(size_t)view.tab], info, today, L, view, sink);
    } else if (view.tab == 5) {
        draw_alert_rules(plan, today, L, sink);
    } else {
        help_text(tr(S::kpi_funnel_help, L));
        funnel_chart(plan, today, L);
    }
}

}  // namespace ui
