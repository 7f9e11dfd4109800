// All groups at a glance: one plan in a line (stage and day, alerts, this
// week's execution, owner and city), the library's rows read once and kept
// until a record, the day or the language changes, a damaged record shown
// as a row of its own, and sorting by every column.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/library/overview.hpp"
#include "core/rules/plan_summary.hpp"
#include "core/templates/templates.hpp"

using namespace core;

namespace {

Date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

// Started Monday 2026-11-30; 20:00 every day; an open-rate KPI watched by
// the default rule (below 20% fires).
Plan group(const std::string& name, const std::string& owner = "", const std::string& city = "") {
    Plan p;
    p.basics.name = name;
    p.basics.owner = owner;
    p.basics.city = city;
    p.basics.start_date = D(2026, 11, 30);
    p.rhythm.slots = {{.id = "s-pm", .time = TimeOfDay{20 * 60}, .purpose = "晚间福利"}};
    p.kpis.activation.kpis = {{"open", "内容打开率", "%", 20, Direction::higher, {}, {}, Metric::open_rate}};
    p.kpis.alerts = {{"a-open", AlertKind::open_rate_low, "", "", 20}};
    return p;
}

void mark(Plan& p, Date date, ExecStatus status) {
    ExecutionMark m;
    m.id = "mark-" + std::to_string(p.execution.size() + 1);
    m.source = CalendarSource::slot;
    m.rule = "s-pm";
    m.date = date;
    m.status = status;
    m.at = format_date(date) + "T12:00:00Z";
    p.execution.push_back(m);
}

std::vector<std::string> groups(const std::vector<OverviewRow>& rows) {
    std::vector<std::string> out;
    for (const OverviewRow& r : rows) out.push_back(r.unreadable ? "!" + r.id : r.pending ? "?" + r.id : r.summary.group);
    return out;
}

const std::string kNow = "2026-12-10T08:00:00Z";

}  // namespace

TEST_CASE("a plan in a line: owner, city, day and stage, the alerts firing, this week's execution") {
    Plan p = group("宝妈 1 群 🌸", "小美", "上海");
    const Date today = D(2026, 12, 10);   // a Thursday, day 10
    PlanSummary s = summarize_plan(p, today, Lang::zh);
    CHECK(s.group == "宝妈 1 群 🌸");   // as typed, emoji and all
    CHECK(s.owner == "小美");
    CHECK(s.city == "上海");
    REQUIRE(s.stage.day);
    CHECK(*s.stage.day == 10);
    CHECK(s.stage.current == Stage::activation);
    CHECK_FALSE(s.stage.from_takeover);
    CHECK(s.stage.due.empty());
    CHECK(s.alerts.empty());
    // No marks at all: no week, rather than "all missed".
    CHECK_FALSE(s.execution_recorded);
    CHECK(week_execution_text(s, Lang::zh).empty());

    p.kpis.activation.kpis[0].log.push_back({"open-1", D(2026, 12, 9), 12});
    mark(p, D(2026, 12, 7), ExecStatus::sent);
    mark(p, D(2026, 12, 8), ExecStatus::late);
    mark(p, D(2026, 12, 1), ExecStatus::sent);   // last week: not this week's
    s = summarize_plan(p, today, Lang::zh);
    CHECK(s.alerts == std::vector<std::string>{"消息打开率过低"});
    CHECK(summarize_plan(p, today, Lang::en).alerts == std::vector<std::string>{"Low message open rate"});
    CHECK(s.execution_recorded);
    CHECK(s.week.planned == 7);   // Monday 7th to Sunday 13th
    CHECK(s.week.done() == 2);
    CHECK(s.week.missed == 1);    // the 9th; the 10th is today, not due yet
    CHECK(s.week.slipped.empty());
    CHECK(week_execution_text(s, Lang::zh) == "已发 2 / 计划 7，漏发 1");
    CHECK(week_execution_text(s, Lang::en) == "2 of 7 sent, 1 missed");

    // Taken over: the day counts from the takeover, as the plan's own screens say.
    p.basics.takeover_date = D(2026, 12, 8);
    s = summarize_plan(p, today, Lang::zh);
    CHECK(*s.stage.day == 2);
    CHECK(s.stage.from_takeover);
    CHECK(s.stage.current == Stage::launch);
    CHECK(stage_headline(s.stage, Lang::zh) == "接手第 2 天 · 初建期");

    p.basics.start_date.reset();
    p.basics.takeover_date.reset();
    CHECK_FALSE(summarize_plan(p, today, Lang::zh).stage.day);
}

TEST_CASE("the overview reads each plan once, and again only when its record, the day or the language changes") {
    MemoryStore store;
    Library lib(store, "t");
    const std::string a = lib.create(group("A 群", "小美"), "A 群", kNow).id;
    const std::string b = lib.create(group("B 群"), "B 群", kNow).id;
    const std::string c = lib.create(group("C 群"), "C 群", kNow).id;
    store.set("planner.plan.broken", "{\"format\": \"sop-planner\", tor");   // damaged: a row saying so

    const Date today = D(2026, 12, 10);
    // A few at a time: the rest wait for the next update, and the damaged one is never pending.
    Overview slow;
    slow.update(lib, lib.list(), today, Lang::zh, 2);
    CHECK(slow.last_reads() == 2);
    CHECK(slow.pending() == 1);
    CHECK(slow.rows().size() == 4);
    CHECK(std::count_if(slow.rows().begin(), slow.rows().end(), [](const OverviewRow& r) { return r.pending; }) == 1);
    CHECK(slow.rows().back().unreadable);
    CHECK_FALSE(slow.rows().back().pending);
    slow.update(lib, lib.list(), today, Lang::zh, 2);
    CHECK(slow.last_reads() == 1);
    CHECK(slow.pending() == 0);
    CHECK(std::none_of(slow.rows().begin(), slow.rows().end(), [](const OverviewRow& r) { return r.pending; }));

    Overview o;
    o.update(lib, lib.list(), today, Lang::zh);
    REQUIRE(o.rows().size() == 4);
    CHECK(o.last_reads() == 3);
    const OverviewRow& broken = o.rows().back();
    CHECK(broken.id == "broken");
    CHECK(broken.unreadable);
    CHECK_FALSE(problem_text(broken.problem, Lang::zh).empty());
    for (const OverviewRow& r : o.rows())
        if (r.id == a) CHECK(r.summary.owner == "小美");

    o.update(lib, lib.list(), today, Lang::zh);
    CHECK(o.last_reads() == 0);
    CHECK(o.rows().size() == 4);

    // A save is a new revision: that plan alone is read again.
    Plan changed = group("A 群", "阿敏");
    REQUIRE(lib.save(a, changed, 1, "2026-12-10T09:00:00Z").status == LibStatus::ok);
    o.update(lib, lib.list(), today, Lang::zh);
    CHECK(o.last_reads() == 1);
    for (const OverviewRow& r : o.rows())
        if (r.id == a) CHECK(r.summary.owner == "阿敏");

    // A rename and an export are the library's, not the plan's: nothing is read, the row follows.
    REQUIRE(lib.rename(b, "B 群（改名）") == LibStatus::ok);
    REQUIRE(lib.mark_exported(c, "2026-12-10T10:00:00Z") == LibStatus::ok);
    o.update(lib, lib.list(), today, Lang::zh);
    CHECK(o.last_reads() == 0);
    for (const OverviewRow& r : o.rows()) {
        if (r.id == b) CHECK(r.name == "B 群（改名）");
        if (r.id == c) CHECK(r.last_exported_at == std::optional<std::string>("2026-12-10T10:00:00Z"));
        if (r.id == a) CHECK_FALSE(r.last_exported_at);
    }

    // Another day moves every day, stage and week; another language the alerts' names.
    o.update(lib, lib.list(), D(2026, 12, 11), Lang::zh);
    CHECK(o.last_reads() == 3);
    o.update(lib, lib.list(), D(2026, 12, 11), Lang::en);
    CHECK(o.last_reads() == 3);

    // A deleted plan leaves the overview.
    REQUIRE(lib.remove(c, kNow) == LibStatus::ok);
    o.update(lib, lib.list(), D(2026, 12, 11), Lang::en);
    CHECK(o.rows().size() == 3);
    CHECK(o.last_reads() == 0);
}

TEST_CASE("fifty plans from the templates are read once; the next update reads none") {
    MemoryStore store;
    Library lib(store, "t");
    const std::vector<TemplateInfo>& templates = template_list();
    for (int i = 0; i < 50; ++i) {
        Plan p = make_template(templates[(size_t)i % templates.size()].id, Lang::zh, D(2026, 10, 1));
        p.basics.name = "群 " + std::to_string(i);
        REQUIRE(lib.create(p, p.basics.name, kNow).status == LibStatus::ok);
    }
    Overview o;
    o.update(lib, lib.list(), D(2026, 12, 10), Lang::zh);
    CHECK(o.rows().size() == 50);
    CHECK(o.last_reads() == 50);
    for (const OverviewRow& r : o.rows()) {
        CHECK_FALSE(r.unreadable);
        CHECK(r.summary.stage.day.has_value());
    }
    o.update(lib, lib.list(), D(2026, 12, 10), Lang::zh);
    CHECK(o.last_reads() == 0);
}

TEST_CASE("sorting by a column: missing values after every value, unreadable rows last, ties by name") {
    auto row = [](std::string id, PlanSummary s, std::string updated = "", std::optional<std::string> exported = {}) {
        OverviewRow r;
        r.id = id;
        r.name = id;
        r.updated_at = updated;
        r.last_exported_at = exported;
        r.summary = std::move(s);
        return r;
    };
    const Date today = D(2026, 12, 10);
    Plan young = group("年轻群", "小周", "北京");
    young.basics.start_date = D(2026, 12, 8);   // day 2, launch
    Plan old = group("老群", "", "上海");
    old.basics.start_date = D(2026, 6, 1);      // retention
    old.kpis.activation.kpis[0].log.push_back({"open-1", D(2026, 12, 9), 5});
    mark(old, D(2026, 12, 7), ExecStatus::sent);
    Plan mid = group("中群", "阿敏");
    mid.basics.start_date = D(2026, 11, 20);    // activation
    for (int d = 7; d <= 9; ++d) mark(mid, D(2026, 12, d), ExecStatus::sent);
    Plan undated = group("没日期群", "小美", "广州");
    undated.basics.start_date.reset();
    OverviewRow unreadable;
    unreadable.id = "zz-broken";
    unreadable.name = "坏的";
    unreadable.unreadable = true;

    OverviewRow waiting;   // not read yet
    waiting.id = "waiting";
    waiting.name = "等待";
    waiting.pending = true;
    std::vector<OverviewRow> rows = {
        unreadable,
        waiting,
        row("old", summarize_plan(old, today, Lang::zh), "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
        row("undated", summarize_plan(undated, today, Lang::zh), "2026-12-09T00:00:00Z"),
        row("young", summarize_plan(young, today, Lang::zh), "2026-12-05T00:00:00Z", "2026-12-06T00:00:00Z"),
        row("mid", summarize_plan(mid, today, Lang::zh), "2026-12-07T00:00:00Z"),
    };
    sort_overview(rows, OverviewColumn::stage, false);
    CHECK(groups(rows) == std::vector<std::string>{"年轻群", "中群", "老群", "没日期群", "?waiting", "!zz-broken"});
    sort_overview(rows, OverviewColumn::stage, true);
    CHECK(groups(rows) == std::vector<std::string>{"老群", "中群", "年轻群", "没日期群", "?waiting", "!zz-broken"});
    sort_overview(rows, OverviewColumn::alerts, true);
    CHECK(groups(rows).front() == "老群");
    CHECK(groups(rows).back() == "!zz-broken");
    // Owner: the one without an owner after the others, in both directions.
    sort_overview(rows, OverviewColumn::owner, false);
    // 小周 < 小美 < 阿敏 by code point
    CHECK(groups(rows) == std::vector<std::string>{"年轻群", "没日期群", "中群", "老群", "?waiting", "!zz-broken"});
    sort_overview(rows, OverviewColumn::owner, true);
    CHECK(groups(rows) == std::vector<std::string>{"中群", "没日期群", "年轻群", "老群", "?waiting", "!zz-broken"});
    // Week: done / planned; no marks at all comes after.
    sort_overview(rows, OverviewColumn::week, true);
    CHECK(groups(rows) == std::vector<std::string>{"中群", "老群", "没日期群", "年轻群", "?waiting", "!zz-broken"});
    // Never exported is the oldest export.
    sort_overview(rows, OverviewColumn::exported, false);
    CHECK(groups(rows) == std::vector<std::string>{"中群", "没日期群", "老群", "年轻群", "?waiting", "!zz-broken"});
    sort_overview(rows, OverviewColumn::updated, true);
    CHECK(groups(rows) == std::vector<std::string>{"没日期群", "中群", "年轻群", "老群", "?waiting", "!zz-broken"});
    sort_overview(rows, OverviewColumn::city, false);
    CHECK(groups(rows) == std::vector<std::string>{"老群", "年轻群", "没日期群", "中群", "?waiting", "!zz-broken"});   // 上海 北京 广州 by code point, 中群 has none
}
