#pragma once
// The look: a warm light theme, sizes scaled with the user's font setting.
namespace ui {
// font_px: the base font size in CSS pixels (14–20). Call between frames.
void apply_theme(float font_px);
}
