#pragma once
// The library panel's view state (library_panel.cpp, library_overview.cpp).
#include <optional>
#include <string>
#include <vector>

#include "core/library/library.hpp"
#include "core/library/overview.hpp"

namespace ui {

// Plans the overview reads in one frame (App::refresh_overview): about 60 ms
// of wasm in headless chromium for template-sized plans (BENCHMARKS.md).
inline constexpr int kOverviewReadsPerFrame = 8;

// The library view's copy of the listing, refreshed when something changed.
struct LibraryView {
    bool stale = true;
    std::vector<core::PlanEntry> plans;
    std::vector<core::TrashEntry> trash;
    std::vector<core::AsideEntry> asides;
    std::string renaming;        // id of the plan whose name is being edited
    std::string rename_buffer;
    std::string snapshots_of;    // id whose snapshots are listed
    std::vector<core::SnapshotEntry> snapshots;

    // All groups at a glance (the library's second tab). The rows are read
    // by App::refresh_overview, which the tab asks for when it is shown and
    // the listing, the day or the language changed since; `overview` keeps each plan's summary
    // until its record changes, so only changed plans are read again.
    bool overview_stale = true;                   // the rows must be read again
    std::optional<int> overview_day;              // the day and language the rows were read on
    core::Lang overview_lang = core::Lang::zh;
    core::Overview overview;
    std::vector<core::OverviewRow> overview_rows; // in the order shown
    core::OverviewColumn sort_column = core::OverviewColumn::updated;
    bool sort_descending = true;                  // newest change first, as the listing
};

}  // namespace ui
