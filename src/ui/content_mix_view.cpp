// 内容配比: the targets (促活 / 转化 / 品牌, always totalling 100), the warn
// threshold, the actual mix of a week, a month and the whole plan against
// the targets with bars, and auto-fill of the slots not planned yet in a week,
// a month or dates typed (content_mix.hpp): previewed first, added as one
// edit when confirmed (one Ctrl+Z undoes it).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/rules/content_mix.hpp"
#include "core/json/json_fields.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/content_parts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui::content {

using core::Date;
using core::S;
using core::tr;

namespace {

// Setting one target takes the difference from the next category, then the
// one after (促活 → 转化 → 品牌 → 促活), so the total stays 100 and any split
// is reachable by setting two of the three.
std::array<int, 3> rebalance(std::array<int, 3> cur, size_t index, int value) {
    value = std::clamp(value, 0, 100);
    int delta = value - cur[index];
    cur[index] = value;
    for (size_t k = 1; k <= 2 && delta != 0; ++k) {
        const size_t j = (index + k) % 3;
        const int next = std::clamp(cur[j] - delta, 0, 100);
        delta -= cur[j] - next;
        cur[j] = next;
    }
    return cur;
}

core::Edit mix_edit(const core::MixTargets& base, const std::array<int, 3>& parts) {
    core::MixTargets m = base;
    m.activation = parts[0];
    m.conversion = parts[1];
    m.brand = parts[2];
    return core::set_edit({"content", "mix"}, core::to_json_value(m));
}

void draw_targets(const core::MixTargets& t, core::Lang L, EditSink& sink) {
    section_heading(tr(S::content_mix_targets, L));
    help_text(tr(S::content_mix_targets_help, L));
    const std::array<int, 3> cur{t.activation, t.conversion, t.brand};
    const ImGuiStyle& style = ImGui::GetStyle();
    for (size_t i = 0; i < 3; ++i) {
        const core::Category c = kCategories[i];
        // Chip, name, field and "%" stay together; on a phone a line each.
        if (i) {
            const float group = ImGui::GetFontSize() * 5 + ImGui::CalcTextSize(tr(core::label_of(c), L)).x +
                                style.ItemSpacing.x + 8 + style.FramePadding.x * 2;
            wrap_before(group, 24);
        }
        ImGui::AlignTextToFramePadding();
        color_chip(c);
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(tr(core::label_of(c), L));
        ImGui::SameLine();
        if (auto v = int_input("mix_target_" + std::string(core::enum_name(c)), cur[i], 3.5f))
            sink.push(mix_edit(t, rebalance(cur, i, *v)));
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted("%");
    }
    const core::MixTargets defaults;
    wrap_before(button_width(tr(S::content_mix_reset, L)), 24);
    ImGui::BeginDisabled(t.activation == defaults.activation && t.conversion == defaults.conversion &&
                         t.brand == defaults.brand);
    if (button(S::content_mix_reset, L, "mix_reset"))
        sink.push(mix_edit(t, {defaults.activation, defaults.conversion, defaults.brand}));
    ImGui::EndDisabled();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_mix_warn_before, L));
    ImGui::SameLine();
    if (auto v = int_input("mix_warn_points", t.warn_points, 3.5f))
        sink.push(core::set_edit({"content", "mix", "warn_points"}, std::clamp(*v, 0, 100)));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_mix_warn_after, L));
}

std::array<double, 3> percents(const core::MixCount& m) {
    return {m.percent(core::Category::activation), m.percent(core::Category::conversion),
            m.percent(core::Category::brand)};
}

std::array<double, 3> target_shares(const core::MixTargets& t) {
    return {(double)t.activation, (double)t.conversion, (double)t.brand};
}

std::string number(const char* format, double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

bool begin_mix_table(const char* id, core::Lang L) {
    if (!begin_table(id, 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return false;
    const float em = ImGui::GetFontSize();
    table_column(tr(S::content_mix_col_scope, L), ImGuiTableColumnFlags_WidthFixed, em * 11);
    table_column(tr(S::content_mix_col_chart, L), ImGuiTableColumnFlags_WidthFixed, em * 13);
    for (core::Category c : kCategories) table_column(tr(core::label_of(c), L), ImGuiTableColumnFlags_WidthStretch, 1);
    table_column(tr(S::content_mix_col_items, L), ImGuiTableColumnFlags_WidthFixed, em * 4);
    table_headers();
    return true;
}

void target_row(const core::MixTargets& t, core::Lang L) {
    table_row();
    table_cell();
    ImGui::TextUnformatted(tr(S::content_mix_target_row, L));
    table_cell();
    mix_bar(target_shares(t), t, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight());
    const std::array<int, 3> p{t.activation, t.conversion, t.brand};
    for (int v : p) {
        table_cell();
        ImGui::Text("%d%%", v);
    }
    table_cell();
    ImGui::TextDisabled("—");
}

// One scope: count and share per category with the deviation in points,
// red beyond the warn threshold.
void mix_row(const std::string& scope, const core::MixCount& m, const core::MixTargets& t) {
    table_row();
    table_cell();
    ImGui::TextUnformatted(scope.c_str());
    table_cell();
    mix_bar(percents(m), t, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight());
    for (core::Category c : kCategories) {
        table_cell();
        if (m.total() == 0) {
            ImGui::TextDisabled("—");
            continue;
        }
        const double dev = m.deviation(c, t);
        ImGui::Text("%d · %s%%", m.of(c), number("%.0f", m.percent(c)).c_str());
        ImGui::SameLine(0, 6);
        const std::string d = "(" + number("%+.1f", std::abs(dev) < 0.05 ? 0.0 : dev) + ")";
        if (std::abs(dev) > t.warn_points) ImGui::TextColored(palette::warning, "%s", d.c_str());
        else ImGui::TextDisabled("%s", d.c_str());
    }
    table_cell();
    ImGui::Text("%d", m.total());
}

std::string warning_text(const std::string& scope, const core::MixCount& m, const core::MixTargets& t, core::Lang L) {
    std::string parts;
    for (core::Category c : kCategories) {
        const double dev = m.deviation(c, t);
        if (std::abs(dev) <= t.warn_points) continue;
        if (!parts.empty()) parts += L == core::Lang::zh ? "，" : ", ";
        parts += std::string(tr(core::label_of(c), L)) + " " + number("%+.1f", dev);
    }
    return core::fmt(tr(S::content_mix_warning, L), {{"scope", scope}, {"parts", parts},
                                                    {"n", std::to_string(t.warn_points)}});
}

void draw_actual(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions) {
    const core::MixTargets& t = plan.content.mix;
    section_heading(tr(S::content_mix_actual, L));
    period_nav(view, L, actions, false, "mix_nav");
    if (!widget_layout().narrow) ImGui::SameLine(0, 16);   // on a phone the help has a line of its own
    help_text(tr(S::content_mix_actual_help, L));
    const Date day{view.anchor};
    const std::string week = core::fmt(tr(S::content_mix_week, L), {{"range", month_day(week_start(view)) + " – " +
                                                                               month_day(week_end(view))}});
    const std::string month = core::fmt(tr(S::content_mix_month, L), {{"month", core::format_date(day).substr(0, 7)}});
    const std::string whole = tr(S::content_mix_plan, L);
    const ContentView::MixFigures& figures = view.mix_actual.get(actions.plan_serial(), {day.days}, [&] {
        return ContentView::MixFigures{core::mix_of_week(plan, day), core::mix_of_month(plan, day), core::mix_of_content(plan)};
    });
    const core::MixCount &w = figures.week, &m = figures.month, &all = figures.all;
    if (begin_mix_table("###mix_actual", L)) {
        target_row(t, L);
        mix_row(week, w, t);
        mix_row(month, m, t);
        mix_row(whole, all, t);
        end_table();
    }
    bool any = false;
    const std::pair<const std::string*, const core::MixCount*> scopes[] = {{&week, &w}, {&month, &m}, {&whole, &all}};
    for (const auto& [scope, mix] : scopes) {
        if (!core::mix_warning(*mix, t)) continue;
        any = true;
        error_text(warning_text(*scope, *mix, t, L));
    }
    if (!any) ImGui::TextDisabled("%s", core::fmt(tr(S::content_mix_ok, L), {{"n", std::to_string(t.warn_points)}}).c_str());
}

// Auto-fill covers at most this many days at once: a proposal is read
// before it is confirmed, and a quarter of daily slots is already long.
constexpr int kMaxFillDays = 92;

// The range chosen: the week or month shown, or the dates typed; none (and
// the reason in `problem`) when the typed dates do not make a range.
std::optional<std::pair<Date, Date>> fill_range(ContentView& view, core::Lang L, std::string& problem) {
    using R = ContentView::FillRange;
    if (view.fill_range == R::week) return std::pair{week_start(view), week_end(view)};
    const Date day{view.anchor};
    if (view.fill_range == R::month) return std::pair{core::first_of_month(day), core::last_of_month(day)};
    const auto from = core::parse_date(view.fill_from), to = core::parse_date(view.fill_to);
    if (!from || !to || *to < *from) {
        problem = tr(S::content_fill_bad_range, L);
        return std::nullopt;
    }
    if (to->days - from->days + 1 > kMaxFillDays) {
        problem = core::fmt(tr(S::content_fill_too_long, L), {{"n", std::to_string(kMaxFillDays)}});
        return std::nullopt;
    }
    return std::pair{*from, *to};
}

void draw_fill_range(ContentView& view, core::Lang L) {
    using R = ContentView::FillRange;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_fill_range, L));
    const std::pair<S, R> choices[] = {{S::content_fill_week, R::week},
                                       {S::content_fill_month, R::month},
                                       {S::content_fill_custom, R::custom}};
    for (const auto& [text, range] : choices) {
        const std::string id = std::string("mix_fill_") + (range == R::week ? "week" : range == R::month ? "month" : "custom");
        const std::string label = labelled(text, L, id);
        wrap_before(ImGui::GetFrameHeight() + ImGui::CalcTextSize(tr(text, L)).x + ImGui::GetStyle().ItemInnerSpacing.x);
        if (ImGui::RadioButton(label.c_str(), view.fill_range == range) && view.fill_range != range) {
            view.fill_range = range;
            view.fill_shown = false;
            if (range == R::custom && view.fill_from.empty() && view.fill_to.empty()) {
                view.fill_from = core::format_date(week_start(view));
                view.fill_to = core::format_date(Date{week_start(view).days + 13});
            }
        }
    }
    if (view.fill_range != R::custom) return;
    const float field = ImGui::GetFontSize() * 6.5f;
    const char* from = tr(S::content_shift_from, L);
    const char* to = tr(S::content_shift_to, L);
    wrap_before(ImGui::CalcTextSize(from).x + field + ImGui::GetStyle().ItemSpacing.x, 16);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(from);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    if (ImGui::InputTextWithHint("##mix_fill_from", "YYYY-MM-DD", &view.fill_from)) view.fill_shown = false;
    wrap_before(ImGui::CalcTextSize(to).x + field + ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(to);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    if (ImGui::InputTextWithHint("##mix_fill_to", "YYYY-MM-DD", &view.fill_to)) view.fill_shown = false;
}

// The proposal of [from, to], made again only when the plan, the range or
// the language changes.
const core::AutoFill& cached_fill(const core::Plan& plan, ContentView& view, Date from, Date to, core::Lang L,
                                  AppActions& actions) {
    return view.fill.get(actions.plan_serial(), {from.days, to.days, L}, [&] { return core::auto_fill(plan, from, to, L); });
}

void draw_proposal(const core::AutoFill& fill, core::Lang L) {
    const float row_h = ImGui::GetFrameHeight();
    const float h = row_h * (float)std::min<size_t>(fill.proposal.size() + 1, 12) + 8;
    if (!begin_table("###mix_fill_list", 5,
                     ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                         ImGuiTableFlags_SizingStretchProp,
                     ImVec2(0, h)))
        return;
    const float em = ImGui::GetFontSize();
    table_freeze(0, 1);
    table_column(tr(S::content_col_date, L), ImGuiTableColumnFlags_WidthFixed, em * 8);
    table_column(tr(S::content_col_time, L), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    table_column(tr(S::content_col_gap, L), ImGuiTableColumnFlags_WidthStretch, 2);
    table_column(tr(S::content_col_category, L), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    table_column(tr(S::content_col_idea, L), ImGuiTableColumnFlags_WidthStretch, 4);
    table_headers();
    for (const core::FillProposal& p : fill.proposal) {
        ImGui::PushID(p.key.c_str());
        table_row();
        table_cell();
        ImGui::TextUnformatted(
            (core::format_date(p.date) + " " + tr(core::weekday_short(core::weekday_of(p.date)), L)).c_str());
        table_cell();
        ImGui::TextUnformatted(p.time ? core::format_time(*p.time).c_str() : tr(S::content_all_day, L));
        table_cell();
        if (p.slot_title.empty()) ImGui::TextDisabled("%s", tr(S::content_fill_no_purpose, L));
        else user_text(p.slot_title);
        table_cell();
        color_chip(p.category);
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(tr(core::label_of(p.category), L));
        if (p.assigned) {
            ImGui::SameLine(0, 4);
            ImGui::TextDisabled("· %s", tr(S::content_fill_by_targets, L));
        }
        table_cell();
        wrapped_text(p.title);
        ImGui::PopID();
    }
    end_table();
}

void draw_fill(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    section_heading(tr(S::content_fill_heading, L));
    help_text(tr(S::content_fill_help, L));
    draw_fill_range(view, L);
    std::string problem;
    const auto range = fill_range(view, L, problem);
    if (!range) {
        error_text(problem);
        view.fill_shown = false;
        return;
    }
    const auto [from, to] = *range;
    const core::AutoFill& fill = cached_fill(plan, view, from, to, L, actions);
    const std::string when = range_text(from, to);
    if (fill.proposal.empty()) {
        wrapped_text(core::fmt(tr(S::content_fill_no_gaps, L), {{"range", when}}));
        view.fill_shown = false;
        return;
    }
    const std::string n = std::to_string(fill.proposal.size());
    wrapped_text(core::fmt(tr(S::content_fill_gaps, L), {{"range", when}, {"n", n}}));
    const auto free = std::count_if(fill.proposal.begin(), fill.proposal.end(),
                                    [](const core::FillProposal& p) { return p.assigned; });
    if (free > 0) ImGui::TextDisabled("%s", core::fmt(tr(S::content_fill_free, L), {{"n", std::to_string(free)}}).c_str());
    if (!view.fill_shown) {
        if (button(S::content_fill_propose, L, "mix_fill_propose")) view.fill_shown = true;
        return;
    }
    const std::string apply = core::fmt(tr(S::content_fill_apply, L), {{"n", n}});
    if (ImGui::Button(labelled(apply, "mix_fill_apply").c_str())) {
        sink.push(fill.edit);
        view.fill_shown = false;
        actions.notify(core::fmt(tr(S::content_fill_done, L), {{"n", n}}), false);
    }
    wrap_before(button_width(tr(S::content_fill_cancel, L)));
    if (button(S::content_fill_cancel, L, "mix_fill_cancel")) view.fill_shown = false;

    const core::MixTargets& t = plan.content.mix;
    if (begin_mix_table("###mix_fill_compare", L)) {
        target_row(t, L);
        mix_row(tr(S::content_fill_before, L), fill.before, t);
        mix_row(tr(S::content_fill_after, L), fill.after, t);
        end_table();
    }
    draw_proposal(fill, L);
}

}  // namespace

void draw_mix(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    draw_targets(plan.content.mix, L, sink);
    draw_actual(plan, view, L, actions);
    draw_fill(plan, view, L, actions, sink);
}

}  // namespace ui::content
