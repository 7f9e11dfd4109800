#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/layout.hpp"

namespace ui {

void apply_theme(float font_px, bool touch) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.PopupRounding = 6;
    style.ChildRounding = 6;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.WindowPadding = ImVec2(14, 12);
    style.ScrollbarSize = 14;
    style.FrameBorderSize = 1;
    ImVec4* c = style.Colors;
    const ImVec4 paper(0.957f, 0.945f, 0.918f, 1.0f);     // #f4f1ea
    const ImVec4 ink(0.17f, 0.17f, 0.17f, 1.0f);
    const ImVec4 accent = palette::accent;
    const ImVec4 accent_soft = palette::with_alpha(accent, 0.18f);
    const ImVec4 accent_mid = palette::with_alpha(accent, 0.32f);
    const ImVec4 paper_dark(0.925f, 0.91f, 0.875f, 1);   // the menu bar and table headers
    c[ImGuiCol_Text] = ink;
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.43f, 0.40f, 1);
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 0.55f);
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
    c[ImGuiCol_MenuBarBg] = paper_dark;
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.77f, 0.71f, 0.8f);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(1, 0.97f, 0.94f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(1, 0.95f, 0.90f, 1);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_Button] = accent_soft;
    c[ImGuiCol_ButtonHovered] = accent_mid;
    c[ImGuiCol_ButtonActive] = palette::with_alpha(accent, 0.5f);
    c[ImGuiCol_Header] = accent_soft;
    c[ImGuiCol_HeaderHovered] = accent_mid;
    c[ImGuiCol_HeaderActive] = palette::with_alpha(accent, 0.45f);
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_TableHeaderBg] = paper_dark;
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.945f, 0.92f, 0.6f);
    c[ImGuiCol_Tab] = accent_soft;
    c[ImGuiCol_TabHovered] = accent_mid;
    c[ImGuiCol_TabSelected] = palette::with_alpha(accent, 0.42f);
    c[ImGuiCol_TextSelectedBg] = palette::with_alpha(accent, 0.30f);
    c[ImGuiCol_NavCursor] = accent;
    style.ScaleAllSizes(font_px / 16.0f);
    if (touch) {
        // A finger needs a target kTouchTarget tall: frames (fields, buttons,
        // checkboxes, combos, tabs) grow to it; selectables get it from
        // ui::selectable. Room between items and fatter scrollbars and grabs
        // keep a finger off the neighbour.
        style.FramePadding = ImVec2(std::max(style.FramePadding.x, 10.0f), std::ceil((kTouchTarget - font_px) / 2));
        style.ItemSpacing = ImVec2(std::max(style.ItemSpacing.x, 12.0f), std::max(style.ItemSpacing.y, 10.0f));
        style.ItemInnerSpacing = ImVec2(10, 8);
        style.ScrollbarSize = 24;
        style.GrabMinSize = 28;
        style.TouchExtraPadding = ImVec2(4, 4);
    }
    style.FontSizeBase = font_px;   // read by the next NewFrame: call between frames
    ImGui::GetStyle() = style;
}

namespace palette {

ImVec4 category_fill(std::optional<core::Category> category, float alpha) {
    if (!category) return ImVec4(0.80f, 0.76f, 0.88f, alpha);
    switch (*category) {
        case core::Category::activation: return ImVec4(0.58f, 0.80f, 0.54f, alpha);
        case core::Category::conversion: return ImVec4(0.97f, 0.68f, 0.42f, alpha);
        case core::Category::brand: return ImVec4(0.58f, 0.72f, 0.93f, alpha);
    }
    return ImVec4(0.8f, 0.8f, 0.8f, alpha);
}

ImVec4 category_series(core::Category category) {
    switch (category) {
        case core::Category::activation: return ImVec4(0.36f, 0.62f, 0.36f, 1);
        case core::Category::conversion: return ImVec4(0.86f, 0.50f, 0.22f, 1);
        case core::Category::brand: return ImVec4(0.36f, 0.52f, 0.78f, 1);
    }
    return accent;
}

ImVec4 tag_fill(core::Color color) {
    switch (color) {
        case core::Color::red: return ImVec4(0.90f, 0.55f, 0.52f, 1);
        case core::Color::orange: return ImVec4(0.96f, 0.72f, 0.50f, 1);
        case core::Color::yellow: return ImVec4(0.96f, 0.87f, 0.52f, 1);
        case core::Color::green: return ImVec4(0.66f, 0.85f, 0.60f, 1);
        case core::Color::teal: return ImVec4(0.56f, 0.84f, 0.80f, 1);
        case core::Color::blue: return ImVec4(0.62f, 0.76f, 0.94f, 1);
        case core::Color::purple: return ImVec4(0.78f, 0.68f, 0.92f, 1);
        case core::Color::gray: return ImVec4(0.80f, 0.79f, 0.77f, 1);
    }
    return ImVec4(0.8f, 0.8f, 0.8f, 1);
}

}  // namespace palette

}  // namespace ui
