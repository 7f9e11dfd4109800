// 概览: one screen answering "how is this group doing" — the stage and day on
// the timeline, KPI status per stage, triggered alerts, this week's content
// mix against its targets, this week's messages per day against the budget,
// what went out this week (the marks made in Today), the checklist due now
// and the funnel.
#include <algorithm>

#include "core/edits/kpi_edits.hpp"
#include "core/rules/content_mix.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/messages.hpp"
#include "core/text/i18n.hpp"
#include "core/rules/sop_rules.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/kpi_widgets.hpp"
#include "ui/load_chart.hpp"
#include "ui/messages.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

// One row per stage: its KPIs on track / at risk / off track / without data
// as a stacked bar. A click opens the stage in the KPI section.
void draw_stage_status(const core::StageInfo& info, const std::array<core::StatusCounts, 5>& counts, core::Lang L,
                       UiState& ui) {
    const float fs = ImGui::GetFontSize(), row_h = ImGui::GetFrameHeight();
    const float W = ImGui::GetContentRegionAvail().x;
    float label_w = 0;
    for (core::Stage s : core::kAllStages) label_w = std::max(label_w, ImGui::CalcTextSize(tr(core::label_of(s), L)).x);
    label_w += fs * 1.5f;
    // The bar gives way to the counts beside it (a narrow window, English);
    // where even a short bar leaves them no room (a phone), they go under it.
    const std::string widest = core::fmt(tr(S::dash_stage_counts, L), {{"on", "00"}, {"risk", "00"}, {"off", "00"}, {"none", "00"}});
    const float counts_w = ImGui::CalcTextSize(widest.c_str()).x;
    const bool beside = label_w + fs * 4 + fs + counts_w <= W;
    const float bar_w = beside ? std::min(W * 0.38f, W - label_w - counts_w - fs) : W - label_w;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (core::Stage s : core::kAllStages) {
        const core::StatusCounts& c = counts[(size_t)s];
        const int total = c.on_track + c.at_risk + c.off_track + c.no_data;
        const ImVec2 o = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton((std::string("###dash_stage_") + core::stage_key(s)).c_str(), ImVec2(W, row_h));
        const bool hovered = ImGui::IsItemHovered();
        if (ImGui::IsItemClicked()) {
            ui.kpi.select_stage = (int)s;
            ui.section = Section::kpis;
        }
        if (hovered) {
            dl->AddRectFilled(o, ImVec2(o.x + W, o.y + row_h), ImGui::GetColorU32(ImGuiCol_HeaderHovered), 4);
            ImGui::SetTooltip("%s", tr(S::dash_open_stage, L));
        }
        const bool current = info.current == s || (s == core::Stage::referral && info.referral_active);
        const float ty = o.y + (row_h - ImGui::GetTextLineHeight()) / 2;
        if (current) dl->AddCircleFilled(ImVec2(o.x + fs * 0.4f, o.y + row_h / 2), fs * 0.22f, ImGui::GetColorU32(palette::accent));
        draw_list_text(dl, ImVec2(o.x + fs * 0.9f, ty),
                       ImGui::GetColorU32(current ? palette::accent : ImGui::GetStyleColorVec4(ImGuiCol_Text)),
                       tr(core::label_of(s), L));
        const float x0 = o.x + label_w, y0 = o.y + row_h * 0.22f, y1 = o.y + row_h * 0.78f;
        dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + bar_w, y1), palette::bar_track, 3);
        if (total) {
            const std::pair<int, core::KpiState> parts[] = {{c.on_track, core::KpiState::on_track},
                                                            {c.at_risk, core::KpiState::at_risk},
                                                            {c.off_track, core::KpiState::off_track},
                                                            {c.no_data, core::KpiState::no_data}};
            float x = x0;
            for (const auto& [n, state] : parts) {
                if (!n) continue;
                const float w = bar_w * (float)n / (float)total;
                ImVec4 col = state_color(state);
                if (state == core::KpiState::no_data) col.w = 0.35f;
                dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + w - 1, y1), ImGui::GetColorU32(col), 2);
                x += w;
            }
        }
        const std::string counts =
            total ? core::fmt(tr(S::dash_stage_counts, L), {{"on", std::to_string(c.on_track)},
                                                            {"risk", std::to_string(c.at_risk)},
                                                            {"off", std::to_string(c.off_track)},
                                                            {"none", std::to_string(c.no_data)}})
                  : std::string(tr(S::dash_stage_no_kpis, L));
        const ImVec4 colour = c.off_track ? palette::warning : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
        if (!beside) {   // under the name and the bar, wrapped
            ImGui::SetCursorScreenPos(ImVec2(o.x + fs * 0.9f, o.y + row_h));
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            wrapped_text(counts);
            ImGui::PopStyleColor();
            continue;
        }
        const ImVec2 at(x0 + bar_w + fs * 0.6f, ty);
        dl->PushClipRect(ImVec2(x0 + bar_w + 8, o.y), ImVec2(o.x + W, o.y + row_h), true);
        draw_list_text(dl, at, ImGui::GetColorU32(colour), counts.c_str());
        dl->PopClipRect();
    }
}

// Actual share per category as a bar on a 0–100% track, the target as a tick.
// The days the dashboard's mix counts: this calendar week, or in the week the
// plan's day 0 falls in (the group's founding, or the day a revival takes
// it over), its first seven days (a week that holds only a day or two of the
// plan says nothing about its mix).
struct MixRange {
    core::Date from, to;
    std::string label;
};

MixRange mix_range(const core::Plan& plan, core::Date today, core::Lang L) {
    const core::Date monday = core::monday_of(today), sunday{monday.days + 6};
    const std::optional<core::Date> start = core::plan_day0(plan.basics);
    if (start && monday < *start && *start <= sunday && *start <= today) {
        const core::Date last{start->days + 6};
        const S words = plan.basics.takeover_date ? S::mix_first_week_takeover : S::mix_first_week;
        return {*start, last, core::fmt(tr(words, L), {{"range", core::range_words(*start, last, L)}})};
    }
    return {monday, sunday, core::week_label(monday, today, L)};
}

void draw_mix(const core::Plan& plan, const MixRange& range, core::Lang L, UiState& ui, unsigned serial) {
    const core::MixCount& mix =
        ui.figures.mix.get(serial, {range.from.days, range.to.days}, [&] { return core::mix_of(plan, range.from, range.to); });
    const auto targets = core::target_percents(plan.content.mix);
    if (mix.total() == 0) {
        help_text(tr(S::dash_mix_empty, L));
        return;
    }
    const float fs = ImGui::GetFontSize(), row_h = ImGui::GetFrameHeight();
    const float W = ImGui::GetContentRegionAvail().x;
    float label_w = 0;
    for (core::Category c : core::enum_values<core::Category>())
        label_w = std::max(label_w, ImGui::CalcTextSize(tr(core::label_of(c), L)).x);
    label_w += fs * 0.8f;
    auto line_of = [&](core::Category c) {
        return core::fmt(tr(S::dash_mix_line, L), {{"actual", core::format_number(mix.percent(c))},
                                                   {"target", std::to_string(targets[(size_t)c])},
                                                   {"n", std::to_string(mix.of(c))}});
    };
    // The figures beside each bar where the widest fits there, else under it
    // (a phone, or a long language): never cut at the panel's edge.
    float text_w = 0;
    for (core::Category c : core::enum_values<core::Category>())
        text_w = std::max(text_w, ImGui::CalcTextSize(line_of(c).c_str()).x);
    const float text_gap = fs * 0.6f;
    const bool beside = label_w + fs * 5 + text_gap + text_w <= W;
    const float track_w = beside ? std::min(W * 0.45f, W - label_w - text_gap - text_w) : W - label_w;
    const float line_h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (core::Category c : core::enum_values<core::Category>()) {
        const ImVec2 o = ImGui::GetCursorScreenPos();
        const float ty = o.y + (row_h - ImGui::GetTextLineHeight()) / 2;
        draw_list_text(dl, ImVec2(o.x, ty), ImGui::GetColorU32(ImGuiCol_Text), tr(core::label_of(c), L));
        const float x0 = o.x + label_w, y0 = o.y + row_h * 0.2f, y1 = o.y + row_h * 0.8f;
        dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + track_w, y1), palette::bar_track, 3);
        const double pct = mix.percent(c);
        dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + track_w * (float)std::clamp(pct / 100, 0.0, 1.0), y1),
                          ImGui::GetColorU32(palette::category_series(c)), 3);
        const float tx = x0 + track_w * (float)targets[(size_t)c] / 100.f;
        dl->AddLine(ImVec2(tx, o.y + 1), ImVec2(tx, o.y + row_h - 1), palette::chart_ink, 2);
        const bool off = std::abs(mix.deviation(c, plan.content.mix)) > plan.content.mix.warn_points;
        const std::string text = line_of(c);
        const ImVec2 at = beside ? ImVec2(x0 + track_w + text_gap, ty) : ImVec2(x0, o.y + row_h);
        draw_list_text(dl, at, ImGui::GetColorU32(off ? palette::warning : ImGui::GetStyleColorVec4(ImGuiCol_Text)),
                       text.c_str());
        ImGui::Dummy(ImVec2(W, beside ? row_h : row_h + line_h));
    }
    if (core::mix_warning(mix, plan.content.mix)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        wrapped_text(core::fmt(tr(S::dash_mix_warning, L), {{"n", std::to_string(plan.content.mix.warn_points)}}));
        ImGui::PopStyleColor();
    } else {
        help_text(tr(S::dash_mix_legend, L));
    }
}

// Messages planned on each day of this week against the group type's budget
// (core::week_load, the figures the rhythm's message-load tab shows too).
void draw_load(const core::Plan& plan, core::Date today, core::Lang L, UiState& ui, unsigned serial) {
    const core::WeekLoad& week = ui.figures.week_load.get(serial, {today.days}, [&] { return core::week_load(plan, today); });
    const float fs = ImGui::GetFontSize();
    week_load_chart(week, today, L, fs * 30, fs * 6.5f);
    const std::string budget_text = core::fmt(tr(S::dash_load_budget, L), {{"n", std::to_string(week.budget)}});
    const std::string over = week_over_days(week, L);
    if (over.empty()) {
        help_text(budget_text.c_str());
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        wrapped_text(budget_text + "  " + over);
        ImGui::PopStyleColor();
    }
}

// What the calendar sends today, each with its filled text and a copy
// button: the operator's list for the day.
void draw_today(const core::Plan& plan, core::Date today, core::Lang L, AppActions& actions, UiState& ui) {
    section_heading(core::fmt(tr(S::dash_today, L), {{"date", core::format_date(today) + " " +
                                                               tr(core::weekday_short(core::weekday_of(today)), L)}}).c_str());
    int count = 0;
    const auto& items =
        ui.figures.day_items.get(actions.plan_serial(), {today.days}, [&] { return core::expand_calendar(plan, today, today); });
    for (const core::CalendarItem& it : items) {
        if (it.date != today || it.last != it.date) continue;   // campaigns spanning days are in the calendar
        ++count;
        message_card(plan, it, "today_" + it.key, L, actions);
        ImGui::Spacing();
    }
    if (!count) help_text(tr(S::dash_today_none, L));
}

// What went out this week, from the marks made in Today (execution.hpp).
void draw_execution(const core::Plan& plan, core::Date today, core::Lang L, UiState& ui, unsigned serial) {
    const core::Date monday = core::monday_of(today), sunday{monday.days + 6};
    section_heading(core::fmt(tr(S::today_week_heading, L), {{"from", core::date_words(monday, L)},
                                                             {"to", core::date_words(sunday, L)}}).c_str());
    const core::ExecutionSummary& week = ui.figures.execution.get(
        serial, {monday.days, today.days}, [&] { return core::execution_summary(plan, monday, sunday, today); });
    if (week.done() + week.skipped == 0) {
        // Nothing marked: the team may not use Today yet, so no "all missed".
        help_text(core::fmt(tr(S::today_week_unmarked, L), {{"n", std::to_string(week.planned)}}).c_str());
    } else {
        wrapped_text(core::execution_summary_text(week, L));
        if (const std::string slipped = core::slipped_text(week, L); !slipped.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::caution);
            wrapped_text(slipped);
            ImGui::PopStyleColor();
        }
    }
    if (small_button(labelled(S::today_open, L, "dash_open_today").c_str())) ui.section = Section::today;
}

}  // namespace

void draw_dashboard_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    const core::Date today{actions.today_days()};
    const unsigned serial = actions.plan_serial();
    const core::StageInfo& info = ui.figures.stage.get(serial, {today.days}, [&] { return core::stage_on(plan, today); });

    if (!plan.basics.name.empty()) user_text_disabled(plan.basics.name);
    stage_banner(info, L, !plan.basics.name.empty());
    if (!info.day) {
        wrap_before(small_button_width(tr(S::dash_set_start, L)));
        if (small_button(labelled(S::dash_set_start, L, "dash_set_start").c_str()))
            ui.section = Section::basics;
    }
    stage_timeline(plan, info, L, ui.kpi, nullptr);
    if (ui.kpi.select_stage >= 0) ui.section = Section::kpis;   // a click on the timeline

    if (!core::has_kpis(plan)) {
        help_text(tr(S::dash_no_kpis, L));
        ImGui::SameLine();
        if (small_button(labelled(S::dash_go_kpis, L, "dash_go_kpis").c_str())) ui.section = Section::kpis;
    }

    const auto& triggered =
        ui.figures.alerts.get(serial, {today.days, L}, [&] { return core::triggered_alerts(plan, today, L); });
    const auto& counts =
        ui.figures.stage_counts.get(serial, {today.days}, [&] { return stage_status_counts(plan, today); });
    if (!begin_table("###dashboard", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) return;
    table_row();
    table_cell();
    draw_today(plan, today, L, actions, ui);
    draw_execution(plan, today, L, ui, serial);
    section_heading(tr(S::dash_stage_status, L));
    draw_stage_status(info, counts, L, ui);
    section_heading(core::fmt(tr(S::dash_due, L), {{"n", std::to_string(info.due.size())}}).c_str());
    due_checklist(info, L, sink, "dash", 6, ui.kpi.due_all);
    section_heading(tr(S::funnel_title, L));
    funnel_chart(ui.figures.funnel.get(serial, {today.days}, [&] { return core::funnel_of(plan, today); }), L);

    table_cell();
    section_heading(core::fmt(tr(S::kpi_heading_triggered, L), {{"n", std::to_string(triggered.size())}}).c_str());
    if (triggered.empty()) help_text(tr(S::kpi_no_alerts, L));
    for (const auto& a : triggered) alert_card(a, L);
    // Both this-week figures say which days they count.
    const std::string week = core::week_label(core::monday_of(today), today, L);
    const MixRange range = mix_range(plan, today, L);
    section_heading((std::string(tr(S::dash_mix, L)) + "  " + range.label).c_str());
    draw_mix(plan, range, L, ui, serial);
    section_heading((std::string(tr(S::dash_load, L)) + "  " + week).c_str());
    draw_load(plan, today, L, ui, serial);
    end_table();
}

}  // namespace ui
