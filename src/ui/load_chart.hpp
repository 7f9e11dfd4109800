#pragma once
// One week's messages per day as bars against the budget: the chart the
// dashboard and the rhythm's message-load tab both draw from the same
// core::week_load() (sop_rules.hpp), so the two always show one figure.
#include "core/rules/sop_rules.hpp"

namespace ui {

// Bars for Monday–Sunday of `week` (today's labelled 今天 / Today), the budget
// as a line across, days over it in the warning colour; `width` and `height`
// in pixels (the width is capped by the space available). In a frame that
// captures text, the figures are logged as "[load 2026-11-30] 0 0 0 6 5 6 6"
// (Monday first), for tests: the counts themselves are drawn shapes.
void week_load_chart(const core::WeekLoad& week, core::Date today, core::Lang L, float width, float height);

// "超出预算：周四、周五" for the week's days over budget; "" when none.
std::string week_over_days(const core::WeekLoad& week, core::Lang L);

}  // namespace ui
