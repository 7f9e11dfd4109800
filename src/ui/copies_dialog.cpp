// The dialog "update copies from the master" (App::open_copy_updates): each
// copy with what the update brings, its conflicts with both values and a
// choice for each, and one button that updates them all.
#include <optional>
#include <string>

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

// The words and ids of a conflict's two sides: the merge's "master" side and its copy.
struct Sides {
    S master_value, copy_value;   // "{value}" on each side
    S take_master, keep_copy;     // the choice's two labels
    const char* take_id;
    const char* keep_id;
};

// One conflict: where, both values, and the choice between them. Returns the
// side picked this frame (true: the master side), none when nothing changed.
std::optional<bool> conflict_choice(const core::MergeConflict& x, const std::string& place, const Sides& sides,
                                    core::Lang L) {
    wrapped_text(place);
    wrapped_text(core::fmt(tr(sides.master_value, L), {{"value", core::conflict_value_text(x.master_value, L)}}));
    wrapped_text(core::fmt(tr(sides.copy_value, L), {{"value", core::conflict_value_text(x.copy_value, L)}}));
    const bool master_side = x.chosen == core::MergeSide::master;
    std::optional<bool> picked;
    if (ImGui::RadioButton(labelled(sides.take_master, L, sides.take_id).c_str(), master_side) && !master_side)
        picked = true;
    const std::string keep = labelled(sides.keep_copy, L, sides.keep_id);
    wrap_before(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                ImGui::CalcTextSize(tr(sides.keep_copy, L)).x);
    if (ImGui::RadioButton(keep.c_str(), !master_side) && master_side) picked = false;
    return picked;
}

void draw_copy(const core::Plan& master, const Dialogs::CopyUpdate& u, core::Lang L, AppActions& actions) {
    ImGui::Separator();
    user_text(u.name);
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
        static const Sides kSides{S::copies_master_value, S::copies_copy_value, S::copies_take_master,
                                  S::copies_keep_copy, "take_master", "keep_copy"};
        ImGui::PushID(x.key.c_str());
        ImGui::Indent();
        if (const auto picked = conflict_choice(x, core::conflict_place(x, L, master, u.copy), kSides, L))
            actions.run(cmd::ChooseCopyConflict{u.id, x.key, *picked});
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
    static const Sides kSides{S::import_merge_file_value, S::import_merge_library_value, S::import_merge_take_file,
                              S::import_merge_keep_library, "take_file", "keep_library"};
    for (const core::MergeConflict& x : d.import_merge.conflicts) {
        ImGui::PushID(x.key.c_str());
        ImGui::Separator();
        if (const auto picked = conflict_choice(x, core::conflict_place(x, L, d.import_plan, d.import_mine), kSides, L))
            actions.run(cmd::ChooseImportConflict{x.key, *picked});
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
