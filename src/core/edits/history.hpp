#pragma once
// Undo/redo over edits. Each step keeps the edit and its inverse (a path and
// two JSON values), never a copy of the plan, so memory grows with what was
// changed, not with the plan's size. Bounded by steps and by bytes.
#include <cstddef>
#include <vector>

#include "core/edits/edit.hpp"

namespace core {

class History {
public:
    static constexpr size_t kMaxSteps = 1000;
    static constexpr size_t kMaxBytes = 16u << 20;

    // Applies the edit; on success records it (dropping any redo steps).
    Applied commit(const Plan& plan, const Edit& edit);
    bool can_undo() const { return position_ > 0; }
    bool can_redo() const { return position_ < steps_.size(); }
    Plan undo(const Plan& plan);
    Plan redo(const Plan& plan);
    void clear();
    size_t steps() const { return steps_.size(); }
    size_t bytes() const { return bytes_; }

private:
    struct Step {
        Edit forward;
        Edit backward;
        size_t bytes;
    };
    std::vector<Step> steps_;
    size_t position_ = 0;
    size_t bytes_ = 0;
};

}  // namespace core
