// Edits from the calendar: skip, move and retitle one date through
// overrides (or through the content item), restore, stale overrides, and the
// bulk operations: copy a week forward, shift a range, repeat an item.
#include <doctest/doctest.h>

#include <algorithm>

#include "content_fixture.hpp"
#include "edit_helpers.hpp"
#include "core/edits/calendar_edits.hpp"
#include "core/edits/history.hpp"

using namespace core;
using namespace testing;

namespace {

CalendarItem item(const Plan& p, const std::string& key, Date from, Date to) {
    auto items = expand_calendar(p, from, to);
    const CalendarItem* it = find_key(items, key);
    REQUIRE_MESSAGE(it, key);
    return *it;
}

const ContentItem* content(const Plan& p, const std::string& id) { return by_id(p.content.items, id); }

}  // namespace

TEST_CASE("skipping, moving and retitling a rule's item adds one override each, and undo removes it") {
    Plan p = content_plan();
    const Date mon = D(2025, 3, 3), sun = D(2025, 3, 9);
    CalendarItem talk = item(p, "slot:s-talk@2025-03-04", mon, sun);
    Plan skipped = applied(p, skip_item_edit(p, talk));
    REQUIRE(skipped.calendar.overrides.size() == 1);
    CHECK(skipped.calendar.overrides[0].kind == OverrideKind::skip);
    CHECK_FALSE(find_key(expand_calendar(skipped, mon, sun), talk.key));
    CHECK(skipped.rhythm == p.rhythm);

    Plan moved = applied(p, move_item_edit(p, talk, D(2025, 3, 8), T(10, 30)));
    CalendarItem now = item(moved, talk.key, mon, sun);
    CHECK(now.date == D(2025, 3, 8));
    CHECK(now.time == T(10, 30));
    // Moving it again updates the same override instead of adding one.
    Plan again = applied(moved, move_item_edit(moved, now, D(2025, 3, 9), std::nullopt));
    CHECK(again.calendar.overrides.size() == 1);
    CHECK(item(again, talk.key, mon, sun).date == D(2025, 3, 9));
    CHECK(item(again, talk.key, mon, sun).time == T(10, 30));

    Plan retitled = applied(again, retitle_item_edit(again, now, "亲子互动：晒娃"));
    CHECK(retitled.calendar.overrides.size() == 2);
    CHECK(item(retitled, talk.key, mon, sun).title == "亲子互动：晒娃");
    Plan restored = applied(retitled, restore_item_edit(retitled, now));
    CHECK(restored.calendar.overrides.empty());
    CHECK(expand_calendar(restored, mon, sun) == expand_calendar(p, mon, sun));
}

TEST_CASE("moving or skipping an item that holds content changes the content, not the slot") {
    Plan p = content_plan();
    const Date mon = D(2025, 3, 3), sun = D(2025, 3, 9);
    CalendarItem filled = item(p, "slot:s-know@2025-03-04", mon, sun);
    REQUIRE(filled.content == "c-1");
    Plan moved = applied(p, move_item_edit(p, filled, D(2025, 3, 6), std::nullopt));
    CHECK(moved.calendar.overrides.empty());
    CHECK(content(moved, "c-1")->publish == D(2025, 3, 6));
    auto week = expand_calendar(moved, mon, sun);
    CHECK(find_key(week, "slot:s-know@2025-03-04")->empty());           // the slot stays, now a gap
    CHECK(find_key(week, "slot:s-know@2025-03-06")->content == "c-1");  // the content fills Thursday's
    Plan skipped = applied(p, skip_item_edit(p, filled));
    CHECK_FALSE(content(skipped, "c-1")->publish);
    CHECK(find_key(expand_calendar(skipped, mon, sun), "slot:s-know@2025-03-04")->empty());
    Plan renamed = applied(p, retitle_item_edit(p, filled, "辅食清单（修订）"));
    CHECK(content(renamed, "c-1")->title == "辅食清单（修订）");
}

TEST_CASE("overrides whose rule is gone are stale and can be pruned in one step") {
    Plan p = content_plan();
    p.calendar.overrides = {
        {.id = "ov-1", .source = CalendarSource::slot, .rule = "s-am", .date = D(2025, 3, 4)},
        {.id = "ov-2", .source = CalendarSource::slot, .rule = "s-gone", .date = D(2025, 3, 4)},
        {.id = "ov-3", .source = CalendarSource::column, .rule = "c-brief", .date = D(2025, 3, 4)},   // a Tuesday
        {.id = "ov-4", .source = CalendarSource::slot, .rule = "s-am", .date = D(2025, 3, 1)},  // before the start
    };
    CHECK(stale_overrides(p) == std::vector<std::string>{"ov-2", "ov-3", "ov-4"});
    Plan pruned = applied(p, prune_overrides_edit(p));
    REQUIRE(pruned.calendar.overrides.size() == 1);
    CHECK(pruned.calendar.overrides[0].id == "ov-1");
}

TEST_CASE("the plan's calendar uid is set once from a token") {
    Plan p;
    auto e = ensure_uid_edit(p, "9f3a:b2 c7-_Z");
    REQUIRE(e);
    Plan q = applied(p, *e);
    CHECK(q.calendar.uid == "9f3ab2c7-_Z");
    CHECK_FALSE(ensure_uid_edit(q, "other"));
    CHECK_FALSE(ensure_uid_edit(p, "::"));
}

TEST_CASE("copying a week repeats its dated content items on the same weekdays of the following weeks") {
    Plan p = content_plan();
    p.content.items[0].metrics.open_rate = 40;
    BulkEdit bulk = copy_week_edit(p, D(2025, 3, 6), 3);   // any day of the week
    CHECK(bulk.ids.size() == 9);
    Plan q = applied(p, bulk.edit);
    CHECK(q.content.items.size() == 12);
    const ContentItem* copy = content(q, bulk.ids[0]);
    REQUIRE(copy);
    CHECK(copy->title == "6 个月宝宝辅食清单");
    CHECK(copy->publish == D(2025, 3, 11));
    CHECK(copy->due == D(2025, 3, 10));   // the same lead time
    CHECK(copy->status == Status::idea);
    CHECK_FALSE(copy->metrics.open_rate);
    CHECK(copy->message.attachments == std::vector<std::string>{"a-1"});
    CHECK(content(q, bulk.ids[8])->publish == D(2025, 3, 27));
    auto third = expand_calendar(q, D(2025, 3, 24), D(2025, 3, 30));
    CHECK(find_key(third, "slot:s-know@2025-03-25")->content == bulk.ids[6]);
    // One undo step for the whole copy.
    History h;
    Plan r = h.commit(p, bulk.edit).plan;
    CHECK(h.steps() == 1);
    CHECK(h.undo(r) == p);
    CHECK(copy_week_edit(p, D(2025, 3, 17), 4).ids.empty());   // an empty week copies nothing
}

TEST_CASE("shifting a range moves its content items and their deadlines by N days") {
    Plan p = content_plan();
    BulkEdit bulk = shift_items_edit(p, D(2025, 3, 4), D(2025, 3, 5), 7);
    CHECK(bulk.ids == std::vector<std::string>{"c-1", "c-2"});
    Plan q = applied(p, bulk.edit);
    CHECK(content(q, "c-1")->publish == D(2025, 3, 11));
    CHECK(content(q, "c-1")->due == D(2025, 3, 10));
    CHECK(content(q, "c-2")->publish == D(2025, 3, 12));
    CHECK(content(q, "c-3")->publish == D(2025, 3, 6));
    Plan back = applied(q, shift_items_edit(q, D(2025, 3, 11), D(2025, 3, 12), -7).edit);
    CHECK(back == p);
    Plan leap = applied(p, shift_items_edit(p, D(2025, 3, 6), D(2025, 3, 6), -365).edit);
    CHECK(content(leap, "c-3")->publish == D(2024, 3, 6));   // a year back: 2024-03-06 to 2025-03-06 is 365 days
}

TEST_CASE("a recurring item repeats every N days until a date or for a count") {
    Plan p = content_plan();
    BulkEdit counted = repeat_item_edit(p, "c-3", {.interval_days = 7, .count = 4});
    CHECK(counted.ids.size() == 3);   // the count includes the original
    Plan q = applied(p, counted.edit);
    CHECK(content(q, counted.ids[2])->publish == D(2025, 3, 27));
    CHECK(q.content.items[3].id == counted.ids[0]);   // copies follow the original
    BulkEdit until = repeat_item_edit(p, "c-3", {.interval_days = 10, .until = D(2025, 4, 5)});
    CHECK(until.ids.size() == 3);     // 16 Mar, 26 Mar, 5 Apr (inclusive)
    Plan r = applied(p, until.edit);
    CHECK(content(r, until.ids.back())->publish == D(2025, 4, 5));
    BulkEdit both = repeat_item_edit(p, "c-3", {.interval_days = 1, .until = D(2025, 3, 31), .count = 3});
    CHECK(both.ids.size() == 2);      // the earlier end wins
    CHECK(repeat_item_edit(p, "c-3", {.interval_days = 7}).ids.empty());            // no end: nothing
    CHECK(repeat_item_edit(p, "c-3", {.interval_days = 0, .count = 5}).ids.empty());
    CHECK(repeat_item_edit(p, "nope", {.interval_days = 7, .count = 5}).ids.empty());
    CHECK(repeat_item_edit(p, "c-3", {.interval_days = 1, .count = 100000}).ids.size() == (size_t)kMaxRepeats);
    // Leap day: every 365 days from 2024-02-29.
    Plan leap = p;
    leap.content.items[2].publish = D(2024, 2, 29);
    BulkEdit yearly = repeat_item_edit(leap, "c-3", {.interval_days = 365, .count = 2});
    CHECK(content(applied(leap, yearly.edit), yearly.ids[0])->publish == D(2025, 2, 28));
}
