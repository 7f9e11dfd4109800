#pragma once
// Whole-plan rules that a single field cannot check: ids are well formed and
// unique within their kind, every reference points at an existing element,
// mix targets add up to 100, ranges of dates and days are in order.
// Run on every imported, stored or edited plan (apply() refuses an edit that
// would break one).
#include "core/model/plan.hpp"
#include "core/model/problem.hpp"

namespace core {

Problem validate_plan(const Plan& plan);

// Every id in the plan (for generating fresh ones).
bool plan_has_id(const Plan& plan, std::string_view id);
// "<prefix>-<n>" with the smallest n from 1 that no element of the plan uses.
std::string fresh_id(const Plan& plan, std::string_view prefix);
// `count` distinct fresh ids, for edits that insert several elements at once.
std::vector<std::string> fresh_ids(const Plan& plan, std::string_view prefix, int count);

}  // namespace core
