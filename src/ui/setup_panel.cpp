// 搭建五步: the five-step checklist with progress, the 1+3 team, group rules
// and the generated announcement, the starter kit of scripts, visual
// guidelines and the pilot group (搭建五步法).
#include "core/rules/sop_rules.hpp"
#include "core/json/validate.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;
using json = nlohmann::json;

namespace {


void draw_steps(const core::Setup& s, core::Lang L, EditSink& sink) {
    const std::pair<const char*, bool> steps[] = {
        {"positioning_done", s.positioning_done}, {"structure_done", s.structure_done},
        {"rules_done", s.rules_done}, {"content_done", s.content_done}, {"pilot_done", s.pilot_done}};
    const S labels[] = {S::setup_step_positioning, S::setup_step_structure, S::setup_step_rules,
                        S::setup_step_content, S::setup_step_pilot};
    int done = 0;
    for (int i = 0; i < 5; ++i) {
        done += steps[i].second;
        checkbox_field(tr(labels[i], L), steps[i].first, steps[i].second, {"setup", steps[i].first}, sink);
        if (i < 4) ImGui::SameLine(0, 18);
    }
    const std::string overlay = core::fmt(tr(S::setup_progress, L), {{"done", std::to_string(done)}});
    ImGui::ProgressBar(done / 5.0f, ImVec2(-FLT_MIN, 0), overlay.c_str());
}

void draw_roles(const core::Plan& plan, core::Lang L, EditSink& sink) {
    section_heading(tr(S::setup_heading_roles, L));
    help_text(tr(S::setup_roles_help, L));
    if (ImGui::BeginTable("###roles", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(S::setup_col_role, L), ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn(tr(S::setup_col_name, L), ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn(tr(S::setup_col_duties, L), ImGuiTableColumnFlags_WidthStretch, 5);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
        ImGui::TableHeadersRow();
        for (const core::Role& r : plan.setup.roles) {
            const Path p{"setup", "roles", r.id};
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            enum_cell("role_kind_" + r.id, r.kind, {"setup", "roles", r.id, "kind"}, sink, L);
            ImGui::TableNextColumn();
            text_cell("role_name_" + r.id, r.name, {"setup", "roles", r.id, "name"}, sink);
            ImGui::TableNextColumn();
            text_cell("role_duties_" + r.id, r.duties, {"setup", "roles", r.id, "duties"}, sink);
            ImGui::TableNextColumn();
            remove_button("role_remove_" + r.id, p, sink);
        }
        ImGui::EndTable();
    }
    add_button(tr(S::setup_add_role, L), "add_role", {"setup", "roles"}, sink, [&] { return json{{"id", core::fresh_id(plan, "role")}, {"kind", "custom"}}; });
}

void draw_rules(const core::Plan& plan, core::Lang L, AppActions& actions, EditSink& sink) {
    section_heading(tr(S::setup_heading_rules, L));
    for (core::RuleKind kind : {core::RuleKind::dont, core::RuleKind::must}) {
        ImGui::TextUnformatted(tr(kind == core::RuleKind::dont ? S::setup_donts : S::setup_musts, L));
        ImGui::Indent();
        const std::string table = kind == core::RuleKind::dont ? "###donts" : "###musts";
        if (ImGui::BeginTable(table.c_str(), 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
            for (const core::Rule& r : plan.setup.rules) {
                if (r.kind != kind) continue;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                text_cell("rule_text_" + r.id, r.text, {"setup", "rules", r.id, "text"}, sink);
                ImGui::TableNextColumn();
                remove_button("rule_remove_" + r.id, {"setup", "rules", r.id}, sink);
            }
            ImGui::EndTable();
        }
        const bool dont = kind == core::RuleKind::dont;
        add_button(tr(dont ? S::setup_add_dont : S::setup_add_must, L), dont ? "add_dont" : "add_must", {"setup", "rules"}, sink, [&] { return json{{"id", core::fresh_id(plan, "rule")}, {"kind", dont ? "dont" : "must"}}; });
        ImGui::Unindent();
    }
    begin_form({tr(S::setup_announcement_intro, L), tr(S::setup_announcement, L)});
    text_area(tr(S::setup_announcement_intro, L), "announcement_intro", plan.setup.announcement_intro,
              {"setup", "announcement_intro"}, sink, 2);
    form_label(tr(S::setup_announcement, L));
    const std::string announcement = core::group_announcement(plan, L);
    if (ImGui::SmallButton(labelled(S::basics_copy, L, "copy_announcement").c_str()))
        actions.copy_text(announcement);
    ImGui::BeginChild("###announcement", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    wrapped_text(announcement);
    ImGui::EndChild();
}

void draw_scripts(const core::Plan& plan, core::Lang L, AppActions& actions, EditSink& sink) {
    section_heading(tr(S::setup_heading_scripts, L));
    help_text(tr(S::setup_scripts_help, L));
    for (const core::Script& s : plan.setup.scripts) {
        ImGui::PushID(s.id.c_str());
        ImGui::Spacing();
        enum_cell("script_kind_" + s.id, s.kind, {"setup", "scripts", s.id, "kind"}, sink, L, 9);
        ImGui::SameLine();
        const float title_w = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 6;
        ImGui::BeginChild("###t", ImVec2(title_w, ImGui::GetFrameHeight()), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
        text_cell("script_title_" + s.id, s.title, {"setup", "scripts", s.id, "title"}, sink, tr(S::setup_script_title_hint, L));
        ImGui::EndChild();
        ImGui::SameLine();
        if (ImGui::SmallButton(labelled(S::basics_copy, L, "copy_script_" + s.id).c_str()))
            actions.copy_text(s.text);
        ImGui::SameLine();
        remove_button("script_remove_" + s.id, {"setup", "scripts", s.id}, sink);
        text_area_cell("script_text_" + s.id, s.text, {"setup", "scripts", s.id, "text"}, sink, 4);
        ImGui::PopID();
    }
    add_button(tr(S::setup_add_script, L), "add_script", {"setup", "scripts"}, sink, [&] { return json{{"id", core::fresh_id(plan, "script")}, {"kind", "custom"}}; });
}

void draw_visuals_and_pilot(const core::Plan& plan, core::Lang L, EditSink& sink) {
    const core::Visuals& v = plan.setup.visuals;
    const core::Pilot& p = plan.setup.pilot;
    begin_form({tr(S::setup_avatar, L), tr(S::setup_announcement_layout, L), tr(S::setup_poster_sizes, L),
                tr(S::setup_pilot_size, L), tr(S::setup_pilot_start, L), tr(S::setup_pilot_end, L),
                tr(S::setup_pilot_tests, L), tr(S::setup_pilot_feedback, L)});
    section_heading(tr(S::setup_heading_visuals, L));
    text_area(tr(S::setup_avatar, L), "visual_avatar", v.avatar, {"setup", "visuals", "avatar"}, sink, 2);
    text_area(tr(S::setup_announcement_layout, L), "visual_layout", v.announcement_layout,
              {"setup", "visuals", "announcement_layout"}, sink, 2);
    text_area(tr(S::setup_poster_sizes, L), "visual_posters", v.poster_sizes, {"setup", "visuals", "poster_sizes"}, sink, 2);

    section_heading(tr(S::setup_heading_pilot, L));
    help_text(tr(S::setup_pilot_help, L));
    int_field(tr(S::setup_pilot_size, L), "pilot_size", p.group_size, {"setup", "pilot", "group_size"}, sink);
    date_field(tr(S::setup_pilot_start, L), "pilot_start", p.start, {"setup", "pilot", "start"}, sink, nullptr);
    date_field(tr(S::setup_pilot_end, L), "pilot_end", p.end, {"setup", "pilot", "end"}, sink, nullptr);
    text_area(tr(S::setup_pilot_tests, L), "pilot_tests", p.tests, {"setup", "pilot", "tests"}, sink, 2);
    text_area(tr(S::setup_pilot_feedback, L), "pilot_feedback", p.feedback, {"setup", "pilot", "feedback"}, sink, 3);
}

}  // namespace

void draw_setup_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    section_heading(tr(S::setup_heading_steps, L));
    draw_steps(plan.setup, L, sink);
    draw_roles(plan, L, sink);
    draw_rules(plan, L, actions, sink);
    draw_scripts(plan, L, actions, sink);
    draw_visuals_and_pilot(plan, L, sink);
}

}  // namespace ui
