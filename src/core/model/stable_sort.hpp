// core::stable_sort: std::stable_sort of a whole vector or array, compiled once.
// The planner sorts with it alone (std::sort too would be one more sort per
// element type).
//
// Each std::stable_sort call is a merge sort of its own for its element type
// and comparator: the planner's 25 were 70 KB of the wasm the browser
// downloads and compiles (docs/architecture.md, "Size of the wasm"). This one
// orders the positions with the one merge sort in stable_sort.cpp, asking the
// caller's comparator through a function pointer, then moves the elements into
// that order. The result is std::stable_sort's: equal elements keep their order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

namespace core {

namespace detail {
using Before = bool (*)(const void* context, size_t a, size_t b);
// 0 … n-1 ordered stably by before(context, a, b).
std::vector<size_t> stable_order(size_t n, Before before, const void* context);
}  // namespace detail

template <class List, class Less>
void stable_sort(List& v, Less less) {
    struct Context {
        const List* v;
        Less* less;
    } context{&v, &less};
    const std::vector<size_t> order = detail::stable_order(
        v.size(),
        [](const void* c, size_t a, size_t b) {
            const Context& x = *static_cast<const Context*>(c);
            return (bool)(*x.less)((*x.v)[a], (*x.v)[b]);
        },
        &context);
    std::vector<typename List::value_type> sorted;
    sorted.reserve(v.size());
    for (size_t i : order) sorted.push_back(std::move(v[i]));
    // A vector takes the sorted one whole: each element is moved once.
    if constexpr (std::is_same_v<List, std::vector<typename List::value_type>>) v = std::move(sorted);
    else std::move(sorted.begin(), sorted.end(), v.begin());
}

}  // namespace core
