#pragma once
// Rules derived from the SOP (basics, setup, rhythm): the generated group announcement,
// the platform decision helper, the message budget and per-day load, WeCom
// mass-message limits, duplicate slot times and each role's run-sheet.
// All pure functions of the plan.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"
#include "core/rules/calendar.hpp"

namespace core {

// ---- 群公告 -----------------------------------------------------------------
// A title (with the community name), the announcement intro, the don'ts and
// the musts as numbered lists and a closing line, ready to paste into the
// group. "" when the plan has no intro and no rules.
std::string group_announcement(const Plan& plan, Lang lang);

// ---- platform decision helper (企业微信 or 个人微信) --------------------------
// Each answer adds points: positive favours WeCom, negative personal WeChat.
//   company size      large +2, medium +1, small -1
//   scale of groups   large +2, medium +1, small -1
//   price/frequency   high price + low frequency -1, low price + high frequency +1
//   personal trust    needed -2 (WeChat feels like a friend; Moments unlimited)
//   regulated         +2 (conversation archive, records owned by the company)
//   staff turnover    +2 (customers and groups are inherited when staff leave)
// A total of 0 or more recommends WeCom (customers stay a company asset);
// below 0, personal WeChat. Reasons are listed strongest first.
struct PlatformReason {
    S text;
    Platform favors;
    int weight;   // absolute points this answer added
    bool operator==(const PlatformReason&) const = default;
};

struct PlatformAdvice {
    Platform platform = Platform::wecom;
    int score = 0;
    std::vector<PlatformReason> reasons;
};

PlatformAdvice recommend_platform(const PlatformQuiz& quiz);

// ---- message budget -----------------------------------------------------------
// Operator messages a day members tolerate, for the plan's group type (Limits).
int budget_for(const Plan& plan);

// Operator messages planned on each weekday ([0] = Monday … [6] = Sunday) by
// the weekly pattern:
//  - every slot sends its `messages` every day;
//  - a column fills its slot on its weekday: a slot holding k columns that day
//    sends max(messages, k); a column with no slot sends 1;
//  - routine lines (either phase) timed daily or on a weekday send `messages`.
// Lines timed on a date or after creation count only in load_on; lines timed
// after a member joined go to each new member, not to the group, and are not
// counted. Campaigns and month tasks carry no message counts; run-sheet steps
// count on their own dates (load_on).
std::array<int, 7> weekday_load(const Plan& plan);

// Operator messages the calendar sends on the date (expand_calendar: the
// weekly pattern, dated and day-N lines, the steps of run-sheets that fall on
// the date, content items on their own time), with the plan's skips and
// moves applied.
int load_on(const Plan& plan, Date date);

// One calendar week's load: load_on() for each day of the Monday–Sunday
// week holding `day`, against budget_for(). The one computation behind every
// "messages per day" figure the user sees (the dashboard and the rhythm's
// message-load tab), so the two can never disagree; each shows the week it
// counts with week_label().
struct WeekLoad {
    Date monday;
    std::array<int, 7> load{};   // [0] = Monday … [6] = Sunday
    int budget = 0;
    bool over(int d) const { return load[(size_t)d] > budget; }
    bool operator==(const WeekLoad&) const = default;
};
WeekLoad week_load(const Plan& plan, Date day);
// The week starting `monday` in words: "本周（12月1日–7日）" / "This week
// (1–7 Dec)" when it holds `today`, else "12月8日–14日" / "Week of 8–14 Dec".
std::string week_label(Date monday, Date today, Lang lang);
// "12月1日–7日", "11月30日–12月6日" / "1–7 Dec", "30 Nov – 6 Dec".
std::string range_words(Date from, Date to, Lang lang);

// Weekdays (1 = Monday … 7 = Sunday) whose weekly load exceeds budget_for().
std::vector<int> overloaded_weekdays(const Plan& plan);
// "周四计划 7 条消息，超过每日预算 6 条…" for one of those weekdays.
std::string budget_warning_text(const Plan& plan, int weekday, Lang lang);

// Dates in [from, to] (both inclusive; at most kMaxCalendarDays) whose
// load_on() exceeds budget_for(): the weekly pattern's heavy days and the
// days that dated lines, day-N lines, run-sheet steps, content items or moves
// push over. In date order.
std::vector<Date> overloaded_dates(const Plan& plan, Date from, Date to);
// "12月9日（周三）计划 12 条消息，超过每日预算 6 条…" for one date.
std::string budget_warning_text(const Plan& plan, Date date, Lang lang);

// "12月9日（周三）" / "Wed 9 Dec": a date with its weekday, for warnings.
std::string day_words(Date date, Lang lang);

// ---- WeCom mass-message limits --------------------------------------------------
// Only for WeCom plans. What counts:
//  - customer_per_day: company mass messages reach a customer's private chat.
//    SOP lines timed "day N after a member joined" are those messages; all
//    lines on the same day N add up, against Limits::wecom_customer_per_day.
//  - group_per_month: group mass messages are sent from the admin console and
//    delivered by the group owner's account, so each post owned by a role of
//    kind 群主 counts as one send (text plus attachments go out together): a
//    slot or routine line with messages > 0, and every column (a column is a
//    post of its own even inside a slot's message count). Counted over the twelve
//    months from the start month (real calendar) or, with no start date, over
//    the busiest 31-day month of the weekly pattern; against
//    Limits::wecom_group_per_month.
enum class LimitKind { customer_per_day, group_per_month };

struct LimitWarning {
    LimitKind kind = LimitKind::customer_per_day;
    int planned = 0;
    int limit = 0;
    int day = 0;                       // customer_per_day: day N after joining
    std::optional<Date> month;         // group_per_month: first day of the month, if dated
    std::vector<std::string> ids;      // the lines / slots / columns that count
    bool operator==(const LimitWarning&) const = default;
};

std::vector<LimitWarning> platform_warnings(const Plan& plan);
std::string limit_warning_text(const LimitWarning& warning, Lang lang);

// ---- daily slots ------------------------------------------------------------------
// Ids of the slots whose time another slot also uses, in plan order.
std::vector<std::string> duplicate_slot_times(const Plan& plan);

// ---- role run-sheet ---------------------------------------------------------------
// What one role does on a date: its month tasks (no time, listed first), its
// slots, the columns it runs that weekday, its routine lines due that day and
// its steps of run-sheets dated that day; sorted by time.
enum class RunSource { month_task, slot, column, line, run_step };
S label_of(RunSource v);

struct RunLine {
    std::optional<TimeOfDay> time;
    RunSource source = RunSource::slot;
    std::string id;
    std::string title;
    std::string detail;
    int messages = 0;   // counted in load_on (0 for tasks and columns inside a slot's count)
    bool operator==(const RunLine&) const = default;
};

std::vector<RunLine> role_run_sheet(const Plan& plan, const std::string& role_id, Date date);

// The calendar's items of one role on a date (expand_calendar: skips and
// moves applied; a column placed on a slot is its owner's that day), all-day
// ones first, then by time: the run-sheet by role on screen and on paper,
// each with what it sends (messages.hpp).
std::vector<CalendarItem> role_items_on(const Plan& plan, const std::string& role_id, Date date);

}  // namespace core
