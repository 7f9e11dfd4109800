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
    // burst: edits of one burst of typing into one field share a nonzero
    // number; a set edit of the same burst and path as the step just
    // recorded (nothing undone since) becomes part of that step, so undo
    // takes the whole burst back at once.
    Applied commit(const Plan& plan, const Edit& edit, unsigned burst = 0);
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
    unsigned last_burst_ = 0;   // the burst of the last step recorded; 0 after undo, redo, clear
};

}  // namespace core
