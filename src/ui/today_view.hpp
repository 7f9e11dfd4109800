#pragma once
// What the Today view remembers between frames: the role it is for (kept on
// this device, App::frame), the day shown, the line being skipped, and the
// heights of the cards drawn (only those near the screen are drawn).
#include <string>

#include "core/rules/calendar.hpp"
#include "ui/row_clip.hpp"

namespace ui {

struct TodayView {
    std::string role;            // a role id; "" = every role
    int day_offset = 0;          // 0 today, -1 yesterday, 1 tomorrow …
    bool skip_open = false;      // the "why skip it" dialog
    core::CalendarItem skipping; // the line it is for
    std::string skip_reason;
    RowClip cards, tomorrow;     // the day's cards, tomorrow's lines
};

}  // namespace ui
