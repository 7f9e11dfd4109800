#include "core/rules/execution.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/json/json_fields.hpp"
#include "core/model/stable_sort.hpp"

namespace core {

namespace {

std::string mark_key(const ExecutionMark& m) { return item_key(m.source, m.rule, m.date); }

bool same_item(const ExecutionMark& m, const CalendarItem& item) {
    return m.source == item.source && m.rule == item.rule && m.date == item.original;
}

const SopLine* member_line(const Plan& plan, const std::string& id) {
    for (const SopLine& l : plan.rhythm.routine)
        if (l.id == id && l.timing.kind == TimingKind::after_joined) return &l;
    return nullptr;
}

std::string fresh_mark_id(const Plan& plan) {
    std::unordered_set<std::string_view> used;
    for (const ExecutionMark& m : plan.execution) used.insert(m.id);
    for (size_t n = plan.execution.size() + 1;; ++n) {
        std::string id = "mark-" + std::to_string(n);
        if (!used.count(id)) return id;
    }
}

bool all_day_first(const TodayItem& a, const TodayItem& b) {
    if (a.item.time.has_value() != b.item.time.has_value()) return !a.item.time.has_value();
    if (a.item.time && a.item.time->minutes != b.item.time->minutes) return a.item.time->minutes < b.item.time->minutes;
    return false;   // stable: the calendar's order, then the member lines in plan order
}

std::string role_name(const Plan& plan, const std::string& id) {
    for (const Role& r : plan.setup.roles)
        if (r.id == id) return r.name;
    return {};
}

}  // namespace

std::vector<TodayItem> today_items(const Plan& plan, const std::string& role_id, Date date) {
    std::unordered_map<std::string, const ExecutionMark*> marks;
    for (const ExecutionMark& m : plan.execution) marks[mark_key(m)] = &m;
    auto with_mark = [&](CalendarItem item, std::optional<int> joined) {
        TodayItem t{std::move(item), joined, std::nullopt};
        auto it = marks.find(item_key(t.item.source, t.item.rule, t.item.original));
        if (it != marks.end()) t.mark = *it->second;
        return t;
    };
    auto mine = [&](const std::string& owner) { return role_id.empty() || owner.empty() || owner == role_id; };
    std::vector<TodayItem> out;
    for (CalendarItem& it : expand_calendar(plan, date, date))
        if (it.date == date && mine(it.owner_role)) out.push_back(with_mark(std::move(it), std::nullopt));
    for (const SopLine& line : plan.rhythm.routine)
        if (line.timing.kind == TimingKind::after_joined && mine(line.owner_role))
            out.push_back(with_mark(line_item(line, date), line.timing.day));
    core::stable_sort(out, all_day_first);
    return out;
}

const ExecutionMark* find_mark(const Plan& plan, const CalendarItem& item) {
    for (const ExecutionMark& m : plan.execution)
        if (same_item(m, item)) return &m;
    return nullptr;
}

Edit mark_edit(const Plan& plan, const CalendarItem& item, ExecStatus status, const std::string& at,
               const std::string& by, const std::string& reason) {
    const ExecutionMark* old = find_mark(plan, item);
    ExecutionMark m;
    m.id = old ? old->id : fresh_mark_id(plan);
    m.source = item.source;
    m.rule = item.rule;
    m.date = item.original;
    m.status = status;
    m.at = at;
    m.by = by;
    if (status == ExecStatus::skipped) m.reason = reason;
    if (old) return set_edit({"execution", m.id}, to_json_value(m));
    return insert_edit({"execution"}, to_json_value(m));
}

std::optional<Edit> unmark_edit(const Plan& plan, const CalendarItem& item) {
    if (const ExecutionMark* m = find_mark(plan, item)) return remove_edit({"execution", m->id});
    return std::nullopt;
}

std::optional<int> ExecutionSummary::rate() const {
    if (due <= 0) return std::nullopt;
    return (done() * 100 + due / 2) / due;
}

ExecutionSummary execution_summary(const Plan& plan, Date from, Date to, Date today) {
    ExecutionSummary s;
    if (to.days < from.days) return s;
    std::unordered_map<std::string, const ExecutionMark*> marks;
    for (const ExecutionMark& m : plan.execution) marks[mark_key(m)] = &m;
    // Keyed by rule: one entry per line however many days it slipped.
    std::map<std::string, SlippedLine> slipped;
    auto count = [&](const CalendarItem& item, const ExecutionMark* mark) {
        ++s.planned;
        if (!mark && item.date.days >= today.days) return;
        ++s.due;
        SlippedLine* line = nullptr;
        if (!mark || mark->status == ExecStatus::skipped) {
            line = &slipped[rule_key(item.source, item.rule)];
            line->source = item.source;
            line->rule = item.rule;
            if (line->title.empty()) line->title = item.title;
        }
        if (!mark) {
            ++s.missed;
            ++line->missed;
            return;
        }
        switch (mark->status) {
            case ExecStatus::sent: ++s.sent; break;
            case ExecStatus::late: ++s.late; break;
            case ExecStatus::skipped:
                ++s.skipped;
                ++line->skipped;
                if (!mark->reason.empty() &&
                    std::find(line->reasons.begin(), line->reasons.end(), mark->reason) == line->reasons.end())
                    line->reasons.push_back(mark->reason);
                break;
        }
    };
    for (const CalendarItem& it : expand_calendar(plan, from, to)) {
        if (it.date.days < from.days || it.date.days > to.days) continue;   // a campaign begun before
        auto m = marks.find(item_key(it.source, it.rule, it.original));
        count(it, m == marks.end() ? nullptr : m->second);
    }
    // Lines for members who joined N days before: only what was marked.
    for (const ExecutionMark& m : plan.execution) {
        if (m.source != CalendarSource::line || m.date.days < from.days || m.date.days > to.days) continue;
        if (const SopLine* line = member_line(plan, m.rule)) count(line_item(*line, m.date), &m);
    }
    for (auto& [key, line] : slipped) s.slipped.push_back(std::move(line));
    core::stable_sort(s.slipped, [](const SlippedLine& a, const SlippedLine& b) {
        if (a.skipped + a.missed != b.skipped + b.missed) return a.skipped + a.missed > b.skipped + b.missed;
        return a.title < b.title;
    });
    return s;
}

std::string execution_summary_text(const ExecutionSummary& s, Lang lang) {
    std::string text = fmt(tr(S::exec_summary, lang), {{"done", std::to_string(s.done())},
                                                      {"due", std::to_string(s.due)},
                                                      {"planned", std::to_string(s.planned)},
                                                      {"late", std::to_string(s.late)},
                                                      {"skipped", std::to_string(s.skipped)},
                                                      {"missed", std::to_string(s.missed)}});
    if (std::optional<int> rate = s.rate())
        text += fmt(tr(S::exec_summary_rate, lang), {{"rate", std::to_string(*rate)}});
    return text;
}

std::string slipped_text(const ExecutionSummary& s, Lang lang, size_t n) {
    std::string list;
    for (size_t i = 0; i < s.slipped.size() && i < n; ++i) {
        const SlippedLine& line = s.slipped[i];
        std::string counts;
        if (line.skipped > 0) {
            counts = fmt(tr(S::exec_slipped_skipped, lang), {{"n", std::to_string(line.skipped)}});
            if (!line.reasons.empty()) counts += tr(S::exec_reason_sep, lang) + line.reasons.front();
        }
        if (line.missed > 0) {
            if (!counts.empty()) counts += tr(S::exec_counts_sep, lang);
            counts += fmt(tr(S::exec_slipped_missed, lang), {{"n", std::to_string(line.missed)}});
        }
        if (!list.empty()) list += tr(S::sop_list_sep, lang);
        list += fmt(tr(S::exec_slipped_line, lang), {{"title", line.title}, {"counts", counts}});
    }
    if (list.empty()) return {};
    return fmt(tr(S::exec_slipped, lang), {{"lines", list}});
}

std::string mark_time_text(const Plan& plan, const ExecutionMark& mark, std::optional<Date> day) {
    const std::optional<long long> seconds = unix_seconds(mark.at);
    if (!seconds) return {};
    const long long local = *seconds + (long long)plan.calendar.utc_offset_minutes * 60;
    long long days = local / 86400, rest = local % 86400;
    if (rest < 0) { rest += 86400; --days; }
    const std::string time = format_time(TimeOfDay{(int)(rest / 60)});
    if (day && day->days == (int)days) return time;
    int y = 0, m = 0, d = 0;
    ymd_from_date(Date{(int)days}, y, m, d);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d-%02d", m, d);
    return std::string(buf) + " " + time;
}

std::string mark_text(const Plan& plan, const ExecutionMark& mark, Lang lang, std::optional<Date> day) {
    std::string text = tr(label_of(mark.status), lang);
    if (mark.status == ExecStatus::skipped && !mark.reason.empty()) text += tr(S::exec_reason_sep, lang) + mark.reason;
    const std::string when = mark_time_text(plan, mark, day);
    if (!when.empty()) text += " · " + when;
    const std::string who = role_name(plan, mark.by);
    if (!who.empty()) text += " · " + who;
    return text;
}

S label_of(ExecStatus v) {
    static const S labels[] = {S::exec_sent, S::exec_late, S::exec_skipped};
    return labels[(int)v];
}

}  // namespace core
