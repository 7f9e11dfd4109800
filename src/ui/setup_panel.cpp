// 搭建五步: the five-step checklist with progress, the 1+3 team, group rules
// and the generated announcement, the starter kit of scripts and the plan's
// placeholders, visual guidelines and the pilot group (搭建五步法).
#include <map>
#include <unordered_map>

#include "core/rules/messages.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/json/validate.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/placeholder_name.hpp"
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
        if (i) wrap_before(checkbox_width(tr(labels[i], L)), 18);
        checkbox_field(tr(labels[i], L), steps[i].first, steps[i].second, {"setup", steps[i].first}, sink);
    }
    const std::string overlay = core::fmt(tr(S::setup_progress, L), {{"done", std::to_string(done)}});
    ImGui::ProgressBar(done / 5.0f, ImVec2(-FLT_MIN, 0), overlay.c_str());
}

void draw_roles(const core::Plan& plan, core::Lang L, EditSink& sink) {
    section_heading(tr(S::setup_heading_roles, L));
    help_text(tr(S::setup_roles_help, L));
    if (begin_table("###roles", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        table_column(tr(S::setup_col_role, L), ImGuiTableColumnFlags_WidthStretch, 2);
        table_column(tr(S::setup_col_name, L), ImGuiTableColumnFlags_WidthStretch, 2);
        table_column(tr(S::setup_col_duties, L), ImGuiTableColumnFlags_WidthStretch, 5);
        table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
        table_headers();
        for (const core::Role& r : plan.setup.roles) {
            const Path p{"setup", "roles", r.id};
            table_row();
            table_cell();
            enum_cell("role_kind_" + r.id, r.kind, {"setup", "roles", r.id, "kind"}, sink, L);
            table_cell();
            text_cell("role_name_" + r.id, r.name, {"setup", "roles", r.id, "name"}, sink);
            table_cell();
            text_cell("role_duties_" + r.id, r.duties, {"setup", "roles", r.id, "duties"}, sink);
            table_cell();
            remove_button("role_remove_" + r.id, p, sink);
        }
        end_table();
    }
    add_button(tr(S::setup_add_role, L), "add_role", {"setup", "roles"}, sink, [&] { return json{{"id", core::fresh_id(plan, "role")}, {"kind", "custom"}}; });
}

void draw_rules(const core::Plan& plan, core::Lang L, AppActions& actions, EditSink& sink) {
    section_heading(tr(S::setup_heading_rules, L));
    for (core::RuleKind kind : {core::RuleKind::dont, core::RuleKind::must}) {
        ImGui::TextUnformatted(tr(kind == core::RuleKind::dont ? S::setup_donts : S::setup_musts, L));
        ImGui::Indent();
        const std::string table = kind == core::RuleKind::dont ? "###donts" : "###musts";
        if (begin_table(table.c_str(), 2, ImGuiTableFlags_SizingStretchProp)) {
            table_column("", ImGuiTableColumnFlags_WidthStretch);
            table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
            for (const core::Rule& r : plan.setup.rules) {
                if (r.kind != kind) continue;
                table_row();
                table_cell();
                text_cell("rule_text_" + r.id, r.text, {"setup", "rules", r.id, "text"}, sink);
                table_cell();
                remove_button("rule_remove_" + r.id, {"setup", "rules", r.id}, sink);
            }
            end_table();
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
    if (small_button(labelled(S::basics_copy, L, "copy_announcement").c_str()))
        actions.copy_text(announcement);
    ImGui::BeginChild("###announcement", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    wrapped_text(announcement);
    ImGui::EndChild();
}

void draw_scripts(const core::Plan& plan, RowClip& clip, core::Lang L, AppActions& actions, EditSink& sink) {
    section_heading(tr(S::setup_heading_scripts, L));
    help_text(tr(S::setup_scripts_help, L));
    clip.begin();
    for (const core::Script& s : plan.setup.scripts) {
        if (!clip.row(s.id)) continue;
        ImGui::PushID(s.id.c_str());
        ImGui::Spacing();
        enum_cell("script_kind_" + s.id, s.kind, {"setup", "scripts", s.id, "kind"}, sink, L, 9);
        ImGui::SameLine();
        const float title_w = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 6;
        ImGui::BeginChild("###t", ImVec2(title_w, ImGui::GetFrameHeight()), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
        text_cell("script_title_" + s.id, s.title, {"setup", "scripts", s.id, "title"}, sink, tr(S::setup_script_title_hint, L));
        ImGui::EndChild();
        ImGui::SameLine();
        if (small_button(labelled(S::basics_copy, L, "copy_script_" + s.id).c_str()))
            actions.copy_text(s.text);
        ImGui::SameLine();
        remove_button("script_remove_" + s.id, {"setup", "scripts", s.id}, sink);
        text_area_cell("script_text_" + s.id, s.text, {"setup", "scripts", s.id, "text"}, sink, 4);
        ImGui::PopID();
        clip.end_row();
    }
    clip.end();
    add_button(tr(S::setup_add_script, L), "add_script", {"setup", "scripts"}, sink, [&] { return json{{"id", core::fresh_id(plan, "script")}, {"kind", "custom"}}; });
}

// How many lines' messages (their own text or their script's) use each
// placeholder name, each line counted once.
std::map<std::string, int> placeholder_uses(const core::Plan& plan) {
    std::map<std::string, int> uses;
    auto count = [&](const core::Message& m) {
        for (const std::string& name : core::placeholders_in(core::message_text(plan, m))) ++uses[name];
    };
    const core::Rhythm& r = plan.rhythm;
    for (const auto& x : r.slots) count(x.message);
    for (const auto& x : r.columns) count(x.message);
    for (const auto& x : r.month_tasks) count(x.message);
    for (const auto& x : r.routine) count(x.message);
    for (const auto& x : r.campaigns) count(x.message);
    for (const auto& rs : r.runsheets)
        for (const auto& step : rs.steps) count(step.message);
    for (const auto& x : plan.content.items) count(x.message);
    return uses;
}

// The name's cell: committed when the field is left (or Enter), through
// typed_name, so "{老师}" is stored as 老师 and says so.
void placeholder_name_cell(const core::Plan& plan, const core::Placeholder& ph, core::Lang L, AppActions& actions,
                           EditSink& sink) {
    static std::unordered_map<ImGuiID, std::string> buffers;
    const std::string label = "##ph_name_" + ph.id;
    const ImGuiID gid = ImGui::GetID(label.c_str());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::string& buf = buffers[gid];
    if (g.ActiveId != gid && g.ActiveIdPreviousFrame != gid) buf = ph.name;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint(label.c_str(), tr(S::setup_placeholder_name_hint, L), &buf);
    if (!ImGui::IsItemDeactivatedAfterEdit() || buf == ph.name) return;
    const TypedName typed = typed_name(buf);
    if (typed.name.empty()) {
        actions.notify(tr(S::setup_placeholder_bad_name, L), true);
        buf = ph.name;
        return;
    }
    for (const core::Placeholder& other : plan.setup.placeholders) {
        if (other.id != ph.id && other.name == typed.name) {
            actions.notify(core::fmt(tr(S::setup_placeholder_duplicate, L), {{"name", typed.name}}), true);
            buf = ph.name;
            return;
        }
    }
    if (typed.had_braces)
        actions.notify(core::fmt(tr(S::setup_placeholder_braces_removed, L), {{"name", typed.name}}), false);
    buf = typed.name;
    if (typed.name != ph.name) sink.push(core::set_edit({"setup", "placeholders", ph.id, "name"}, typed.name));
}

// The plan's own placeholders ({老师} → 王老师), beside the scripts that use them.
void draw_placeholders(const core::Plan& plan, core::Lang L, Figures& figures, AppActions& actions, EditSink& sink) {
    ImGui::Spacing();
    ImGui::SeparatorText(tr(S::setup_placeholders, L));
    help_text(tr(S::setup_placeholders_help, L));
    const std::map<std::string, int>& uses =
        figures.placeholder_uses.get(actions.plan_serial(), {}, [&] { return placeholder_uses(plan); });
    if (!plan.setup.placeholders.empty() &&
        begin_table("###placeholders", {{tr(S::setup_placeholder_name, L), 2},
                                        {tr(S::setup_placeholder_value, L), 5},
                                        {tr(S::setup_placeholder_uses, L), 3},
                                        {"", -1.6f}})) {
        for (const core::Placeholder& ph : plan.setup.placeholders) {
            table_row();
            table_cell();
            placeholder_name_cell(plan, ph, L, actions, sink);
            table_cell();
            text_cell("ph_value_" + ph.id, ph.value, {"setup", "placeholders", ph.id, "value"}, sink,
                      tr(S::setup_placeholder_value_hint, L));
            table_cell();
            ImGui::AlignTextToFramePadding();
            if (ph.name.empty()) {
                ImGui::TextDisabled("%s", tr(S::setup_placeholder_braces, L));
            } else {
                const auto found = uses.find(ph.name);
                const int n = found == uses.end() ? 0 : found->second;
                const std::string shown = "{" + ph.name + "} · " +
                    (n ? core::fmt(tr(S::setup_placeholder_used, L), {{"n", std::to_string(n)}})
                       : std::string(tr(S::setup_placeholder_unused, L)));
                user_text(shown);
            }
            table_cell();
            remove_button("ph_remove_" + ph.id, {"setup", "placeholders", ph.id}, sink);
        }
        end_table();
    }
    add_button(tr(S::setup_placeholder_add, L), "add_placeholder", {"setup", "placeholders"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "ph")}}; });
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
    draw_scripts(plan, ui.setup.scripts, L, actions, sink);
    draw_placeholders(plan, L, ui.figures, actions, sink);
    draw_visuals_and_pilot(plan, L, sink);
}

}  // namespace ui
