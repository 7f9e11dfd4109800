// 所有群一览: every plan of the library in a row — group, owner, city, day and
// stage, alerts, this week's execution, last change, last export — sortable
// by any column, a click opening the plan. The rows are read by
// App::refresh_overview (core/library/overview.hpp), never while drawing.
#include <iterator>

#include "core/rules/stages.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::OverviewColumn;
using core::S;
using core::tr;

namespace {

struct ColumnInfo {
    OverviewColumn column;
    S title;
    const char* key;   // the sort control's id: "ov_sort_<key>"
    float weight;
};

// Every column, in order; on a phone the owner and the city share a line
// and the last change is left out (the sort buttons still offer both).
const ColumnInfo kColumns[] = {
    {OverviewColumn::group, S::overview_col_group, "group", 2.5f},
    {OverviewColumn::owner, S::basics_owner, "owner", 1.2f},
    {OverviewColumn::city, S::basics_city, "city", 1.0f},
    {OverviewColumn::stage, S::overview_col_stage, "stage", 2.4f},
    {OverviewColumn::alerts, S::overview_col_alerts, "alerts", 1.0f},
    {OverviewColumn::week, S::overview_col_week, "week", 2.6f},
    {OverviewColumn::updated, S::library_col_updated, "updated", 1.8f},
    {OverviewColumn::exported, S::library_col_exported, "exported", 1.8f},
};

// The title with the sort's arrow when it is the column sorted by.
std::string sort_label(const ColumnInfo& c, const LibraryView& v, core::Lang L) {
    std::string text = tr(c.title, L);
    if (v.sort_column == c.column) text += v.sort_descending ? " ▼" : " ▲";
    return labelled(text, std::string("ov_sort_") + c.key);
}

// A click on the column sorted by turns the order round; on another, sorts by it.
void sort_by(LibraryView& v, OverviewColumn column) {
    v.sort_descending = v.sort_column == column ? !v.sort_descending : false;
    v.sort_column = column;
    core::sort_overview(v.overview_rows, v.sort_column, v.sort_descending);
}

void muted(const char* text) { ImGui::TextDisabled("%s", text); }

void draw_row(const core::OverviewRow& r, const UiState& ui, AppActions& actions, bool cards) {
    const core::Lang L = ui.lang;
    const core::PlanSummary& s = r.summary;
    table_row();
    // The group: a click anywhere on the row opens its plan.
    table_cell();
    const std::string group = s.group.empty() ? r.name : s.group;
    if (r.unreadable) {
        user_text(r.name.empty() ? r.id : r.name, palette::error);
    } else if (r.pending) {
        user_text_disabled(r.name);   // read in a frame or two
    } else {
        std::string label = group;
        if (r.id == actions.open_id()) label += std::string(" ") + tr(S::library_current, L);
        if (selectable(labelled(label, "ov_open_" + r.id).c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
            actions.open_plan(r.id);
        if (ImGui::IsItemHovered() && !cards) user_tooltip(core::fmt(tr(S::overview_open_row, L), {{"name", group}}));
    }
    if (cards) {
        table_cell();   // owner · city
        if (!r.unreadable && !r.pending) {
            std::string who = s.owner;
            if (!s.city.empty()) who += (who.empty() ? "" : " · ") + s.city;
            if (!who.empty()) wrapped_text(who);
        }
    } else {
        table_cell();
        if (!r.unreadable && !r.pending) wrapped_text(s.owner);
        table_cell();
        if (!r.unreadable && !r.pending) wrapped_text(s.city);
    }
    // Stage, or why the plan cannot be read.
    table_cell();
    if (r.unreadable) {
        const std::string why = r.problem ? core::problem_text(r.problem, L) : tr(core::status_label(r.status), L);
        ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
        wrapped_text(core::fmt(tr(S::library_damaged, L), {{"why", why}}));
        ImGui::PopStyleColor();
    } else if (r.pending) {
        muted(tr(S::overview_reading, L));
    } else if (!s.stage.day) {
        muted(tr(S::overview_no_start, L));
    } else {
        wrapped_text(core::stage_headline(s.stage, L));
    }
    // Alerts: how many fire; their names in a tooltip, or on the card.
    table_cell();
    if (!r.unreadable && !r.pending) {
        if (s.alerts.empty()) {
            muted(tr(S::overview_no_alerts, L));
        } else {
            std::string names;
            for (const std::string& a : s.alerts) names += (names.empty() ? "" : (L == core::Lang::zh ? "、" : ", ")) + a;
            const std::string count = core::fmt(tr(S::overview_alerts_count, L), {{"n", std::to_string(s.alerts.size())}});
            ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
            if (cards) {
                wrapped_text(count + (L == core::Lang::zh ? "：" : ": ") + names);
            } else {
                ImGui::TextUnformatted(count.c_str());
                if (ImGui::IsItemHovered()) user_tooltip(names);
            }
            ImGui::PopStyleColor();
        }
    }
    // This week's execution, when the team marks in Today.
    table_cell();
    if (!r.unreadable && !r.pending) {
        if (!s.execution_recorded) {
            muted(tr(S::overview_week_unrecorded, L));
        } else {
            if (s.week.missed > 0) ImGui::PushStyleColor(ImGuiCol_Text, palette::caution);
            wrapped_text(core::week_execution_text(s, L));
            if (s.week.missed > 0) ImGui::PopStyleColor();
        }
    }
    if (!cards) {
        table_cell();
        if (!r.unreadable) ImGui::TextUnformatted(actions.local_time(r.updated_at).c_str());
    }
    // Last export (a save to the plan's file counts), and the file Ctrl+S writes to.
    table_cell();
    if (!r.unreadable) {
        if (r.last_exported_at) ImGui::TextUnformatted(actions.local_time(*r.last_exported_at).c_str());
        else ImGui::TextColored(palette::caution, "%s", tr(S::library_never_exported, L));
        auto file = ui.save_files.find(r.id);
        if (file != ui.save_files.end()) wrapped_text(file->second);
    }
}

}  // namespace

void draw_library_overview(UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    LibraryView& v = ui.library;
    // Read when the tab is first shown, and after the library, the day or the language changed.
    if (v.overview_stale || v.overview_day != actions.today_days() || v.overview_lang != L) actions.refresh_overview();
    help_text(tr(ui.layout.narrow ? S::overview_help_narrow : S::overview_help, L));
    if (!v.overview_day) return;   // not read yet: the next frame has the rows
    if (v.overview_rows.empty()) {
        muted(tr(S::overview_empty, L));
        return;
    }
    const bool narrow = ui.layout.narrow;
    if (narrow) {
        // The cards have no column titles to click: one line chooses the
        // sort (the column sorted by, chosen again, turns the order round).
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(S::overview_sort_by, L));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-FLT_MIN);
        std::string shown;
        for (const ColumnInfo& c : kColumns)
            if (c.column == v.sort_column) shown = std::string(tr(c.title, L)) + (v.sort_descending ? " ▼" : " ▲");
        if (begin_combo("###ov_sort", shown.c_str())) {
            for (const ColumnInfo& c : kColumns)
                if (selectable(sort_label(c, v, L).c_str(), c.column == v.sort_column)) sort_by(v, c.column);
            ImGui::EndCombo();
        }
        ImGui::Spacing();
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!begin_table("###lib_overview", narrow ? 6 : 8, flags)) return;
    const bool cards = in_cards();
    for (const ColumnInfo& c : kColumns) {
        if (cards && (c.column == OverviewColumn::city || c.column == OverviewColumn::updated)) continue;
        const char* title = cards && c.column == OverviewColumn::owner ? tr(S::overview_owner_city, L) : tr(c.title, L);
        table_column(title, ImGuiTableColumnFlags_WidthStretch, c.weight);
    }
    if (cards) {
        table_headers();
    } else {
        // The titles sort: Dear ImGui's own header row names no item the
        // tests can find, so each title is a selectable of its own.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int i = 0; i < (int)std::size(kColumns); ++i) {
            ImGui::TableSetColumnIndex(i);
            if (selectable(sort_label(kColumns[i], v, L).c_str())) sort_by(v, kColumns[i].column);
        }
    }
    for (const core::OverviewRow& r : v.overview_rows) {
        ImGui::PushID(r.id.c_str());
        draw_row(r, ui, actions, cards);
        ImGui::PopID();
    }
    end_table();
}

}  // namespace ui
