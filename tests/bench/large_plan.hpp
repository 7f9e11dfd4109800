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

}  // namespace bench
