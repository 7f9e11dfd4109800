#include "core/rules/calendar.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/model/stable_sort.hpp"

namespace core {

bool CalendarItem::empty() const {
    return (source == CalendarSource::slot || source == CalendarSource::column) && !slot.empty() &&
           content.empty();
}

std::string rule_key(CalendarSource source, std::string_view rule) {
    return std::string(enum_name(source)) + ":" + std::string(rule);
}

std::string item_key(CalendarSource source, std::string_view rule, Date original) {
    // One allocation: a year of a large plan is tens of thousands of items, each with its key.
    const std::string_view name = enum_name(source);
    std::string key;
    key.reserve(name.size() + rule.size() + 12);
    return key.append(name).append(1, ':').append(rule).append(1, '@').append(format_date(original));
}

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[(month - 1) % 12] + (month == 2 && leap ? 1 : 0);
}

Date monday_of(Date date) { return Date{date.days - (weekday_of(date) - 1)}; }

Date first_of_month(Date date) {
    int y, m, d;
    ymd_from_date(date, y, m, d);
    return date_from_ymd(y, m, 1);
}

Date last_of_month(Date date) {
    int y, m, d;
    ymd_from_date(date, y, m, d);
    return date_from_ymd(y, m, days_in_month(y, m));
}

namespace {

CalendarItem item_at(CalendarSource source, const std::string& rule, Date date) {
    CalendarItem it;
    it.source = source;
    it.rule = rule;
    it.date = it.original = it.last = date;
    it.key = item_key(source, rule, date);
    return it;
}

}  // namespace

CalendarItem line_item(const SopLine& line, Date date) {
    CalendarItem it = item_at(CalendarSource::line, line.id, date);
    it.time = line.timing.time;
    it.title = line.title;
    if (line.kind == LineKind::message) {   // a task is not content: no category, nothing sent
        it.category = line.category;
        it.format = line.format;
    }
    it.owner_role = line.owner_role;
    it.messages = line.sends();
    return it;
}

namespace {

// Every item the rules give in [from, to], before overrides and before
// content items are placed on their slots.
class RuleExpander {
public:
    explicit RuleExpander(const Plan& plan) : plan_(plan) {
        for (const Slot& s : plan.rhythm.slots) slots_[s.id] = &s;
        for (const Column& c : plan.rhythm.columns) {
            if (c.weekday < 1 || c.weekday > 7) continue;
            auto slot = slots_.find(c.slot);
            if (slot == slots_.end()) loose_columns_[c.weekday - 1].push_back(&c);
            else slotted_columns_[c.weekday - 1][c.slot].push_back(&c);
        }
    }

    std::vector<CalendarItem> expand(Date from, Date to) const {
        std::vector<CalendarItem> out;
        // Room for the weekly pattern's days at once: the items are large to move.
        const size_t days = (size_t)(to.days - from.days + 1);
        out.reserve(days * (plan_.rhythm.slots.size() + plan_.rhythm.columns.size() / 7 + 1));
        for (Date d = from; d <= to; ++d.days) on_day(d, out);
        for (const Campaign& c : plan_.rhythm.campaigns) {
            if (!c.start) continue;
            const Date last = (c.end && *c.end > *c.start) ? *c.end : *c.start;
            if (last < from || to < *c.start) continue;
            CalendarItem it = item_at(CalendarSource::campaign, c.id, *c.start);
            it.last = last;
            it.title = c.name;
            it.note = c.goal;
            out.push_back(std::move(it));
        }
        for (const Runsheet& r : plan_.rhythm.runsheets) {
            if (!r.date) continue;
            for (const RunStep& s : r.steps) {
                const Date d{r.date->days + s.day};
                if (d < from || to < d) continue;
                CalendarItem it = item_at(CalendarSource::run_step, s.id, d);
                it.time = s.time;
                it.title = r.title.empty() ? s.title : r.title + " · " + s.title;
                it.owner_role = s.owner_role;
                it.messages = s.messages;
                it.note = s.note;
                out.push_back(std::move(it));
            }
        }
        for (const ContentItem& c : plan_.content.items) {
            if (!c.publish || *c.publish < from || to < *c.publish) continue;
            CalendarItem it = item_at(CalendarSource::content, c.id, *c.publish);
            it.time = c.time;   // its own time only; the slot's is added when it stays on its own
            it.slot = c.slot;
            it.messages = 1;
            fill_from(it, c);
            out.push_back(std::move(it));
        }
        return out;
    }

    const Slot* slot(const std::string& id) const {
        auto it = slots_.find(id);
        return it == slots_.end() ? nullptr : it->second;
    }

private:
    void on_day(Date d, std::vector<CalendarItem>& out) const {
        const std::optional<Date> start = plan_day0(plan_.basics);
        const bool started = !start || *start <= d;
        const int wd = weekday_of(d);
        if (started) {
            for (const Slot& s : plan_.rhythm.slots) {
                auto placed = slotted_columns_[wd - 1].find(s.id);
                if (placed == slotted_columns_[wd - 1].end()) {
                    CalendarItem it = item_at(CalendarSource::slot, s.id, d);
                    it.time = s.time;
                    it.title = s.purpose;
                    it.category = s.category;
                    it.format = s.format;
                    it.owner_role = s.owner_role;
                    it.slot = s.id;
                    it.messages = s.messages;
                    out.push_back(std::move(it));
                    continue;
                }
                // k columns in one slot send max(messages, k) together (as sop_rules.hpp counts).
                const int k = (int)placed->second.size();
                const int total = std::max(s.messages, k);
                for (size_t i = 0; i < placed->second.size(); ++i) {
                    CalendarItem it = column_item(*placed->second[i], d);
                    it.time = s.time;
                    it.slot = s.id;
                    if (it.owner_role.empty()) it.owner_role = s.owner_role;
                    it.messages = i == 0 ? total - (k - 1) : 1;
                    out.push_back(std::move(it));
                }
            }
            for (const Column* c : loose_columns_[wd - 1]) {
                CalendarItem it = column_item(*c, d);
                it.messages = 1;
                out.push_back(std::move(it));
            }
            int y, m, day;
            ymd_from_date(d, y, m, day);
            const int month_days = days_in_month(y, m);
            for (const MonthTask& t : plan_.rhythm.month_tasks) {
                if (std::min(t.day, month_days) != day) continue;
                CalendarItem it = item_at(CalendarSource::month_task, t.id, d);
                it.title = t.title;
                it.owner_role = t.owner_role;
                out.push_back(std::move(it));
            }
        }
        for (const SopLine& l : plan_.rhythm.routine) {
            const Timing& t = l.timing;
            bool on = false;
            switch (t.kind) {
                case TimingKind::daily: on = started; break;
                case TimingKind::weekday: on = started && t.weekday == wd; break;
                case TimingKind::date: on = t.date && *t.date == d; break;
                case TimingKind::after_created: on = start && start->days + t.day == d.days; break;
                case TimingKind::after_joined: on = false; break;   // per member, not on the group calendar
            }
            if (on) out.push_back(line_item(l, d));
        }
    }

    static CalendarItem column_item(const Column& c, Date d) {
        CalendarItem it = item_at(CalendarSource::column, c.id, d);
        it.title = c.name;
        it.category = c.category;
        it.format = c.format;
        it.owner_role = c.owner_role;
        it.note = c.note;
        return it;
    }

public:
    static void fill_from(CalendarItem& it, const ContentItem& c) {
        it.content = c.id;
        if (!c.title.empty()) it.title = c.title;
        it.category = c.category;
        it.format = c.format;
        it.owner = c.owner;
        it.status = c.status;
        it.content_source = c.source;
        it.prep_due = c.due;
        if (!c.note.empty()) it.note = c.note;
    }

private:
    const Plan& plan_;
    std::unordered_map<std::string, const Slot*> slots_;
    std::array<std::unordered_map<std::string, std::vector<const Column*>>, 7> slotted_columns_;
    std::array<std::vector<const Column*>, 7> loose_columns_;
};

// Applies the overrides addressed to the item; false when it is skipped.
bool apply_overrides(CalendarItem& it, const std::vector<const CalendarOverride*>& overrides) {
    bool keep = true;
    for (OverrideKind kind : {OverrideKind::skip, OverrideKind::move, OverrideKind::edit}) {
        for (const CalendarOverride* o : overrides) {
            if (o->kind != kind) continue;
            if (kind == OverrideKind::skip) {
                keep = false;
            } else if (kind == OverrideKind::move) {
                if (o->to_date) {
                    const int span = it.last.days - it.date.days;
                    it.date = *o->to_date;
                    it.last = Date{it.date.days + span};
                }
                if (o->to_time) it.time = o->to_time;
                it.moved = true;
            } else if (!o->title.empty()) {
                it.title = o->title;
                it.retitled = true;
            }
            if (!o->note.empty()) it.note = o->note;
        }
    }
    return keep;
}

bool before(const CalendarItem& a, const CalendarItem& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.time.has_value() != b.time.has_value()) return !a.time.has_value();
    if (a.time != b.time) return *a.time < *b.time;
    if (a.source != b.source) return a.source < b.source;
    return a.key < b.key;
}

}  // namespace

std::vector<CalendarItem> expand_rules(const Plan& plan, Date from, Date to) {
    if (to < from) return {};
    if (to.days - from.days >= kMaxCalendarDays) to = Date{from.days + kMaxCalendarDays - 1};
    return RuleExpander(plan).expand(from, to);
}

std::vector<CalendarItem> expand_calendar(const Plan& plan, Date from, Date to, CalendarOptions options) {
    if (to < from) return {};
    if (to.days - from.days >= kMaxCalendarDays) to = Date{from.days + kMaxCalendarDays - 1};
    RuleExpander rules(plan);
    std::vector<CalendarItem> items = rules.expand(from, to);

    // The overrides by the address of the item they change, and whether the
    // rules gave that item in the range.
    struct Addressed {
        std::vector<const CalendarOverride*> overrides;
        bool in_range = false;
    };
    std::unordered_map<std::string, Addressed> by_key;
    for (const CalendarOverride& o : plan.calendar.overrides) by_key[item_key(o.source, o.rule, o.date)].overrides.push_back(&o);
    for (const CalendarItem& it : items) {
        auto found = by_key.find(it.key);
        if (found != by_key.end()) found->second.in_range = true;
    }

    // Items moved into the range from a day outside it (not to a day after
    // it); each such day is expanded once, however many moves leave it.
    std::unordered_map<int, std::vector<CalendarItem>> days_left;
    for (const CalendarOverride& o : plan.calendar.overrides) {   // in plan order
        if (o.kind != OverrideKind::move || !o.to_date || to < *o.to_date) continue;
        const std::string key = item_key(o.source, o.rule, o.date);
        Addressed& addressed = by_key[key];
        if (addressed.in_range) continue;
        auto day = days_left.find(o.date.days);
        if (day == days_left.end()) day = days_left.emplace(o.date.days, rules.expand(o.date, o.date)).first;
        for (CalendarItem& it : day->second) {
            if (it.key != key) continue;
            addressed.in_range = true;
            items.push_back(std::move(it));
            break;
        }
    }

    std::vector<CalendarItem> kept;
    kept.reserve(items.size());
    for (CalendarItem& it : items) {
        auto found = by_key.find(it.key);
        if (found != by_key.end() && !apply_overrides(it, found->second.overrides)) {
            if (!options.include_skipped) continue;
            it.skipped = true;
        }
        if (it.last < from || to < it.date) continue;   // moved out of the range
        kept.push_back(std::move(it));
    }

    // Content items fill their slot's item on their day, in plan order.
    std::vector<CalendarItem> out;
    out.reserve(kept.size());
    // Slot and column items still empty, by slot and day (a content item
    // only ever fills one of its own slot on its own day), in plan order.
    std::unordered_map<std::string, std::vector<CalendarItem*>> open;
    auto open_key = [](const std::string& slot, Date date) { return slot + '\x1f' + std::to_string(date.days); };
    for (CalendarItem& it : kept)
        if (it.empty() && !it.skipped) open[open_key(it.slot, it.date)].push_back(&it);
    std::unordered_map<std::string, const ContentItem*> contents;
    for (const ContentItem& c : plan.content.items) contents[c.id] = &c;
    std::vector<CalendarItem> alone;
    for (CalendarItem& it : kept) {
        if (it.source != CalendarSource::content) continue;
        bool placed = false;
        if (!it.skipped && !it.slot.empty()) {
            // At its own time, else at its slot's time; without a time of its own
            // it follows a slot item moved to another time that day.
            const Slot* s = rules.slot(it.slot);
            const std::optional<TimeOfDay> want = it.time ? it.time : (s ? std::optional(s->time) : std::nullopt);
            auto fits = [&](CalendarItem* t, bool any_time) {
                return t->content.empty() && t->slot == it.slot && t->date == it.date &&
                       (t->time == want || (any_time && !it.time));
            };
            auto bucket = open.find(open_key(it.slot, it.date));
            std::vector<CalendarItem*> none;
            std::vector<CalendarItem*>& candidates = bucket != open.end() ? bucket->second : none;
            auto target = std::find_if(candidates.begin(), candidates.end(), [&](CalendarItem* t) { return fits(t, false); });
            if (target == candidates.end())
                target = std::find_if(candidates.begin(), candidates.end(), [&](CalendarItem* t) { return fits(t, true); });
            auto c = contents.find(it.rule);
            if (target != candidates.end() && c != contents.end()) {
                RuleExpander::fill_from(**target, *c->second);
                if (it.retitled) (*target)->title = it.title;
                placed = true;
            }
        }
        if (placed) continue;
        if (!it.time && !it.slot.empty())
            if (const Slot* s = rules.slot(it.slot)) it.time = s->time;
        alone.push_back(std::move(it));
    }
    for (CalendarItem& it : kept)
        if (it.source != CalendarSource::content) out.push_back(std::move(it));
    for (CalendarItem& it : alone) out.push_back(std::move(it));
    core::stable_sort(out, before);   // by place; each item (a large one) is moved once
    return out;
}

}  // namespace core
