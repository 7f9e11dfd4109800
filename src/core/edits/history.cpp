#include "core/edits/history.hpp"

namespace core {

namespace {
size_t edit_bytes(const Edit& e) {
    size_t n = sizeof(Edit) + e.value.dump().size();
    for (const auto& p : e.path) n += p.size() + sizeof(p);
    return n;
}
}  // namespace

Applied History::commit(const Plan& plan, const Edit& edit, unsigned burst) {
    Applied applied = apply(plan, edit);
    if (applied.problem || !applied.changed) return applied;
    if (burst != 0 && burst == last_burst_ && position_ == steps_.size() && !steps_.empty() &&
        edit.op == EditOp::set && steps_.back().forward.op == EditOp::set && steps_.back().forward.path == edit.path) {
        Step& step = steps_.back();   // its backward edit still restores the value before the burst
        bytes_ -= step.bytes;
        if (edit.value == step.backward.value) {   // typed back to where the burst began: no step at all
            steps_.pop_back();
            position_ = steps_.size();
            last_burst_ = 0;
            return applied;
        }
        step.forward = edit;
        step.bytes = edit_bytes(edit) + edit_bytes(step.backward);
        bytes_ += step.bytes;
        return applied;
    }
    last_burst_ = burst;
    while (steps_.size() > position_) {
        bytes_ -= steps_.back().bytes;
        steps_.pop_back();
    }
    Step step{edit, applied.undo, edit_bytes(edit) + edit_bytes(applied.undo)};
    bytes_ += step.bytes;
    steps_.push_back(std::move(step));
    position_ = steps_.size();
    // Forget the oldest steps past either bound.
    size_t drop = 0;
    size_t kept_bytes = bytes_;
    while (drop < steps_.size() && (steps_.size() - drop > kMaxSteps || kept_bytes > kMaxBytes)) {
        kept_bytes -= steps_[drop].bytes;
        ++drop;
    }
    if (drop) {
        steps_.erase(steps_.begin(), steps_.begin() + (std::ptrdiff_t)drop);
        position_ -= drop;
        bytes_ = kept_bytes;
    }
    return applied;
}

Plan History::undo(const Plan& plan) {
    if (!can_undo()) return plan;
    last_burst_ = 0;
    --position_;
    Applied back = apply(plan, steps_[position_].backward);
    return back.problem ? plan : back.plan;
}

Plan History::redo(const Plan& plan) {
    if (!can_redo()) return plan;
    last_burst_ = 0;
    Applied again = apply(plan, steps_[position_].forward);
    ++position_;
    return again.problem ? plan : again.plan;
}

void History::clear() {
    steps_.clear();
    position_ = 0;
    bytes_ = 0;
    last_burst_ = 0;
}

}  // namespace core
