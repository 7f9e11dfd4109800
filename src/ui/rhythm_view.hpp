#pragma once
// The rhythm panel's view state (rhythm_panel.cpp).
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "ui/memo.hpp"

namespace ui {

// The rhythm editor's selection: the weekly column being edited and the
// weekdays ticked for "copy to".
struct RhythmView {
    std::string selected_column;
    int copy_days = 0;   // bit d set = weekday d (1–7)
    std::string sheet_role;   // the role whose run-sheet is shown ("" = the first)
    int sheet_day = 0;        // the date shown, as days (0 = today)
    std::string open_runsheet;   // open this run-sheet's header next frame (just added)
    int load_week = 0;           // the load tab's week, in weeks from this one
    // The load tab's warnings (a year of the calendar is expanded for them),
    // kept until the plan, the day or the language changes.
    struct LoadWarnings {
        std::vector<std::string> platform, over_dates, clashes;
    };
    Memo<LoadWarnings, int, core::Lang> warnings;   // today, language
};

}  // namespace ui
