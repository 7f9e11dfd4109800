#pragma once
// The content section's view state (content_*.cpp).
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/rules/calendar.hpp"
#include "core/rules/content_mix.hpp"
#include "ui/memo.hpp"
#include "ui/row_clip.hpp"

namespace ui {

// The content section's view: the day whose week or month the calendar and
// the mix show, the item in the calendar's editor, the inputs of the bulk
// operations, the tables' sort and filters, and the export range.
struct ContentView {
    bool anchored = false;           // anchor set (to today on the first draw)
    int anchor = 0;                  // a day (days since 1970-01-01) in the week or month shown
    bool month = false;              // month view instead of week view
    std::optional<core::CalendarItem> selected;   // the item in the editor
    bool open_editor = false;        // open the editor popup this frame
    std::string move_date, move_time, retitle;
    int copy_weeks = 1;
    std::string shift_from, shift_to;
    int shift_days = 7;
    std::string repeat_item;         // content item id
    int repeat_interval = 7;
    bool repeat_until = false;       // end by date instead of by count
    int repeat_count = 4;
    std::string repeat_until_date;
    std::string notice;              // the last bulk operation's result
    bool fill_shown = false;         // the auto-fill proposal is shown
    enum class FillRange { week, month, custom };
    FillRange fill_range = FillRange::week;   // auto-fill: the week or month shown, or the dates typed
    std::string fill_from, fill_to;  // the custom range as typed
    Memo<core::AutoFill, int, int, core::Lang> fill;   // the auto-fill of a range (from, to), in a language
    int sort_column = -1;            // production table sort (column index, -1 = none)
    bool sort_descending = false;
    struct {                         // the table's row order, sorted for these
        unsigned plan_serial = 0;
        int column = -2;
        bool descending = false;
        std::vector<size_t> rows;
    } order;
    Memo<std::vector<core::CalendarItem>, int, int, bool> shown;   // the week or month shown (from, to, with skipped)
    struct MixFigures {              // the mix tab's actual figures
        core::MixCount week, month, all;
    };
    Memo<MixFigures, int> mix_actual;          // for the day shown
    struct ExportCount {
        size_t items = 0;
        int gaps = 0;
    };
    Memo<ExportCount, int, int> export_count;  // calendar items in the export range (from, to)
    // The editor's item as the plan has it now, found by key near its date.
    Memo<std::optional<core::CalendarItem>, std::string, int> selected_now;
    bool performance = false;        // production tab shows the performance table
    std::string focus_item;          // scroll this content item / asset into view
    int zone = -1, category = -1;    // asset filters (-1 = any)
    std::string tag;
    int year_month = 0;              // YYYYMM, 0 = any
    std::string search;
    // The asset rows the filters let through, the width of the longest
    // generated name among them (at this font size) and how many content
    // items use each asset, kept for (zone, category, tag, YYYYMM, search,
    // language, font size).
    struct ShownAssets {
        std::vector<const core::Asset*> rows;
        float name_width = 0;
        std::unordered_map<std::string, int> uses;
    };
    Memo<ShownAssets, int, int, std::string, int, std::string, core::Lang, float> shown_assets;
    // The rows of the production schedule, the performance table and the
    // assets: only those near the screen are drawn, and the row being typed
    // into wherever it is.
    RowClip item_rows, perf_rows, asset_rows;
    std::string export_from, export_to;
};

}  // namespace ui
