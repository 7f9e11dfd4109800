// Section 6 of the SOP document: daily slots, the message budget, the weekly
// grid, the monthly cycle, campaigns, cold start and mature routine, event
// run-sheets and each role's run-sheet for day 0.
#include <algorithm>

#include "core/exports/sop_document.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/messages.hpp"
#include "core/text/i18n.hpp"
#include "core/rules/sop_rules.hpp"

namespace core::doc {

namespace {

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

std::vector<const Slot*> slots_by_time(const Plan& plan) {
    std::vector<const Slot*> out;
    for (const Slot& s : plan.rhythm.slots) out.push_back(&s);
    core::stable_sort(out, [](const Slot* a, const Slot* b) { return a->time < b->time; });
    return out;
}

void add_slots(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(3, tr(S::md_slots, L)));
    std::vector<std::vector<std::string>> rows;
    for (const Slot* s : slots_by_time(plan))
        rows.push_back({format_time(s->time), s->purpose, tr(label_of(s->category), L), tr(label_of(s->format), L),
                        role_name(plan, s->owner_role, L), std::to_string(s->messages)});
    if (rows.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    else
        d.push_back(table({tr(S::md_col_time, L), tr(S::md_col_purpose, L), tr(S::md_col_category, L), tr(S::md_col_format, L),
                           tr(S::md_col_owner, L), tr(S::md_col_messages, L)},
                          std::move(rows)));
    for (const Slot* s : slots_by_time(plan))
        add_message(d, plan, s->message, {std::nullopt, nullptr, L}, format_time(s->time) + " " + or_empty(L, s->purpose), L);

    // Budget and limits under the slots, where an operator looks for them.
    std::vector<std::string> notes;
    notes.push_back(fmt(tr(S::md_budget, L), {{"budget", std::to_string(budget_for(plan))},
                                              {"type", tr(label_of(plan.basics.group_type), L)}}));
    const auto load = weekday_load(plan);
    std::vector<std::string> days, over;
    for (int w = 1; w <= 7; ++w) days.push_back(std::string(tr(weekday_short(w), L)) + " " + std::to_string(load[w - 1]));
    for (int w : overloaded_weekdays(plan)) over.push_back(tr(weekday_short(w), L));
    notes.push_back(fmt(tr(S::md_load, L), {{"days", join(days, " · ")}}));
    if (!over.empty()) notes.push_back(fmt(tr(S::md_over_budget, L), {{"days", join(over, tr(S::md_list_sep, L))}}));
    std::vector<std::string> dup;
    for (const std::string& id : duplicate_slot_times(plan))
        for (const Slot& s : plan.rhythm.slots)
            if (s.id == id) dup.push_back(format_time(s.time) + " " + s.purpose);
    if (!dup.empty()) notes.push_back(fmt(tr(S::md_duplicate, L), {{"slots", join(dup, tr(S::md_list_sep, L))}}));
    if (plan.basics.platform == Platform::wecom) {
        const Limits& lim = plan.rhythm.limits;
        notes.push_back(fmt(tr(S::md_limits, L), {{"customer", std::to_string(lim.wecom_customer_per_day)},
                                                  {"group", std::to_string(lim.wecom_group_per_month)}}));
        for (const LimitWarning& w : platform_warnings(plan)) notes.push_back(limit_warning_text(w, L));
        if (!lim.source.empty()) notes.push_back(fmt(tr(S::md_source, L), {{"source", lim.source}}));
    }
    d.push_back(list(std::move(notes)));
}

void add_weekly(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(3, tr(S::md_weekly, L)));
    if (plan.rhythm.columns.empty()) {
        d.push_back(paragraph(tr(S::md_none, L)));
        return;
    }
    // The Mon–Sun × slot grid; a row for columns without a slot when there are any.
    std::vector<std::string> header = {tr(S::md_col_slot, L)};
    for (int w = 1; w <= 7; ++w) header.push_back(tr(weekday_short(w), L));
    auto cell = [&](int weekday, auto&& in_row) {
        std::vector<std::string> names;
        for (const Column& c : plan.rhythm.columns)
            if (c.weekday == weekday && in_row(c)) names.push_back(c.name);
        return join(names, tr(S::md_list_sep, L));
    };
    std::vector<std::vector<std::string>> grid;
    for (const Slot* s : slots_by_time(plan)) {
        std::vector<std::string> row = {format_time(s->time) + " " + s->purpose};
        for (int w = 1; w <= 7; ++w) row.push_back(cell(w, [&](const Column& c) { return c.slot == s->id; }));
        grid.push_back(std::move(row));
    }
    auto unslotted = [&](const Column& c) {
        return c.slot.empty() || std::none_of(plan.rhythm.slots.begin(), plan.rhythm.slots.end(),
                                              [&](const Slot& s) { return s.id == c.slot; });
    };
    if (std::any_of(plan.rhythm.columns.begin(), plan.rhythm.columns.end(), unslotted)) {
        std::vector<std::string> row = {tr(S::md_no_slot, L)};
        for (int w = 1; w <= 7; ++w) row.push_back(cell(w, unslotted));
        grid.push_back(std::move(row));
    }
    d.push_back(table(std::move(header), std::move(grid)));

    std::vector<const Column*> cols;
    for (const Column& c : plan.rhythm.columns) cols.push_back(&c);
    core::stable_sort(cols, [](const Column* a, const Column* b) { return a->weekday < b->weekday; });
    std::vector<std::vector<std::string>> rows;
    for (const Column* c : cols) {
        std::string slot = tr(S::md_no_slot, L);
        for (const Slot& s : plan.rhythm.slots)
            if (s.id == c->slot) slot = format_time(s.time);
        rows.push_back({c->name, tr(weekday_short(c->weekday), L), slot, tr(label_of(c->category), L),
                        tr(label_of(c->format), L), role_name(plan, c->owner_role, L), c->note});
    }
    d.push_back(table({tr(S::md_col_column, L), tr(S::md_col_weekday, L), tr(S::md_col_slot, L), tr(S::md_col_category, L),
                       tr(S::md_col_format, L), tr(S::md_col_owner, L), tr(S::md_col_note, L)},
                      std::move(rows)));
    for (const Column* c : cols)
        add_message(d, plan, c->message, {std::nullopt, nullptr, L},
                    std::string(tr(weekday_short(c->weekday), L)) + " " + or_empty(L, c->name), L);
}

void add_monthly(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(3, tr(S::md_monthly, L)));
    std::vector<const MonthTask*> tasks;
    for (const MonthTask& m : plan.rhythm.month_tasks) tasks.push_back(&m);
    core::stable_sort(tasks, [](const MonthTask* a, const MonthTask* b) { return a->day < b->day; });
    std::vector<std::vector<std::string>> rows;
    auto day_text = [&](const MonthTask* m) {
        return m->day >= 31 ? std::string(tr(S::md_last_day, L)) : fmt(tr(S::md_day_of_month, L), {{"n", std::to_string(m->day)}});
    };
    for (const MonthTask* m : tasks)
        rows.push_back({day_text(m), tr(label_of(m->phase), L), m->title, role_name(plan, m->owner_role, L), m->detail});
    if (rows.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    else
        d.push_back(table({tr(S::md_col_day, L), tr(S::md_col_phase, L), tr(S::md_col_task, L), tr(S::md_col_owner, L),
                           tr(S::md_col_note, L)},
                          std::move(rows)));
    for (const MonthTask* m : tasks)
        add_message(d, plan, m->message, {std::nullopt, nullptr, L}, day_text(m) + " " + or_empty(L, m->title), L);
}

std::string runsheet_title(const Plan& plan, const std::string& id) {
    for (const Runsheet& r : plan.rhythm.runsheets)
        if (r.id == id) return r.title.empty() ? r.id : r.title;
    return "";
}

void add_campaigns(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(3, tr(S::md_campaigns, L)));
    if (plan.rhythm.campaigns.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    for (const Campaign& c : plan.rhythm.campaigns) {
        d.push_back(heading(4, or_empty(L, c.name)));
        std::string dates = c.start ? format_date(*c.start) : tr(S::md_no_date, L);
        if (c.end && (!c.start || *c.end != *c.start)) dates += " – " + format_date(*c.end);
        std::vector<std::string> items = {label_value(L, S::md_campaign_kind, tr(label_of(c.kind), L)),
                                          label_value(L, S::md_dates, dates), label_value(L, S::md_campaign_goal, c.goal),
                                          label_value(L, S::md_campaign_detail, c.detail)};
        if (c.temp_group) {
            items.push_back(label_value(L, S::md_campaign_temp, c.temp_group_name));
            items.push_back(label_value(L, S::md_campaign_recap, c.recap));
        }
        if (!c.runsheet.empty()) items.push_back(label_value(L, S::md_campaign_runsheet, runsheet_title(plan, c.runsheet)));
        d.push_back(list(std::move(items)));
        add_message(d, plan, c.message, {c.start, nullptr, L}, or_empty(L, c.name), L);
    }
}

int timing_rank(const Timing& t) {
    // Day-N lines in day order first, then dated, weekly and daily lines.
    switch (t.kind) {
        case TimingKind::after_created: return 0;
        case TimingKind::after_joined: return 1;
        case TimingKind::date: return 2;
        case TimingKind::weekday: return 3;
        case TimingKind::daily: return 4;
    }
    return 5;
}

// The date a line is sent on, when it has one: a dated line's date, day N
// after a start date. {日期} in its message is filled with it.
std::optional<Date> sent_on(const Plan& plan, const Timing& t) {
    if (t.kind == TimingKind::date) return t.date;
    if (t.kind == TimingKind::after_created && plan_day0(plan.basics)) return Date{plan_day0(plan.basics)->days + t.day};
    return std::nullopt;
}

void add_routine(Document& d, const Plan& plan, Lang L, RoutinePhase phase) {
    d.push_back(heading(3, tr(label_of(phase), L)));
    std::vector<const SopLine*> lines;
    for (const SopLine& l : plan.rhythm.routine)
        if (l.phase == phase) lines.push_back(&l);
    core::stable_sort(lines, [](const SopLine* a, const SopLine* b) {
        const Timing &x = a->timing, &y = b->timing;
        if (timing_rank(x) != timing_rank(y)) return timing_rank(x) < timing_rank(y);
        const int dx = x.kind == TimingKind::date ? (x.date ? x.date->days : 0) : x.kind == TimingKind::weekday ? x.weekday : x.day;
        const int dy = y.kind == TimingKind::date ? (y.date ? y.date->days : 0) : y.kind == TimingKind::weekday ? y.weekday : y.day;
        if (dx != dy) return dx < dy;
        return x.time < y.time;
    });
    std::vector<std::vector<std::string>> rows;
    for (const SopLine* l : lines)
        rows.push_back({timing_text(l->timing, L, plan.basics.takeover_date.has_value()), l->title, l->detail,
                        role_name(plan, l->owner_role, L),
                        l->kind == LineKind::task ? tr(label_of(LineKind::task), L) : std::to_string(l->messages)});
    if (rows.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    else
        d.push_back(table({tr(S::md_col_time, L), tr(S::md_col_item, L), tr(S::md_col_note, L), tr(S::md_col_owner, L),
                           tr(S::md_col_messages, L)},
                          std::move(rows)));
    for (const SopLine* l : lines)
        add_message(d, plan, l->message, {sent_on(plan, l->timing), nullptr, L},
                    timing_text(l->timing, L, plan.basics.takeover_date.has_value()) + " " + or_empty(L, l->title), L);
}

void add_runsheets(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(3, tr(S::md_runsheets, L)));
    if (plan.rhythm.runsheets.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    for (const Runsheet& r : plan.rhythm.runsheets) {
        d.push_back(heading(4, or_empty(L, r.title) + " · " + (r.date ? format_date(*r.date) : tr(S::md_no_date, L))));
        std::vector<std::string> facts;
        if (!r.topic.empty()) facts.push_back(label_value(L, S::md_runsheet_topic, r.topic));
        if (!r.guest.empty()) facts.push_back(label_value(L, S::md_runsheet_guest, r.guest));
        if (!r.perk.empty()) facts.push_back(label_value(L, S::md_runsheet_perk, r.perk));
        if (r.start) facts.push_back(label_value(L, S::md_runsheet_start, format_time(*r.start)));
        if (!facts.empty()) d.push_back(list(std::move(facts)));
        // A step's day before or after the event as D-1 / D+1, the way run-sheets are written.
        auto when = [&](const RunStep& s) {
            std::string day = s.day == 0 ? "" : (s.day < 0 ? "D" : "D+") + std::to_string(s.day);
            std::string time = s.time ? format_time(*s.time) : "";
            return day.empty() || time.empty() ? day + time : day + " " + time;
        };
        std::vector<std::vector<std::string>> rows;
        int n = 0;
        for (const RunStep& s : r.steps) {
            // The note may name the event's {主题} {嘉宾} {福利} {时间}, filled like a message.
            const std::string note = fill_placeholders(plan, s.note, {std::nullopt, &r, L}).text;
            rows.push_back({std::to_string(++n) + (s.done ? " ✓" : ""), when(s), s.title, role_name(plan, s.owner_role, L), note});
        }
        d.push_back(table({"#", tr(S::md_col_time, L), tr(S::md_col_step, L), tr(S::md_col_owner, L), tr(S::md_col_note, L)},
                          std::move(rows)));
        for (const RunStep& s : r.steps) {
            const std::optional<Date> date = r.date ? std::optional(Date{r.date->days + s.day}) : std::nullopt;
            add_message(d, plan, s.message, {date, &r, L}, (when(s).empty() ? "" : when(s) + " ") + or_empty(L, s.title), L);
        }
    }
}

void add_role_sheets(Document& d, const Plan& plan, Lang L) {
    if (!plan_day0(plan.basics) || plan.setup.roles.empty()) return;
    const Date day0 = *plan_day0(plan.basics);
    d.push_back(heading(3, fmt(tr(S::md_roles_day, L), {{"date", format_date(day0)}})));
    for (const Role& r : plan.setup.roles) {
        d.push_back(heading(4, role_name(plan, r.id, L)));
        std::vector<std::string> items;
        for (const RunLine& line : role_run_sheet(plan, r.id, day0))
            items.push_back((line.time ? format_time(*line.time) : tr(S::md_all_day, L)) + " " + line.title);
        d.push_back(items.empty() ? paragraph(tr(S::md_role_nothing, L)) : list(std::move(items)));
    }
}

}  // namespace

void add_rhythm(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(2, tr(S::md_s_rhythm, L)));
    add_slots(d, plan, L);
    add_weekly(d, plan, L);
    add_monthly(d, plan, L);
    add_campaigns(d, plan, L);
    add_routine(d, plan, L, RoutinePhase::cold_start);
    add_routine(d, plan, L, RoutinePhase::mature);
    add_runsheets(d, plan, L);
    add_role_sheets(d, plan, L);
}

}  // namespace core::doc

namespace core {

Document role_sheet_document(const Plan& plan, const std::string& role_id, Date date, Lang L) {
    using namespace doc;
    Document d;
    d.push_back(heading(1, fmt(tr(S::role_sheet_title, L), {{"group", or_empty(L, plan.basics.name)},
                                                                 {"role", role_name(plan, role_id, L)},
                                                                 {"date", format_date(date) + " " + tr(weekday_short(weekday_of(date)), L)}})));
    // The role's items as the calendar has them that day; what each sends
    // follows the table, filled for the day, ready to copy.
    const std::vector<CalendarItem> items = role_items_on(plan, role_id, date);
    std::vector<std::vector<std::string>> rows;
    for (const CalendarItem& it : items) {
        const FillContext context{it.date, item_runsheet(plan, it), L};
        rows.push_back({it.time ? format_time(*it.time) : tr(S::md_all_day, L), tr(label_of(it.source), L), it.title,
                        fill_placeholders(plan, it.note, context).text, it.messages ? std::to_string(it.messages) : ""});
    }
    if (rows.empty()) d.push_back(paragraph(tr(S::md_role_nothing, L)));
    else d.push_back(table({tr(S::md_col_time, L), tr(S::role_sheet_col_kind, L), tr(S::role_sheet_col_what, L),
                            tr(S::md_col_note, L), tr(S::role_sheet_col_messages, L)},
                           std::move(rows)));
    for (const CalendarItem& it : items)
        if (const Message* m = item_message(plan, it))
            add_message(d, plan, *m, {it.date, item_runsheet(plan, it), L},
                        (it.time ? format_time(*it.time) + " " : std::string()) + it.title, L);
    return d;
}

}  // namespace core
