#pragma once
// Edits are values: what the user asked for, addressed by a path of field
// names ("basics", "name") and carrying the new value as JSON. apply() is the
// only place a plan changes; it checks the value with the same reader as an
// imported file and returns the edit that undoes it.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/plan.hpp"
#include "core/problem.hpp"

namespace core {

struct Edit {
    std::vector<std::string> path;
    nlohmann::json value;
    bool operator==(const Edit&) const = default;
};

struct Applied {
    Plan plan;
    Edit undo;         // applying it to `plan` gives the plan before
    Problem problem;   // set when the edit was refused; `plan` is then unchanged
    bool changed = false;
};

Applied apply(const Plan& plan, const Edit& edit);

// Convenience for the UI and tests: build a "set" edit.
Edit set_edit(std::vector<std::string> path, nlohmann::json value);

}  // namespace core
