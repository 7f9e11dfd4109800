#pragma once
// Master plan and group copies (docs/architecture.md, "Master and group
// copies"). "Copy to several groups" makes each copy linked to its master
// (plan.master: the master's library id, its revision, the group's values
// and the master's plan at that revision, the base). "Update copies from the
// master" merges the master's changes since the base into each copy, keeping
// the copy's own edits (merge.hpp).
//
// Like with like: the copy's texts carry its group's name, city, owner and
// placeholders, so the base and the current master are both copied for the
// group (replicate_plan, with the copy's own options) before the merge, and a
// master change to one line is one change in the copy, not a conflict on
// every name. The master's progress (logs, ticks, reviews, the execution
// record) is cleared in both, so it never reaches the copies.
#include <string>

#include "core/model/plan.hpp"
#include "core/rules/merge.hpp"
#include "core/rules/replicate.hpp"

namespace core {

// Which master, at which revision: the library's id of the master plan.
struct MasterRef {
    std::string id;
    int revision = 0;
    std::string name;   // as the library names it
};

// The copy of `master` for `group`, linked to it.
Plan make_group_copy(const Plan& master, const MasterRef& ref, const GroupValues& group,
                     const ReplicateOptions& options = {});

// Whether `plan` is a copy of the library plan `master_id`.
bool is_copy_of(const Plan& plan, const std::string& master_id);

// The group values a copy was made with.
GroupValues group_values(const MasterLink& link);

// The master as the copy last took it (its link's base), as a plan; a
// problem at plan.master.base when the copy has no readable base.
struct BaseRead {
    Plan plan;
    Problem problem;
};
BaseRead read_base(const Plan& copy);

// `copy` with the master's changes since its base; the result's link names
// `ref` and holds `master` as its new base. `problem` when the copy has no
// readable base or no valid merge was found (the plan is then the copy).
MergeResult update_from_master(const Plan& copy, const Plan& master, const MasterRef& ref,
                               const MergeChoices& choices = {});
// Whether an update would change the copy (changes from the master, or a
// newer revision to record).
bool update_changes(const MergeResult& r, const Plan& copy);

// A file that is a changed version of a plan in the library: both copies of
// the same master for the same group, made from (or last updated to) the same
// revision, so that base is their common ancestor.
bool same_copy(const Plan& a, const Plan& b);
// `mine` with the changes of `theirs` (another version of the same copy,
// same_copy) merged in, over their common base.
MergeResult merge_copy_versions(const Plan& mine, const Plan& theirs, const MergeChoices& choices = {});

}  // namespace core
