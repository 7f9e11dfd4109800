// The frame around the sections: menu bar, section navigation, status bar.
#include <algorithm>
#include <optional>
#include <string>

#include "core/exports/markdown_export.hpp"
#include "core/rules/stages.hpp"
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
const S kSectionLabels[] = {S::section_library, S::section_today, S::section_dashboard, S::section_basics, S::section_setup, S::section_rhythm,
                            S::section_content, S::section_incentives, S::section_kpis, S::section_review};
const char* kSectionIds[] = {"library", "today", "dashboard", "basics", "setup", "rhythm", "content", "incentives", "kpis", "review"};
static_assert(sizeof(kSectionLabels) / sizeof(kSectionLabels[0]) == (size_t)Section::count_);
static_assert(sizeof(kSectionIds) / sizeof(kSectionIds[0]) == (size_t)Section::count_);
}  // namespace

void draw_menu_bar(const core::Plan&, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    if (!ImGui::BeginMenuBar()) return;
    // A finger gets menus (and their items) kTouchTarget tall: a menu's
    // selectable takes the item spacing above and below its text.
    if (ui.layout.touch)
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                            ImVec2(ImGui::GetStyle().ItemSpacing.x, kTouchTarget - ImGui::GetFontSize()));
    // A phone has room for the menus only (the page's title names the app).
    if (!ui.layout.narrow) {
        ImGui::TextColored(palette::accent, "%s", tr(S::app_title, L));
        ImGui::Separator();
    }
    // On the start screen no plan is open: only what starts one, and the view.
    const bool plan_open = !ui.welcome;
    if (ImGui::BeginMenu(labelled(S::menu_file, L, "menu_file").c_str())) {
        if (ImGui::MenuItem(labelled(S::library_new, L, "new_plan").c_str())) actions.new_plan();
        if (ImGui::MenuItem(labelled(S::menu_new_from_template, L, "new_from_template").c_str()))
            actions.choose_template();
        if (plan_open && ImGui::MenuItem(labelled(S::menu_replicate, L, "replicate").c_str())) actions.replicate_plan();
        if (plan_open && ImGui::MenuItem(labelled(S::menu_update_copies, L, "update_copies").c_str())) actions.update_copies();
        if (ImGui::MenuItem(labelled(S::section_library, L, "menu_library").c_str())) {
            ui.welcome = false;
            ui.section = Section::library;
        }
        ImGui::Separator();
        if (ImGui::MenuItem(labelled(S::menu_import_json, L, "import_json").c_str(), "Ctrl+O"))
            actions.import_file();
        if (ImGui::MenuItem(labelled(S::menu_paste_json, L, "paste_json").c_str()))
            actions.paste_import();
        if (plan_open) {
            // Ctrl+S saves where it says: the file the plan was opened from, or a download.
            auto file = ui.save_files.find(actions.open_id());
            if (file != ui.save_files.end()) {
                const std::string save = core::fmt(tr(S::menu_save_to_file, L), {{"file", file->second}});
                if (ImGui::MenuItem(labelled(save, "save_to_file").c_str(), "Ctrl+S")) actions.export_file();
                if (ImGui::MenuItem(labelled(S::menu_download_json, L, "export_json").c_str())) actions.download_json();
            } else if (ImGui::MenuItem(labelled(S::menu_export_json, L, "export_json").c_str(), "Ctrl+S")) {
                actions.export_file();
            }
            ImGui::Separator();
            if (ImGui::MenuItem(labelled(S::menu_share_link, L, "share_link").c_str()))
                actions.share_link();
            ImGui::Separator();
            if (ImGui::MenuItem(labelled(S::menu_export_markdown, L, "export_markdown").c_str()))
                actions.export_markdown();
            if (ImGui::MenuItem(labelled(S::menu_copy_markdown, L, "copy_markdown").c_str()))
                actions.copy_markdown();
            if (ImGui::MenuItem(labelled(S::menu_print_view, L, "print_view").c_str())) actions.print_view();
        }
        ImGui::EndMenu();
    }
    if (plan_open && ImGui::BeginMenu(labelled(S::menu_edit, L, "menu_edit").c_str())) {
        if (ImGui::MenuItem(labelled(S::menu_undo, L, "undo").c_str(), "Ctrl+Z", false, actions.can_undo()))
            actions.undo();
        if (ImGui::MenuItem(labelled(S::menu_redo, L, "redo").c_str(), "Ctrl+Shift+Z", false,
                            actions.can_redo()))
            actions.redo();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(labelled(S::menu_view, L, "menu_view").c_str())) {
        if (ImGui::BeginMenu(labelled(S::menu_language, L, "menu_language").c_str())) {
            if (ImGui::MenuItem("简体中文###lang_zh", nullptr, L == core::Lang::zh)) actions.set_lang(0);
            if (ImGui::MenuItem("English###lang_en", nullptr, L == core::Lang::en)) actions.set_lang(1);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(labelled(S::menu_font_size, L, "menu_font").c_str())) {
            const S steps[] = {S::font_small, S::font_medium, S::font_large, S::font_xlarge};
            for (int i = 0; i < 4; ++i) {
                const std::string label = labelled(steps[i], L, "font_" + std::to_string(i));
                if (ImGui::MenuItem(label.c_str(), nullptr, ui.font_step == i)) actions.set_font_step(i);
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ui.layout.touch) ImGui::PopStyleVar();
    ImGui::EndMenuBar();
}

void draw_navigation(UiState& ui, AppActions&) {
    for (int i = 0; i < (int)Section::count_; ++i) {
        if (i == 1) ImGui::Separator();   // the library, then the open plan's sections
        const std::string label = labelled(kSectionLabels[i], ui.lang, std::string("nav_") + kSectionIds[i]);
        if (selectable(label.c_str(), ui.section == (Section)i, 0, ImVec2(0, ImGui::GetFrameHeight() * 1.2f)))
            ui.section = (Section)i;
    }
}

// A narrow screen has no room for the list beside the section: a button
// across the top names the section shown and opens the same list, the
// screen's width, below it.
void draw_section_drawer(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    const char* current = tr(kSectionLabels[(int)ui.section], L);
    const std::string label = labelled(core::fmt(tr(S::nav_drawer, L), {{"name", current}}), "nav_menu");
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0, 0.5f));
    if (ImGui::Button(label.c_str(), ImVec2(-FLT_MIN, 0))) ImGui::OpenPopup("###nav_drawer");
    ImGui::PopStyleVar();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + kDialogMargin, ImGui::GetItemRectMax().y));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x - 2 * kDialogMargin, 0));
    if (ImGui::BeginPopup("###nav_drawer")) {
        ImGui::TextDisabled("%s", tr(S::nav_drawer_title, L));
        const Section before = ui.section;
        draw_navigation(ui, actions);
        if (ui.section != before) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

// The wide layout's second pane: the SOP as the Markdown export writes it,
// so what is edited on the left is read as a document on the right. The
// text is made again only when the plan or the language changes.
void draw_preview_panel(const core::Plan& plan, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    PreviewView& view = ui.preview;
    if (view.serial != actions.plan_serial() || view.lang != L || view.paragraphs.empty()) {
        view.serial = actions.plan_serial();
        view.lang = L;
        view.paragraphs.clear();
        const std::string markdown = core::sop_markdown(plan, L);
        size_t start = 0;
        while (start <= markdown.size()) {
            size_t end = markdown.find('\n', start);
            if (end == std::string::npos) end = markdown.size();
            view.paragraphs.push_back(markdown.substr(start, end - start));
            start = end + 1;
        }
    }
    section_heading(tr(S::preview_title, L));
    help_text(tr(S::preview_help, L));
    if (ImGui::Button(labelled(S::menu_copy_markdown, L, "preview_copy").c_str())) actions.copy_markdown();
    ImGui::Separator();
    ImGui::BeginChild("###preview_text");
    for (const std::string& line : view.paragraphs) {
        if (line.rfind("#", 0) == 0) {   // a heading
            ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
            wrapped_text(line);
            ImGui::PopStyleColor();
        } else if (line.empty()) {
            ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.4f));
        } else {
            wrapped_text(line);
        }
    }
    ImGui::EndChild();
}

namespace {

constexpr float kNarrowGap = 12;   // between the status line's parts on a narrow screen

// What the status line says, and whether its message has the line (or
// lines) to itself: on a narrow screen, where it does not fit beside the day
// and whether the plan is saved, it is shown alone, wrapped, while it lasts,
// rather than cut at the screen's edge.
struct StatusLine {
    std::optional<int> day;
    std::string day_text;
    const char* saved = "";
    bool message = false;
    bool alone = false;
};

StatusLine status_line(const core::Plan& plan, const UiState& ui, const AppActions& actions) {
    const core::Lang L = ui.lang;
    StatusLine s;
    s.day = core::plan_day(plan, core::Date{actions.today_days()});
    s.day_text = s.day ? core::fmt(tr(plan.basics.takeover_date ? S::status_day_takeover : S::status_day, L),
                                   {{"n", std::to_string(*s.day)}})
                       : tr(S::status_no_start, L);
    s.saved = tr(actions.in_memory()          ? S::status_memory_only
                 : !ui.storage_problem.empty() ? S::status_not_saved
                 : actions.unsaved()           ? S::status_saving
                                               : S::status_saved,
                 L);
    s.message = !ui.message.empty() && ImGui::GetTime() < ui.message_until;
    if (!s.message) return s;
    const float one_line = ImGui::CalcTextSize(s.day_text.c_str()).x + ImGui::CalcTextSize(s.saved).x +
                           ImGui::CalcTextSize(ui.message.c_str()).x + kNarrowGap * 2;
    s.alone = ui.welcome || (ui.layout.narrow && one_line > ImGui::GetContentRegionAvail().x);
    return s;
}

}  // namespace

float status_bar_height(const core::Plan& plan, const UiState& ui, const AppActions& actions) {
    const float one_line = ImGui::GetFrameHeightWithSpacing() + 4;
    if (!status_line(plan, ui, actions).alone) return one_line;
    const float text = wrapped_text_height(ui.message, ImGui::GetContentRegionAvail().x);
    return one_line + std::max(0.0f, text - ImGui::GetFontSize());
}

void draw_status_bar(const core::Plan& plan, const UiState& ui, const AppActions& actions) {
    const core::Lang L = ui.lang;
    const StatusLine s = status_line(plan, ui, actions);
    const ImVec4 message_colour = ui.message_is_error ? palette::error : ImGui::GetStyleColorVec4(ImGuiCol_Text);
    if (s.alone) {   // the start screen (no plan open: only the last message, an import refused, say), or a phone
        ImGui::PushStyleColor(ImGuiCol_Text, message_colour);
        wrapped_text(ui.message);
        ImGui::PopStyleColor();
        return;
    }
    if (ui.welcome) return;
    // A narrow screen has one line for the day, whether it is saved and the
    // last message: the undo count is left out, and the gaps are smaller.
    const float gap = ui.layout.narrow ? kNarrowGap : 24;
    if (s.day)
        ImGui::TextUnformatted(s.day_text.c_str());
    else
        ImGui::TextDisabled("%s", s.day_text.c_str());
    ImGui::SameLine(0, gap);
    if (!ui.layout.narrow) {
        ImGui::TextDisabled("%s", core::fmt(tr(S::status_undo_steps, L), {{"n", std::to_string(actions.undo_steps())}}).c_str());
        ImGui::SameLine(0, gap);
    }
    if (actions.in_memory() || !ui.storage_problem.empty())
        ImGui::TextColored(palette::error, "%s", s.saved);
    else
        ImGui::TextDisabled("%s", s.saved);
    // Where Ctrl+S saves, for a plan opened from a file the page keeps.
    auto file = ui.save_files.find(actions.open_id());
    if (file != ui.save_files.end() && !ui.layout.narrow) {
        ImGui::SameLine(0, gap);
        ImGui::TextDisabled("%s", core::fmt(tr(S::status_save_target, L), {{"file", file->second}}).c_str());
    }
    if (s.message) {
        ImGui::SameLine(0, gap);
        user_text(ui.message, message_colour);
    }
}

void draw_section_not_built(const UiState& ui) {
    wrapped_text(tr(S::section_not_built, ui.lang));
    if (!ui.storage_problem.empty()) ImGui::TextColored(palette::error, "%s", ui.storage_problem.c_str());
}

}  // namespace ui
