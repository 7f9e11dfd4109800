#include "core/model/stable_sort.hpp"

#include <algorithm>
#include <numeric>

namespace core::detail {

std::vector<size_t> stable_order(size_t n, Before before, const void* context) {
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return before(context, a, b); });
    return order;
}

}  // namespace core::detail
