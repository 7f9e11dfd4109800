// 内容规划 (content planning): the calendar, the content mix, production, the asset
// library and the exports, one tab each; and the helpers the tabs share.
#include <algorithm>
#include <unordered_map>

#include "core/rules/calendar.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/content_parts.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace content {

ImU32 category_u32(std::optional<core::Category> category, float alpha) {
    return ImGui::ColorConvertFloat4ToU32(palette::category_fill(category, alpha));
}

bool button(S text, core::Lang L, const std::string& id) { return ImGui::Button(labelled(text, L, id).c_str()); }

void error_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
    wrapped_text(text);
    ImGui::PopStyleColor();
}

void color_chip(std::optional<core::Category> category) {
    const float s = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    // On a line aligned to frame padding the text sits lower: so does the chip.
    const float y = p.y + ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset + (ImGui::GetTextLineHeight() - s) / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + s, y + s), category_u32(category), 2);
    ImGui::Dummy(ImVec2(s, ImGui::GetTextLineHeight()));
}

void legend(core::Lang L) {
    for (core::Category c : kCategories) {
        color_chip(c);
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(tr(core::label_of(c), L));
        ImGui::SameLine(0, 14);
    }
    color_chip(std::nullopt);
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(tr(S::content_legend_other, L));
    ImGui::SameLine(0, 14);
    // A gap: an outlined box, like the empty slots in the week view.
    const float s = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + (ImGui::GetTextLineHeight() - s) / 2;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(p.x, y), ImVec2(p.x + s, y + s), palette::box_edge, 2);
    ImGui::Dummy(ImVec2(s, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(tr(S::content_legend_gap, L));
}

std::optional<int> int_input(const std::string& id, int value, float width_em) {
    static std::unordered_map<ImGuiID, int> buffers;
    const std::string l = "##" + id;
    const ImGuiID gid = ImGui::GetID(l.c_str());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    int& v = buffers[gid];
    if (g.ActiveId != gid && g.ActiveIdPreviousFrame != gid) v = value;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * width_em);
    ImGui::InputInt(l.c_str(), &v, 0, 0);
    if (ImGui::IsItemDeactivatedAfterEdit() && v != value) return v;
    return std::nullopt;
}

core::Date shown_day(ContentView& view, AppActions& actions) {
    if (!view.anchored) {
        view.anchor = actions.today_days();
        view.anchored = true;
    }
    return core::Date{view.anchor};
}

core::Date week_start(const ContentView& view) { return core::monday_of(core::Date{view.anchor}); }
core::Date week_end(const ContentView& view) { return core::Date{week_start(view).days + 6}; }

std::string month_day(core::Date date) { return core::format_date(date).substr(5); }

std::string range_text(core::Date from, core::Date to) {
    return core::format_date(from) + " – " + core::format_date(to);
}

void period_nav(ContentView& view, core::Lang L, AppActions& actions, bool month, const char* id) {
    const std::string base = std::string("###") + id;
    if (ImGui::Button((std::string("← ") + tr(month ? S::content_prev_month : S::content_prev_week, L) + base + "_prev").c_str())) {
        if (month) {
            int y, m, d;
            core::ymd_from_date(core::first_of_month(core::Date{view.anchor}), y, m, d);
            view.anchor = core::date_from_ymd(m == 1 ? y - 1 : y, m == 1 ? 12 : m - 1, 1).days;
        } else {
            view.anchor -= 7;
        }
    }
    wrap_before(button_width(tr(month ? S::content_this_month : S::content_this_week, L)));
    if (ImGui::Button((std::string(tr(month ? S::content_this_month : S::content_this_week, L)) + base + "_today").c_str()))
        view.anchor = actions.today_days();
    const std::string next = std::string(tr(month ? S::content_next_month : S::content_next_week, L)) + " →";
    wrap_before(button_width(next.c_str()));
    if (ImGui::Button((next + base + "_next").c_str())) {
        if (month) {
            int y, m, d;
            core::ymd_from_date(core::first_of_month(core::Date{view.anchor}), y, m, d);
            view.anchor = core::date_from_ymd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1).days;
        } else {
            view.anchor += 7;
        }
    }
}

void mix_bar(const std::array<double, 3>& percents, const core::MixTargets& targets, float width, float height) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y0 = p.y + 2, y1 = p.y + height - 2;
    float x = p.x;
    for (size_t c = 0; c < 3; ++c) {
        const float w = width * (float)std::clamp(percents[c], 0.0, 100.0) / 100.0f;
        if (w > 0) draw->AddRectFilled(ImVec2(x, y0), ImVec2(x + w, y1), category_u32(kCategories[c]));
        x += w;
    }
    draw->AddRect(ImVec2(p.x, y0), ImVec2(p.x + width, y1), palette::box_edge);
    // The target boundaries: where activation ends and where conversion ends.
    const float t1 = p.x + width * targets.activation / 100.0f;
    const float t2 = p.x + width * (targets.activation + targets.conversion) / 100.0f;
    for (float t : {t1, t2}) draw->AddLine(ImVec2(t, p.y), ImVec2(t, p.y + height), palette::target_mark, 2);
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace content

namespace {

bool tab(S text, core::Lang L, const char* id) { return tab_item(labelled(text, L, id).c_str()); }

}  // namespace

void draw_content_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    ContentView& view = ui.content;
    content::shown_day(view, actions);
    if (!begin_tabs("###content_tabs")) return;
    if (tab(S::content_tab_calendar, L, "content_tab_calendar")) {
        content::draw_calendar(plan, view, L, actions, sink);
        end_tab_item();
    }
    if (tab(S::content_tab_mix, L, "content_tab_mix")) {
        content::draw_mix(plan, view, L, actions, sink);
        end_tab_item();
    }
    if (tab(S::content_tab_production, L, "content_tab_production")) {
        content::draw_production(plan, view, ui.message_edit, ui.figures, L, actions, sink);
        end_tab_item();
    }
    if (tab(S::content_tab_assets, L, "content_tab_assets")) {
        content::draw_assets(plan, view, L, actions, sink);
        end_tab_item();
    }
    if (tab(S::content_tab_export, L, "content_tab_export")) {
        content::draw_export(plan, view, L, actions, sink);
        end_tab_item();
    }
    end_tabs();
}

}  // namespace ui
