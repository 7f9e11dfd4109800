#pragma once
// Edits are values: what the user asked for, addressed by a path of field
// names and list-element ids ("rhythm", "slots", "s-3", "time"), carrying
// the new value as JSON. apply() is the only place a plan changes; it reads
// the value with the same checks as an imported file, validates the whole
// plan (ids, references, totals) and returns the edit that undoes it.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/model/problem.hpp"

namespace core {

enum class EditOp {
    set,      // path: a field, a list element or a whole list; value: its new value
    insert,   // path: a list; value: the new element (with its id); before: anchor id or "" = end
    remove,   // path: a list element
    move,     // path: a list element; before: anchor id or "" = end
};

struct Edit {
    EditOp op = EditOp::set;
    std::vector<std::string> path;
    nlohmann::json value;
    std::string before;
    bool operator==(const Edit&) const = default;
};

struct Applied {
    Plan plan;
    Edit undo;         // applying it to `plan` gives the plan before
    Problem problem;   // set when the edit was refused; `plan` is then unchanged
    bool changed = false;
};

Applied apply(const Plan& plan, const Edit& edit);

// The longest text, in bytes of UTF-8, that the text field at `path` takes
// (its Limit, core/model/fields.hpp); 0 when the path names no such field.
// Element ids in the path may be any id: only the shape of the plan is read.
size_t text_limit(const std::vector<std::string>& path);

// Builders for the UI and tests.
Edit set_edit(std::vector<std::string> path, nlohmann::json value);
Edit insert_edit(std::vector<std::string> list_path, nlohmann::json element, std::string before = {});
Edit remove_edit(std::vector<std::string> element_path);
Edit move_edit(std::vector<std::string> element_path, std::string before);

// An edit that adds an element, and the new element's id (for the UI to
// select or focus it).
struct AddEdit {
    Edit edit;
    std::string id;
};

}  // namespace core
