#pragma once
// Multi-group replication: one proven SOP copied to N groups with
// per-group values substituted into every text of the plan.
//
// What is replaced, in one left-to-right pass over each text (longest match
// first, so a replaced value is never replaced again):
//  - placeholders: {群名} / {group} → group name, {城市} / {city} → city,
//    {负责人} / {owner} → owner;
//  - the source plan's own name, city and owner wherever they appear (so
//    "群主·小林" becomes "群主·小周"). A value that starts or ends with an ASCII
//    letter or digit is only replaced as a whole word ("Lin" is not replaced
//    inside "Linen"); Chinese text has no word boundaries and is matched as is.
// An empty per-group value keeps the source's value. Ids, references, enums,
// numbers and dates are never touched, so every copy stays valid.
//
// The plan's own placeholders (setup.placeholders, messages.hpp) are filled
// per group as well: each copy's list takes the group's values by name
// ({老师} is 王老师 in one group and 李老师 in the next); a name the plan does
// not list yet is added with a fresh id. Texts keep the {老师} itself, so
// every copy's messages fill it from that copy's list.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/plan.hpp"
#include "core/rules/messages.hpp"

namespace core {

struct GroupValues {
    std::string name;
    std::string city;
    std::string owner;
    // Placeholder name (with or without its braces) → this group's value; an
    // empty value keeps the source's. In the order new ones are added.
    std::vector<PlaceholderValue> placeholders;
    bool operator==(const GroupValues&) const = default;
};

struct ReplicateOptions {
    // Start each copy fresh: KPI logs, reviews, content metrics and the
    // execution record cleared, checklist and run-sheet ticks unset, the calendar uid cleared (each copy
    // needs its own, calendar export sets one).
    bool reset_progress = true;
};

// `text` with the placeholders and the source's own values replaced.
std::string fill_group_values(std::string_view text, const Basics& source, const GroupValues& group);

Plan replicate_plan(const Plan& source, const GroupValues& group, const ReplicateOptions& options = {});
std::vector<Plan> replicate_plans(const Plan& source, const std::vector<GroupValues>& groups,
                                  const ReplicateOptions& options = {});

}  // namespace core
