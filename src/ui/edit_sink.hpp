#pragma once
// Panels never change the plan: they push edits here, and the app applies
// them after the frame (docs/architecture.md: One direction of data).
#include <vector>

#include "core/edits/edit.hpp"

namespace ui {

struct EditSink {
    std::vector<core::Edit> edits;
    void push(core::Edit edit) { edits.push_back(std::move(edit)); }
};

}  // namespace ui
