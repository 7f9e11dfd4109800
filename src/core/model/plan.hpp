#pragma once
// The plan: one community's (or group family's) SOP as a plain value.
// No pointers, no UI or browser types; copy it, compare it with ==.
//
// Every struct has a describe() next to it that names its fields once; JSON
// writing, validated reading, path-addressed edits and the id/reference
// validator all walk describe(), so a field added there is saved, loaded,
// checked and editable everywhere. Every list element has a stable string id.
// Adding a field: docs/architecture.md, Adding a plan field.
#include <vector>

#include "core/model/plan_basics.hpp"
#include "core/model/plan_calendar.hpp"
#include "core/model/plan_content.hpp"
#include "core/model/plan_execution.hpp"
#include "core/model/plan_kpi.hpp"
#include "core/model/plan_master.hpp"
#include "core/model/plan_rhythm.hpp"
#include "core/model/plan_setup.hpp"

namespace core {

struct Plan {
    Basics basics;              // 社群定位
    Setup setup;                // 搭建五步法
    Rhythm rhythm;              // the SOP execution flow
    Content content;            // 内容规划
    Incentives incentives;      // 激励与转化
    Kpis kpis;                  // stage KPIs and alert rules
    std::vector<Review> reviews;  // 复盘
    CalendarSettings calendar;    // calendar exceptions, .ics settings
    std::vector<ExecutionMark> execution;   // 执行记录: what was sent, late or skipped
    MasterLink master;            // a group copy's master (empty plan id: not a copy)
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
    v.field("execution", p.execution, Ids{IdKind::execution_mark});
    v.field("master", p.master);
}

}  // namespace core
