#include "ui/kpi_widgets.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/edits/kpi_edits.hpp"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/app_actions.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

ImVec4 state_color(core::KpiState state) {
    switch (state) {
        case core::KpiState::on_track: return palette::on_track;
        case core::KpiState::at_risk: return palette::at_risk;
        case core::KpiState::off_track: return palette::warning;
        case core::KpiState::no_data: break;
    }
    return palette::no_data;
}

ImVec4 alert_color(core::AlertState state) {
    switch (state) {
        case core::AlertState::triggered: return palette::warning;
        case core::AlertState::clear: return state_color(core::KpiState::on_track);
        default: break;
    }
    return state_color(core::KpiState::no_data);
}

void state_badge(const char* text, ImVec4 color, const std::string& tooltip) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 pad(6, 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + (ImGui::GetFrameHeight() - size.y - pad.y * 2) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec4 fill = palette::with_alpha(color, 0.16f);
    dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + size.x + pad.x * 2, y + size.y + pad.y * 2),
                      ImGui::GetColorU32(fill), 4);
    dl->AddText(ImVec2(p.x + pad.x, y + pad.y), ImGui::GetColorU32(color), text);
    ImGui::Dummy(ImVec2(size.x + pad.x * 2, ImGui::GetFrameHeight()));
    if (!tooltip.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        wrapped_text(tooltip, ImGui::GetFontSize() * 28);
        ImGui::EndTooltip();
    }
}

// ---- sparkline ----------------------------------------------------------------------
void sparkline(const std::string& id, const core::Kpi& kpi, const std::vector<core::TrendPoint>& points,
               core::KpiState state, ImVec2 size) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(("###spark_" + id).c_str(), size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), palette::spark_bg, 3);
    if (points.empty()) {
        dl->AddLine(ImVec2(p.x + 4, p.y + size.y / 2), ImVec2(p.x + size.x - 4, p.y + size.y / 2),
                    palette::spark_edge, 1);
        return;
    }
    double lo = kpi.target, hi = kpi.target;
    for (const auto& pt : points) {
        lo = std::min(lo, pt.value);
        hi = std::max(hi, pt.value);
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.12;
    lo -= pad;
    hi += pad;
    const int d0 = points.front().date.days, d1 = points.back().date.days;
    const float mx = 6, my = 3;
    auto at = [&](int day, double value) {
        float fx = d1 == d0 ? 0.5f : (float)(day - d0) / (float)(d1 - d0);
        float fy = (float)((value - lo) / (hi - lo));
        return ImVec2(p.x + mx + fx * (size.x - 2 * mx), p.y + size.y - my - fy * (size.y - 2 * my));
    };
    // The target, dashed.
    const float ty = at(d0, kpi.target).y;
    for (float x = p.x + 2; x < p.x + size.x - 2; x += 7)
        dl->AddLine(ImVec2(x, ty), ImVec2(std::min(x + 4, p.x + size.x - 2), ty), palette::spark_target, 1);
    std::vector<ImVec2> line;
    line.reserve(points.size());
    for (const auto& pt : points) line.push_back(at(pt.date.days, pt.value));
    if (line.size() > 1) dl->AddPolyline(line.data(), (int)line.size(), ImGui::GetColorU32(palette::accent), 0, 1.8f);
    dl->AddCircleFilled(line.back(), 3.5f, ImGui::GetColorU32(state_color(state)));
    if (hovered) {
        // The logged value nearest the mouse.
        const float mx_pos = ImGui::GetIO().MousePos.x;
        size_t best = 0;
        for (size_t i = 1; i < line.size(); ++i)
            if (std::fabs(line[i].x - mx_pos) < std::fabs(line[best].x - mx_pos)) best = i;
        dl->AddCircle(line[best], 5, ImGui::GetColorU32(palette::accent), 0, 1.5f);
        ImGui::SetTooltip("%s  %s", core::format_date(points[best].date).c_str(),
                          core::with_unit(points[best].value, kpi.unit).c_str());
    }
}

// ---- headline and timeline --------------------------------------------------------------
void stage_banner(const core::StageInfo& info, core::Lang L, bool after_item) {
    const std::string head = core::stage_headline(info, L);
    if (info.current && !info.past_end) {
        ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
        if (after_item) wrap_before(ImGui::CalcTextSize(head.c_str()).x, 16);
        ImGui::TextColored(palette::accent, "%s", head.c_str());
        ImGui::PopFont();
    } else {
        if (after_item) wrap_before(ImGui::CalcTextSize(head.c_str()).x, 16);
        wrapped_text(head);
    }
    if (info.days_left) {
        const std::string left = core::fmt(tr(S::stage_days_left, L), {{"n", std::to_string(*info.days_left)}});
        wrap_before(ImGui::CalcTextSize(left.c_str()).x, 16);   // on a phone, under the headline
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", left.c_str());
    }
}

namespace {

// "天" after a stage's end day; an open end reads 长期, which takes no unit
// ("90 – 长期", not "90 – 长期 天").
void days_unit(const std::optional<int>& end_day, core::Lang L) {
    if (!end_day) return;
    ImGui::SameLine(0, 4);
    ImGui::TextDisabled("%s", tr(S::kpi_days_unit, L));
}

// A day number typed as text; "" means open-ended where allowed. Returns the
// committed value when the field is left with a new, valid number.
std::optional<std::optional<int>> day_input(const std::string& id, std::optional<int> value, bool allow_empty,
                                            const char* hint, float width) {
    static std::unordered_map<ImGuiID, std::string> buffers;
    const std::string label = "##" + id;
    const ImGuiID gid = ImGui::GetID(label.c_str());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const std::string shown = value ? std::to_string(*value) : "";
    std::string& buf = buffers[gid];
    if (g.ActiveId != gid && g.ActiveIdPreviousFrame != gid) buf = shown;
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint(label.c_str(), hint, &buf, ImGuiInputTextFlags_CharsDecimal);
    if (!ImGui::IsItemDeactivatedAfterEdit() || buf == shown) return std::nullopt;
    if (buf.empty()) {
        if (!allow_empty) return std::nullopt;
        return std::optional<int>{};
    }
    char* end = nullptr;
    long n = std::strtol(buf.c_str(), &end, 10);
    if (*end || n < 0 || n > 36500) return std::nullopt;
    return std::optional<int>{(int)n};
}

std::string short_date(core::Date d) { return core::format_date(d).substr(5); }

// short: the numbers alone ("7–30", "90+"), for a column too narrow for the words.
std::string span_days_text(const core::StageSpan& span, core::Lang L, bool short_form = false) {
    const std::string from = std::to_string(span.start_day);
    if (span.end_day)
        return short_form ? from + "–" + std::to_string(*span.end_day)
                          : core::fmt(tr(S::stage_span_days, L), {{"from", from}, {"to", std::to_string(*span.end_day)}});
    if (span.start_day == 0) return tr(S::stage_open_ended, L);   // the group's whole life, not "from day 0"
    return short_form ? from + "+" : core::fmt(tr(S::stage_span_open, L), {{"from", from}});
}

// short: the first day alone ("12-05 –").
std::string span_dates_text(const core::StageSpan& span, bool short_form = false) {
    if (!span.start) return {};
    std::string s = short_date(*span.start) + " – ";
    if (short_form) return s;
    if (span.end) s += short_date(core::Date{span.end->days - 1});
    else s += "…";
    return s;
}

// A line under a column of the timeline, cut at the column's edge.
void column_text(ImDrawList* dl, ImVec2 at, float width, ImU32 colour, const std::string& text) {
    if (text.empty()) return;
    dl->PushClipRect(at, ImVec2(at.x + width, at.y + ImGui::GetTextLineHeightWithSpacing()), true);
    draw_list_text(dl, at, colour, text.c_str());
    dl->PopClipRect();
}

void stage_tooltip(const core::Plan& plan, const core::StageSpan& span, const core::StageProgress& progress,
                   core::Lang L) {
    ImGui::BeginTooltip();
    const float width = ImGui::GetFontSize() * 24;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
    wrapped_text(tr(core::label_of(span.stage), L), width);
    ImGui::PopStyleColor();
    wrapped_text(span_days_text(span, L) + "  " + span_dates_text(span), width);
    const std::string& goal = core::stage_plan(plan, span.stage).goal;
    if (!goal.empty()) wrapped_text(goal, width);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (progress.total)
        wrapped_text(core::fmt(tr(S::stage_progress, L),
                               {{"done", std::to_string(progress.done)}, {"total", std::to_string(progress.total)}}),
                     width);
    wrapped_text(tr(S::kpi_timeline_click, L), width);
    ImGui::PopStyleColor();
    ImGui::EndTooltip();
}

}  // namespace

// A narrow screen has no room for the day fields under the bars: they are
// listed under the timeline instead, a stage a line.
void stage_day_fields(const core::Plan& plan, const core::StageInfo& info, core::Lang L, EditSink& sink) {
    const float start_w = ImGui::GetFontSize() * 3.2f;
    const float end_w = std::max(start_w, ImGui::CalcTextSize(tr(S::stage_open_ended, L)).x +
                                              ImGui::GetStyle().FramePadding.x * 2 + 2);
    for (int i = 0; i < 5; ++i) {
        const core::StageSpan& span = info.timeline[i];
        const std::string key = core::stage_key(span.stage);
        ImGui::PushID(key.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(core::label_of(span.stage), L));
        ImGui::SameLine(ImGui::GetFontSize() * 5.5f);
        auto start = day_input("stage_start_" + key, span.start_day, false, "0", start_w);
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted("–");
        ImGui::SameLine(0, 4);
        auto end = day_input("stage_end_" + key, span.end_day, true, tr(S::stage_open_ended, L), end_w);
        days_unit(span.end_day, L);
        ImGui::PopID();
        if (start) sink.push(core::stage_days_edit(plan, span.stage, start->value_or(0), span.end_day));
        if (end) sink.push(core::stage_days_edit(plan, span.stage, span.start_day, *end));
    }
}

void stage_timeline(const core::Plan& plan, const core::StageInfo& info, core::Lang L, KpiView& view,
                    EditSink* sink) {
    EditSink* const edits = sink;
    if (widget_layout().narrow) sink = nullptr;   // the bars only; the day fields follow below
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize(), lh = ImGui::GetTextLineHeight(), fh = ImGui::GetFrameHeight();
    // Day fields: the end field is wide enough for its "open-ended" hint.
    const float start_w = fs * 3.2f;
    const float end_w = std::max(start_w, ImGui::CalcTextSize(tr(S::stage_open_ended, L)).x +
                                              ImGui::GetStyle().FramePadding.x * 2 + 2);
    const float W = ImGui::GetContentRegionAvail().x;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float gap = 6, seg_w = W / 4;
    const float bar_y0 = o.y + lh + 6, bar_y1 = bar_y0 + fh * 1.2f;
    const float days_y = bar_y1 + 4;
    const float dates_y = days_y + (sink ? fh : lh) + 2;
    const float ref_y0 = dates_y + lh + 8, ref_y1 = ref_y0 + fh;
    const float total_h = ref_y1 - o.y + 4;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);

    auto seg_x0 = [&](int i) { return o.x + seg_w * i; };
    // Where a day falls: inside the main stage that holds it (as stage_on picks
    // the current stage); an open-ended stage fills up slowly.
    auto x_of_day = [&](int day) {
        int best = -1;
        for (int i = 0; i < 4; ++i) {
            const core::StageSpan& s = info.timeline[i];
            if (s.start_day <= day && (best < 0 || s.start_day >= info.timeline[best].start_day)) best = i;
        }
        if (best < 0) return o.x;
        const core::StageSpan& s = info.timeline[best];
        float frac;
        if (s.end_day) frac = std::clamp((float)(day - s.start_day) / (float)std::max(1, *s.end_day - s.start_day), 0.f, 1.f);
        else frac = 1.f - 1.f / (1.f + (float)(day - s.start_day) / 45.f);
        return seg_x0(best) + (seg_w - gap) * frac;
    };

    // The columns' labels with their counts, and the lines under them in
    // words, where every column has room for them; else the stage's name
    // alone, and the numbers alone (a phone's columns are a quarter of its width).
    auto stage_label = [&](int i, bool count) {
        std::string label = tr(core::label_of(info.timeline[i].stage), L);
        const core::StageProgress& progress = info.progress[i];
        if (progress.total && count) label += "  " + std::to_string(progress.done) + "/" + std::to_string(progress.total);
        return label;
    };
    bool words = true, counts = true;
    for (int i = 0; i < 4; ++i) {
        const core::StageSpan& span = info.timeline[i];
        const float room = seg_w - gap - 2;
        words &= ImGui::CalcTextSize(span_days_text(span, L).c_str()).x <= room &&
                 ImGui::CalcTextSize(span_dates_text(span).c_str()).x <= room;
        counts &= ImGui::CalcTextSize(stage_label(i, true).c_str()).x <= room - 8;
    }
    for (int i = 0; i < 4; ++i) {
        const core::StageSpan& span = info.timeline[i];
        const core::StageProgress& progress = info.progress[i];
        const float x0 = seg_x0(i), x1 = x0 + seg_w - gap;
        const bool done = info.day && span.end_day && *info.day >= *span.end_day;
        ImGui::SetCursorScreenPos(ImVec2(x0, bar_y0));
        ImGui::InvisibleButton(("###timeline_" + std::string(core::stage_key(span.stage))).c_str(),
                               ImVec2(x1 - x0, bar_y1 - bar_y0));
        if (ImGui::IsItemClicked()) view.select_stage = (int)span.stage;
        if (ImGui::IsItemHovered()) stage_tooltip(plan, span, progress, L);
        const ImVec4 fill = palette::with_alpha(palette::accent, span.current ? 0.85f : done ? 0.30f : 0.08f);
        if (span.end_day) {
            dl->AddRectFilled(ImVec2(x0, bar_y0), ImVec2(x1, bar_y1), ImGui::GetColorU32(fill), 5);
            dl->AddRect(ImVec2(x0, bar_y0), ImVec2(x1, bar_y1), with_alpha(palette::accent, span.current ? 1.f : 0.45f), 5, 0,
                        span.current ? 2.f : 1.f);
        } else {
            // Open-ended: the bar fades out to the right, with no right edge.
            const float fade = seg_w * 0.3f;
            const ImVec4 edge = palette::with_alpha(fill, 0);
            dl->AddRectFilled(ImVec2(x0, bar_y0), ImVec2(x1 - fade, bar_y1), ImGui::GetColorU32(fill), 5,
                              ImDrawFlags_RoundCornersLeft);
            dl->AddRectFilledMultiColor(ImVec2(x1 - fade, bar_y0), ImVec2(x1, bar_y1), ImGui::GetColorU32(fill),
                                        ImGui::GetColorU32(edge), ImGui::GetColorU32(edge), ImGui::GetColorU32(fill));
            const ImU32 line = with_alpha(palette::accent, span.current ? 1.f : 0.45f);
            const float t = span.current ? 2.f : 1.f;
            dl->AddLine(ImVec2(x0 + 5, bar_y0), ImVec2(x1 - fade, bar_y0), line, t);
            dl->AddLine(ImVec2(x0 + 5, bar_y1), ImVec2(x1 - fade, bar_y1), line, t);
            dl->AddLine(ImVec2(x0, bar_y0 + 5), ImVec2(x0, bar_y1 - 5), line, t);
        }
        const std::string label = stage_label(i, counts);
        dl->PushClipRect(ImVec2(x0 + 2, bar_y0), ImVec2(x1 - 2, bar_y1), true);
        dl->AddText(ImVec2(x0 + 8, bar_y0 + (bar_y1 - bar_y0 - lh) / 2), span.current ? IM_COL32_WHITE : ink,
                    label.c_str());
        dl->PopClipRect();
        // The days under the bar: editable with a sink, else as text.
        if (sink) {
            ImGui::SetCursorScreenPos(ImVec2(x0, days_y));
            ImGui::PushID(core::stage_key(span.stage));
            auto start = day_input(std::string("stage_start_") + core::stage_key(span.stage), span.start_day, false, "0",
                                   start_w);
            ImGui::SameLine(0, 4);
            ImGui::TextUnformatted("–");
            ImGui::SameLine(0, 4);
            auto end = day_input(std::string("stage_end_") + core::stage_key(span.stage), span.end_day, true,
                                 tr(S::stage_open_ended, L), end_w);
            days_unit(span.end_day, L);
            ImGui::PopID();
            if (start) sink->push(core::stage_days_edit(plan, span.stage, start->value_or(0), span.end_day));
            if (end) sink->push(core::stage_days_edit(plan, span.stage, span.start_day, *end));
        } else {
            column_text(dl, ImVec2(x0 + 2, days_y), x1 - x0 - 2, muted, span_days_text(span, L, !words));
        }
        column_text(dl, ImVec2(x0 + 2, dates_y), x1 - x0 - 2, muted, span_dates_text(span, !words));
    }

    // Referral: long-term, alongside the others.
    const core::StageSpan& ref = info.timeline[4];
    const float inputs_w = sink ? start_w + end_w + ImGui::CalcTextSize("–").x +
                                      ImGui::CalcTextSize(tr(S::kpi_days_unit, L)).x + 12 + fs * 0.5f
                                : 0;
    const float rx0 = x_of_day(ref.start_day);
    const float rx1 = ref.end_day ? std::max(rx0 + 8, x_of_day(*ref.end_day)) : o.x + W - gap - inputs_w;
    ImGui::SetCursorScreenPos(ImVec2(rx0, ref_y0));
    ImGui::InvisibleButton("###timeline_referral", ImVec2(std::max(1.f, rx1 - rx0), ref_y1 - ref_y0));
    if (ImGui::IsItemClicked()) view.select_stage = (int)core::Stage::referral;
    if (ImGui::IsItemHovered()) stage_tooltip(plan, ref, info.progress[4], L);
    const ImVec4 rfill = palette::with_alpha(palette::referral, info.referral_active ? 0.30f : 0.10f);
    dl->AddRectFilled(ImVec2(rx0, ref_y0), ImVec2(rx1, ref_y1), ImGui::GetColorU32(rfill), 5);
    std::string rlabel = std::string(tr(S::stage_referral, L)) + " · " + span_days_text(ref, L);
    if (info.progress[4].total)
        rlabel += "  " + std::to_string(info.progress[4].done) + "/" + std::to_string(info.progress[4].total);
    dl->PushClipRect(ImVec2(rx0, ref_y0), ImVec2(rx1, ref_y1), true);
    dl->AddText(ImVec2(rx0 + 8, ref_y0 + (ref_y1 - ref_y0 - lh) / 2), ink, rlabel.c_str());
    dl->PopClipRect();
    if (sink) {
        ImGui::SetCursorScreenPos(ImVec2(o.x + W - inputs_w, ref_y0));
        ImGui::PushID("referral");
        auto start = day_input("stage_start_referral", ref.start_day, false, "0", start_w);
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted("–");
        ImGui::SameLine(0, 4);
        auto end = day_input("stage_end_referral", ref.end_day, true, tr(S::stage_open_ended, L), end_w);
        days_unit(ref.end_day, L);
        ImGui::PopID();
        if (start) sink->push(core::stage_days_edit(plan, core::Stage::referral, start->value_or(0), ref.end_day));
        if (end) sink->push(core::stage_days_edit(plan, core::Stage::referral, ref.start_day, *end));
    }

    // Today.
    if (info.day) {
        const float x = info.before_start ? o.x : x_of_day(*info.day);
        const ImU32 mark = palette::chart_ink;
        dl->AddLine(ImVec2(x, bar_y0 - 2), ImVec2(x, bar_y1 + 2), mark, 2);
        dl->AddLine(ImVec2(x, ref_y0 - 2), ImVec2(x, ref_y1 + 2), mark, 2);
        dl->AddTriangleFilled(ImVec2(x - 5, bar_y0 - 7), ImVec2(x + 5, bar_y0 - 7), ImVec2(x, bar_y0 - 1), mark);
        const std::string today = info.before_start
                                      ? std::string(tr(S::stage_today, L))
                                      : std::string(tr(S::stage_today, L)) + " · " +
                                            core::fmt(tr(S::kpi_day_n, L), {{"n", std::to_string(*info.day)}});
        const float tw = ImGui::CalcTextSize(today.c_str()).x;
        const float tx = std::clamp(x - tw / 2, o.x, o.x + W - tw);
        dl->AddText(ImVec2(tx, o.y), mark, today.c_str());
    }
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(W, total_h));
    if (edits && !sink) stage_day_fields(plan, info, L, *edits);
}

// ---- due now -----------------------------------------------------------------------------
void due_checklist(const core::StageInfo& info, core::Lang L, EditSink& sink, const char* id_prefix, int max_rows,
                   bool& show_all) {
    if (!info.day) {
        ImGui::TextDisabled("%s", tr(S::kpi_due_no_start, L));
        return;
    }
    if (info.due.empty()) {
        ImGui::TextDisabled("%s", tr(info.current ? S::kpi_due_none : S::kpi_due_no_stage, L));
        return;
    }
    const int shown = show_all ? (int)info.due.size() : std::min((int)info.due.size(), max_rows);
    for (int i = 0; i < shown; ++i) {
        const core::DueCheck& d = info.due[(size_t)i];
        bool done = false;
        const std::string id = std::string(id_prefix) + "_due_" + d.id;
        if (ImGui::Checkbox(("##" + id).c_str(), &done))
            sink.push(core::set_edit({"kpis", core::stage_key(d.stage), "checklist", d.id, "done"}, true));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        std::string text = d.text.empty() ? tr(S::kpi_check_untitled, L) : d.text;
        if (info.current && d.stage != *info.current) text += std::string(" · ") + tr(core::label_of(d.stage), L);
        wrapped_text(text);
    }
    const int hidden = (int)info.due.size() - max_rows;
    if (hidden > 0) {
        const std::string label = show_all ? std::string(tr(S::kpi_due_fewer, L))
                                           : core::fmt(tr(S::kpi_due_more, L), {{"n", std::to_string(hidden)}});
        if (small_button(labelled(label, std::string(id_prefix) + "_due_toggle").c_str())) show_all = !show_all;
    }
}

// ---- alerts -------------------------------------------------------------------------------
void alert_card(const core::AlertResult& a, core::Lang L) {
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::Indent(10);
    ImGui::BeginGroup();
    state_badge(tr(core::label_of(a.state), L), alert_color(a.state));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    user_text(a.name);
    if (a.since) {
        ImGui::SameLine(0, 12);
        ImGui::TextDisabled("%s", core::fmt(tr(S::alert_since, L), {{"date", core::format_date(*a.since)}}).c_str());
    }
    wrapped_text(a.why);
    if (a.state == core::AlertState::triggered && !a.action.empty())
        wrapped_text(core::fmt(tr(S::alert_what_to_do, L), {{"action", a.action}}));
    ImGui::EndGroup();
    ImGui::Unindent(10);
    const float y1 = ImGui::GetItemRectMax().y;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p0.x + 3, p0.y + 2), ImVec2(p0.x + 3, y1 - 2),
                                        ImGui::GetColorU32(alert_color(a.state)), 3);
}

// ---- funnel --------------------------------------------------------------------------------
void funnel_chart(const core::Funnel& f, core::Lang L) {
    const S labels[] = {S::funnel_members, S::funnel_active, S::funnel_buyers};
    const S metrics[] = {S::metric_members, S::metric_active, S::metric_buyers};
    const float fs = ImGui::GetFontSize();
    const float W = std::min(ImGui::GetContentRegionAvail().x, fs * 40);
    const float label_w = fs * 4.5f, bar_area = std::max(fs * 8, W * 0.42f);
    const float row_h = ImGui::GetFrameHeight() * 1.15f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double members = f.steps[0].value.value_or(0);
    for (int i = 0; i < 3; ++i) {
        const core::FunnelStep& step = f.steps[i];
        const ImVec2 o = ImGui::GetCursorScreenPos();
        dl->AddText(ImVec2(o.x, o.y + (row_h - ImGui::GetTextLineHeight()) / 2), ImGui::GetColorU32(ImGuiCol_Text),
                    tr(labels[i], L));
        const float cx = o.x + label_w + bar_area / 2;
        float frac = 1;
        if (step.value && members > 0) frac = (float)std::clamp(*step.value / members, 0.0, 1.0);
        else if (i > 0) frac = 0.5f;
        frac = std::max(frac, 0.08f);
        const float half = bar_area * frac / 2;
        const ImVec4 fill = palette::with_alpha(palette::accent, step.value ? 0.75f - 0.18f * i : 0.0f);
        dl->AddRectFilled(ImVec2(cx - half, o.y + 2), ImVec2(cx + half, o.y + row_h - 2), ImGui::GetColorU32(fill), 4);
        if (!step.value)
            dl->AddRect(ImVec2(cx - half, o.y + 2), ImVec2(cx + half, o.y + row_h - 2),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled), 4);
        const std::string value = step.value ? core::format_number(*step.value) : "—";
        const float vw = ImGui::CalcTextSize(value.c_str()).x;
        dl->AddText(ImVec2(cx - vw / 2, o.y + (row_h - ImGui::GetTextLineHeight()) / 2),
                    step.value && i < 2 ? IM_COL32_WHITE : ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
        std::string note;
        if (!step.value) note = core::fmt(tr(S::funnel_no_value, L), {{"metric", tr(metrics[i], L)}});
        else if (step.from_basics) note = tr(S::funnel_from_basics, L);
        else if (step.date) note = core::format_date(*step.date);
        if (step.rate_of_previous)
            note = core::fmt(tr(S::funnel_rate_of_previous, L), {{"pct", core::format_number(*step.rate_of_previous)}}) +
                   (i == 2 && step.rate_of_members
                        ? "  " + core::fmt(tr(S::funnel_rate_of_members, L),
                                           {{"pct", core::format_number(*step.rate_of_members)}})
                        : std::string());
        ImGui::SetCursorScreenPos(ImVec2(o.x + label_w + bar_area + fs * 0.8f, o.y + (row_h - ImGui::GetFrameHeight()) / 2));
        ImGui::AlignTextToFramePadding();
        if (step.value) ImGui::TextUnformatted(note.c_str());
        else ImGui::TextDisabled("%s", note.c_str());
        ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + row_h + 2));
    }
    ImGui::Dummy(ImVec2(1, 0));
    ImGui::TextDisabled("%s", tr(S::funnel_reference, L));
}

void tab_row(const std::vector<std::string>& labels, int& selected) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(3, style.ItemSpacing.y));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.f);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    for (int i = 0; i < (int)labels.size(); ++i) {
        const bool on = i == selected;
        ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[on ? ImGuiCol_TabSelected : ImGuiCol_Tab]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_TabHovered]);
        if (i) wrap_before(button_width(labels[(size_t)i].c_str()));
        if (ImGui::Button(labels[(size_t)i].c_str())) selected = i;
        ImGui::PopStyleColor(2);
    }
    ImGui::PopStyleVar(2);
    // The rule under the tabs, as a tab bar draws it.
    const float y = ImGui::GetItemRectMax().y;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(start.x - 4, y), ImVec2(start.x + ImGui::GetContentRegionAvail().x + 4, y),
                                        ImGui::GetColorU32(style.Colors[ImGuiCol_TabSelected]), 1.5f);
    ImGui::Spacing();
}

void checklist_progress(const core::StageProgress& progress, core::Lang L, float width) {
    const std::string overlay = core::fmt(tr(S::stage_progress, L), {{"done", std::to_string(progress.done)},
                                                                     {"total", std::to_string(progress.total)}});
    ImGui::ProgressBar(progress.total ? (float)progress.done / (float)progress.total : 0.f, ImVec2(width, 0),
                       overlay.c_str());
}

}  // namespace ui
