#include "core/rules/clashes.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/model/stable_sort.hpp"
#include "core/rules/sop_rules.hpp"

namespace core {

namespace {

// The post an item belongs to: a slot and the columns placed on it are one
// post (the slot's); any other item is its own (its source and rule).
std::pair<CalendarSource, std::string_view> post_of(const CalendarItem& it) {
    if ((it.source == CalendarSource::slot || it.source == CalendarSource::column) && !it.slot.empty())
        return {CalendarSource::slot, it.slot};
    return {it.source, it.rule};
}

// Timed items of one day, in calendar order, grouped by minute and role;
// `emit` gets each group holding two posts or more.
template <class F>
void clashes_of_day(const std::vector<const CalendarItem*>& day, F&& emit) {
    std::map<std::pair<int, std::string_view>, std::vector<const CalendarItem*>> groups;
    for (const CalendarItem* it : day)
        if (it->time && !it->owner_role.empty()) groups[{it->time->minutes, it->owner_role}].push_back(it);
    for (const auto& group : groups) {
        const std::vector<const CalendarItem*>& items = group.second;
        const auto first = post_of(*items.front());
        if (std::any_of(items.begin() + 1, items.end(), [&](const CalendarItem* it) { return post_of(*it) != first; }))
            emit(items);
    }
}

Clash clash_of(const std::vector<const CalendarItem*>& items, std::optional<Date> date) {
    Clash c;
    c.role = items.front()->owner_role;
    c.weekday = weekday_of(items.front()->date);
    c.date = date;
    c.time = *items.front()->time;
    for (const CalendarItem* it : items) {
        c.ids.push_back(it->rule);
        c.sources.push_back(it->source);
        c.titles.push_back(it->title);
    }
    return c;
}

// Calls f with the items of each day, in calendar order (items sorted by date).
template <class F>
void by_day(const std::vector<CalendarItem>& items, F&& f) {
    std::vector<const CalendarItem*> day;
    for (size_t i = 0; i < items.size(); ++i) {
        day.push_back(&items[i]);
        if (i + 1 == items.size() || items[i + 1].date != items[i].date) {
            f(day);
            day.clear();
        }
    }
}

bool weekly_timing(const Timing& t) { return t.kind == TimingKind::daily || t.kind == TimingKind::weekday; }

// The role's name (its kind without one). In Chinese a name ending in a
// Latin letter or a digit takes a space before the hanzi that follow it
// ("前台 Amy 同时有"), as numbers do in the string table.
std::string role_words(const Plan& plan, const std::string& id, Lang lang) {
    std::string name = id;
    for (const Role& r : plan.setup.roles)
        if (r.id == id) name = r.name.empty() ? tr(label_of(r.kind), lang) : r.name;
    const char last = name.empty() ? ' ' : name.back();
    if (lang == Lang::zh && ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9')))
        name += ' ';
    return name;
}

// "两" / "two" for 2 … 10, else the digits (" 12 " between hanzi).
std::string count_words(int n, Lang lang) {
    const std::string words = tr(S::sop_count_words, lang);
    std::vector<std::string> list;
    for (size_t at = 0;;) {
        const size_t bar = words.find('|', at);
        list.push_back(words.substr(at, bar - at));
        if (bar == std::string::npos) break;
        at = bar + 1;
    }
    if (n >= 0 && n < (int)list.size()) return list[n];
    return lang == Lang::zh ? " " + std::to_string(n) + " " : std::to_string(n);
}

// By date (the weekday for weekly ones), time, then the role's place in the plan.
void sort_clashes(const Plan& plan, std::vector<Clash>& clashes) {
    std::unordered_map<std::string, int> rank;
    for (size_t i = 0; i < plan.setup.roles.size(); ++i) rank.emplace(plan.setup.roles[i].id, (int)i);
    auto rank_of = [&](const std::string& role) {
        auto r = rank.find(role);
        return r == rank.end() ? (int)rank.size() : r->second;
    };
    core::stable_sort(clashes, [&](const Clash& a, const Clash& b) {
        const int da = a.date ? a.date->days : a.weekday, db = b.date ? b.date->days : b.weekday;
        if (da != db) return da < db;
        if (a.time != b.time) return a.time < b.time;
        return rank_of(a.role) < rank_of(b.role);
    });
}

}  // namespace

std::vector<Clash> clashes_between(const Plan& plan, Date from, Date to) {
    std::vector<Clash> out;
    by_day(expand_calendar(plan, from, to), [&](const auto& day) {
        clashes_of_day(day, [&](const auto& items) { out.push_back(clash_of(items, items.front()->date)); });
    });
    sort_clashes(plan, out);
    return out;
}

std::vector<Clash> time_clashes(const Plan& plan, Date from) {
    ClashScan scan(plan, from);
    scan.step(plan, scan.days_total());
    return scan.result(plan);
}

ClashScan::ClashScan(const Plan& plan, Date from) {
    // The weekly pattern alone, on one week: what repeats every week.
    Plan week;
    week.rhythm.slots = plan.rhythm.slots;
    week.rhythm.columns = plan.rhythm.columns;
    for (const SopLine& l : plan.rhythm.routine)
        if (weekly_timing(l.timing)) week.rhythm.routine.push_back(l);
    const Date monday = date_from_ymd(2024, 1, 1);
    by_day(expand_calendar(week, monday, Date{monday.days + 6}), [&](const auto& day) {
        clashes_of_day(day, [&](const auto& items) { weekly_.push_back(clash_of(items, std::nullopt)); });
    });
    const std::optional<Date> day0 = plan_day0(plan.basics);
    first_ = next_ = day0.value_or(from);
    last_ = Date{first_.days + (day0 ? kClashYearDays : 7 * kClashWeeksWithoutStart) - 1};
}

bool ClashScan::step(const Plan& plan, int days) {
    if (done() || days <= 0) return done();
    const Date to{std::min(last_.days, next_.days + days - 1)};
    // Dated clashes: those with a dated or moved item in them; the rest are
    // the weekly pattern's, found at construction.
    std::unordered_map<std::string_view, const SopLine*> lines;
    for (const SopLine& l : plan.rhythm.routine) lines[l.id] = &l;
    auto is_dated = [&](const CalendarItem& it) {
        if (it.moved) return true;
        switch (it.source) {
            case CalendarSource::slot:
            case CalendarSource::column: return false;
            case CalendarSource::line: {
                auto l = lines.find(it.rule);
                return l == lines.end() || !weekly_timing(l->second->timing);
            }
            default: return true;
        }
    };
    by_day(expand_calendar(plan, next_, to), [&](const auto& day) {
        clashes_of_day(day, [&](const auto& items) {
            if (std::any_of(items.begin(), items.end(), [&](const CalendarItem* it) { return is_dated(*it); }))
                dated_.push_back(clash_of(items, items.front()->date));
        });
    });
    next_ = Date{to.days + 1};
    return done();
}

std::vector<Clash> ClashScan::result(const Plan& plan) const {
    std::vector<Clash> weekly = weekly_, dated = dated_;
    sort_clashes(plan, weekly);
    sort_clashes(plan, dated);
    weekly.insert(weekly.end(), std::make_move_iterator(dated.begin()), std::make_move_iterator(dated.end()));
    return weekly;
}

std::string clash_text(const Plan& plan, const Clash& clash, Lang lang) {
    std::string lines;
    for (size_t i = 0; i < clash.titles.size(); ++i) {
        if (i > 0) lines += tr(i + 1 == clash.titles.size() ? S::sop_list_and : S::sop_list_sep, lang);
        std::string title = clash.titles[i];
        if (title.empty() && i < clash.sources.size()) title = tr(label_of(clash.sources[i]), lang);
        lines += fmt(tr(S::sop_clash_line, lang), {{"title", title}});
    }
    const std::string time = format_time(clash.time);
    const std::string count = count_words((int)clash.titles.size(), lang);
    const std::string role = role_words(plan, clash.role, lang);
    // The plan's own words go in last, so a brace in them is never read as a key.
    if (clash.date)
        return fmt(tr(S::sop_clash_dated, lang),
                   {{"day", day_words(*clash.date, lang)}, {"time", time}, {"count", count}, {"role", role}, {"lines", lines}});
    return fmt(tr(S::sop_clash_weekly, lang), {{"weekday", tr(weekday_short(clash.weekday), lang)},
                                               {"time", time},
                                               {"count", count},
                                               {"role", role},
                                               {"lines", lines}});
}

}  // namespace core
