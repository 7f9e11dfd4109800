#pragma once
// The panels, one function each, drawn every frame from the plan (read-only)
// and pushing edits to the sink (docs/architecture.md: Adding a panel).
#include "core/model/plan.hpp"
#include "ui/edit_sink.hpp"

namespace ui {

struct UiState;
class AppActions;

void draw_menu_bar(const core::Plan& plan, UiState& ui, AppActions& actions);
void draw_navigation(UiState& ui, AppActions& actions);
// The narrow layout's navigation: a button naming the section, opening the list.
void draw_section_drawer(UiState& ui, AppActions& actions);
// The wide layout's second pane: the SOP document as it exports (Markdown), read-only.
void draw_preview_panel(const core::Plan& plan, UiState& ui, AppActions& actions);
void draw_status_bar(const core::Plan& plan, const UiState& ui, const AppActions& actions);
// Its height: one line, or the lines a message that has it to itself takes.
float status_bar_height(const core::Plan& plan, const UiState& ui, const AppActions& actions);
void draw_basics_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_section_not_built(const UiState& ui);
void draw_library_panel(UiState& ui, AppActions& actions);
// The library's second tab: all groups at a glance (library_overview.cpp).
void draw_library_overview(UiState& ui, AppActions& actions);
// The start screen: the templates as cards, import, a blank plan.
void draw_welcome_panel(UiState& ui, AppActions& actions);
void draw_setup_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_incentives_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_rhythm_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_content_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_kpis_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_review_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
// 今日: one role's lines for the day, to copy and mark sent (today_panel.cpp).
void draw_today_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
void draw_dashboard_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink);
// Dialogs over the main window (dialogs.cpp: paste, share, link; sop_dialogs.cpp: templates, replication).
void draw_dialogs(const core::Plan& plan, UiState& ui, AppActions& actions);
void draw_sop_dialogs(const core::Plan& plan, UiState& ui, AppActions& actions);
// copies_dialog.cpp: "update copies from the master".
void draw_copies_dialog(const core::Plan& plan, UiState& ui, AppActions& actions);
void draw_import_merge_dialog(UiState& ui, AppActions& actions);

}  // namespace ui
