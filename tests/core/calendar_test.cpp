// The calendar: the rhythm expanded into dated items (slots, columns, monthly
// tasks, SOP lines, campaigns, content), weeks from Monday, month ends and
// leap years, the start date, and one-date overrides.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "content_fixture.hpp"
#include "core/rules/calendar.hpp"
#include "random_plan.hpp"

using namespace core;
using namespace testing;

namespace {

std::vector<CalendarItem> on(const Plan& p, Date d) { return expand_calendar(p, d, d); }

int count_source(const std::vector<CalendarItem>& items, CalendarSource s) {
    return (int)std::count_if(items.begin(), items.end(), [&](const CalendarItem& it) { return it.source == s; });
}

Plan rhythm_only() {
    Plan p = content_plan();
    p.content.items.clear();
    return p;
}

}  // namespace

TEST_CASE("weeks start on Monday, also across month and year ends") {
    CHECK(monday_of(D(2025, 3, 3)) == D(2025, 3, 3));    // Monday
    CHECK(monday_of(D(2025, 3, 9)) == D(2025, 3, 3));    // Sunday belongs to the week before it
    CHECK(monday_of(D(2025, 3, 10)) == D(2025, 3, 10));
    CHECK(monday_of(D(2025, 1, 1)) == D(2024, 12, 30));  // a Wednesday; its week began last year
    CHECK(monday_of(D(2024, 3, 1)) == D(2024, 2, 26));   // across a leap day
    for (int days = 19000; days < 19400; ++days) {
        Date m = monday_of(Date{days});
        CHECK(weekday_of(m) == 1);
        CHECK(days - m.days >= 0);
        CHECK(days - m.days <= 6);
    }
}

TEST_CASE("days in a month follow the leap-year rules") {
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2025, 2) == 28);
    CHECK(days_in_month(2100, 2) == 28);   // a century, not divisible by 400
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(2025, 4) == 30);
    CHECK(days_in_month(2025, 12) == 31);
    CHECK(first_of_month(D(2024, 2, 17)) == D(2024, 2, 1));
    CHECK(last_of_month(D(2024, 2, 17)) == D(2024, 2, 29));
    CHECK(last_of_month(D(2100, 2, 1)) == D(2100, 2, 28));
}

TEST_CASE("a week expands daily slots, with columns taking their slot's place on their weekday") {
    Plan p = rhythm_only();
    auto week = expand_calendar(p, D(2025, 3, 3), D(2025, 3, 9));
    // 4 slots × 7 days, of which Monday's 10:00 and Friday's 20:00 are columns.
    CHECK(count_source(week, CalendarSource::slot) == 26);
    CHECK(count_source(week, CalendarSource::column) == 3);
    const CalendarItem* brief = find_key(week, "column:c-brief@2025-03-03");
    REQUIRE(brief);
    CHECK(brief->time == T(10, 0));
    CHECK(brief->slot == "s-know");
    CHECK(brief->category == Category::brand);
    CHECK(brief->owner_role == "r-content");   // the slot's owner when the column names none
    CHECK_FALSE(find_key(week, "slot:s-know@2025-03-03"));
    CHECK(find_key(week, "slot:s-know@2025-03-04"));
    const CalendarItem* member = find_key(week, "column:c-member@2025-03-07");
    REQUIRE(member);
    CHECK(member->messages == 2);   // the slot sends max(messages, columns)
    const CalendarItem* live = find_key(week, "column:c-live@2025-03-05");
    REQUIRE(live);
    CHECK_FALSE(live->time);        // no slot: all day
    CHECK_FALSE(live->empty());     // not a slot to fill
    CHECK(find_key(week, "slot:s-am@2025-03-05")->empty());
}

TEST_CASE("items are sorted by date, all-day first, then by time") {
    auto week = expand_calendar(content_plan(), D(2025, 3, 3), D(2025, 3, 9));
    for (size_t i = 1; i < week.size(); ++i) {
        const auto& a = week[i - 1];
        const auto& b = week[i];
        CHECK(a.date <= b.date);
        if (a.date == b.date && a.time && b.time) CHECK(*a.time <= *b.time);
        if (a.date == b.date && a.time) CHECK(b.time.has_value());
    }
    auto monday = on(content_plan(), D(2025, 3, 3));
    CHECK(keys_of(monday) == std::vector<std::string>{
                                 "slot:s-am@2025-03-03", "line:l-welcome@2025-03-03", "column:c-brief@2025-03-03",
                                 "slot:s-talk@2025-03-03", "slot:s-perk@2025-03-03"});
}

TEST_CASE("monthly tasks on a day past the month's end fall on its last day") {
    Plan p = rhythm_only();
    p.basics.start_date.reset();
    auto has_review = [&](Date d) { return find_key(on(p, d), "month_task:m-review@" + format_date(d)) != nullptr; };
    CHECK(has_review(D(2025, 3, 31)));
    CHECK(has_review(D(2025, 4, 30)));
    CHECK_FALSE(has_review(D(2025, 4, 29)));
    CHECK(has_review(D(2024, 2, 29)));     // leap year
    CHECK_FALSE(has_review(D(2024, 2, 28)));
    CHECK(has_review(D(2025, 2, 28)));
    CHECK(has_review(D(2100, 2, 28)));     // 2100 is not a leap year
    CHECK(has_review(D(2000, 2, 29)));     // 2000 is
    auto year = expand_calendar(p, D(2024, 1, 1), D(2024, 12, 31));
    CHECK(count_source(year, CalendarSource::month_task) == 24);   // two tasks, twelve months, never twice
    const CalendarItem* theme = find_key(year, "month_task:m-theme@2024-03-01");
    REQUIRE(theme);
    CHECK_FALSE(theme->time);
    CHECK_FALSE(theme->category);
}

TEST_CASE("cold-start lines count days from the start date; after-joined lines are not on the group calendar") {
    Plan p = rhythm_only();
    auto first = expand_calendar(p, D(2025, 3, 3), D(2025, 3, 9));
    CHECK(find_key(first, "line:l-welcome@2025-03-03"));   // day 0 is the start date
    CHECK(find_key(first, "line:l-topic@2025-03-05"));     // day 2
    CHECK(find_key(first, "line:l-flash@2025-03-06"));     // every Thursday
    CHECK(find_key(first, "line:l-women@2025-03-08"));     // on its date
    CHECK(std::none_of(first.begin(), first.end(), [](const CalendarItem& it) { return it.rule == "l-joined"; }));
    p.basics.start_date = D(2025, 3, 10);
    auto later = expand_calendar(p, D(2025, 3, 3), D(2025, 3, 16));
    CHECK(find_key(later, "line:l-welcome@2025-03-10"));
    CHECK(find_key(later, "line:l-topic@2025-03-12"));
    p.basics.start_date.reset();   // no start date: "after created" has no day
    auto undated = expand_calendar(p, D(2025, 3, 3), D(2025, 3, 16));
    CHECK(count_source(undated, CalendarSource::line) == 3);   // two Thursdays and the dated line
}

TEST_CASE("a range before the start date holds only dated things") {
    Plan p = content_plan();
    p.content.items.push_back({.id = "c-pre", .title = "预热海报", .publish = D(2025, 2, 25)});
    p.rhythm.campaigns.push_back({.id = "cp-pre", .name = "开群预热", .start = D(2025, 2, 20), .end = D(2025, 3, 4)});
    auto before = expand_calendar(p, D(2025, 2, 17), D(2025, 3, 2));
    CHECK(keys_of(before) == std::vector<std::string>{"campaign:cp-pre@2025-02-20", "content:c-pre@2025-02-25"});
    auto straddle = expand_calendar(p, D(2025, 3, 1), D(2025, 3, 3));
    CHECK(count_source(straddle, CalendarSource::slot) == 3);   // the start date only: 4 slots, one is a column
    CHECK(std::all_of(straddle.begin(), straddle.end(), [](const CalendarItem& it) {
        return it.source == CalendarSource::campaign || it.date == D(2025, 3, 3);
    }));
}

TEST_CASE("an empty or reversed range gives no items, a one-day range that day's") {
    Plan p = content_plan();
    CHECK(expand_calendar(p, D(2025, 3, 9), D(2025, 3, 8)).empty());
    CHECK(expand_calendar(Plan{}, D(2025, 3, 1), D(2025, 3, 31)).empty());
    auto one = on(p, D(2025, 3, 4));
    CHECK(!one.empty());
    CHECK(std::all_of(one.begin(), one.end(), [](const CalendarItem& it) { return it.date == D(2025, 3, 4); }));
    // A very long range is cut rather than run away.
    auto decade = expand_calendar(rhythm_only(), D(2025, 3, 3), D(2035, 3, 3));
    CHECK(decade.back().date.days - D(2025, 3, 3).days < kMaxCalendarDays);
}

TEST_CASE("campaigns span their days and show in any range they touch") {
    Plan p = content_plan();
    auto mid = expand_calendar(p, D(2025, 6, 10), D(2025, 6, 12));
    const CalendarItem* c = find_key(mid, "campaign:cp-618@2025-06-01");
    REQUIRE(c);
    CHECK(c->date == D(2025, 6, 1));
    CHECK(c->last == D(2025, 6, 18));
    CHECK_FALSE(c->category);
    CHECK(expand_calendar(p, D(2025, 6, 19), D(2025, 6, 30)).size() ==
          expand_calendar(rhythm_only(), D(2025, 6, 19), D(2025, 6, 30)).size());
}

TEST_CASE("content items fill their slot's item on their date, or stand on their own") {
    auto week = expand_calendar(content_plan(), D(2025, 3, 3), D(2025, 3, 9));
    const CalendarItem* filled = find_key(week, "slot:s-know@2025-03-04");
    REQUIRE(filled);
    CHECK(filled->content == "c-1");
    CHECK(filled->title == "6 个月宝宝辅食清单");
    CHECK(filled->status == Status::scheduled);
    CHECK(filled->prep_due == D(2025, 3, 3));
    CHECK(filled->owner == "阿强");
    CHECK_FALSE(filled->empty());
    CHECK_FALSE(find_key(week, "content:c-1@2025-03-04"));
    // c-2 has a time of its own (11:00), so the 10:00 slot stays empty.
    const CalendarItem* alone = find_key(week, "content:c-2@2025-03-05");
    REQUIRE(alone);
    CHECK(alone->time == T(11, 0));
    CHECK(find_key(week, "slot:s-know@2025-03-05")->empty());
    // c-3 has no slot and no time: an all-day item.
    const CalendarItem* all_day = find_key(week, "content:c-3@2025-03-06");
    REQUIRE(all_day);
    CHECK_FALSE(all_day->time);
    CHECK(all_day->content_source == Source::repost);
}

TEST_CASE("a skipped item disappears on that date only, and its rule is unchanged") {
    Plan p = content_plan();
    p.calendar.overrides.push_back({.id = "ov-1", .source = CalendarSource::slot, .rule = "s-am",
                                    .date = D(2025, 3, 4), .kind = OverrideKind::skip});
    CHECK_FALSE(find_key(on(p, D(2025, 3, 4)), "slot:s-am@2025-03-04"));
    CHECK(find_key(on(p, D(2025, 3, 5)), "slot:s-am@2025-03-05"));
    CHECK(p.rhythm.slots[0].time == T(8, 30));
    auto with_skipped = expand_calendar(p, D(2025, 3, 4), D(2025, 3, 4), {.include_skipped = true});
    const CalendarItem* s = find_key(with_skipped, "slot:s-am@2025-03-04");
    REQUIRE(s);
    CHECK(s->skipped);
}

TEST_CASE("a moved item shows on its new date and time, even when its own date is outside the range") {
    Plan p = content_plan();
    p.calendar.overrides.push_back({.id = "ov-1", .source = CalendarSource::slot, .rule = "s-perk",
                                    .date = D(2025, 3, 5), .kind = OverrideKind::move, .to_date = D(2025, 3, 12),
                                    .to_time = T(20, 30), .note = "改到下周"});
    CHECK_FALSE(find_key(expand_calendar(p, D(2025, 3, 3), D(2025, 3, 9)), "slot:s-perk@2025-03-05"));
    auto next = expand_calendar(p, D(2025, 3, 10), D(2025, 3, 16));
    const CalendarItem* moved = find_key(next, "slot:s-perk@2025-03-05");
    REQUIRE(moved);
    CHECK(moved->date == D(2025, 3, 12));
    CHECK(moved->original == D(2025, 3, 5));
    CHECK(moved->time == T(20, 30));
    CHECK(moved->moved);
    CHECK(moved->note == "改到下周");
    CHECK(find_key(next, "slot:s-perk@2025-03-12"));   // that day's own 20:00 item is still there
    // Moved across a month end, backwards.
    p.calendar.overrides[0].to_date = D(2025, 2, 28);
    auto feb = expand_calendar(p, D(2025, 2, 24), D(2025, 3, 2));
    CHECK(find_key(feb, "slot:s-perk@2025-03-05"));
}

TEST_CASE("two items moved into the range from one day outside it both arrive, with the edits addressed to them") {
    Plan p = content_plan();
    p.calendar.overrides.push_back({.id = "ov-1", .source = CalendarSource::slot, .rule = "s-perk",
                                    .date = D(2025, 3, 5), .kind = OverrideKind::move, .to_date = D(2025, 3, 12)});
    p.calendar.overrides.push_back({.id = "ov-2", .source = CalendarSource::slot, .rule = "s-am",
                                    .date = D(2025, 3, 5), .kind = OverrideKind::move, .to_date = D(2025, 3, 13)});
    p.calendar.overrides.push_back({.id = "ov-3", .source = CalendarSource::slot, .rule = "s-am",
                                    .date = D(2025, 3, 5), .kind = OverrideKind::edit, .title = "早安改期"});
    // Moved past the range's end: not in it.
    p.calendar.overrides.push_back({.id = "ov-4", .source = CalendarSource::slot, .rule = "s-am",
                                    .date = D(2025, 3, 6), .kind = OverrideKind::move, .to_date = D(2025, 3, 30)});
    auto next = expand_calendar(p, D(2025, 3, 10), D(2025, 3, 16));
    const CalendarItem* perk = find_key(next, "slot:s-perk@2025-03-05");
    const CalendarItem* am = find_key(next, "slot:s-am@2025-03-05");
    REQUIRE(perk);
    REQUIRE(am);
    CHECK(perk->date == D(2025, 3, 12));
    CHECK(am->date == D(2025, 3, 13));
    CHECK(am->title == "早安改期");
    CHECK_FALSE(find_key(next, "slot:s-am@2025-03-06"));
    CHECK(std::is_sorted(next.begin(), next.end(), [](const CalendarItem& a, const CalendarItem& b) { return a.date < b.date; }));
}

TEST_CASE("an edited title applies to that date only") {
    Plan p = content_plan();
    p.calendar.overrides.push_back({.id = "ov-1", .source = CalendarSource::line, .rule = "l-flash",
                                    .date = D(2025, 3, 13), .kind = OverrideKind::edit, .title = "3·15 特别秒杀"});
    auto items = expand_calendar(p, D(2025, 3, 6), D(2025, 3, 20));
    CHECK(find_key(items, "line:l-flash@2025-03-06")->title == "每周限时秒杀");
    CHECK(find_key(items, "line:l-flash@2025-03-13")->title == "3·15 特别秒杀");
    CHECK(find_key(items, "line:l-flash@2025-03-13")->retitled);
    CHECK(find_key(items, "line:l-flash@2025-03-20")->title == "每周限时秒杀");
}

TEST_CASE("random plans expand into unique keys inside the range, in order") {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        CAPTURE(seed);
        Plan plan = RandomPlan(seed, 6).make();
        const Date from = D(2020, 1, 1 + (int)seed % 28);
        const Date to{from.days + 90};
        auto items = expand_calendar(plan, from, to, {.include_skipped = true});
        std::set<std::string> keys;
        for (const CalendarItem& it : items) {
            CHECK(keys.insert(it.key).second);
            CHECK(it.last >= from);
            CHECK(it.date <= to);
            CHECK(it.key == item_key(it.source, it.rule, it.original));
        }
        CHECK(std::is_sorted(items.begin(), items.end(), [](const CalendarItem& a, const CalendarItem& b) {
            return a.date < b.date;
        }));
    }
}
