#pragma once
// The library panel's view state (library_panel.cpp).
#include <string>
#include <vector>

#include "core/library/library.hpp"

namespace ui {

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
};

}  // namespace ui
