// The dialogs for the SOP as a whole: a new plan from a built-in template,
// and copies of this plan for N groups (App::replicate makes them).
#include "core/templates/templates.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

void draw_sop_dialogs(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    Dialogs& d = ui.dialogs;
    const ImGuiViewport* vp = ImGui::GetMainViewport();

    if (d.template_open && !ImGui::IsPopupOpen("###template_dialog")) ImGui::OpenPopup("###template_dialog");
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 44, 0), ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal(labelled(S::template_title, L, "template_dialog").c_str(), &d.template_open)) {
        wrapped_text(tr(S::template_help, L));
        for (bool scenario : {false, true}) {
            ImGui::SeparatorText(tr(scenario ? S::template_scenarios : S::template_industries, L));
            if (ImGui::BeginTable(scenario ? "###tpl_s" : "###tpl_i", 2, ImGuiTableFlags_SizingStretchProp)) {
                ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 11);
                ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
                for (const core::TemplateInfo& t : core::template_list()) {
                    if (t.scenario != scenario) continue;
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    if (ImGui::Button(labelled(t.label, L, std::string("tpl_") + t.key).c_str(), ImVec2(-FLT_MIN, 0)))
                        actions.run(cmd::NewFromTemplate{t.id});
                    ImGui::TableNextColumn();
                    ImGui::AlignTextToFramePadding();
                    wrapped_text(tr(t.description, L));
                }
                ImGui::EndTable();
            }
        }
        if (ImGui::Button(labelled(S::dialog_cancel, L, "template_cancel").c_str())) {
            d.template_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (d.replicate_open && !ImGui::IsPopupOpen("###replicate_dialog")) ImGui::OpenPopup("###replicate_dialog");
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, 0), ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal(labelled(S::replicate_title, L, "replicate_dialog").c_str(), &d.replicate_open)) {
        wrapped_text(tr(S::replicate_help, L));
        ImGui::InputTextMultiline("##replicate_text", &d.replicate_text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 8));
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
