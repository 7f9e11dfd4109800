#pragma once
// The plan: one community's (or group family's) SOP as a plain value.
// No pointers, no UI or browser types; copy it, compare it with ==.
//
// Every struct has a describe() next to it that names its fields once; JSON
// writing, validated reading, path-addressed edits and the id/reference
// validator all walk describe(), so a field added there is saved, loaded,
// checked and editable everywhere. Every list element has a stable string id.
#include <vector>

#include "core/model/plan_basics.hpp"
#include "core/model/plan_calendar.hpp"
#include "core/model/plan_content.hpp"
#include "core/model/plan_kpi.hpp"
#include "core/model/plan_rhythm.hpp"
#include "core/model/plan_setup.hpp"

namespace core {

struct Plan {
    Basics basics;              // 2.1
    Setup setup;                // 2.2
    Rhythm rhythm;              // 2.3
    Content content;            // 2.4
    Incentives incentives;      // 2.5
    Kpis kpis;                  // 2.6
    std::vector<Review> reviews;  // 2.7
    CalendarSettings calendar;    // 2.3/2.4 calendar exceptions, .ics settings
    bool operator==(const Plan&) const = default;
};

template <class V>
void describe(V& v, Plan& p) {
    v.field("basics", p.basics);
    v.field("setup", p.setup);
    v.field("rhythm", p.rhythm);
    v.field("content", p.content);
    v.field("incentives", p.incentives);
    v.field("kpis", p.kpis);
    v.field("reviews", p.reviews, Ids{IdKind::review});
    v.field("calendar", p.calendar);
}

}  // namespace core
