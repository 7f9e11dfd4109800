// 复盘迭代 (review): weekly reviews and monthly upgrades as dated
// checklists with notes, made pre-filled from the plan (the content report,
// the bottom 20% to retire, the top to replicate, the off-track KPIs), and
// the content ranking with its hints.
#include <algorithm>

#include "core/json/json_fields.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/review.hpp"
#include "core/json/validate.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/kpi_widgets.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;
using json = nlohmann::json;

namespace {

void new_review(const core::Plan& plan, core::ReviewKind kind, core::Date today, core::Lang L, KpiView& view,
                EditSink& sink) {
    const core::AddEdit added = core::new_review_edit(plan, kind, today, L);
    sink.push(added.edit);
    view.open_review = added.id;
    view.review_tab = 0;
}

void draw_review(const core::Review& r, core::Lang L, const core::Plan& plan, KpiView& view, bool first,
                 EditSink& sink) {
    const Path p{"reviews", r.id};
    int done = 0;
    for (const auto& c : r.checklist) done += c.done ? 1 : 0;
    const std::string title = labelled(std::string(tr(core::label_of(r.kind), L)) + " · " + core::format_date(r.date) +
                                           " · " +
                                           core::fmt(tr(S::stage_progress, L), {{"done", std::to_string(done)},
                                                                               {"total", std::to_string(r.checklist.size())}}),
                                       "review_" + r.id);
    if (view.open_review == r.id) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Always);
        view.open_review.clear();
    } else if (first) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    }
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    ImGui::PushID(r.id.c_str());
    ImGui::Indent(6);
    const core::Period period = core::review_period(r.kind, r.date);
    const float row_right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(S::review_date, L));
    ImGui::SameLine();
    date_cell("review_date_" + r.id, r.date, sub_path(p, "date"), sink);
    ImGui::SameLine();
    enum_cell("review_kind_" + r.id, r.kind, sub_path(p, "kind"), sink, L, 8);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", core::fmt(tr(S::review_period_line, L), {{"from", core::format_date(period.from)},
                                                                      {"to", core::format_date(period.to)}}).c_str());
    ImGui::SameLine(row_right - ImGui::CalcTextSize(tr(S::review_delete, L)).x -
                    ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(labelled(S::review_delete, L, "review_delete_" + r.id).c_str()))
        sink.push(core::remove_edit(p));
    if (!r.checklist.empty())
        checklist_progress({core::Stage::launch, done, (int)r.checklist.size()}, L, -FLT_MIN);
    if (begin_table("###review_checklist", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        table_column("", ImGuiTableColumnFlags_WidthStretch);
        table_column("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.4f);
        for (const core::CheckItem& c : r.checklist) {
            const Path cp{"reviews", r.id, "checklist", c.id};
            table_row();
            table_cell();
            checkbox_cell("review_check_done_" + c.id, c.done, {"reviews", r.id, "checklist", c.id, "done"}, sink);
            table_cell();
            text_cell("review_check_text_" + c.id, c.text, {"reviews", r.id, "checklist", c.id, "text"}, sink);
            // Pre-filled lines run long: the whole text on hover.
            if (ImGui::IsItemHovered() && !ImGui::IsItemActive() &&
                ImGui::CalcTextSize(c.text.c_str()).x > ImGui::GetItemRectSize().x - 16) {
                ImGui::BeginTooltip();
                wrapped_text(c.text, ImGui::GetFontSize() * 30);
                ImGui::EndTooltip();
            }
            table_cell();
            remove_button("review_check_remove_" + c.id, cp, sink);
        }
        end_table();
    }
    add_button(tr(S::review_add_item, L), "review_add_item_" + r.id, sub_path(p, "checklist"), sink,
               [&] { return json{{"id", core::fresh_id(plan, r.id)}}; });
    begin_form({tr(S::review_notes, L)});
    text_area(tr(S::review_notes, L), ("review_notes_" + r.id).c_str(), r.notes, sub_path(p, "notes"), sink, 3);
    ImGui::Unindent(6);
    ImGui::PopID();
}

std::string percent(const std::optional<double>& v) { return v ? core::format_number(*v) + "%" : "—"; }

void draw_ranking(const core::Plan& plan, core::Date today, core::Lang L, KpiView& view, Figures& figures,
                  unsigned serial) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::review_period, L));
    ImGui::SameLine();
    if (ImGui::RadioButton(labelled(S::review_last_7, L, "ranking_7").c_str(), view.ranking_days == 7))
        view.ranking_days = 7;
    ImGui::SameLine();
    if (ImGui::RadioButton(labelled(S::review_last_30, L, "ranking_30").c_str(), view.ranking_days == 30))
        view.ranking_days = 30;
    const core::Date from{today.days - (view.ranking_days - 1)};
    ImGui::SameLine(0, 16);
    ImGui::TextDisabled("%s", core::fmt(tr(S::review_period_line, L), {{"from", core::format_date(from)},
                                                                      {"to", core::format_date(today)}}).c_str());
    help_text(tr(S::review_ranking_help, L));
    const auto& ranked =
        figures.ranked.get(serial, {from.days, today.days}, [&] { return core::rank_content(plan, from, today); });
    if (ranked.empty()) {
        wrapped_text(core::fmt(tr(S::review_ranking_empty, L),
                               {{"from", core::format_date(from)}, {"to", core::format_date(today)}}));
        return;
    }
    const float fs = ImGui::GetFontSize();
    if (!begin_table("###ranking", 8, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                ImGuiTableFlags_SizingStretchProp))
        return;
    table_column(tr(S::review_col_rank, L), ImGuiTableColumnFlags_WidthFixed, fs * 2.5f);
    table_column(tr(S::review_col_title, L), ImGuiTableColumnFlags_WidthStretch, 3);
    table_column(tr(S::review_col_publish, L), ImGuiTableColumnFlags_WidthFixed, fs * 6);
    table_column(tr(S::review_col_open, L), ImGuiTableColumnFlags_WidthFixed, fs * 4);
    table_column(tr(S::review_col_interaction, L), ImGuiTableColumnFlags_WidthFixed, fs * 4);
    table_column(tr(S::review_col_conversions, L), ImGuiTableColumnFlags_WidthFixed, fs * 3.5f);
    table_column(tr(S::review_col_flag, L), ImGuiTableColumnFlags_WidthFixed, fs * 6);
    table_column(tr(S::review_col_hints, L), ImGuiTableColumnFlags_WidthStretch, 4);
    table_headers();
    for (const core::RankedItem& r : ranked) {
        table_row();
        table_cell();
        ImGui::Text("%d", r.rank);
        table_cell();
        wrapped_text(r.title.empty() ? std::string_view(tr(S::review_untitled, L)) : r.title);
        table_cell();
        ImGui::TextUnformatted(core::format_date(r.publish).c_str());
        table_cell();
        ImGui::TextUnformatted(percent(r.open_rate).c_str());
        table_cell();
        ImGui::TextUnformatted(percent(r.interaction_rate).c_str());
        table_cell();
        ImGui::TextUnformatted(r.conversions ? std::to_string(*r.conversions).c_str() : "—");
        table_cell();
        if (r.top) ImGui::TextColored(state_color(core::KpiState::on_track), "%s", tr(S::review_flag_top, L));
        else if (r.bottom) ImGui::TextColored(palette::warning, "%s", tr(S::review_flag_bottom, L));
        table_cell();
        std::string hints;
        for (core::ContentHint h : r.hints) {
            if (!hints.empty()) hints += tr(S::review_hint_separator, L);
            hints += tr(core::label_of(h), L);
        }
        wrapped_text(hints);
    }
    end_table();
}

}  // namespace

void draw_review_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    KpiView& view = ui.kpi;
    const core::Date today{actions.today_days()};

    if (ImGui::Button(labelled(S::review_new_weekly, L, "review_new_weekly").c_str()))
        new_review(plan, core::ReviewKind::weekly, today, L, view, sink);
    wrap_before(button_width(tr(S::review_new_monthly, L)));
    if (ImGui::Button(labelled(S::review_new_monthly, L, "review_new_monthly").c_str()))
        new_review(plan, core::ReviewKind::monthly, today, L, view, sink);
    ImGui::SameLine(0, 16);
    help_text(tr(S::review_new_help, L));

    const std::vector<std::string> tabs = {
        labelled(core::fmt(tr(S::review_tab_list, L), {{"n", std::to_string(plan.reviews.size())}}), "review_tab_list"),
        labelled(S::review_tab_ranking, L, "review_tab_ranking")};
    tab_row(tabs, view.review_tab);
    if (view.review_tab == 0) {
        if (plan.reviews.empty()) wrapped_text(tr(S::review_none, L));
        // Newest first; the list keeps its own order in the file.
        std::vector<const core::Review*> rows;
        for (const auto& r : plan.reviews) rows.push_back(&r);
        core::stable_sort(rows, [](auto* a, auto* b) { return a->date > b->date; });
        for (size_t i = 0; i < rows.size(); ++i) draw_review(*rows[i], L, plan, view, i == 0, sink);
    } else {
        draw_ranking(plan, today, L, view, ui.figures, actions.plan_serial());
    }
}

}  // namespace ui
