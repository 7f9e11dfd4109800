#pragma once
// KPI views: the latest logged value, status against the target,
// a trend for the sparkline, week-on-week change, the members → active →
// buyers funnel, and remedies turned into calendar tasks.
//
// Status rule (kAtRiskBand = 20% of the target's size, |target|):
//   higher is better: value ≥ target            → on track
//                     value ≥ target − 20%·|t|   → at risk   (80% of a positive target)
//                     below that                 → off track
//   lower is better:  value ≤ target            → on track
//                     value ≤ target + 20%·|t|   → at risk   (120% of a positive target)
//                     above that                 → off track
//   A target of 0 has no at-risk band: 0 or better is on track, anything
//   worse is off track. A KPI with no logged value has no status (no_data).
//
// "Latest" is the entry with the latest date (on equal dates, the one logged
// later in the list). Entries dated after the asked-for day are ignored.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

inline constexpr double kAtRiskBand = 0.2;

enum class KpiState { no_data, on_track, at_risk, off_track };
S label_of(KpiState state);
S label_of(Direction direction);
S label_of(Metric metric);

// The at-risk boundary of a target (see the rule above).
double at_risk_bound(double target, Direction direction);
KpiState state_of(double value, double target, Direction direction);

// Latest entry with from ≤ date ≤ to (either bound optional).
std::optional<LogEntry> latest_entry(const Kpi& kpi, std::optional<Date> from = {}, std::optional<Date> to = {});

struct KpiStatus {
    KpiState state = KpiState::no_data;
    std::optional<LogEntry> latest;
    double target = 0;
    double risk_bound = 0;
    bool operator==(const KpiStatus&) const = default;
};
// Status of the latest entry in [from, to].
KpiStatus kpi_status(const Kpi& kpi, std::optional<Date> from = {}, std::optional<Date> to = {});

// How a stage's KPIs stand, for the dashboard's per-stage row.
struct StatusCounts {
    int on_track = 0;
    int at_risk = 0;
    int off_track = 0;
    int no_data = 0;
    bool operator==(const StatusCounts&) const = default;
};
StatusCounts status_counts(const StagePlan& stage, std::optional<Date> as_of = {});

// The thresholds of this KPI in words, for a tooltip next to its status.
std::string status_rule_text(const Kpi& kpi, Lang lang);
// "12.5", "20", "-3.25": at most two decimals, no trailing zeros.
std::string format_number(double value);
// A value with its unit: "12.5%", "100元", "200 people" (a space before a
// unit that starts with an ASCII letter).
std::string with_unit(double value, const std::string& unit);

struct TrendPoint {
    Date date;
    double value = 0;
    bool operator==(const TrendPoint&) const = default;
};
// The whole log sorted by date (entries of one date keep their log order).
std::vector<TrendPoint> trend_points(const Kpi& kpi);

// ---- week on week ----------------------------------------------------------------
// This week = the 7 days ending today [today−6, today]; the week before =
// [today−13, today−7]. A week's value is the mean (rates) or the sum (counts)
// of the entries dated in it; days without an entry are not counted as 0.
enum class Aggregate { mean, sum };
enum class WeekChangeState {
    ok,              // both weeks have data and the week before is not 0
    no_current,      // no entry this week
    no_previous,     // no entry the week before
    previous_zero,   // the week before adds up to 0: no percentage exists
};
struct WeekChange {
    WeekChangeState state = WeekChangeState::no_current;
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> change_percent;   // (current − previous) / |previous| × 100, only when ok
    bool operator==(const WeekChange&) const = default;
};
WeekChange week_on_week(const Kpi& kpi, Date today, Aggregate aggregate = Aggregate::mean);
// "+12.5% week on week", or why there is no number.
std::string week_change_text(const WeekChange& change, Lang lang);

// ---- finding KPIs ------------------------------------------------------------------
// Pointers into the plan: valid while that plan value lives and is unchanged.
struct KpiRef {
    Stage stage = Stage::launch;
    const Kpi* kpi = nullptr;
};
std::vector<KpiRef> all_kpis(const Plan& plan);   // stage order, then list order
std::optional<KpiRef> find_kpi(const Plan& plan, std::string_view id);
// The first KPI of a metric in stage order (preferring one with log entries
// on or before `as_of` when given), or nullptr.
const Kpi* first_kpi_of(const Plan& plan, Metric metric, std::optional<Date> as_of = {});

// ---- funnel: members → active → buyers -----------------------------------------
// Each step is the latest logged value (on or before as_of) of the first KPI
// with metric members / active / buyers. Members falls back to
// basics.member_count when no members KPI has data (and the count is > 0).
// Rates are in percent and exist only when both steps have values and the
// step they divide by is > 0.
struct FunnelStep {
    Metric metric = Metric::members;
    std::optional<double> value;
    std::optional<Date> date;          // of the logged value
    std::string kpi_id;                // "" when from basics or missing
    bool from_basics = false;
    std::optional<double> rate_of_previous;   // active / members, buyers / active
    std::optional<double> rate_of_members;    // step / members
    bool operator==(const FunnelStep&) const = default;
};
struct Funnel {
    std::array<FunnelStep, 3> steps{};   // members, active, buyers
    bool operator==(const Funnel&) const = default;
};
Funnel funnel_of(const Plan& plan, std::optional<Date> as_of = {});

// ---- remedies ------------------------------------------------------------------------
// The remedies to show next to a KPI: all of them when it is off track, else none.
std::vector<Remedy> remedies_to_show(const Kpi& kpi, std::optional<Date> as_of = {});

// One click from a remedy to a dated task on the calendar: inserts a content
// item (id new_id) at the end of content.items, publish = date, title = the
// remedy text (cut to a line's length at a UTF-8 boundary), note =
// "<KPI name>: <remedy text>", status idea, category conversion for a
// monetization KPI and activation otherwise. None if the KPI or the remedy
// does not exist. apply() refuses it if new_id is taken (use fresh_id).
std::optional<Edit> remedy_task_edit(const Plan& plan, std::string_view kpi_id, std::string_view remedy_id,
                                     Date date, std::string_view new_id);
// That task's note, "<KPI name>: <remedy text>" cut to a paragraph: how the
// panel finds the tasks already made from a remedy (remedy_task_date).
std::string remedy_task_note(const Kpi& kpi, const Remedy& remedy);

// The longest prefix of text of at most max_bytes that ends on a UTF-8 boundary.
std::string cut_utf8(std::string_view text, size_t max_bytes);

}  // namespace core
