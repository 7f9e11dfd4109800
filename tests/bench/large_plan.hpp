#pragma once
// A large, realistic plan for benchmarks and the browser soak: a year of
// rhythm and calendar exceptions, thousands of content items and assets,
// long Chinese scripts, daily KPI logs. Seeded and deterministic: the same
// seed gives the same plan on every platform (only the engine's raw output
// is used, never a standard distribution, whose results vary by library).
#include <cstdint>

#include "core/model/plan.hpp"

namespace bench {

struct LargePlanSize {
    int content_items = 3000;
    int assets = 2000;
    int campaigns = 24;
    int script_chars = 3000;   // characters of each long script
    int log_days = 365;        // logged values per KPI
};

core::Plan large_plan(uint32_t seed, const LargePlanSize& size = {});

// The largest plan the limits allow (core::max_items for each list kind):
// the large plan with its content, assets and KPI logs at their limits, and
// every other list — slots, columns, month tasks, SOP lines, campaigns,
// run-sheets and their steps, overrides, the execution record, reviews,
// scripts, placeholders — filled to its limit too, with short texts so that
// the whole file stays under import's 16 MiB. Seeded and deterministic.
core::Plan limits_plan(uint32_t seed);

// The large plan with its content items at their limit (20,000), short
// notes, and as many assets as the file then has room for: the file limit
// leaves no room for content at its limit beside the other lists at theirs,
// so the sections benchmark runs on both plans.
core::Plan content_limits_plan(uint32_t seed);

}  // namespace bench
