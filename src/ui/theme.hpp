#pragma once
// The look: a warm light theme, sizes scaled with the user's font setting,
// and the named colours panels draw with (one place to change a colour, and
// the same red means the same thing everywhere).
#include <optional>

#include "core/model/enums.hpp"
#include "imgui.h"

namespace ui {
// font_px: the base font size in CSS pixels (14–20); touch: sizes for a
// finger (ui::Layout::touch). Call between frames.
void apply_theme(float font_px, bool touch);

namespace palette {
// The theme's accent, #c8553d: the title, current stage, funnel, today.
inline constexpr ImVec4 accent{0.784f, 0.333f, 0.239f, 1};
// A colour with another alpha (the theme's soft and mid accents).
constexpr ImVec4 with_alpha(ImVec4 c, float alpha) { return ImVec4(c.x, c.y, c.z, alpha); }
// Section headings and the titles of days and stages: a darker accent.
inline constexpr ImVec4 heading{0.55f, 0.22f, 0.15f, 1};
// Something failed or is lost: not saved, storage problems, a refused file.
inline constexpr ImVec4 error{0.70f, 0.12f, 0.10f, 1};
// Needs attention: a KPI off track, a triggered alert, a bad value, a limit.
inline constexpr ImVec4 warning{0.75f, 0.15f, 0.10f, 1};
// A reminder rather than a fault (a plan never exported): amber.
inline constexpr ImVec4 caution{0.62f, 0.40f, 0.05f, 1};
// Doing well: a top-performing content item.
inline constexpr ImVec4 ok{0.20f, 0.50f, 0.22f, 1};

// KPI states (kpi_widgets: badges, sparklines, alert cards).
inline constexpr ImVec4 on_track{0.22f, 0.53f, 0.28f, 1};
inline constexpr ImVec4 at_risk{0.80f, 0.52f, 0.06f, 1};
inline constexpr ImVec4 no_data{0.55f, 0.53f, 0.50f, 1};
// The referral band under the stage timeline (alpha set where drawn).
inline constexpr ImVec4 referral{0.24f, 0.48f, 0.56f, 1};

// Calendar cells: a skipped item, an empty slot (a gap).
inline constexpr ImVec4 skipped_fill{0.88f, 0.87f, 0.85f, 1};
inline constexpr ImVec4 gap_fill{1, 1, 1, 0.7f};

// Packed colours for the draw lists (charts, calendar cells), as drawn.
// The accent #c8553d with an alpha 0–255: today's cell, a selected day, a bar.
constexpr ImU32 accent_u32(int alpha) { return IM_COL32(200, 85, 61, alpha); }
inline constexpr ImU32 chart_ink = IM_COL32(40, 40, 40, 255);        // counts over bars, marks
inline constexpr ImU32 chart_label = IM_COL32(90, 90, 90, 255);      // weekday names under bars
inline constexpr ImU32 budget_line = IM_COL32(120, 40, 30, 255);     // the message budget across a chart
inline constexpr ImU32 over_budget = IM_COL32(200, 60, 45, 255);     // a bar above the budget
inline constexpr ImU32 bar_track = IM_COL32(230, 226, 218, 255);     // the empty part of a bar
inline constexpr ImU32 box_edge = IM_COL32(150, 140, 125, 255);      // outlines of swatches and the mix bar
inline constexpr ImU32 target_mark = IM_COL32(60, 50, 45, 255);      // the mix bar's target ticks
inline constexpr ImU32 spark_bg = IM_COL32(255, 255, 255, 150);      // a sparkline's box
inline constexpr ImU32 spark_edge = IM_COL32(190, 185, 175, 255);
inline constexpr ImU32 spark_target = IM_COL32(120, 115, 105, 200);  // its dashed target line

// Content categories as light fills (calendar, mix) with alpha, and as the
// darker series of the dashboard's charts.
ImVec4 category_fill(std::optional<core::Category> category, float alpha = 1);
ImVec4 category_series(core::Category category);
// The colour tags users give rhythm columns (core::Color), as light fills.
ImVec4 tag_fill(core::Color color);
}  // namespace palette
}  // namespace ui
