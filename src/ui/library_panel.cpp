// 方案库: every plan stored in this browser — open, rename, duplicate,
// delete (to a trash that can restore), earlier versions, damaged values.
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


void draw_plan_row(const core::PlanEntry& e, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    LibraryView& v = ui.library;
    const bool is_open = e.id == actions.open_id();
    table_row();
    table_cell();
    if (v.renaming == e.id) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
        bool done = text_input(("##lib_rename_text_" + e.id).c_str(), v.rename_buffer, ImGuiInputTextFlags_EnterReturnsTrue);
        if (done || ImGui::IsItemDeactivated()) {
            if (!v.rename_buffer.empty() && v.rename_buffer != e.name) actions.rename_plan(e.id, v.rename_buffer);
            v.renaming.clear();
        }
    } else if (e.corrupt) {
        user_text(e.name.empty() ? e.id : e.name, palette::error);
    } else {
        user_text(e.name);
        if (is_open) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr(S::library_current, L));
        }
    }
    table_cell();
    if (e.corrupt) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
        wrapped_text(core::fmt(tr(S::library_damaged, L), {{"why", core::problem_text(e.problem, L)}}));
        ImGui::PopStyleColor();
    } else {
        ImGui::TextUnformatted(actions.local_time(e.updated_at).c_str());
    }
    table_cell();
    if (!e.corrupt) {
        if (e.last_exported_at) ImGui::TextUnformatted(actions.local_time(*e.last_exported_at).c_str());
        else ImGui::TextColored(palette::caution, "%s", tr(S::library_never_exported, L));
    }
    table_cell();
    if (e.corrupt) {
        if (small_button(labelled(S::library_export_raw, L, "lib_raw_" + e.id).c_str()))
            actions.export_raw(e.id, e.aside_key);
        wrap_before(small_button_width(labelled(S::library_delete, L, "lib_delete_" + e.id).c_str()));
        if (small_button(labelled(S::library_delete, L, "lib_delete_" + e.id).c_str())) actions.delete_plan(e.id);
        return;
    }
    if (!is_open) {
        if (small_button(labelled(S::library_open, L, "lib_open_" + e.id).c_str())) actions.open_plan(e.id);
        wrap_before(small_button_width(labelled(S::library_rename, L, "lib_rename_" + e.id).c_str()));
    }
    if (small_button(labelled(S::library_rename, L, "lib_rename_" + e.id).c_str())) {
        v.renaming = e.id;
        v.rename_buffer = e.name;
    }
    wrap_before(small_button_width(labelled(S::library_duplicate, L, "lib_dup_" + e.id).c_str()));
    if (small_button(labelled(S::library_duplicate, L, "lib_dup_" + e.id).c_str())) actions.duplicate_plan(e.id);
    wrap_before(small_button_width(labelled(S::library_versions, L, "lib_versions_" + e.id).c_str()));
    if (small_button(labelled(S::library_versions, L, "lib_versions_" + e.id).c_str()))
        actions.show_snapshots(e.id);
    wrap_before(small_button_width(labelled(S::library_delete, L, "lib_delete_" + e.id).c_str()));
    if (small_button(labelled(S::library_delete, L, "lib_delete_" + e.id).c_str())) actions.delete_plan(e.id);
}

void draw_plan_list(UiState& ui, AppActions& actions);

}  // namespace

void draw_library_panel(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    ImGui::TextUnformatted(tr(S::library_heading, L));
    help_text(tr(S::library_help, L));
    // In memory, the library's notice (unavailable, unreadable …) heads the
    // section already (App::frame); this line stands in only if there is none.
    if (actions.in_memory() && ui.storage_problem.empty())
        ImGui::TextColored(palette::error, "%s", tr(S::library_unavailable, L));
    ImGui::Spacing();

    // Two tabs: the plans to manage, and all groups at a glance.
    if (begin_tabs("###lib_tabs")) {
        if (tab_item(labelled(S::library_tab_plans, L, "lib_tab_plans").c_str())) {
            draw_plan_list(ui, actions);
            end_tab_item();
        }
        if (tab_item(labelled(S::library_tab_overview, L, "lib_tab_overview").c_str())) {
            draw_library_overview(ui, actions);
            end_tab_item();
        }
        end_tabs();
    }
}

namespace {

void draw_plan_list(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    LibraryView& v = ui.library;
    if (ImGui::Button(labelled(S::library_new, L, "lib_new").c_str())) actions.new_plan();
    wrap_before(button_width(labelled(S::menu_new_from_template, L, "lib_template").c_str()));
    if (ImGui::Button(labelled(S::menu_new_from_template, L, "lib_template").c_str())) actions.choose_template();
    wrap_before(button_width(labelled(S::menu_import_json, L, "lib_import").c_str()));
    if (ImGui::Button(labelled(S::menu_import_json, L, "lib_import").c_str())) actions.import_file();
    wrap_before(button_width(labelled(S::menu_paste_json, L, "lib_paste").c_str()));
    if (ImGui::Button(labelled(S::menu_paste_json, L, "lib_paste").c_str())) actions.paste_import();
    ImGui::Spacing();

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (begin_table("###lib_plans", 4, flags)) {
        table_column(tr(S::library_col_name, L), ImGuiTableColumnFlags_WidthStretch, 3);
        table_column(tr(S::library_col_updated, L), ImGuiTableColumnFlags_WidthStretch, 2);
        table_column(tr(S::library_col_exported, L), ImGuiTableColumnFlags_WidthStretch, 2);
        table_column(tr(S::library_col_actions, L), ImGuiTableColumnFlags_WidthStretch, 4);
        table_headers();
        for (const core::PlanEntry& e : v.plans) {
            ImGui::PushID(e.id.c_str());
            draw_plan_row(e, ui, actions);
            ImGui::PopID();
        }
        end_table();
    }

    if (!v.snapshots_of.empty()) {
        ImGui::SeparatorText(tr(S::library_versions_heading, L));
        if (v.snapshots.empty()) ImGui::TextDisabled("%s", tr(S::library_no_versions, L));
        for (const core::SnapshotEntry& s : v.snapshots) {
            std::string line = core::fmt(tr(S::library_version_line, L),
                                         {{"rev", std::to_string(s.revision)}, {"time", actions.local_time(s.updated_at)}});
            ImGui::BulletText("%s", line.c_str());
            wrap_before(small_button_width(labelled(S::library_restore_version, L,
                                            "lib_snap_" + v.snapshots_of + "_" + std::to_string(s.revision)).c_str()));
            if (small_button(labelled(S::library_restore_version, L,
                                            "lib_snap_" + v.snapshots_of + "_" + std::to_string(s.revision)).c_str()))
                actions.restore_snapshot(v.snapshots_of, s.revision);
        }
    }

    if (!v.asides.empty()) {
        ImGui::SeparatorText(tr(S::library_aside_heading, L));
        wrapped_text(tr(S::library_aside_help, L));
        for (const core::AsideEntry& a : v.asides) {
            ImGui::BulletText("%s", a.key.c_str());
            wrap_before(small_button_width(labelled(S::library_export_raw, L, "lib_aside_" + a.key).c_str()));
            if (small_button(labelled(S::library_export_raw, L, "lib_aside_" + a.key).c_str()))
                actions.export_raw(a.id, a.key);
        }
    }

    if (!v.trash.empty()) {
        ImGui::SeparatorText(tr(S::library_trash_heading, L));
        for (const core::TrashEntry& t : v.trash) {
            user_bullet(t.name + "  (" + actions.local_time(t.deleted_at) + ")");
            wrap_before(small_button_width(labelled(S::library_restore, L, "lib_restore_" + t.id).c_str()));
            if (small_button(labelled(S::library_restore, L, "lib_restore_" + t.id).c_str())) actions.restore_plan(t.id);
            wrap_before(small_button_width(labelled(S::library_purge, L, "lib_purge_" + t.id).c_str()));
            if (small_button(labelled(S::library_purge, L, "lib_purge_" + t.id).c_str())) actions.purge_plan(t.id);
        }
    }
}

}  // namespace

}  // namespace ui
