#pragma once
// Three-way merge of plans (docs/architecture.md, "Master and group copies"):
// the changes the master made since the base, brought into the copy, which
// keeps its own changes since the same base.
//
// - Objects merge field by field; a list of elements with ids merges by id
//   (added, removed, changed, moved), so a change to one column and a change
//   to another never meet. A field changed on both sides to different values
//   is a conflict, and so is an element removed on one side and changed on
//   the other. A list reordered differently on both sides is a conflict of
//   its order. `content.mix` is one value (its parts must total 100), and so
//   is a list of references (a line's attachments).
// - Every conflict is listed, with the place, the master's and the copy's
//   value; each is resolved by its choice, the copy's value unless the caller
//   picks the master's (choices, by the conflict's key, which names the place
//   by element ids and so stays the same from one merge to the next). Nothing is dropped
//   silently: what is not a conflict keeps the change of the side that made it.
// - An element added on both sides under the same id (each side took the
//   smallest free id) is two elements: the master's gets a fresh id, and the
//   master's references to it follow.
// - An element one side removed that the result still refers to (the copy's
//   new column on a slot the master removed) is kept, and listed in `kept`.
// - The result is validated like every plan; a merge that cannot give a valid
//   plan (the rare date range whose two ends moved on different sides) gives
//   a conflict of the whole range, and a merge that still fails gives a
//   problem and no plan.
//
// The plan's `master` link is not merged: the result keeps the copy's.
#include <map>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/model/problem.hpp"
#include "core/text/i18n.hpp"

namespace core {

enum class MergeSide { copy, master };

struct MergeConflict {
    // Where, as the file names it (plan.rhythm.columns[2].name), counted in
    // the copy's lists, or in the master's for an element only it still has;
    // `in_master` says which.
    std::string path;
    bool in_master = false;
    // The same place by element ids (rhythm.columns#col-2.name), which stays
    // the same whatever the order of the lists.
    std::string key;
    // The values as the file writes them (JSON text); "" for an element
    // removed on that side.
    std::string base_value;
    std::string master_value;
    std::string copy_value;
    MergeSide chosen = MergeSide::copy;
};

struct MergeResult {
    Plan plan;                              // the merged plan, conflicts resolved by their choices
    std::vector<MergeConflict> conflicts;
    std::vector<std::string> kept;          // ids of elements kept because the result refers to them
    int from_master = 0;                    // changes taken from the master
    int from_copy = 0;                      // changes of the copy kept
    Problem problem;                        // set when no valid plan could be made (plan = copy)
    bool ok() const { return !problem; }
};

// Conflicts are resolved by `choices`, by the conflict's key (a conflict
// not named there: the copy's value).
using MergeChoices = std::map<std::string, MergeSide>;
MergeResult merge_plans(const Plan& base, const Plan& master, const Plan& copy, const MergeChoices& choices = {});

// A conflict's place as the user sees it ("执行节奏 › 每周栏目 › 第 3 行 › 栏目名"),
// rows counted in the plan the path is in.
std::string conflict_place(const MergeConflict& c, Lang lang, const Plan& master, const Plan& copy);
// A conflict's value for the screen: text as it is, an element by its name
// or title, a removed element as "(removed)".
std::string conflict_value_text(const std::string& value, Lang lang);

}  // namespace core
