#pragma once
// How the screen is laid out this frame, chosen once per frame from the
// display size (CSS pixels) and the last pointer (docs/architecture.md,
// "Layout"). Every panel reads this one value from UiState::layout.
#include "imgui.h"

namespace ui {

struct Layout {
    float width = 1280;    // the display, in CSS pixels
    float height = 720;
    bool narrow = false;   // a phone: one column, sections in a drawer, tables as cards
    bool wide = false;     // a large screen: a second pane beside the section
    bool touch = false;    // the last pointer was a finger: targets at least kTouchTarget tall
};

constexpr float kNarrowBelow = 600;    // narrower than this: one column
constexpr float kWideFrom = 1600;      // this wide or wider: a second pane
constexpr float kTouchTarget = 44;     // CSS px, the smallest thing a finger should have to hit
constexpr float kDialogMargin = 8;     // CSS px between a dialog and the edge of the screen

inline Layout layout_for(ImVec2 display, bool touch) {
    Layout l;
    l.width = display.x;
    l.height = display.y;
    l.narrow = display.x < kNarrowBelow;
    l.wide = display.x >= kWideFrom;
    l.touch = touch;
    return l;
}

}  // namespace ui
