// The start screen (UiState::welcome): what a first visit, or a library left
// empty, opens on instead of an empty form. The templates as cards (label and
// its one line), then importing a colleague's plan and the blank plan. The
// choice runs the same commands as the File menu (App::run).
#include <algorithm>
#include <cmath>

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

// One card per template of the kind: its name as the button that picks it,
// its description below. As many columns as fit cards about 17 em wide.
void template_cards(bool scenario, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    std::vector<const core::TemplateInfo*> shown;
    for (const core::TemplateInfo& t : core::template_list())
        if (t.scenario == scenario && t.id != core::TemplateId::blank) shown.push_back(&t);
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns =
        ui.layout.narrow ? 1 : std::clamp((int)std::floor(avail / (ImGui::GetFontSize() * 17)), 1, (int)shown.size());
    if (!ImGui::BeginTable(scenario ? "###welcome_scenarios" : "###welcome_industries", columns,
                           ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX))
        return;
    for (const core::TemplateInfo* t : shown) {
        ImGui::TableNextColumn();
        ImGui::PushID(t->key);
        ImGui::BeginChild("###card", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0, 0.5f));
        if (ImGui::Button(labelled(t->label, L, std::string("welcome_tpl_") + t->key).c_str(), ImVec2(-FLT_MIN, 0)))
            actions.run(cmd::NewFromTemplate{t->id});
        ImGui::PopStyleVar();
        help_text(tr(t->description, L));
        ImGui::EndChild();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void draw_welcome_panel(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
    wrapped_text(tr(S::welcome_title, L));
    ImGui::PopStyleColor();
    wrapped_text(tr(S::welcome_intro, L));

    // The other ways first, in one row: on a phone the cards run far below
    // the fold, and someone with a colleague's file should not scroll past them.
    auto button_w = [](S text, core::Lang lang) {
        return ImGui::CalcTextSize(tr(text, lang)).x + ImGui::GetStyle().FramePadding.x * 2;
    };
    ImGui::Spacing();
    if (ImGui::Button(labelled(S::welcome_blank, L, "welcome_blank").c_str())) actions.new_plan();
    wrap_before(button_w(S::welcome_import, L));
    if (ImGui::Button(labelled(S::welcome_import, L, "welcome_import").c_str())) actions.import_file();
    wrap_before(button_w(S::welcome_paste, L));
    if (ImGui::Button(labelled(S::welcome_paste, L, "welcome_paste").c_str())) actions.paste_import();
    help_text(tr(S::tpl_blank_help, L));
    help_text(tr(S::welcome_import_help, L));

    ImGui::SeparatorText(tr(S::template_industries, L));
    template_cards(false, ui, actions);
    ImGui::SeparatorText(tr(S::template_scenarios, L));
    template_cards(true, ui, actions);

    // A library emptied by deleting: its plans wait in the trash.
    if (!ui.library.trash.empty()) {
        ImGui::Spacing();
        ImGui::Separator();
        wrapped_text(core::fmt(tr(S::welcome_trash, L), {{"n", std::to_string(ui.library.trash.size())}}));
        if (ImGui::Button(labelled(S::welcome_open_library, L, "welcome_library").c_str())) {
            ui.welcome = false;
            ui.section = Section::library;
        }
    }
}

}  // namespace ui
