#include "core/rules/kpi_status.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/json/json_fields.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/stages.hpp"

namespace core {

S label_of(KpiState state) {
    static const S labels[] = {S::kpi_state_no_data, S::kpi_state_on_track, S::kpi_state_at_risk,
                               S::kpi_state_off_track};
    return labels[(int)state];
}

S label_of(Direction direction) {
    return direction == Direction::higher ? S::kpi_direction_higher : S::kpi_direction_lower;
}

S label_of(Metric metric) {
    static const S labels[] = {S::metric_none,     S::metric_members,  S::metric_active, S::metric_buyers,
                               S::metric_open_rate, S::metric_speaking, S::metric_silent, S::metric_shares};
    static_assert(sizeof(labels) / sizeof(labels[0]) == EnumNames<Metric>::names.size());
    return labels[(int)metric];
}

double at_risk_bound(double target, Direction direction) {
    double band = kAtRiskBand * std::fabs(target);
    return direction == Direction::higher ? target - band : target + band;
}

KpiState state_of(double value, double target, Direction direction) {
    double bound = at_risk_bound(target, direction);
    if (direction == Direction::higher) {
        if (value >= target) return KpiState::on_track;
        return value >= bound ? KpiState::at_risk : KpiState::off_track;
    }
    if (value <= target) return KpiState::on_track;
    return value <= bound ? KpiState::at_risk : KpiState::off_track;
}

std::optional<LogEntry> latest_entry(const Kpi& kpi, std::optional<Date> from, std::optional<Date> to) {
    const LogEntry* best = nullptr;
    for (const LogEntry& e : kpi.log) {
        if ((from && e.date < *from) || (to && e.date > *to)) continue;
        if (!best || e.date >= best->date) best = &e;
    }
    if (!best) return std::nullopt;
    return *best;
}

KpiStatus kpi_status(const Kpi& kpi, std::optional<Date> from, std::optional<Date> to) {
    KpiStatus s;
    s.target = kpi.target;
    s.risk_bound = at_risk_bound(kpi.target, kpi.direction);
    s.latest = latest_entry(kpi, from, to);
    if (s.latest) s.state = state_of(s.latest->value, kpi.target, kpi.direction);
    return s;
}

StatusCounts status_counts(const StagePlan& stage, std::optional<Date> as_of) {
    StatusCounts c;
    for (const Kpi& k : stage.kpis) {
        switch (kpi_status(k, std::nullopt, as_of).state) {
            case KpiState::on_track: ++c.on_track; break;
            case KpiState::at_risk: ++c.at_risk; break;
            case KpiState::off_track: ++c.off_track; break;
            case KpiState::no_data: ++c.no_data; break;
        }
    }
    return c;
}

std::string format_number(double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

std::string with_unit(double value, const std::string& unit) {
    const bool spaced = !unit.empty() && ((unit[0] >= 'A' && unit[0] <= 'Z') || (unit[0] >= 'a' && unit[0] <= 'z'));
    return format_number(value) + (spaced ? " " : "") + unit;
}

std::string status_rule_text(const Kpi& kpi, Lang lang) {
    const bool higher = kpi.direction == Direction::higher;
    if (kpi.target == 0)
        return fmt(tr(higher ? S::kpi_rule_higher_zero : S::kpi_rule_lower_zero, lang),
                   {{"target", with_unit(0, kpi.unit)}});
    return fmt(tr(higher ? S::kpi_rule_higher : S::kpi_rule_lower, lang),
               {{"target", with_unit(kpi.target, kpi.unit)},
                {"risk", with_unit(at_risk_bound(kpi.target, kpi.direction), kpi.unit)}});
}

std::vector<TrendPoint> trend_points(const Kpi& kpi) {
    std::vector<TrendPoint> points;
    points.reserve(kpi.log.size());
    for (const LogEntry& e : kpi.log) points.push_back({e.date, e.value});
    core::stable_sort(points, [](const TrendPoint& a, const TrendPoint& b) { return a.date < b.date; });
    return points;
}

// ---- week on week ---------------------------------------------------------------

namespace {

std::optional<double> window_value(const Kpi& kpi, Date from, Date to, Aggregate aggregate) {
    double sum = 0;
    int n = 0;
    for (const LogEntry& e : kpi.log) {
        if (e.date < from || e.date > to) continue;
        sum += e.value;
        ++n;
    }
    if (n == 0) return std::nullopt;
    return aggregate == Aggregate::sum ? sum : sum / n;
}

}  // namespace

WeekChange week_on_week(const Kpi& kpi, Date today, Aggregate aggregate) {
    WeekChange c;
    c.current = window_value(kpi, Date{today.days - 6}, today, aggregate);
    c.previous = window_value(kpi, Date{today.days - 13}, Date{today.days - 7}, aggregate);
    if (!c.current) c.state = WeekChangeState::no_current;
    else if (!c.previous) c.state = WeekChangeState::no_previous;
    else if (*c.previous == 0) c.state = WeekChangeState::previous_zero;
    else {
        c.state = WeekChangeState::ok;
        c.change_percent = (*c.current - *c.previous) / std::fabs(*c.previous) * 100.0;
    }
    return c;
}

std::string week_change_text(const WeekChange& change, Lang lang) {
    switch (change.state) {
        case WeekChangeState::ok: {
            double pct = *change.change_percent;
            std::string sign = pct > 0 ? "+" : "";
            return fmt(tr(S::kpi_wow_change, lang), {{"change", sign + format_number(pct)}});
        }
        case WeekChangeState::no_current: return tr(S::kpi_wow_no_current, lang);
        case WeekChangeState::no_previous: return tr(S::kpi_wow_no_previous, lang);
        case WeekChangeState::previous_zero: return tr(S::kpi_wow_previous_zero, lang);
    }
    return {};
}

// ---- finding KPIs ------------------------------------------------------------------

std::vector<KpiRef> all_kpis(const Plan& plan) {
    std::vector<KpiRef> out;
    for (Stage s : kAllStages)
        for (const Kpi& k : stage_plan(plan, s).kpis) out.push_back({s, &k});
    return out;
}

std::optional<KpiRef> find_kpi(const Plan& plan, std::string_view id) {
    for (const KpiRef& r : all_kpis(plan))
        if (r.kpi->id == id) return r;
    return std::nullopt;
}

const Kpi* first_kpi_of(const Plan& plan, Metric metric, std::optional<Date> as_of) {
    const Kpi* first = nullptr;
    for (const KpiRef& r : all_kpis(plan)) {
        if (r.kpi->metric != metric) continue;
        if (!first) first = r.kpi;
        if (!as_of || latest_entry(*r.kpi, std::nullopt, as_of)) return r.kpi;
    }
    return first;
}

// ---- funnel --------------------------------------------------------------------------

Funnel funnel_of(const Plan& plan, std::optional<Date> as_of) {
    Funnel f;
    const Metric metrics[] = {Metric::members, Metric::active, Metric::buyers};
    for (size_t i = 0; i < 3; ++i) {
        FunnelStep& step = f.steps[i];
        step.metric = metrics[i];
        // Prefer a KPI of this metric that has a value on or before as_of.
        for (const KpiRef& r : all_kpis(plan)) {
            if (r.kpi->metric != metrics[i]) continue;
            if (auto e = latest_entry(*r.kpi, std::nullopt, as_of)) {
                step.value = e->value;
                step.date = e->date;
                step.kpi_id = r.kpi->id;
                break;
            }
        }
        if (!step.value && metrics[i] == Metric::members && plan.basics.member_count > 0) {
            step.value = plan.basics.member_count;
            step.from_basics = true;
        }
    }
    auto rate = [](const std::optional<double>& part, const std::optional<double>& whole) -> std::optional<double> {
        if (!part || !whole || *whole <= 0) return std::nullopt;
        return *part / *whole * 100.0;
    };
    for (size_t i = 1; i < 3; ++i) {
        f.steps[i].rate_of_previous = rate(f.steps[i].value, f.steps[i - 1].value);
        f.steps[i].rate_of_members = rate(f.steps[i].value, f.steps[0].value);
    }
    return f;
}

// ---- remedies -------------------------------------------------------------------------

std::vector<Remedy> remedies_to_show(const Kpi& kpi, std::optional<Date> as_of) {
    if (kpi_status(kpi, std::nullopt, as_of).state != KpiState::off_track) return {};
    return kpi.remedies;
}

std::string cut_utf8(std::string_view text, size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    size_t n = max_bytes;
    // Step back over continuation bytes (10xxxxxx) to the start of a character.
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) --n;
    return std::string(text.substr(0, n));
}

std::optional<Edit> remedy_task_edit(const Plan& plan, std::string_view kpi_id, std::string_view remedy_id,
                                     Date date, std::string_view new_id) {
    std::optional<KpiRef> ref = find_kpi(plan, kpi_id);
    if (!ref) return std::nullopt;
    const Kpi& kpi = *ref->kpi;
    auto remedy = std::find_if(kpi.remedies.begin(), kpi.remedies.end(),
                               [&](const Remedy& r) { return r.id == remedy_id; });
    if (remedy == kpi.remedies.end()) return std::nullopt;

    ContentItem item;
    item.id = std::string(new_id);
    item.title = cut_utf8(remedy->text, (size_t)Limit::line);
    item.category = ref->stage == Stage::monetization ? Category::conversion : Category::activation;
    item.format = Format::text;
    item.publish = date;
    item.status = Status::idea;
    item.note = remedy_task_note(kpi, *remedy);
    return insert_edit({"content", "items"}, to_json_value(item));
}

std::string remedy_task_note(const Kpi& kpi, const Remedy& remedy) {
    return cut_utf8(kpi.name + ": " + remedy.text, (size_t)Limit::paragraph);
}

}  // namespace core
