// The dialogs for the SOP as a whole: a new plan from a built-in template,
// and copies of this plan for N groups, each with its own values for the
// plan's placeholders (App::replicate reads the lines and makes them).
#include "core/rules/messages.hpp"
#include "core/templates/templates.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

// A line to copy the form from, with one of the plan's own placeholders
// when it has one: "宝妈 2 群, 上海, 小周, 老师=本群的老师".
std::string replicate_example(const core::Plan& plan, core::Lang L) {
    std::string pair = tr(S::replicate_example_pair, L);
    for (const core::Placeholder& p : plan.setup.placeholders) {
        if (p.name.empty()) continue;
        pair = p.name + "=" + core::fmt(tr(S::replicate_example_value, L), {{"name", p.name}});
        break;
    }
    return core::fmt(tr(S::replicate_example, L), {{"pair", pair}});
}

// Below the text box: the plan's placeholders and their values here, the
// names a line may give values to.
void draw_placeholder_reminder(const core::Plan& plan, core::Lang L) {
    std::string list;
    for (const core::Placeholder& p : plan.setup.placeholders) {
        if (p.name.empty()) continue;
        if (!list.empty()) list += L == core::Lang::zh ? "、" : ", ";
        list += "{" + p.name + "}";
        if (!p.value.empty())
            list += core::fmt(tr(S::replicate_placeholder_value, L), {{"value", p.value}});
    }
    help_text(list.empty() ? tr(S::replicate_no_placeholders, L)
                           : core::fmt(tr(S::replicate_placeholders, L), {{"names", list}}).c_str());
}

}  // namespace

void draw_sop_dialogs(const core::Plan& plan, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    Dialogs& d = ui.dialogs;

    if (d.template_open && !ImGui::IsPopupOpen("###template_dialog")) ImGui::OpenPopup("###template_dialog");
    place_dialog(44);
    if (ImGui::BeginPopupModal(labelled(S::template_title, L, "template_dialog").c_str(), &d.template_open)) {
        wrapped_text(tr(S::template_help, L));
        for (bool scenario : {false, true}) {
            ImGui::SeparatorText(tr(scenario ? S::template_scenarios : S::template_industries, L));
            if (begin_table(scenario ? "###tpl_s" : "###tpl_i", 2, ImGuiTableFlags_SizingStretchProp)) {
                table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 11);
                table_column("", ImGuiTableColumnFlags_WidthStretch);
                for (const core::TemplateInfo& t : core::template_list()) {
                    if (t.scenario != scenario) continue;
                    table_row();
                    table_cell();
                    if (ImGui::Button(labelled(t.label, L, std::string("tpl_") + t.key).c_str(), ImVec2(-FLT_MIN, 0)))
                        actions.run(cmd::NewFromTemplate{t.id});
                    table_cell();
                    ImGui::AlignTextToFramePadding();
                    wrapped_text(tr(t.description, L));
                }
                end_table();
            }
        }
        if (ImGui::Button(labelled(S::dialog_cancel, L, "template_cancel").c_str())) {
            d.template_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (d.replicate_open && !ImGui::IsPopupOpen("###replicate_dialog")) ImGui::OpenPopup("###replicate_dialog");
    place_dialog(36);
    if (ImGui::BeginPopupModal(labelled(S::replicate_title, L, "replicate_dialog").c_str(), &d.replicate_open)) {
        wrapped_text(tr(S::replicate_help, L));
        ImGui::Indent();
        help_text(replicate_example(plan, L).c_str());
        ImGui::Unindent();
        text_input("##replicate_text", d.replicate_text, 0, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 8));
        draw_placeholder_reminder(plan, L);
        if (!d.replicate_error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
            wrapped_text(d.replicate_error);
            ImGui::PopStyleColor();
        }
        if (ImGui::Button(labelled(S::replicate_do, L, "replicate_do").c_str()))
            actions.run(cmd::Replicate{d.replicate_text});
        ImGui::SameLine();
        if (ImGui::Button(labelled(S::dialog_cancel, L, "replicate_cancel").c_str())) {
            d.replicate_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace ui
