#pragma once
// The rhythm, the SOP execution flow: daily slots, weekly columns, the monthly
// cycle, cold-start and mature routines, campaigns, event run-sheets, limits.
#include <optional>
#include <string>
#include <vector>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"
#include "core/model/plan_message.hpp"

namespace core {

// 社群生物钟: a fixed time of day with a purpose.
struct Slot {
    std::string id;
    TimeOfDay time;
    std::string purpose;
    Category category = Category::activation;
    Format format = Format::image_text;
    std::string owner_role;   // Ref role
    int messages = 1;         // operator messages this slot sends
    Message message;
    bool operator==(const Slot&) const = default;
};

template <class V>
void describe(V& v, Slot& s) {
    v.field("id", s.id, IdText{});
    v.field("time", s.time);
    v.field("purpose", s.purpose, Limit::line);
    v.field("category", s.category);
    v.field("format", s.format);
    v.field("owner_role", s.owner_role, Ref{IdKind::role});
    v.field("messages", s.messages, Range{0, 50});
    v.field("message", s.message);
}

// 栏目: a named recurring column placed on a weekday and a slot.
struct Column {
    std::string id;
    std::string name;
    int weekday = 1;          // 1 = Monday … 7 = Sunday
    std::string slot;         // Ref slot
    Category category = Category::activation;
    Format format = Format::image_text;
    Color color = Color::orange;
    std::string owner_role;   // Ref role
    std::string note;
    Message message;
    bool operator==(const Column&) const = default;
};

template <class V>
void describe(V& v, Column& c) {
    v.field("id", c.id, IdText{});
    v.field("name", c.name, Limit::line);
    v.field("weekday", c.weekday, Range{1, 7});
    v.field("slot", c.slot, Ref{IdKind::slot});
    v.field("category", c.category);
    v.field("format", c.format);
    v.field("color", c.color);
    v.field("owner_role", c.owner_role, Ref{IdKind::role});
    v.field("note", c.note, Limit::paragraph);
    v.field("message", c.message);
}

// When an SOP line runs: every day, on a weekday, on a date, or "day N
// (at a time) after the group was created / a member joined" — the way WeCom
// SOP tools schedule.
struct Timing {
    TimingKind kind = TimingKind::after_created;
    int weekday = 1;
    std::optional<Date> date;
    int day = 0;              // days after creation / joining; day 0 = that day
    TimeOfDay time{9 * 60};
    bool operator==(const Timing&) const = default;
};

template <class V>
void describe(V& v, Timing& t) {
    v.field("kind", t.kind);
    v.field("weekday", t.weekday, Range{1, 7});
    v.field("date", t.date);
    v.field("day", t.day, Range{0, 3650});
    v.field("time", t.time);
}

// One line of the cold-start plan or the mature-phase routine. A task
// (kind task: "周日内容复盘", "第 7 天：看日活") is the team's work, not a
// post: it keeps its time and owner on the calendar and the run-sheets, but
// sends no group message and has no content category (its `messages` and
// `category` are kept as they are and not counted: calendar.hpp, sop_rules.hpp).
struct SopLine {
    std::string id;
    RoutinePhase phase = RoutinePhase::cold_start;
    Timing timing;
    std::string title;
    std::string detail;
    Category category = Category::activation;
    Format format = Format::text;
    std::string owner_role;   // Ref role
    int messages = 1;
    Message message;
    LineKind kind = LineKind::message;   // last, so brace lists written before it stay valid; absent in a file = message
    // Operator messages it sends to the group: none for a task.
    int sends() const { return kind == LineKind::task ? 0 : messages; }
    bool operator==(const SopLine&) const = default;
};

template <class V>
void describe(V& v, SopLine& l) {
    v.field("id", l.id, IdText{});
    v.field("phase", l.phase);
    v.field("kind", l.kind);
    v.field("timing", l.timing);
    v.field("title", l.title, Limit::line);
    v.field("detail", l.detail, Limit::document);
    v.field("category", l.category);
    v.field("format", l.format);
    v.field("owner_role", l.owner_role, Ref{IdKind::role});
    v.field("messages", l.messages, Range{0, 50});
    v.field("message", l.message);
}

// Monthly cycle: theme planning, member survey, data review…
struct MonthTask {
    std::string id;
    MonthPhase phase = MonthPhase::start;
    int day = 1;              // day of month; past the month's end = its last day
    std::string title;
    std::string detail;
    std::string owner_role;   // Ref role
    Message message;
    bool operator==(const MonthTask&) const = default;
};

template <class V>
void describe(V& v, MonthTask& m) {
    v.field("id", m.id, IdText{});
    v.field("phase", m.phase);
    v.field("day", m.day, Range{1, 31});
    v.field("title", m.title, Limit::line);
    v.field("detail", m.detail, Limit::paragraph);
    v.field("owner_role", m.owner_role, Ref{IdKind::role});
    v.field("message", m.message);
}

// A step of an event run-sheet (live session, guest talk, training camp).
// It happens `day` days from the event (-1: the day before) at `time` (none:
// some time that day). `note` tells the team what to do; `message` is what
// goes into the group, and `messages` counts it in the day's load. Notes and
// messages may use the run-sheet's {主题} {嘉宾} {福利} {时间} (messages.hpp).
struct RunStep {
    std::string id;
    std::string title;
    std::optional<TimeOfDay> time;
    std::string owner_role;   // Ref role
    std::string note;
    bool done = false;
    int day = 0;
    int messages = 0;
    Message message;
    bool operator==(const RunStep&) const = default;
};

template <class V>
void describe(V& v, RunStep& s) {
    v.field("id", s.id, IdText{});
    v.field("title", s.title, Limit::line);
    v.field("time", s.time);
    v.field("owner_role", s.owner_role, Ref{IdKind::role});
    v.field("note", s.note, Limit::paragraph);
    v.field("done", s.done);
    v.field("day", s.day, Range{-30, 30});
    v.field("messages", s.messages, Range{0, 50});
    v.field("message", s.message);
}

// An event and its steps. Without a date it is a draft: on no calendar.
struct Runsheet {
    std::string id;
    std::string title;
    std::optional<Date> date;
    std::vector<RunStep> steps;
    std::string topic;
    std::string guest;        // who speaks or hosts
    std::string perk;         // what is given at the end
    std::optional<TimeOfDay> start;
    bool operator==(const Runsheet&) const = default;
};

template <class V>
void describe(V& v, Runsheet& r) {
    v.field("id", r.id, IdText{});
    v.field("title", r.title, Limit::line);
    v.field("date", r.date);
    v.field("steps", r.steps, Ids{IdKind::run_step});
    v.field("topic", r.topic, Limit::line);
    v.field("guest", r.guest, Limit::line);
    v.field("perk", r.perk, Limit::line);
    v.field("start", r.start);
}

// A dated campaign (festival, 618, member day), optionally run in its own
// temporary activity group (专场群) with a recap back to the main group.
struct Campaign {
    std::string id;
    CampaignKind kind = CampaignKind::festival;
    std::string name;
    std::optional<Date> start;
    std::optional<Date> end;
    std::string goal;
    std::string detail;
    bool temp_group = false;
    std::string temp_group_name;
    std::string recap;
    std::string runsheet;     // Ref runsheet
    Message message;
    bool operator==(const Campaign&) const = default;
};

template <class V>
void describe(V& v, Campaign& c) {
    v.field("id", c.id, IdText{});
    v.field("kind", c.kind);
    v.field("name", c.name, Limit::line);
    v.field("start", c.start);
    v.field("end", c.end);
    v.field("goal", c.goal, Limit::paragraph);
    v.field("detail", c.detail, Limit::document);
    v.field("temp_group", c.temp_group);
    v.field("temp_group_name", c.temp_group_name, Limit::line);
    v.field("recap", c.recap, Limit::document);
    v.field("runsheet", c.runsheet, Ref{IdKind::runsheet});
    v.field("message", c.message);
}

// Platform limits and the message budget, editable because platforms change
// their rules; `source` says where the numbers came from.
struct Limits {
    int wecom_customer_per_day = 1;    // company mass messages one customer receives a day
    int wecom_group_per_month = 30;    // group mass messages per customer group a month
    std::string source;
    int budget_broadcast = 10;         // operator messages a day members tolerate
    int budget_refined = 6;
    int budget_service = 4;
    bool operator==(const Limits&) const = default;
};

template <class V>
void describe(V& v, Limits& l) {
    v.field("wecom_customer_per_day", l.wecom_customer_per_day, Range{0, 1000});
    v.field("wecom_group_per_month", l.wecom_group_per_month, Range{0, 10000});
    v.field("source", l.source, Limit::paragraph);
    v.field("budget_broadcast", l.budget_broadcast, Range{0, 200});
    v.field("budget_refined", l.budget_refined, Range{0, 200});
    v.field("budget_service", l.budget_service, Range{0, 200});
}

struct Rhythm {
    std::vector<Slot> slots;
    std::vector<Column> columns;
    std::vector<MonthTask> month_tasks;
    std::vector<SopLine> routine;      // cold start and mature phase
    std::vector<Campaign> campaigns;
    std::vector<Runsheet> runsheets;
    Limits limits;
    bool operator==(const Rhythm&) const = default;
};

template <class V>
void describe(V& v, Rhythm& r) {
    v.field("slots", r.slots, Ids{IdKind::slot});
    v.field("columns", r.columns, Ids{IdKind::column});
    v.field("month_tasks", r.month_tasks, Ids{IdKind::month_task});
    v.field("routine", r.routine, Ids{IdKind::line});
    v.field("campaigns", r.campaigns, Ids{IdKind::campaign});
    v.field("runsheets", r.runsheets, Ids{IdKind::runsheet});
    v.field("limits", r.limits);
}

}  // namespace core
