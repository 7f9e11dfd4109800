#pragma once
// Shared by the tests of edits: apply one that must be accepted (and check
// one undo takes it all back), and find a list's element by id.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/text/i18n.hpp"

namespace testing {

inline core::Plan applied(const core::Plan& p, const core::Edit& e) {
    core::Applied a = core::apply(p, e);
    REQUIRE_MESSAGE(!a.problem, core::problem_text(a.problem, core::Lang::en));
    CHECK(core::apply(a.plan, a.undo).plan == p);   // one undo takes it all back
    return a.plan;
}

// The element of `list` with this id, or nullptr.
template <class T>
const T* by_id(const std::vector<T>& list, const std::string& id) {
    for (const T& element : list)
        if (element.id == id) return &element;
    return nullptr;
}

}  // namespace testing
