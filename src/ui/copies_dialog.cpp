// The dialog "update copies from the master" (App::open_copy_updates): each
// copy with what the update brings, its conflicts with both values and a
// choice for each, and one button that updates them all.
#include "core/rules/merge.hpp"
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

void error_line(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
    wrapped_text(text);
    ImGui::PopStyleColor();
}

void draw_copy(const core::Plan& master, const Dialogs::CopyUpdate& u, core::Lang L, AppActions& actions) {
    ImGui::Separator();
    ImGui::TextUnformatted(u.name.c_str());
    const core::MergeResult& r = u.result;
    if (!r.ok()) {
        if (r.problem.path == "plan.master.base") error_line(tr(S::copies_no_base, L));
        else error_line(core::fmt(tr(S::copies_failed, L), {{"problem", core::problem_text(r.problem, L)}}));
        return;
    }
    if (!u.changes) {
        help_text(tr(S::copies_up_to_date, L));
        return;
    }
    wrapped_text(core::fmt(tr(S::copies_row, L), {{"master", std::to_string(r.from_master)},
                                                  {"copy", std::to_string(r.from_copy)},
                                                  {"conflicts", std::to_string(r.conflicts.size())}}));
    if (!r.kept.empty()) help_text(core::fmt(tr(S::copies_kept, L), {{"n", std::to_string(r.kept.size())}}).c_str());
    for (const core::MergeConflict& x : r.conflicts) {
        ImGui::PushID(x.key.c_str());
        ImGui::Indent();
        wrapped_text(core::conflict_place(x, L, master, u.copy));
        wrapped_text(core::fmt(tr(S::copies_master_value, L), {{"value", core::conflict_value_text(x.master_value, L)}}));
        wrapped_text(core::fmt(tr(S::copies_copy_value, L), {{"value", core::conflict_value_text(x.copy_value, L)}}));
        const bool master_side = x.chosen == core::MergeSide::master;
        if (ImGui::RadioButton(labelled(S::copies_take_master, L, "take_master").c_str(), master_side) && !master_side)
            actions.run(cmd::ChooseCopyConflict{u.id, x.key, true});
        const std::string keep = labelled(S::copies_keep_copy, L, "keep_copy");
        wrap_before(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                    ImGui::CalcTextSize(tr(S::copies_keep_copy, L)).x);
        if (ImGui::RadioButton(keep.c_str(), !master_side) && master_side)
            actions.run(cmd::ChooseCopyConflict{u.id, x.key, false});
        ImGui::Unindent();
        ImGui::PopID();
    }
}

}  // namespace

void draw_copies_dialog(const core::Plan& plan, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    Dialogs& d = ui.dialogs;
    if (d.copies_open && !ImGui::IsPopupOpen("###copies_dialog")) ImGui::OpenPopup("###copies_dialog");
    place_dialog(40, 30);
    if (!ImGui::BeginPopupModal(labelled(S::copies_title, L, "copies_dialog").c_str(), &d.copies_open)) return;
    wrapped_text(tr(S::copies_help, L));
    int changing = 0;
    if (d.copies.empty()) wrapped_text(tr(S::copies_none, L));
    for (const Dialogs::CopyUpdate& u : d.copies) {
        ImGui::PushID(u.id.c_str());
        draw_copy(plan, u, L, actions);
        ImGui::PopID();
        changing += u.changes;
    }
    ImGui::Separator();
    ImGui::BeginDisabled(changing == 0);
    if (ImGui::Button(labelled(S::copies_apply, L, "copies_apply").c_str())) actions.run(cmd::ApplyCopyUpdates{});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(labelled(S::dialog_cancel, L, "copies_cancel").c_str())) {
        d.copies_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_import_merge_dialog(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    Dialogs& d = ui.dialogs;
    if (d.import_merge_open && !ImGui::IsPopupOpen("###import_merge_dialog")) ImGui::OpenPopup("###import_merge_dialog");
    place_dialog(34);
    if (!ImGui::BeginPopupModal(labelled(S::import_merge_title, L, "import_merge_dialog").c_str(), &d.import_merge_open))
        return;
    wrapped_text(core::fmt(tr(S::import_merge_help, L), {{"name", d.import_target_name}}));
    help_text(core::fmt(tr(S::import_merge_counts, L), {{"theirs", std::to_string(d.import_merge.from_master)},
                                                        {"conflicts", std::to_string(d.import_merge.conflicts.size())}})
                  .c_str());
    // Each place both sides changed, with both values and a choice (the
    // file is the merge's "master" side, the library's plan its copy).
    for (const core::MergeConflict& x : d.import_merge.conflicts) {
        ImGui::PushID(x.key.c_str());
        ImGui::Separator();
        wrapped_text(core::conflict_place(x, L, d.import_plan, d.import_mine));
        wrapped_text(core::fmt(tr(S::import_merge_file_value, L), {{"value", core::conflict_value_text(x.master_value, L)}}));
        wrapped_text(core::fmt(tr(S::import_merge_library_value, L), {{"value", core::conflict_value_text(x.copy_value, L)}}));
        const bool file_side = x.chosen == core::MergeSide::master;
        if (ImGui::RadioButton(labelled(S::import_merge_take_file, L, "take_file").c_str(), file_side) && !file_side)
            actions.run(cmd::ChooseImportConflict{x.key, true});
        const std::string keep = labelled(S::import_merge_keep_library, L, "keep_library");
        wrap_before(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                    ImGui::CalcTextSize(tr(S::import_merge_keep_library, L)).x);
        if (ImGui::RadioButton(keep.c_str(), !file_side) && file_side) actions.run(cmd::ChooseImportConflict{x.key, false});
        ImGui::PopID();
    }
    if (!d.import_merge.conflicts.empty()) ImGui::Separator();
    const std::string merge = core::fmt(tr(S::import_merge_do, L), {{"name", d.import_target_name}});
    if (ImGui::Button(labelled(merge, "import_merge_do").c_str())) actions.run(cmd::ImportMerge{true});
    const std::string open_new = labelled(S::import_open_new, L, "import_open_new");
    wrap_before(ImGui::CalcTextSize(tr(S::import_open_new, L)).x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(open_new.c_str())) actions.run(cmd::ImportMerge{false});
    ImGui::EndPopup();
}

}  // namespace ui
