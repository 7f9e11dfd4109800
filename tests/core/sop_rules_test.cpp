// SOP rules: the generated group announcement, the platform decision helper,
// the message budget and per-day load, WeCom limits, duplicate slot times and
// each role's run-sheet.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/rules/sop_rules.hpp"
#include "core/rules/sop_rules.hpp"

using namespace core;

namespace {

Plan with_rules() {
    Plan p;
    p.basics.name = "宝妈成长营";
    p.setup.announcement_intro = "  欢迎大家！  ";
    p.setup.rules = {{"r1", RuleKind::dont, "不发广告"},
                     {"r2", RuleKind::must, "改群昵称"},
                     {"r3", RuleKind::dont, "不刷屏\n不发长语音"},
                     {"r4", RuleKind::dont, "   "}};
    return p;
}

Plan rhythm_plan() {
    Plan p;
    p.basics.start_date = date_from_ymd(2025, 3, 3);   // a Monday
    p.setup.roles = {{"owner", RoleKind::owner, "群主", ""}, {"admin", RoleKind::admin, "管理员", ""}};
    p.rhythm.slots = {{"s-am", TimeOfDay{8 * 60 + 30}, "早安", Category::activation, Format::text, "admin", 1},
                      {"s-pm", TimeOfDay{20 * 60}, "福利", Category::conversion, Format::image_text, "admin", 2}};
    return p;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("the group announcement puts the intro first, then the numbered don'ts and musts") {
    CHECK(group_announcement(with_rules(), Lang::zh) ==
          "【宝妈成长营·群公告】\n"
          "\n欢迎大家！\n"
          "\n群内红线：\n1. 不发广告\n2. 不刷屏\n   不发长语音\n"
          "\n入群须知：\n1. 改群昵称\n"
          "\n违反群规的，先私聊提醒；屡次违反的，移出群聊。感谢大家一起把群维护好！\n");
    const std::string en = group_announcement(with_rules(), Lang::en);
    CHECK(en.rfind("[宝妈成长营: group notice]\n", 0) == 0);
    CHECK(en.find("Red lines:\n1. 不发广告\n2. 不刷屏\n   不发长语音\n") != std::string::npos);
    CHECK(en.find("What we ask of everyone:\n1. 改群昵称\n") != std::string::npos);
}

TEST_CASE("the announcement is empty with nothing to announce, and has no title name when the plan has none") {
    Plan p;
    CHECK(group_announcement(p, Lang::zh).empty());
    p.setup.rules = {{"r1", RuleKind::must, ""}};
    CHECK(group_announcement(p, Lang::en).empty());
    p.setup.announcement_intro = "Hello";
    CHECK(group_announcement(p, Lang::en) == "[Group notice]\n\nHello\n");
}

TEST_CASE("a large regulated company with staff turnover is advised WeCom, strongest reasons first") {
    PlatformQuiz q;
    q.company_size = Scale::large;
    q.group_scale = Scale::large;
    q.regulated = true;
    q.staff_turnover = true;
    const PlatformAdvice a = recommend_platform(q);
    CHECK(a.platform == Platform::wecom);
    CHECK(a.score == 2 + 2 + 1 + 2 + 2);
    REQUIRE(a.reasons.size() == 5);
    CHECK(a.reasons.front().weight == 2);
    CHECK(a.reasons.back().text == S::sop_reason_price_low);
    for (const PlatformReason& r : a.reasons) CHECK(r.favors == Platform::wecom);
}

TEST_CASE("a small seller who sells on personal trust is advised personal WeChat") {
    PlatformQuiz q;
    q.high_price = true;
    q.needs_personal_trust = true;
    const PlatformAdvice a = recommend_platform(q);
    CHECK(a.platform == Platform::wechat);
    CHECK(a.score == -1 - 1 - 1 - 2);
    CHECK(a.reasons.front().text == S::sop_reason_trust);
    for (const PlatformReason& r : a.reasons) CHECK(r.favors == Platform::wechat);
}

TEST_CASE("balanced answers recommend WeCom and say the answers balance out") {
    PlatformQuiz q;
    q.company_size = Scale::large;   // +2
    q.group_scale = Scale::small;    // -1
    q.high_price = true;             // -1
    const PlatformAdvice a = recommend_platform(q);
    CHECK(a.score == 0);
    CHECK(a.platform == Platform::wecom);
    CHECK(a.reasons.back().text == S::sop_reason_tie);
    // Every reason reads in both languages.
    for (const PlatformReason& r : a.reasons)
        for (Lang lang : {Lang::zh, Lang::en}) CHECK(std::string(tr(r.text, lang)).size() > 10);
}

TEST_CASE("the message budget follows the group type") {
    Plan p;
    p.rhythm.limits.budget_broadcast = 11;
    p.rhythm.limits.budget_refined = 7;
    p.rhythm.limits.budget_service = 3;
    p.basics.group_type = GroupType::broadcast;
    CHECK(budget_for(p) == 11);
    p.basics.group_type = GroupType::refined;
    CHECK(budget_for(p) == 7);
    p.basics.group_type = GroupType::service;
    CHECK(budget_for(p) == 3);
}

TEST_CASE("weekday load counts slots every day, columns beyond their slot's messages, and weekly lines") {
    Plan p = rhythm_plan();
    CHECK(weekday_load(p) == std::array<int, 7>{3, 3, 3, 3, 3, 3, 3});
    // One column in a 1-message slot fills it; a second one is an extra message.
    p.rhythm.columns = {{"c1", "周一周报", 1, "s-am"}, {"c2", "周一加餐", 1, "s-am"}, {"c3", "周三", 3, "s-pm"},
                        {"c4", "周三加 2", 3, "s-pm"}, {"c5", "周五无时段", 5, ""}};
    CHECK(weekday_load(p) == std::array<int, 7>{4, 3, 3, 3, 4, 3, 3});
    p.rhythm.routine = {
        {"l-daily", RoutinePhase::mature, {TimingKind::daily, 1, {}, 0, {}}, "每天", "", {}, {}, "admin", 1},
        {"l-sun", RoutinePhase::mature, {TimingKind::weekday, 7, {}, 0, {}}, "周日", "", {}, {}, "admin", 2},
        {"l-day2", RoutinePhase::cold_start, {TimingKind::after_created, 1, {}, 2, {}}, "第 2 天", "", {}, {}, "admin", 3},
        {"l-date", RoutinePhase::mature, {TimingKind::date, 1, date_from_ymd(2025, 3, 12), 0, {}}, "指定日", "", {}, {}, "admin", 1},
        {"l-joined", RoutinePhase::cold_start, {TimingKind::after_joined, 1, {}, 0, {}}, "入群", "", {}, {}, "admin", 5},
    };
    CHECK(weekday_load(p) == std::array<int, 7>{5, 4, 4, 4, 5, 4, 6});
    CHECK(load_on(p, date_from_ymd(2025, 3, 3)) == 5);        // Monday, day 0
    CHECK(load_on(p, date_from_ymd(2025, 3, 5)) == 4 + 3);    // Wednesday, day 2
    CHECK(load_on(p, date_from_ymd(2025, 3, 12)) == 4 + 1);   // Wednesday, the dated line
    CHECK(load_on(p, date_from_ymd(2025, 3, 9)) == 6);        // Sunday
    p.basics.start_date.reset();
    CHECK(load_on(p, date_from_ymd(2025, 3, 5)) == 4);        // no start date: no day-N lines
    p.basics.group_type = GroupType::refined;
    p.rhythm.limits.budget_refined = 4;
    CHECK(overloaded_weekdays(p) == std::vector<int>{1, 5, 7});
    CHECK(budget_warning_text(p, 7, Lang::zh) == "周日计划 6 条消息，超过每日预算 4 条：成员容易屏蔽或退群。");
    CHECK(budget_warning_text(p, 1, Lang::en) == "Mon: 5 messages planned, over the daily budget of 4; members start muting or leaving.");
}

TEST_CASE("a date whose run-sheet pushes the load over the budget is warned about") {
    Plan p = rhythm_plan();   // 3 messages every day
    p.basics.group_type = GroupType::refined;
    p.rhythm.limits.budget_refined = 4;
    const Date from = date_from_ymd(2025, 3, 1), to = date_from_ymd(2025, 3, 31);
    CHECK(overloaded_dates(p, from, to).empty());
    Runsheet qa{"rs-qa", "答疑夜", date_from_ymd(2025, 3, 12), {}};   // a Wednesday
    qa.steps = {{.id = "rs-notice", .title = "预告", .time = TimeOfDay{9 * 60}, .owner_role = "admin", .messages = 1},
                {.id = "rs-guest", .title = "嘉宾", .time = TimeOfDay{20 * 60}, .owner_role = "owner", .messages = 1},
                {.id = "rs-recap", .title = "回顾", .owner_role = "admin", .day = 1, .messages = 1}};
    p.rhythm.runsheets = {qa};
    CHECK(overloaded_weekdays(p).empty());   // the weekly pattern is within the budget
    CHECK(overloaded_dates(p, from, to) == std::vector<Date>{date_from_ymd(2025, 3, 12)});
    CHECK(budget_warning_text(p, date_from_ymd(2025, 3, 12), Lang::zh) ==
          "3月12日（周三）计划 5 条消息，超过每日预算 4 条：成员容易屏蔽或退群。");
    CHECK(budget_warning_text(p, date_from_ymd(2025, 3, 12), Lang::en) ==
          "Wed 12 Mar: 5 messages planned, over the daily budget of 4; members start muting or leaving.");
    // Before the start date only the dated steps count.
    p.rhythm.runsheets[0].date = date_from_ymd(2025, 3, 1);
    CHECK(overloaded_dates(p, from, to).empty());

    // Exactly the dates load_on() puts over the budget, a move into the range included.
    p.rhythm.runsheets[0].date = date_from_ymd(2025, 4, 2);
    p.calendar.overrides = {{"o-1", CalendarSource::run_step, "rs-guest", date_from_ymd(2025, 4, 2), OverrideKind::move,
                             date_from_ymd(2025, 3, 20)}};
    p.rhythm.runsheets[0].steps[1].messages = 2;
    std::vector<Date> expected;
    for (Date d = from; d <= to; ++d.days)
        if (load_on(p, d) > budget_for(p)) expected.push_back(d);
    CHECK(expected == std::vector<Date>{date_from_ymd(2025, 3, 20)});
    CHECK(overloaded_dates(p, from, to) == expected);
    CHECK(overloaded_dates(p, to, from).empty());
    CHECK(day_words(date_from_ymd(2025, 12, 9), Lang::zh) == "12月9日（周二）");
}

TEST_CASE("personal WeChat plans get no WeCom warnings") {
    Plan p = rhythm_plan();
    p.rhythm.slots[0].owner_role = "owner";
    p.basics.platform = Platform::wechat;
    CHECK(platform_warnings(p).empty());
}

TEST_CASE("a customer who would get more company mass messages in a day than WeCom allows is warned about") {
    Plan p = rhythm_plan();
    p.rhythm.routine = {
        {"j0", RoutinePhase::cold_start, {TimingKind::after_joined, 1, {}, 0, {}}, "私聊问候", "", {}, {}, "admin", 1},
        {"j3a", RoutinePhase::cold_start, {TimingKind::after_joined, 1, {}, 3, {}}, "回访", "", {}, {}, "admin", 1},
        {"j3b", RoutinePhase::cold_start, {TimingKind::after_joined, 1, {}, 3, {}}, "发券", "", {}, {}, "admin", 1},
    };
    const auto warnings = platform_warnings(p);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == LimitKind::customer_per_day);
    CHECK(warnings[0].day == 3);
    CHECK(warnings[0].planned == 2);
    CHECK(warnings[0].limit == 1);
    CHECK(warnings[0].ids == std::vector<std::string>{"j3a", "j3b"});
    CHECK(limit_warning_text(warnings[0], Lang::en) ==
          "WeCom limit: a customer receives at most 1 company mass message(s) a day, but day 3 after joining plans 2.");
    p.rhythm.limits.wecom_customer_per_day = 2;
    CHECK(platform_warnings(p).empty());
}

TEST_CASE("group mass messages are the group owner's posts, counted per month against the limit") {
    Plan p = rhythm_plan();
    CHECK(platform_warnings(p).empty());   // the admin's posts are typed by hand
    p.rhythm.slots[1].owner_role = "owner";
    auto warnings = platform_warnings(p);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == LimitKind::group_per_month);
    CHECK(warnings[0].planned == 31);   // March: the busiest of the twelve months
    CHECK(warnings[0].month == date_from_ymd(2025, 3, 1));
    CHECK(warnings[0].ids == std::vector<std::string>{"s-pm"});
    CHECK(limit_warning_text(warnings[0], Lang::zh).find("2025-03 计划了 31 次") != std::string::npos);
    p.basics.start_date.reset();
    warnings = platform_warnings(p);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].planned == 31);
    CHECK(!warnings[0].month);
    CHECK(limit_warning_text(warnings[0], Lang::en).find("the busiest month plans 31") != std::string::npos);
    // A weekly column by the owner, plus the daily slot by the admin: within the limit.
    p.rhythm.slots[1].owner_role = "admin";
    p.rhythm.columns = {{"c-fri", "会员日", 5, "s-pm", Category::conversion, Format::poster, Color::red, "owner"}};
    CHECK(platform_warnings(p).empty());
    p.rhythm.limits.wecom_group_per_month = 4;
    warnings = platform_warnings(p);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].planned == 5);   // a 31-day month holds five Fridays at most
}

TEST_CASE("slots that share a time are flagged, in plan order") {
    Plan p = rhythm_plan();
    CHECK(duplicate_slot_times(p).empty());
    p.rhythm.slots.push_back({"s-dup", TimeOfDay{20 * 60}, "重复"});
    p.rhythm.slots.push_back({"s-ok", TimeOfDay{21 * 60}, "晚安"});
    CHECK(duplicate_slot_times(p) == std::vector<std::string>{"s-pm", "s-dup"});
}

TEST_CASE("a role's run-sheet lists what it does that day, untimed tasks first, then by time") {
    Plan p = rhythm_plan();
    p.setup.roles.push_back({"crew", RoleKind::atmosphere, "氛围组", ""});
    p.rhythm.slots.push_back({"s-noon", TimeOfDay{12 * 60}, "午间话题", Category::activation, Format::qa, "crew", 1});
    p.rhythm.columns = {{"c-mon", "周一周报", 1, "s-am", Category::activation, Format::image_text, Color::blue, "crew", "note"},
                        {"c-tue", "周二", 2, "s-am", Category::activation, Format::image_text, Color::blue, "crew"}};
    p.rhythm.month_tasks = {{"m-end", MonthPhase::end, 31, "月末复盘", "", "admin"}};
    p.rhythm.routine = {{"l-d0", RoutinePhase::cold_start, {TimingKind::after_created, 1, {}, 0, TimeOfDay{7 * 60}}, "开群", "欢迎", {}, {}, "admin", 1}};
    Runsheet rs{"rs", "答疑", date_from_ymd(2025, 3, 3), {}};
    rs.steps = {{"rs-a", "预告", TimeOfDay{9 * 60}, "admin", "早间"}, {"rs-b", "暖场", TimeOfDay{19 * 60 + 55}, "crew", ""}};
    p.rhythm.runsheets = {rs};

    const auto admin = role_run_sheet(p, "admin", date_from_ymd(2025, 3, 3));
    std::vector<std::string> ids;
    for (const RunLine& l : admin) ids.push_back(l.id);
    CHECK(ids == std::vector<std::string>{"l-d0", "s-am", "rs-a", "s-pm"});
    CHECK(admin[0].source == RunSource::line);
    CHECK(admin[0].detail == "欢迎");
    CHECK(admin[2].source == RunSource::run_step);
    CHECK(admin[3].messages == 2);

    const auto crew = role_run_sheet(p, "crew", date_from_ymd(2025, 3, 3));
    ids.clear();
    for (const RunLine& l : crew) ids.push_back(l.id);
    CHECK(ids == std::vector<std::string>{"c-mon", "s-noon", "rs-b"});
    CHECK(crew[0].title == "周一周报");
    CHECK(crew[0].time == TimeOfDay{8 * 60 + 30});
    CHECK(crew[0].messages == 0);   // fills the admin's 08:30 slot

    // "Day 31" falls on the last day of a shorter month, listed before timed lines.
    const auto feb = role_run_sheet(p, "admin", date_from_ymd(2025, 2, 28));
    REQUIRE(!feb.empty());
    CHECK(feb[0].id == "m-end");
    CHECK(!feb[0].time);
    CHECK(!has([&] { std::vector<std::string> v; for (auto& l : role_run_sheet(p, "admin", date_from_ymd(2025, 2, 27))) v.push_back(l.id); return v; }(), "m-end"));
    CHECK(role_run_sheet(p, "", date_from_ymd(2025, 3, 3)).empty());
    for (RunSource s : {RunSource::month_task, RunSource::slot, RunSource::column, RunSource::line, RunSource::run_step})
        CHECK(std::string(tr(label_of(s), Lang::en)).size() > 2);
}
