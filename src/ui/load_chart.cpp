#include "ui/load_chart.hpp"

#include <algorithm>
#include <string>

#include "core/text/i18n.hpp"
#include "imgui.h"
#include "ui/theme.hpp"

namespace ui {

using core::S;
using core::tr;

void week_load_chart(const core::WeekLoad& week, core::Date today, core::Lang L, float width, float height) {
    int top = std::max(week.budget, 1);
    for (int v : week.load) top = std::max(top, v);
    const float lh = ImGui::GetTextLineHeight();
    const float W = std::min(ImGui::GetContentRegionAvail().x, width), H = height;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bar_w = W / 7, chart_h = H - lh * 2.2f, base_y = o.y + lh + chart_h;
    for (int d = 0; d < 7; ++d) {
        const float x0 = o.x + bar_w * d + bar_w * 0.2f, x1 = o.x + bar_w * (d + 1) - bar_w * 0.2f;
        const int n = week.load[(size_t)d];
        const float y0 = base_y - chart_h * n / top;
        const bool is_today = week.monday.days + d == today.days;
        dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, base_y),
                          week.over(d) ? ImGui::GetColorU32(palette::warning)
                                       : ImGui::GetColorU32(palette::with_alpha(palette::accent, is_today ? 0.75f : 0.40f)),
                          3);
        const std::string count = std::to_string(n);
        dl->AddText(ImVec2((x0 + x1 - ImGui::CalcTextSize(count.c_str()).x) / 2, y0 - lh), palette::chart_ink, count.c_str());
        const std::string day = is_today ? std::string(tr(S::stage_today, L)) : tr(core::weekday_short(d + 1), L);
        dl->AddText(ImVec2((x0 + x1 - ImGui::CalcTextSize(day.c_str()).x) / 2, base_y + 2),
                    is_today ? ImGui::GetColorU32(palette::accent) : palette::chart_label, day.c_str());
    }
    const float budget_y = base_y - chart_h * week.budget / top;
    dl->AddLine(ImVec2(o.x, budget_y), ImVec2(o.x + W, budget_y), palette::budget_line, 1.5f);
    ImGui::Dummy(ImVec2(W, H));
    // The figures as a line of the captured screen text only (never drawn):
    // the bars' counts are drawn shapes, so tests read them here, the same
    // way for every view that shows a week.
    std::string figures = "[load " + core::format_date(week.monday) + "]";
    for (int n : week.load) figures += " " + std::to_string(n);
    ImGui::LogText("%s\n", figures.c_str());
}

std::string week_over_days(const core::WeekLoad& week, core::Lang L) {
    std::string days;
    for (int d = 0; d < 7; ++d) {
        if (!week.over(d)) continue;
        if (!days.empty()) days += tr(S::review_list_separator, L);
        days += tr(core::weekday_short(d + 1), L);
    }
    return days.empty() ? days : core::fmt(tr(S::dash_load_over, L), {{"days", days}});
}

}  // namespace ui
