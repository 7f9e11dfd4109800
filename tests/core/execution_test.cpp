// The execution record: Today's lines for a role, marks sent / late / skipped
// (one per item, kept when the item moves), and the week's figures the
// dashboard and the review show.
#include <doctest/doctest.h>

#include "core/edits/calendar_edits.hpp"
#include "core/json/plan_json.hpp"
#include "core/rules/execution.hpp"
#include "edit_helpers.hpp"

using namespace core;
using testing::applied;

namespace {

Date D(int y, int m, int d) { return date_from_ymd(y, m, d); }
TimeOfDay T(int h, int m = 0) { return TimeOfDay{h * 60 + m}; }

// Starts Monday 2026-11-30. 小美 (the owner) posts the 20:00 perk; 阿敏 (the
// admin) the 08:30 morning; the 12:00 slot has no owner. Wednesdays the
// owner's live column takes the 20:00 slot. New members get the owner's
// day-3 line at 10:00.
Plan exec_plan() {
    Plan p;
    p.basics.start_date = D(2026, 11, 30);
    p.setup.roles = {{"r-owner", RoleKind::owner, "小美", ""}, {"r-admin", RoleKind::admin, "阿敏", ""}};
    p.rhythm.slots = {
        {.id = "s-pm", .time = T(20), .purpose = "晚间福利", .owner_role = "r-owner", .messages = 1},
        {.id = "s-am", .time = T(8, 30), .purpose = "早安", .owner_role = "r-admin"},
        {.id = "s-noon", .time = T(12), .purpose = "午间话题"},
    };
    p.rhythm.columns = {{.id = "c-live", .name = "周三直播", .weekday = 3, .slot = "s-pm", .owner_role = "r-owner"}};
    SopLine welcome;
    welcome.id = "l-day3";
    welcome.timing = {.kind = TimingKind::after_joined, .day = 3, .time = T(10)};
    welcome.title = "第 3 天问候";
    welcome.owner_role = "r-owner";
    p.rhythm.routine = {welcome};
    return p;
}

std::vector<std::string> titles(const std::vector<TodayItem>& items) {
    std::vector<std::string> out;
    for (const TodayItem& t : items) out.push_back(t.item.title);
    return out;
}

const TodayItem& find(const std::vector<TodayItem>& items, const std::string& title) {
    for (const TodayItem& t : items)
        if (t.item.title == title) return t;
    FAIL("no item " << title);
    return items.front();
}

}  // namespace

TEST_CASE("Today lists a role's lines and the ones nobody owns, in time order, with the member lines") {
    const Plan p = exec_plan();
    const std::vector<TodayItem> tue = today_items(p, "r-owner", D(2026, 12, 1));
    CHECK(titles(tue) == std::vector<std::string>{"第 3 天问候", "午间话题", "晚间福利"});
    CHECK(find(tue, "第 3 天问候").joined_days == 3);
    CHECK_FALSE(find(tue, "晚间福利").joined_days.has_value());
    CHECK(find(tue, "第 3 天问候").item.key == "line:l-day3@2026-12-01");
    // Wednesday the live column takes the owner's 20:00 slot.
    CHECK(titles(today_items(p, "r-owner", D(2026, 12, 2))) ==
          std::vector<std::string>{"第 3 天问候", "午间话题", "周三直播"});
    // The admin: the morning and the noon slot; every role: all of them.
    CHECK(titles(today_items(p, "r-admin", D(2026, 12, 1))) == std::vector<std::string>{"早安", "午间话题"});
    CHECK(titles(today_items(p, "", D(2026, 12, 1))) ==
          std::vector<std::string>{"早安", "第 3 天问候", "午间话题", "晚间福利"});
}

TEST_CASE("an item has one mark: marking again replaces it, undo takes it back, a skip keeps its reason") {
    Plan p = exec_plan();
    const Date tue = D(2026, 12, 1);
    const CalendarItem pm = find(today_items(p, "r-owner", tue), "晚间福利").item;
    p = applied(p, mark_edit(p, pm, ExecStatus::sent, "2026-12-01T12:01:05Z", "r-owner", "ignored"));
    REQUIRE(p.execution.size() == 1);
    CHECK(p.execution[0].rule == "s-pm");
    CHECK(p.execution[0].date == tue);
    CHECK(p.execution[0].reason.empty());   // a reason only for a skip
    const TodayItem marked = find(today_items(p, "r-owner", tue), "晚间福利");
    REQUIRE(marked.mark.has_value());
    CHECK(marked.mark->status == ExecStatus::sent);
    CHECK(marked.mark->by == "r-owner");
    // The next day's item is another item, unmarked.
    CHECK_FALSE(find(today_items(p, "r-owner", D(2026, 12, 3)), "晚间福利").mark.has_value());

    p = applied(p, mark_edit(p, pm, ExecStatus::skipped, "2026-12-01T13:00:00Z", "r-admin", "群里在吵架"));
    REQUIRE(p.execution.size() == 1);
    CHECK(p.execution[0].status == ExecStatus::skipped);
    CHECK(p.execution[0].reason == "群里在吵架");
    CHECK(mark_text(p, p.execution[0], Lang::zh) == "跳过：群里在吵架 · 12-01 21:00 · 阿敏");
    CHECK(mark_text(p, p.execution[0], Lang::en) == "Skipped: 群里在吵架 · 12-01 21:00 · 阿敏");
    CHECK(mark_text(p, p.execution[0], Lang::zh, tue) == "跳过：群里在吵架 · 21:00 · 阿敏");   // the day shown

    const std::optional<Edit> unmark = unmark_edit(p, pm);
    REQUIRE(unmark.has_value());
    p = applied(p, *unmark);
    CHECK(p.execution.empty());
    CHECK_FALSE(unmark_edit(p, pm).has_value());
}

TEST_CASE("a moved item keeps its mark; a member line's mark is the day it was sent") {
    Plan p = exec_plan();
    const Date tue = D(2026, 12, 1), thu = D(2026, 12, 3);
    const CalendarItem pm = find(today_items(p, "r-owner", tue), "晚间福利").item;
    p = applied(p, mark_edit(p, pm, ExecStatus::late, "2026-12-01T14:30:00Z", "r-owner"));
    p = applied(p, move_item_edit(p, pm, thu, T(21)));
    CHECK(find(today_items(p, "r-owner", thu), "晚间福利").mark.has_value() == false);   // Thursday's own item
    bool moved_marked = false;
    for (const TodayItem& t : today_items(p, "r-owner", thu))
        if (t.item.moved && t.mark && t.mark->status == ExecStatus::late) moved_marked = true;
    CHECK(moved_marked);

    const CalendarItem day3 = find(today_items(p, "r-owner", tue), "第 3 天问候").item;
    p = applied(p, mark_edit(p, day3, ExecStatus::sent, "2026-12-01T02:05:00Z", "r-owner"));
    CHECK(find(today_items(p, "r-owner", tue), "第 3 天问候").mark.has_value());
    CHECK_FALSE(find(today_items(p, "r-owner", thu), "第 3 天问候").mark.has_value());
}

TEST_CASE("the week's figures: due once the day is over or marked, missed without a mark, slipped lines first") {
    Plan p = exec_plan();
    const Date mon = D(2026, 11, 30), tue = D(2026, 12, 1), wed = D(2026, 12, 2), sun = D(2026, 12, 6);
    // Nothing marked, judged on Wednesday: Monday and Tuesday are over.
    ExecutionSummary s = execution_summary(p, mon, sun, wed);
    CHECK(s.planned == 21);            // 3 slots × 7 days (Wednesday's column takes its slot's place)
    CHECK(s.due == 6);
    CHECK(s.missed == 6);
    CHECK(s.rate() == 0);
    auto mark = [&](Date day, const std::string& title, ExecStatus status, const std::string& reason = {}) {
        const CalendarItem it = find(today_items(p, "", day), title).item;
        p = applied(p, mark_edit(p, it, status, "2026-12-01T12:00:00Z", "r-owner", reason));
    };
    mark(mon, "早安", ExecStatus::sent);
    mark(mon, "晚间福利", ExecStatus::late);
    mark(mon, "午间话题", ExecStatus::skipped, "没人有空");
    mark(tue, "早安", ExecStatus::sent);
    mark(tue, "午间话题", ExecStatus::skipped, "没人有空");
    mark(wed, "周三直播", ExecStatus::sent);           // marked ahead of the day's end: due at once
    mark(tue, "第 3 天问候", ExecStatus::sent);        // a member line: counted because marked
    s = execution_summary(p, mon, sun, wed);
    CHECK(s.planned == 22);
    CHECK(s.due == 8);
    CHECK(s.sent == 4);
    CHECK(s.late == 1);
    CHECK(s.skipped == 2);
    CHECK(s.missed == 1);              // Tuesday's 晚间福利
    CHECK(s.rate() == 63);             // 5 of 8
    REQUIRE(s.slipped.size() == 2);
    CHECK(s.slipped[0].title == "午间话题");
    CHECK(s.slipped[0].skipped == 2);
    CHECK(s.slipped[0].reasons == std::vector<std::string>{"没人有空"});
    CHECK(s.slipped[1].title == "晚间福利");
    CHECK(s.slipped[1].missed == 1);
    CHECK(execution_summary_text(s, Lang::zh) ==
          "计划 22 条，到期 8 条，其中已发 5 条（晚发 1 条）、跳过 2 条、漏发 1 条，执行率 63%");
    CHECK(execution_summary_text(s, Lang::en) == "22 planned and 8 due, of which 5 sent (1 late), 2 skipped and 1 missed; 63% carried out");
    CHECK(slipped_text(s, Lang::zh) == "最常没发出去的：午间话题（跳过 2 次：没人有空）、晚间福利（漏发 1 次）");
    CHECK(slipped_text(s, Lang::en, 1) == "Slipped most often: 午间话题 (skipped 2×: 没人有空)");
    // Nothing due yet: no rate, no slipped lines.
    const ExecutionSummary early = execution_summary(Plan{exec_plan()}, mon, sun, mon);
    CHECK_FALSE(early.rate().has_value());
    CHECK(slipped_text(early, Lang::zh).empty());
    CHECK(execution_summary_text(early, Lang::zh).find("执行率") == std::string::npos);
}

TEST_CASE("when a mark was made reads in the plan's time zone") {
    Plan p = exec_plan();
    ExecutionMark m{.id = "mark-1", .rule = "s-pm", .date = D(2026, 12, 3), .at = "2026-12-03T12:01:05Z"};
    CHECK(mark_time_text(p, m, D(2026, 12, 3)) == "20:01");
    CHECK(mark_time_text(p, m) == "12-03 20:01");
    m.at = "2026-12-03T17:30:00Z";     // past midnight in Shanghai
    CHECK(mark_time_text(p, m, D(2026, 12, 3)) == "12-04 01:30");
    p.calendar.utc_offset_minutes = -5 * 60;
    CHECK(mark_time_text(p, m, D(2026, 12, 3)) == "12:30");
    m.at = "yesterday";
    CHECK(mark_time_text(p, m).empty());
    CHECK(mark_text(p, m, Lang::zh) == "已发送");
}

TEST_CASE("marks are saved, read back and checked like any part of the plan") {
    Plan p = exec_plan();
    const CalendarItem pm = find(today_items(p, "r-owner", D(2026, 12, 1)), "晚间福利").item;
    p = applied(p, mark_edit(p, pm, ExecStatus::skipped, "2026-12-01T12:00:00Z", "r-owner", "🧧 发完了"));
    const std::string text = export_plan_json(p, "2026-12-03T00:00:00Z");
    CHECK(text.find("\"execution\"") != std::string::npos);
    ImportResult r = import_plan_json(text);
    REQUIRE(r.ok());
    CHECK(r.plan == p);
    // A mark with an unknown status is refused with its place.
    std::string bad = text;
    bad.replace(bad.find("\"skipped\""), 9, "\"sending\"");
    ImportResult refused = import_plan_json(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problem.path.find("execution") != std::string::npos);
}
