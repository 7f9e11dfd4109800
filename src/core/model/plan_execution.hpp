#pragma once
// The execution record (执行记录): what actually went out. The plan says what
// should be sent when; a mark says, for one dated item, that it was sent, sent
// late or skipped (and why), when it was marked and by which role. The Today
// view writes marks; the dashboard, the weekly review and the CSV export read
// them (core/rules/execution.hpp).
//
// A mark addresses its item the way a calendar override does: the rule
// (source + id) and the date the rule gives it ("slot:s-1@2025-03-03"), so a
// moved item keeps its mark. A line timed "day N after a member joined" runs
// for whoever joined N days before; its mark is addressed by the day it was
// sent. A mark whose rule was deleted matches nothing and is kept as history.
#include <string>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"

namespace core {

struct ExecutionMark {
    std::string id;
    CalendarSource source = CalendarSource::slot;
    std::string rule;                 // id of the slot, column, line, … of kind `source`
    Date date;                        // the date the rule gives the item
    ExecStatus status = ExecStatus::sent;
    std::string at;                   // when it was marked: ISO 8601 UTC, "2026-12-03T12:01:05Z"
    std::string by;                   // the role that marked it (a role id; not a Ref: history outlives roles)
    std::string reason;               // skipped: why
    bool operator==(const ExecutionMark&) const = default;
};

template <class V>
void describe(V& v, ExecutionMark& m) {
    v.field("id", m.id, IdText{});
    v.field("source", m.source);
    v.field("rule", m.rule, Limit::line);
    v.field("date", m.date);
    v.field("status", m.status);
    v.field("at", m.at, Limit::line);
    v.field("by", m.by, Limit::line);
    v.field("reason", m.reason, Limit::paragraph);
}

}  // namespace core
