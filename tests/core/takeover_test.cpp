// Existing groups: a plan records when the group was created and when the
// plan took it over; a takeover plan counts its day 0 from the takeover
// (plan_day0). And the one blank plan every "new plan" path makes.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/rules/calendar.hpp"
#include "core/rules/content_mix.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/rules/stages.hpp"
#include "core/templates/templates.hpp"

using namespace core;

namespace {

Date day(const char* text) { return *parse_date(text); }

bool has_item(const std::vector<CalendarItem>& items, const std::string& rule, Date on) {
    return std::any_of(items.begin(), items.end(), [&](const CalendarItem& it) { return it.rule == rule && it.date == on; });
}

}  // namespace

TEST_CASE("with a takeover date, day N and the stage count from the takeover, not from the founding") {
    Plan p;
    p.basics.start_date = day("2024-03-01");   // founded a year before
    CHECK(stage_on(p, day("2025-03-11")).day == 375);
    CHECK(stage_on(p, day("2025-03-11")).current == Stage::retention);
    CHECK_FALSE(stage_on(p, day("2025-03-11")).from_takeover);

    p.basics.takeover_date = day("2025-03-01");
    CHECK(plan_day0(p.basics) == day("2025-03-01"));
    const StageInfo info = stage_on(p, day("2025-03-11"));
    CHECK(info.day == 10);
    CHECK(info.from_takeover);
    CHECK(info.current == Stage::activation);
    CHECK(plan_day(p, day("2025-03-11")) == 10);
    CHECK(stage_headline(info, Lang::zh) == "接手第 10 天 · 激活期");
    CHECK(stage_headline(info, Lang::en) == "Day 10 since takeover · Activation");
    // The timeline's dates are the takeover's.
    CHECK(info.timeline[1].start == day("2025-03-08"));
    // Before the takeover it says so.
    CHECK(stage_headline(stage_on(p, day("2025-02-27")), Lang::zh) == "距接手还有 2 天");
    // A takeover without a known founding date works the same.
    p.basics.start_date.reset();
    CHECK(stage_on(p, day("2025-03-11")).day == 10);
}

TEST_CASE("lines timed 'day N after the group was created' and the rhythm start at the takeover") {
    Plan p;
    p.basics.start_date = day("2024-03-01");
    p.basics.takeover_date = day("2025-03-03");
    p.rhythm.slots = {{"s-1", TimeOfDay{8 * 60}, "早安", Category::activation, Format::text, "", 1}};
    SopLine line;
    line.id = "l-3";
    line.timing.kind = TimingKind::after_created;
    line.timing.day = 3;
    line.timing.time = TimeOfDay{20 * 60};
    p.rhythm.routine = {line};
    const auto items = expand_calendar(p, day("2025-03-01"), day("2025-03-09"));
    CHECK(has_item(items, "l-3", day("2025-03-06")));
    // The plan's rhythm runs from its day 0: not before the takeover.
    CHECK_FALSE(has_item(items, "s-1", day("2025-03-02")));
    CHECK(has_item(items, "s-1", day("2025-03-03")));
    // The day's load counts the line on the takeover's day 3.
    CHECK(load_on(p, day("2025-03-06")) == 2);
}

TEST_CASE("a revival founded a year ago has its steps dated from the takeover, on this week's calendar") {
    const Date today = day("2026-12-03");   // a Thursday
    for (TemplateId id : {TemplateId::revive, TemplateId::silent_wakeup}) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            CAPTURE(template_info(id).key);
            Plan p = make_template(id, lang, today);
            // The template takes the group over today; when it was founded is for the operator to say.
            REQUIRE(p.basics.takeover_date == today);
            CHECK_FALSE(p.basics.start_date);
            p.basics.start_date = Date{today.days - 365};   // the operator enters the real founding date
            const StageInfo info = stage_on(p, today);
            CHECK(info.day == 0);
            CHECK(info.current == Stage::launch);
            CHECK(stage_headline(info, lang).find(lang == Lang::zh ? "接手第 0 天" : "Day 0 since takeover") == 0);
            // The revival's first steps are due now, not the new-group checklist.
            REQUIRE_FALSE(info.due.empty());
            CHECK(info.due.front().id.find(id == TemplateId::revive ? "revive-launch" : "wakeup-launch") == 0);
            // This week (Monday 2026-11-30 to Sunday 2026-12-06) holds its first steps.
            const Date monday{today.days - 3}, sunday{today.days + 3};
            const auto week = expand_calendar(p, monday, sunday);
            if (id == TemplateId::revive) {
                CHECK(has_item(week, "line-know-members", today));
                CHECK(has_item(week, "line-rename", Date{today.days + 2}));
                CHECK(has_item(week, "line-crew-first", Date{today.days + 3}));
            } else {
                CHECK(has_item(week, "line-d0-segment", today));
                CHECK(has_item(week, "line-d3-easy", Date{today.days + 3}));
            }
            // Nothing of the plan falls before the takeover.
            for (const CalendarItem& it : week)
                if (it.source == CalendarSource::slot || it.source == CalendarSource::line) CHECK(it.date >= today);
        }
    }
}

TEST_CASE("the revival templates keep to their budget and their 50/30/20 mix, with the method's KPIs") {
    const Date today = day("2026-12-03");
    for (TemplateId id : {TemplateId::revive, TemplateId::silent_wakeup}) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            CAPTURE(template_info(id).key);
            const Plan p = make_template(id, lang, today);
            CHECK(overloaded_weekdays(p).empty());
            CHECK(overloaded_dates(p, today, Date{today.days + 59}).empty());
            for (int w = 0; w < 4; ++w) {
                const MixCount mix = mix_of_week(p, Date{today.days + 7 * w});
                CHECK_MESSAGE(!mix_warning(mix, p.content.mix), "week " << w);
            }
            // ~8% daily actives within 7–15 days; the funnel's buyers are 10–15% of the active.
            bool dau = false;
            for (const Kpi& k : p.kpis.activation.kpis) dau = dau || (k.unit == "%" && k.target == 8);
            CHECK(dau);
            bool checkin = false;
            for (const PointsRule& r : p.incentives.points_rules) checkin = checkin || r.id == "pts-checkin";
            CHECK(checkin);
        }
    }
}

TEST_CASE("a new plan is the blank template, and an untouched one is known as such") {
    const Date today = day("2026-12-03");
    const Plan blank = new_blank_plan(Lang::zh, today);
    CHECK(blank == make_template(TemplateId::blank, Lang::zh, today));
    CHECK(blank.setup.roles.size() == 4);   // the 1+3 roles
    CHECK_FALSE(blank.setup.rules.empty());
    CHECK_FALSE(blank.kpis.launch.kpis.empty());
    CHECK(is_untouched_blank(blank));
    CHECK(is_untouched_blank(new_blank_plan(Lang::en, Date{today.days - 40})));   // made on another day, in English
    CHECK(is_untouched_blank(Plan{}));   // what 0.4 made
    Plan named = blank;
    named.basics.name = "宝妈 1 群";
    CHECK_FALSE(is_untouched_blank(named));
    Plan moved = blank;
    moved.basics.start_date = Date{today.days + 1};   // another start date is an edit like any other
    CHECK_FALSE(is_untouched_blank(moved));
    Plan fewer = blank;
    fewer.setup.roles.pop_back();
    CHECK_FALSE(is_untouched_blank(fewer));
    CHECK_FALSE(is_untouched_blank(make_template(TemplateId::mother_baby, Lang::zh, today)));
}
