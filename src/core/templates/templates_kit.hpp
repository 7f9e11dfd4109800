#pragma once
// Internal to the templates (templates_*.cpp): the bilingual text picker,
// short constructors for plan elements, and the defaults every template
// starts from (the 1+3 roles, the three don'ts and three musts, the starter
// kit, the monthly cycle, the nine-step event run-sheet, the platform limits;
// the five KPI stages and alert rules come from kpi_defaults.hpp). Template content is data, written as
// zh/en pairs next to the code that places it.
#include <initializer_list>
#include <string>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core::tpl {

// Stable ids shared by every template (the UI and tests may rely on them).
inline constexpr const char* kOwner = "role-owner";
inline constexpr const char* kAdmin = "role-admin";
inline constexpr const char* kContent = "role-content";
inline constexpr const char* kCrew = "role-crew";

struct Kit {
    Lang lang;
    Date start;
    std::string operator()(const char* zh, const char* en) const { return lang == Lang::en ? en : zh; }
    Date day(int n) const { return Date{start.days + n}; }
};

TimeOfDay hm(int h, int m = 0);
// The next date on or after `from` that falls on month/day.
Date next_month_day(Date from, int month, int day);
// The first date on or after `from` that falls on the weekday (1 = Monday).
Date next_weekday(Date from, int weekday);

Timing daily(int h, int m = 0);
Timing weekly(int weekday, int h, int m = 0);
Timing on_date(Date date, int h, int m = 0);
Timing created(int day, int h, int m = 0);   // day N after the group was created
Timing joined(int day, int h, int m = 0);    // day N after a member joined

// ---- defaults -------------------------------------------------------------------
// Basics left to the template; everything else a sensible default (the blank plan).
struct Defaults {
    int members = 0;            // 0 keeps kpi_defaults' example targets
    double order_value = 100;   // 客单价 target, yuan
};
Plan base_plan(const Kit& k, const Defaults& d);

std::vector<Role> default_roles(const Kit& k);
std::vector<Rule> default_rules(const Kit& k);
std::vector<Script> starter_scripts(const Kit& k);   // the four kinds, titled, no text
std::vector<MonthTask> default_month_tasks(const Kit& k);
Limits default_limits(const Kit& k);

// The nine steps of an event run-sheet for an evening event starting at `at` (notices
// at 09:00, 12:30 and an hour before): prepare, notify
// morning / noon / evening, restate rules, warm up, introduce the guest,
// prompt questions, control the floor, close and thank, give a perk. Step ids
// are "<id>-prepare" … so two run-sheets never share one.
struct Event {
    std::string id;
    std::string title;
    std::optional<Date> date;
    TimeOfDay at;
    std::string guest;   // who speaks, e.g. "育婴师王老师"
    std::string topic;
    std::string perk;    // what is given at the end
};
Runsheet nine_step_runsheet(const Kit& k, const Event& e);

// ---- messages and event days ----------------------------------------------------
// A line's message that sends the starter-kit script `id` by reference: the
// line follows every edit of the script instead of a copy of its text.
Message uses(const char* script);
// Sets what the slot, column, routine line or month task `id` sends (ids are
// unique across the four: slot-, col-, line-, month-).
void say(Plan& p, const std::string& id, Message m);

// The nine steps send seven operator messages on the event day, more than a
// refined group's whole budget (6). A lighter event keeps all the steps but
// sends five: the house rules go into the guest's introduction (one message
// as the talk starts instead of two ten minutes apart), and the noon reminder
// is left to the crew (a member saying she has set an alarm reads as chat,
// not as one more notice). `crew_noon` is that member's line.
void lighter_event(const Kit& k, Runsheet& r, std::string crew_noon);

// Calendar skips, on the event's day, of the regular posts the event
// replaces: the items of the listed slots (or the columns placed in them
// that weekday) and routine lines, each with `note` as the reason. Only the
// items the calendar really has that day are skipped, so the template stays
// right whatever its start date.
void skip_on_event_day(Plan& p, const Runsheet& r, const std::vector<std::string>& rules, const std::string& note);

// The same for any date: skips of the listed slots' items (or the columns in
// them) and routine lines on `date`, each override named "skip-<why>-<item>".
void skip_on(Plan& p, Date date, const std::string& why, const std::vector<std::string>& rules, const std::string& note);

// A cold-start line "day N after creation" that is the slot's post on its
// day (a first topic, a first sale "in the lunchtime slot"): the line takes
// the slot's place that day, at its time and with its message count, and the
// slot's item (or the column placed in it that weekday) is skipped with
// `note`. The line's message is what goes out, so the two never meet at one
// minute, and the day sends what it would have.
void fold_into_slot(Plan& p, const std::string& line, const std::string& slot, const std::string& note);

// A busy day: while the date's messages exceed the budget, the listed items
// are skipped, in order, each with `note`. For a day-N line that lands on the
// week's fullest weekday only for some start dates; on the other start dates
// nothing is skipped. Call it last, when everything else is in place.
void make_room(Plan& p, Date date, const std::string& why, const std::vector<std::string>& rules, const std::string& note);

// Marks routine lines as the team's tasks (a review, a look at the numbers,
// private follow-ups): they stay on the calendar and the run-sheets but are
// neither group messages nor content (SopLine::kind).
void as_tasks(Plan& p, std::initializer_list<const char*> lines);

// The date a "day N after creation" line runs on.
Date line_date(const Plan& p, const std::string& line);

// ---- stages that follow the plan -----------------------------------------------------
// Rewrites the default stage checklists and remedies (kpi_defaults.cpp) that
// name a time, a weekday, a day or a channel from the plan's own slots,
// columns, day-N lines, run-sheets, campaigns, mix, platform and industry,
// and adds each day-N line and dated event to the checklist of the stage it
// falls in ("第 3 天 15:00：第一个互动话题"). Only items that still have their
// default ids are rewritten or dropped; a template's own items stay. Run by
// make_template after every builder (templates_stages.cpp).
void fit_stages(Plan& p, const Kit& k);

// ---- editing a plan built from the defaults ---------------------------------------
Role& role(Plan& p, const std::string& id);
Script& script(Plan& p, const std::string& id);
Rule& rule(Plan& p, const std::string& id);
Kpi& kpi(Plan& p, const std::string& id);
AlertRule& alert(Plan& p, const std::string& id);
MonthTask& month_task(Plan& p, const std::string& id);
void set_role(Plan& p, const std::string& id, std::string name, std::string duties);
void set_script(Plan& p, const std::string& id, std::string title, std::string text);

// ---- the templates (one builder each, templates_<name>.cpp) -----------------------
Plan blank(const Kit& k);
Plan mother_baby(const Kit& k);
Plan education(const Kit& k);
Plan ecommerce(const Kit& k);
Plan local_life(const Kit& k);
Plan fitness(const Kit& k);
Plan revive(const Kit& k);
Plan new_group_7day(const Kit& k);
Plan camp_5day(const Kit& k);
Plan silent_wakeup(const Kit& k);

}  // namespace core::tpl
