#include "ui/theme.hpp"

#include "imgui.h"

namespace ui {

void apply_theme(float font_px) {
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
    const ImVec4 accent(0.784f, 0.333f, 0.239f, 1.0f);    // #c8553d
    const ImVec4 accent_soft(0.784f, 0.333f, 0.239f, 0.18f);
    const ImVec4 accent_mid(0.784f, 0.333f, 0.239f, 0.32f);
    c[ImGuiCol_Text] = ink;
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.43f, 0.40f, 1);
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 0.55f);
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.925f, 0.91f, 0.875f, 1);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.77f, 0.71f, 0.8f);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(1, 0.97f, 0.94f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(1, 0.95f, 0.90f, 1);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_Button] = accent_soft;
    c[ImGuiCol_ButtonHovered] = accent_mid;
    c[ImGuiCol_ButtonActive] = ImVec4(0.784f, 0.333f, 0.239f, 0.5f);
    c[ImGuiCol_Header] = accent_soft;
    c[ImGuiCol_HeaderHovered] = accent_mid;
    c[ImGuiCol_HeaderActive] = ImVec4(0.784f, 0.333f, 0.239f, 0.45f);
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.925f, 0.91f, 0.875f, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.945f, 0.92f, 0.6f);
    c[ImGuiCol_Tab] = accent_soft;
    c[ImGuiCol_TabHovered] = accent_mid;
    c[ImGuiCol_TabSelected] = ImVec4(0.784f, 0.333f, 0.239f, 0.42f);
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.784f, 0.333f, 0.239f, 0.30f);
    c[ImGuiCol_NavCursor] = accent;
    style.ScaleAllSizes(font_px / 16.0f);
    style.FontSizeBase = font_px;   // read by the next NewFrame: call between frames
    ImGui::GetStyle() = style;
}

}  // namespace ui
