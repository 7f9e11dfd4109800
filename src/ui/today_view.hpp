#pragma once
// What the Today view remembers between frames: the role it is for (kept on
// this device, App::frame), the day shown and the line being skipped.
#include <string>

#include "core/rules/calendar.hpp"

namespace ui {

struct TodayView {
    std::string role;            // a role id; "" = every role
    int day_offset = 0;          // 0 today, -1 yesterday, 1 tomorrow …
    bool skip_open = false;      // the "why skip it" dialog
    core::CalendarItem skipping; // the line it is for
    std::string skip_reason;
};

}  // namespace ui
