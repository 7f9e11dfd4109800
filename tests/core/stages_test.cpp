// Lifecycle stages on a date: day number, current stage, the
// checklist due now, progress and the timeline.
#include <doctest/doctest.h>

#include "core/templates/kpi_defaults.hpp"
#include "core/rules/stages.hpp"

using namespace core;

namespace {

Date day(const char* text) { return *parse_date(text); }

Plan started(const char* start) {
    Plan p;
    p.basics.start_date = day(start);
    return p;
}

Stage stage_at(const Plan& p, int n) {
    StageInfo info = stage_on(p, Date{p.basics.start_date->days + n});
    REQUIRE(info.current);
    return *info.current;
}

}  // namespace

TEST_CASE("the day number counts from the start date, which is day 0") {
    Plan p = started("2025-03-01");
    CHECK(stage_on(p, day("2025-03-01")).day == 0);
    CHECK(stage_on(p, day("2025-03-11")).day == 10);
    CHECK(stage_on(p, day("2026-03-01")).day == 365);
    // The status bar's "day N" is the same number, negative before the start.
    CHECK(plan_day(p, day("2025-03-11")) == 10);
    CHECK(plan_day(p, day("2025-02-27")) == -2);
    CHECK_FALSE(plan_day(Plan{}, day("2025-03-11")));
}

TEST_CASE("the stage changes exactly at each default boundary") {
    Plan p = started("2025-01-01");
    CHECK(stage_at(p, 0) == Stage::launch);
    CHECK(stage_at(p, 6) == Stage::launch);
    CHECK(stage_at(p, 7) == Stage::activation);
    CHECK(stage_at(p, 29) == Stage::activation);
    CHECK(stage_at(p, 30) == Stage::monetization);
    CHECK(stage_at(p, 89) == Stage::monetization);
    CHECK(stage_at(p, 90) == Stage::retention);
}

TEST_CASE("a start date 40 days ago is the monetization stage, shown as day 40") {
    Plan p = started("2025-03-01");
    StageInfo info = stage_on(p, Date{day("2025-03-01").days + 40});
    CHECK(info.current == Stage::monetization);
    CHECK(info.days_left == 50);
    CHECK(stage_headline(info, Lang::zh) == "第 40 天 · 变现期");
    CHECK(stage_headline(info, Lang::en) == "Day 40 · Monetization");
}

TEST_CASE("without a start date there is no day and no stage") {
    Plan p;
    StageInfo info = stage_on(p, day("2025-03-01"));
    CHECK_FALSE(info.day);
    CHECK_FALSE(info.current);
    CHECK_FALSE(info.referral_active);
    CHECK(info.due.empty());
    CHECK_FALSE(info.timeline[0].start);
    CHECK(info.timeline[1].start_day == 7);
    CHECK(stage_headline(info, Lang::en).find("No start date") == 0);
}

TEST_CASE("before the start date there is no stage and the headline counts down") {
    Plan p = started("2025-03-10");
    StageInfo info = stage_on(p, day("2025-03-07"));
    CHECK(info.day == -3);
    CHECK(info.before_start);
    CHECK_FALSE(info.current);
    CHECK_FALSE(info.referral_active);
    CHECK(stage_headline(info, Lang::en) == "3 days before the start date");
    CHECK(stage_headline(info, Lang::zh) == "距建群还有 3 天");
}

TEST_CASE("far in the future the open-ended retention stage stays current") {
    Plan p = started("2025-01-01");
    StageInfo info = stage_on(p, day("2099-12-31"));
    CHECK(info.current == Stage::retention);
    CHECK_FALSE(info.past_end);
    CHECK_FALSE(info.days_left);
    CHECK(info.referral_active);
}

TEST_CASE("referral is long-term and runs alongside every stage") {
    Plan p = started("2025-01-01");
    for (int n : {0, 7, 45, 400}) {
        CAPTURE(n);
        StageInfo info = stage_on(p, Date{p.basics.start_date->days + n});
        CHECK(info.referral_active);
        CHECK(info.current != Stage::referral);
        CHECK(info.timeline[4].contains_today);
        CHECK_FALSE(info.timeline[4].current);
    }
    p.kpis.referral.start_day = 30;   // a plan may start referral later
    CHECK_FALSE(stage_on(p, Date{p.basics.start_date->days + 29}).referral_active);
    CHECK(stage_on(p, Date{p.basics.start_date->days + 30}).referral_active);
}

TEST_CASE("edited boundaries: the most recently started stage is current, past its end in a gap") {
    Plan p = started("2025-01-01");
    p.kpis.launch = {0, 10};
    p.kpis.activation = {7, 20};     // overlaps launch: hands over on day 7
    p.kpis.monetization = {25, 60};  // gap on days 20–24
    p.kpis.retention = {60, 120};    // bounded: after day 120 nothing follows
    CHECK(stage_at(p, 8) == Stage::activation);
    StageInfo gap = stage_on(p, Date{p.basics.start_date->days + 22});
    CHECK(gap.current == Stage::activation);
    CHECK(gap.past_end);
    CHECK_FALSE(gap.days_left);
    CHECK(stage_headline(gap, Lang::en) == "Day 22: past the end of Activation, and no later stage has started");
    StageInfo after = stage_on(p, Date{p.basics.start_date->days + 200});
    CHECK(after.current == Stage::retention);
    CHECK(after.past_end);
    p.kpis.launch = {3, 10};         // nothing has started on day 1
    StageInfo early = stage_on(p, Date{p.basics.start_date->days + 1});
    CHECK_FALSE(early.current);
    CHECK_FALSE(early.before_start);
    CHECK(stage_headline(early, Lang::en) == "Day 1: no stage has started yet");
}

TEST_CASE("the checklist due now lists the unchecked items of the current stage, then of referral") {
    Plan p = started("2025-01-01");
    p.kpis.activation.checklist = {{"a1", "固定每日时段", true}, {"a2", "上线每周栏目", false}};
    p.kpis.monetization.checklist = {{"m1", "限时秒杀", false}};
    p.kpis.referral.checklist = {{"r1", "设计邀请奖励", false}, {"r2", "分享海报", true}};
    StageInfo info = stage_on(p, Date{p.basics.start_date->days + 10});
    REQUIRE(info.due.size() == 2);
    CHECK(info.due[0] == DueCheck{Stage::activation, "a2", "上线每周栏目"});
    CHECK(info.due[1] == DueCheck{Stage::referral, "r1", "设计邀请奖励"});
    CHECK(stage_on(p, Date{p.basics.start_date->days - 1}).due.empty());
}

TEST_CASE("progress counts done items of every stage") {
    Plan p = started("2025-01-01");
    p.kpis.launch.checklist = {{"l1", "a", true}, {"l2", "b", true}, {"l3", "c", false}};
    StageInfo info = stage_on(p, day("2025-01-02"));
    CHECK(info.progress[0] == StageProgress{Stage::launch, 2, 3});
    CHECK(info.progress[1] == StageProgress{Stage::activation, 0, 0});
    CHECK(info.progress[4].stage == Stage::referral);
}

TEST_CASE("the timeline gives each stage's dates, with an open end for retention and referral") {
    Plan p = started("2025-03-01");
    StageInfo info = stage_on(p, day("2025-03-12"));   // day 11
    const StageSpan& launch = info.timeline[0];
    CHECK(launch.start == day("2025-03-01"));
    CHECK(launch.end == day("2025-03-08"));            // exclusive: day 7
    CHECK_FALSE(launch.contains_today);
    CHECK(info.timeline[1].contains_today);
    CHECK(info.timeline[1].current);
    CHECK(info.timeline[2].start == day("2025-03-31"));
    CHECK(info.timeline[3].start == day("2025-05-30"));
    CHECK_FALSE(info.timeline[3].end);
    CHECK_FALSE(info.timeline[4].end);
    CHECK(info.timeline[4].start == day("2025-03-01"));
}

TEST_CASE("the default stages give a checklist due now on day 40") {
    Plan p = started("2025-03-01");
    p.kpis = default_kpis(Lang::zh);
    StageInfo info = stage_on(p, Date{day("2025-03-01").days + 40});
    REQUIRE_FALSE(info.due.empty());
    CHECK(info.due.front().stage == Stage::monetization);
    CHECK(info.due.back().stage == Stage::referral);
    CHECK(std::string(stage_key(Stage::monetization)) == "monetization");
}
