#pragma once
// Derived figures are computed once, not every frame (docs/architecture.md,
// "Derived figures"). A panel that shows something computed from the whole
// plan — the calendar of a range, the mix of a week, the triggered alerts,
// today's lines — keeps it in a Memo with the plan serial and the inputs it
// was computed for (a range, today, the language), and computes it again
// only when one of them changes. The plan serial changes with every edit,
// undo, load and reload (App), so a kept figure is never stale.
#include <cstdint>
#include <optional>
#include <tuple>
#include <utility>

namespace ui {

// How many times any Memo has computed its value: a frame that changes
// nothing computes nothing (tests/ui/memo_ui_test.cpp).
inline std::uint64_t g_memo_computes = 0;

template <class T, class... Key>
class Memo {
public:
    // The value for this plan serial and these inputs, computed by
    // `compute()` only if the kept one was computed for others.
    template <class F>
    const T& get(unsigned plan_serial, std::tuple<Key...> key, F&& compute) {
        if (!value_ || plan_serial != serial_ || key != key_) {
            value_.emplace(std::forward<F>(compute)());
            serial_ = plan_serial;
            key_ = std::move(key);
            ++g_memo_computes;
        }
        return *value_;
    }

private:
    std::optional<T> value_;
    unsigned serial_ = 0;
    std::tuple<Key...> key_{};
};

}  // namespace ui
