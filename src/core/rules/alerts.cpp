#include "core/rules/alerts.hpp"

#include <algorithm>

#include "core/rules/kpi_status.hpp"

namespace core {

namespace {

// Week-on-week percentages come from divisions; a drop of exactly the
// threshold must fire even when 0.8/1.0 rounds to −19.999….
constexpr double kEpsilon = 1e-9;

}  // namespace

S label_of(AlertKind kind) {
    static const S labels[] = {S::alert_open_rate_low, S::alert_speaking_drop, S::alert_silent_members,
                               S::alert_shares_low, S::alert_custom};
    static_assert(sizeof(labels) / sizeof(labels[0]) == (size_t)enum_count<AlertKind>());
    return labels[(int)kind];
}

S label_of(AlertState state) {
    static const S labels[] = {S::alert_state_triggered, S::alert_state_clear, S::alert_state_no_data,
                               S::alert_state_no_metric, S::alert_state_disabled};
    return labels[(int)state];
}

double default_threshold(AlertKind kind) {
    switch (kind) {
        case AlertKind::open_rate_low: return 20;    // percent
        case AlertKind::speaking_drop: return 20;    // percent drop week on week
        case AlertKind::silent_members: return 20;   // members silent 30+ days
        case AlertKind::shares_low: return 5;        // shares a day
        case AlertKind::custom: break;
    }
    return 0;
}

S default_action(AlertKind kind) {
    static const S actions[] = {S::alert_action_open_rate_low, S::alert_action_speaking_drop,
                                S::alert_action_silent_members, S::alert_action_shares_low, S::alert_action_custom};
    return actions[(int)kind];
}

S threshold_help(AlertKind kind) {
    static const S help[] = {S::alert_threshold_open_rate_low, S::alert_threshold_speaking_drop,
                             S::alert_threshold_silent_members, S::alert_threshold_shares_low,
                             S::alert_threshold_custom};
    return help[(int)kind];
}

Metric metric_of(AlertKind kind) {
    switch (kind) {
        case AlertKind::open_rate_low: return Metric::open_rate;
        case AlertKind::speaking_drop: return Metric::speaking;
        case AlertKind::silent_members: return Metric::silent;
        case AlertKind::shares_low: return Metric::shares;
        case AlertKind::custom: break;
    }
    return Metric::none;
}

const Kpi* alert_kpi(const Plan& plan, const AlertRule& rule) {
    if (!rule.kpi.empty()) {
        auto ref = find_kpi(plan, rule.kpi);
        return ref ? ref->kpi : nullptr;
    }
    Metric metric = metric_of(rule.kind);
    return metric == Metric::none ? nullptr : first_kpi_of(plan, metric);
}

namespace {

// Does a level rule's value breach its threshold?
bool breaches(const AlertRule& rule, const Kpi& kpi, double value) {
    switch (rule.kind) {
        case AlertKind::open_rate_low:
        case AlertKind::shares_low: return value < rule.threshold;
        case AlertKind::silent_members: return value > rule.threshold;
        case AlertKind::custom:
            return kpi.direction == Direction::higher ? value < rule.threshold : value > rule.threshold;
        case AlertKind::speaking_drop: break;
    }
    return false;
}

bool fires_below(const AlertRule& rule, const Kpi& kpi) {
    return rule.kind == AlertKind::open_rate_low || rule.kind == AlertKind::shares_low ||
           (rule.kind == AlertKind::custom && kpi.direction == Direction::higher);
}

bool drop_breaches(const WeekChange& w, double threshold) {
    return w.state == WeekChangeState::ok && *w.change_percent <= -threshold + kEpsilon;
}

void evaluate_level(const AlertRule& rule, const Kpi& kpi, Date today, Lang lang, AlertResult& r) {
    std::vector<TrendPoint> points = trend_points(kpi);
    while (!points.empty() && points.back().date > today) points.pop_back();
    if (points.empty()) {
        r.state = AlertState::no_data;
        r.why = fmt(tr(S::alert_why_no_data, lang), {{"kpi", kpi.name}});
        return;
    }
    const TrendPoint& last = points.back();
    r.value = last.value;
    r.as_of = last.date;
    // User text goes last so fmt() never replaces a {placeholder} typed in a name.
    std::initializer_list<std::pair<const char*, std::string>> args = {
        {"value", with_unit(last.value, kpi.unit)},
        {"threshold", with_unit(rule.threshold, kpi.unit)},
        {"date", format_date(last.date)},
        {"kpi", kpi.name}};
    if (!breaches(rule, kpi, last.value)) {
        r.state = AlertState::clear;
        r.why = fmt(tr(S::alert_why_clear, lang), args);
        return;
    }
    r.state = AlertState::triggered;
    size_t first = points.size() - 1;
    while (first > 0 && breaches(rule, kpi, points[first - 1].value)) --first;
    r.since = points[first].date;
    r.why = fmt(tr(fires_below(rule, kpi) ? S::alert_why_below : S::alert_why_above, lang), args);
}

void evaluate_drop(const AlertRule& rule, const Kpi& kpi, Date today, Lang lang, AlertResult& r) {
    WeekChange w = week_on_week(kpi, today, Aggregate::mean);
    r.as_of = today;
    r.value = w.current;
    r.previous = w.previous;
    r.change_percent = w.change_percent;
    if (w.state == WeekChangeState::no_current || w.state == WeekChangeState::no_previous) {
        r.state = AlertState::no_data;
        r.why = fmt(tr(S::alert_why_no_week, lang), {{"kpi", kpi.name}});
        return;
    }
    if (w.state == WeekChangeState::previous_zero) {
        r.state = AlertState::clear;
        r.why = fmt(tr(S::alert_why_previous_zero, lang), {{"kpi", kpi.name}});
        return;
    }
    std::initializer_list<std::pair<const char*, std::string>> args = {
        {"value", with_unit(*w.current, kpi.unit)},
        {"previous", with_unit(*w.previous, kpi.unit)},
        {"change", (*w.change_percent > 0 ? "+" : "") + format_number(*w.change_percent)},
        {"threshold", format_number(rule.threshold)},
        {"kpi", kpi.name}};
    if (!drop_breaches(w, rule.threshold)) {
        r.state = AlertState::clear;
        r.why = fmt(tr(S::alert_why_drop_clear, lang), args);
        return;
    }
    r.state = AlertState::triggered;
    // Walk back day by day while the comparison ending that day still shows
    // the drop; no comparison exists before the first entry + 7 days.
    Date first_entry = today;
    for (const LogEntry& e : kpi.log) first_entry = std::min(first_entry, e.date);
    Date since = today;
    for (Date d{today.days - 1}; d.days >= first_entry.days + 7; --d.days) {
        if (!drop_breaches(week_on_week(kpi, d, Aggregate::mean), rule.threshold)) break;
        since = d;
    }
    r.since = since;
    r.why = fmt(tr(S::alert_why_drop, lang), args);
}

}  // namespace

AlertResult evaluate_alert(const Plan& plan, const AlertRule& rule, Date today, Lang lang) {
    AlertResult r;
    r.rule_id = rule.id;
    r.kind = rule.kind;
    r.name = rule.name.empty() ? std::string(tr(label_of(rule.kind), lang)) : rule.name;
    r.threshold = rule.threshold;
    r.action = rule.action.empty() ? std::string(tr(default_action(rule.kind), lang)) : rule.action;
    if (!rule.enabled) {
        r.state = AlertState::disabled;
        r.why = tr(S::alert_why_disabled, lang);
        return r;
    }
    const Kpi* kpi = alert_kpi(plan, rule);
    if (!kpi) {
        r.state = AlertState::no_metric;
        r.why = tr(S::alert_why_no_metric, lang);
        return r;
    }
    r.kpi_id = kpi->id;
    if (rule.kind == AlertKind::speaking_drop) evaluate_drop(rule, *kpi, today, lang, r);
    else evaluate_level(rule, *kpi, today, lang, r);
    return r;
}

std::vector<AlertResult> evaluate_alerts(const Plan& plan, Date today, Lang lang) {
    std::vector<AlertResult> out;
    out.reserve(plan.kpis.alerts.size());
    for (const AlertRule& rule : plan.kpis.alerts) out.push_back(evaluate_alert(plan, rule, today, lang));
    return out;
}

std::vector<AlertResult> triggered_alerts(const Plan& plan, Date today, Lang lang) {
    std::vector<AlertResult> out;
    for (AlertResult& r : evaluate_alerts(plan, today, lang))
        if (r.state == AlertState::triggered) out.push_back(std::move(r));
    return out;
}

}  // namespace core
