#pragma once
// Lifecycle stages on a date: "day N, stage X", the checklist due
// now, progress per stage and a timeline for the UI to draw.
//
// Day N = today − day 0: the takeover date when the plan takes over an
// existing group, else the start date (plan_day0, plan_basics.hpp). The four main stages
// (launch, activation, monetization, retention) follow one another by their
// editable [start_day, end_day) ranges; referral is long-term and runs
// alongside them, reported separately as "also active".
//
// The current stage is the main stage that started most recently on or
// before day N (largest start_day ≤ N; on equal start days the later stage
// in lifecycle order). This one rule covers the defaults (launch 0–7,
// activation 7–30, monetization 30–90, retention 90+) and edited boundaries:
// overlapping stages hand over when the next one starts, and in a gap, or
// past the end of a bounded last stage, the last started stage stays current
// with `past_end` set.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

inline constexpr std::array<Stage, 4> kMainStages = {Stage::launch, Stage::activation, Stage::monetization,
                                                      Stage::retention};
inline constexpr std::array<Stage, 5> kAllStages = {Stage::launch, Stage::activation, Stage::monetization,
                                                     Stage::retention, Stage::referral};

const StagePlan& stage_plan(const Plan& plan, Stage stage);
StagePlan& stage_plan(Plan& plan, Stage stage);
// The field name of the stage in the plan ("launch" …), for edit paths.
const char* stage_key(Stage stage);
S label_of(Stage stage);

struct StageProgress {
    Stage stage = Stage::launch;
    int done = 0;
    int total = 0;
    bool operator==(const StageProgress&) const = default;
};

// One bar of the timeline: days [start_day, end_day), and the same as dates
// when the plan has a start date (end is exclusive; none = open-ended).
struct StageSpan {
    Stage stage = Stage::launch;
    int start_day = 0;
    std::optional<int> end_day;
    std::optional<Date> start;
    std::optional<Date> end;
    bool contains_today = false;   // start_day ≤ day < end_day
    bool current = false;          // the current stage (main stages only)
    bool operator==(const StageSpan&) const = default;
};

// An unchecked checklist item due now: of the current stage, then of the
// referral stage while it is active.
struct DueCheck {
    Stage stage = Stage::launch;
    std::string id;
    std::string text;
    bool operator==(const DueCheck&) const = default;
};

struct StageInfo {
    std::optional<int> day;          // none without a start date
    bool from_takeover = false;      // day counts from the takeover date, not the founding
    std::optional<Stage> current;    // none without a start date, before the start or before the first stage
    bool before_start = false;       // day < 0
    bool past_end = false;           // day is past the current stage's end (a gap, or beyond the last stage)
    bool referral_active = false;    // the referral stage contains day
    std::optional<int> days_left;    // days until the current stage ends; none if open-ended or past_end
    std::vector<DueCheck> due;
    std::array<StageProgress, 5> progress{};   // in kAllStages order
    std::array<StageSpan, 5> timeline{};       // in kAllStages order
    bool operator==(const StageInfo&) const = default;
};

StageInfo stage_on(const Plan& plan, Date today);
// Day N of the plan: today − day 0 (plan_day0: the takeover date, else the
// start date; negative before it); none without either.
std::optional<int> plan_day(const Plan& plan, Date today);

// "第 12 天 · 激活期" / "Day 12 · Activation" ("接手第 12 天 · 激活期" counted
// from a takeover), or why there is no stage.
std::string stage_headline(const StageInfo& info, Lang lang);

}  // namespace core
