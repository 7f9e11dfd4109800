#pragma once
// Stage KPIs (数据指标), alert rules and reviews (复盘).
#include <optional>
#include <string>
#include <vector>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"

namespace core {

struct LogEntry {
    std::string id;
    Date date;
    double value = 0;
    bool operator==(const LogEntry&) const = default;
};

template <class V>
void describe(V& v, LogEntry& e) {
    v.field("id", e.id, IdText{});
    v.field("date", e.date);
    v.field("value", e.value, Range{-1e12, 1e12});
}

struct Remedy {
    std::string id;
    std::string text;
    bool operator==(const Remedy&) const = default;
};

template <class V>
void describe(V& v, Remedy& r) {
    v.field("id", r.id, IdText{});
    v.field("text", r.text, Limit::paragraph);
}

// What a KPI measures, when the planner needs to know: the funnel reads the
// member / active / buyer counts, and alert rules without a linked KPI watch
// the first KPI of their metric (alerts.hpp). Most KPIs are "none".

struct Kpi {
    std::string id;
    std::string name;
    std::string unit;         // "%", "元", "人"
    double target = 0;
    Direction direction = Direction::higher;
    std::vector<LogEntry> log;
    std::vector<Remedy> remedies;
    Metric metric = Metric::none;
    bool operator==(const Kpi&) const = default;
};

template <class V>
void describe(V& v, Kpi& k) {
    v.field("id", k.id, IdText{});
    v.field("name", k.name, Limit::line);
    v.field("unit", k.unit, Limit::line);
    v.field("target", k.target, Range{-1e12, 1e12});
    v.field("direction", k.direction);
    v.field("log", k.log, Ids{IdKind::log_entry});
    v.field("remedies", k.remedies, Ids{IdKind::remedy});
    v.field("metric", k.metric);
}

struct CheckItem {
    std::string id;
    std::string text;
    bool done = false;
    bool operator==(const CheckItem&) const = default;
};

template <class V>
void describe(V& v, CheckItem& c) {
    v.field("id", c.id, IdText{});
    v.field("text", c.text, Limit::paragraph);
    v.field("done", c.done);
}

// One lifecycle stage: days [start_day, end_day) from the start date;
// no end_day = open-ended.
struct StagePlan {
    int start_day = 0;
    std::optional<int> end_day;
    std::string goal;
    std::vector<Kpi> kpis;
    std::vector<CheckItem> checklist;
    bool operator==(const StagePlan&) const = default;
};

template <class V>
void describe(V& v, StagePlan& s) {
    v.field("start_day", s.start_day, Range{0, 36500});
    v.field("end_day", s.end_day, Range{0, 36500});
    v.field("goal", s.goal, Limit::paragraph);
    v.field("kpis", s.kpis, Ids{IdKind::kpi});
    v.field("checklist", s.checklist, Ids{IdKind::check});
}

// An alert rule (evaluated by alerts.hpp). threshold by kind:
//   open_rate_low   fires when the open rate is below it (percent, e.g. 20)
//   speaking_drop   fires when speaking falls by it or more week on week (percent, e.g. 20)
//   silent_members  fires when the count of members silent 30+ days is above it (a floor)
//   shares_low      fires when a day's shares are below it (a floor)
//   custom          fires when the KPI is worse than it, by the KPI's direction
struct AlertRule {
    std::string id;
    AlertKind kind = AlertKind::custom;
    std::string name;
    std::string kpi;          // Ref kpi: the metric it watches; "" = the first KPI of the kind's metric
    double threshold = 0;
    bool enabled = true;
    std::string action;       // what to do when it fires
    bool operator==(const AlertRule&) const = default;
};

template <class V>
void describe(V& v, AlertRule& a) {
    v.field("id", a.id, IdText{});
    v.field("kind", a.kind);
    v.field("name", a.name, Limit::line);
    v.field("kpi", a.kpi, Ref{IdKind::kpi});
    v.field("threshold", a.threshold, Range{-1e12, 1e12});
    v.field("enabled", a.enabled);
    v.field("action", a.action, Limit::paragraph);
}

// How a table of daily group statistics (WeCom's export: members, members
// who spoke, messages, joins, leaves) is read into the KPI logs, as the user
// confirmed it at the last import (core/rules/kpi_import.hpp): one row per
// column of the table, or per rate of two columns. kpi is the KPI's id, "" =
// not imported; it is a remembered choice, not a reference, so deleting a
// KPI is never refused for it (a row naming a KPI that is gone is skipped).
struct ImportColumn {
    std::string id;
    std::string column;   // the header as the table writes it: "发言成员数"
    std::string per;      // "" or another header: the KPI logs column ÷ per × 100 (a rate in %)
    std::string kpi;
    bool operator==(const ImportColumn&) const = default;
};

template <class V>
void describe(V& v, ImportColumn& c) {
    v.field("id", c.id, IdText{});
    v.field("column", c.column, Limit::line);
    v.field("per", c.per, Limit::line);
    v.field("kpi", c.kpi, Limit::line);
}

// The five lifecycle stages are fixed, so each is a named field, not a list.
struct Kpis {
    StagePlan launch{0, 7};
    StagePlan activation{7, 30};
    StagePlan monetization{30, 90};
    StagePlan retention{90, std::nullopt};
    StagePlan referral{0, std::nullopt};   // long-term, runs alongside the others
    std::vector<AlertRule> alerts;
    std::vector<ImportColumn> import_columns;   // the statistics table's columns → KPIs
    bool operator==(const Kpis&) const = default;
};

template <class V>
void describe(V& v, Kpis& k) {
    v.field("launch", k.launch);
    v.field("activation", k.activation);
    v.field("monetization", k.monetization);
    v.field("retention", k.retention);
    v.field("referral", k.referral);
    v.field("alerts", k.alerts, Ids{IdKind::alert});
    v.field("import_columns", k.import_columns, Ids{IdKind::import_column});
}

struct Review {
    std::string id;
    ReviewKind kind = ReviewKind::weekly;
    Date date;
    std::vector<CheckItem> checklist;
    std::string notes;
    bool operator==(const Review&) const = default;
};

template <class V>
void describe(V& v, Review& r) {
    v.field("id", r.id, IdText{});
    v.field("kind", r.kind);
    v.field("date", r.date);
    v.field("checklist", r.checklist, Ids{IdKind::check});
    v.field("notes", r.notes, Limit::document);
}

}  // namespace core
