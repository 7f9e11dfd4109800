#pragma once
// The rhythm panel's view state (rhythm_panel.cpp).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/rules/calendar.hpp"
#include "core/rules/clashes.hpp"
#include "core/text/i18n.hpp"
#include "ui/memo.hpp"
#include "ui/row_clip.hpp"

namespace ui {

// The rhythm editor's selection: the weekly column being edited and the
// weekdays ticked for "copy to".
struct RhythmView {
    std::string selected_column;
    int copy_days = 0;   // bit d set = weekday d (1–7)
    std::string sheet_role;   // the role whose run-sheet is shown ("" = the first)
    int sheet_day = 0;        // the date shown, as days (0 = today)
    Memo<std::vector<core::CalendarItem>, std::string, int> sheet_items;   // role, day
    // Each phase's routine lines (only those near the screen are drawn, and
    // the line being typed into wherever it is).
    std::array<RowClip, core::enum_count<core::RoutinePhase>()> routine_rows;
    RowClip sheet_rows;       // the role's lines that day (only those near the screen are drawn)
    std::string open_runsheet;   // open this run-sheet's header next frame (just added)
    int load_week = 0;           // the load tab's week, in weeks from this one
    // The load tab's warnings (a year of the calendar is expanded for them),
    // kept until the plan, the day or the language changes.
    struct LoadWarnings {
        std::vector<std::string> platform, over_dates;
    };
    Memo<LoadWarnings, int, core::Lang> warnings;   // today, language
    // The same-minute clashes: a year of the calendar is looked through a
    // slice a frame (core::ClashScan), begun again when the plan or the day
    // changes; their words are made again when the language changes.
    struct Clashes {
        std::optional<core::ClashScan> scan;
        unsigned plan_serial = 0;
        int today = 0;
        core::Lang lang = core::Lang::zh;
        size_t found_shown = SIZE_MAX;       // the scan's found() the lines were made at
        std::vector<std::string> lines;
    } clashes;
};

}  // namespace ui
