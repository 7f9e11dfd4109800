#include "core/rules/sop_rules.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/model/stable_sort.hpp"
#include "core/rules/calendar.hpp"
#include "core/rules/messages.hpp"
#include "core/text/i18n.hpp"

namespace core {

// ---- 群公告 -----------------------------------------------------------------

namespace {

std::string trim(const std::string& s) {
    const char* ws = " \t\r\n";
    const size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(ws) - a + 1);
}

// "1. text", continuation lines indented under the text.
void numbered(std::string& out, int n, const std::string& text) {
    const std::string number = std::to_string(n) + ". ";
    out += number;
    for (char c : text) {
        out += c;
        if (c == '\n') out += std::string(number.size(), ' ');
    }
    out += '\n';
}

}  // namespace

std::string group_announcement(const Plan& plan, Lang lang) {
    const std::string intro = trim(plan.setup.announcement_intro);
    std::vector<std::string> donts, musts;
    for (const Rule& r : plan.setup.rules) {
        const std::string text = trim(r.text);
        if (text.empty()) continue;
        (r.kind == RuleKind::dont ? donts : musts).push_back(text);
    }
    if (intro.empty() && donts.empty() && musts.empty()) return "";
    const std::string name = trim(plan.basics.name);
    std::string out = name.empty() ? tr(S::sop_announce_title, lang)
                                   : fmt(tr(S::sop_announce_title_named, lang), {{"name", name}});
    out += "\n";
    if (!intro.empty()) out += "\n" + intro + "\n";
    const std::pair<S, const std::vector<std::string>*> lists[] = {{S::sop_announce_donts, &donts},
                                                                    {S::sop_announce_musts, &musts}};
    for (const auto& [heading, items] : lists) {
        if (items->empty()) continue;
        out += "\n";
        out += tr(heading, lang);
        out += "\n";
        for (size_t i = 0; i < items->size(); ++i) numbered(out, (int)i + 1, (*items)[i]);
    }
    if (!donts.empty() || !musts.empty()) {
        out += "\n";
        out += tr(S::sop_announce_closing, lang);
        out += "\n";
    }
    return out;
}

// ---- platform decision helper ---------------------------------------------------

PlatformAdvice recommend_platform(const PlatformQuiz& q) {
    PlatformAdvice advice;
    auto add = [&](int points, S text) {
        if (points == 0) return;
        advice.score += points;
        advice.reasons.push_back({text, points > 0 ? Platform::wecom : Platform::wechat, std::abs(points)});
    };
    switch (q.company_size) {
        case Scale::large: add(2, S::sop_reason_company_large); break;
        case Scale::medium: add(1, S::sop_reason_company_medium); break;
        case Scale::small: add(-1, S::sop_reason_company_small); break;
    }
    switch (q.group_scale) {
        case Scale::large: add(2, S::sop_reason_groups_large); break;
        case Scale::medium: add(1, S::sop_reason_groups_medium); break;
        case Scale::small: add(-1, S::sop_reason_groups_small); break;
    }
    if (q.high_price) add(-1, S::sop_reason_price_high);
    else add(1, S::sop_reason_price_low);
    if (q.needs_personal_trust) add(-2, S::sop_reason_trust);
    if (q.regulated) add(2, S::sop_reason_regulated);
    if (q.staff_turnover) add(2, S::sop_reason_turnover);
    advice.platform = advice.score >= 0 ? Platform::wecom : Platform::wechat;
    // Strongest first; among equals, those that agree with the advice first.
    core::stable_sort(advice.reasons, [&](const auto& a, const auto& b) {
        if (a.weight != b.weight) return a.weight > b.weight;
        return (a.favors == advice.platform) > (b.favors == advice.platform);
    });
    if (advice.score == 0) advice.reasons.push_back({S::sop_reason_tie, Platform::wecom, 0});
    return advice;
}

// ---- posts: what the plan sends on a day ------------------------------------------

namespace {

struct Post {
    std::optional<TimeOfDay> time;
    RunSource source;
    const std::string* id;
    const std::string* owner;
    const std::string* title;
    const std::string* detail;
    int messages;
};

const std::string kNone;

bool due_weekly(const SopLine& l, int weekday) {
    return l.timing.kind == TimingKind::daily || (l.timing.kind == TimingKind::weekday && l.timing.weekday == weekday);
}

bool has_slot(const Plan& p, const std::string& id) {
    return std::any_of(p.rhythm.slots.begin(), p.rhythm.slots.end(), [&](const Slot& s) { return s.id == id; });
}

template <class F>
void for_weekly_posts(const Plan& p, int weekday, F&& f) {
    for (const Slot& s : p.rhythm.slots) {
        f(Post{s.time, RunSource::slot, &s.id, &s.owner_role, &s.purpose, &kNone, s.messages});
        int k = 0;
        for (const Column& c : p.rhythm.columns) {
            if (c.weekday != weekday || c.slot != s.id) continue;
            ++k;
            f(Post{s.time, RunSource::column, &c.id, &c.owner_role, &c.name, &c.note, k > s.messages ? 1 : 0});
        }
    }
    for (const Column& c : p.rhythm.columns)
        if (c.weekday == weekday && (c.slot.empty() || !has_slot(p, c.slot)))
            f(Post{std::nullopt, RunSource::column, &c.id, &c.owner_role, &c.name, &c.note, 1});
    for (const SopLine& l : p.rhythm.routine)
        if (due_weekly(l, weekday))
            f(Post{l.timing.time, RunSource::line, &l.id, &l.owner_role, &l.title, &l.detail, l.sends()});
}

// What a span of days sends, indexed once: the weekly pattern by weekday and
// the dated posts (dated and day-N lines, run-sheet steps) by day. A year of
// days costs one pass over the plan, not one a day.
class PostIndex {
public:
    PostIndex(const Plan& p, Date from, Date to) {
        // The weekly pattern of the weekdays the span has (one for a single day).
        for (Date d = from; d <= to && d.days < from.days + 7; ++d.days) {
            const int w = weekday_of(d);
            for_weekly_posts(p, w, [&](const Post& post) { weekly_[w - 1].push_back(post); });
        }
        auto in_range = [&](int day) { return from.days <= day && day <= to.days; };
        const std::optional<Date> day0 = plan_day0(p.basics);
        for (const SopLine& l : p.rhythm.routine) {
            std::optional<int> day;
            if (l.timing.kind == TimingKind::date && l.timing.date) day = l.timing.date->days;
            if (l.timing.kind == TimingKind::after_created && day0) day = day0->days + l.timing.day;
            if (day && in_range(*day))
                lines_[*day].push_back(Post{l.timing.time, RunSource::line, &l.id, &l.owner_role, &l.title, &l.detail, l.sends()});
        }
        for (const Runsheet& r : p.rhythm.runsheets) {
            if (!r.date) continue;
            for (const RunStep& st : r.steps)
                if (in_range(r.date->days + st.day))
                    steps_[r.date->days + st.day].push_back(
                        Post{st.time, RunSource::run_step, &st.id, &st.owner_role, &st.title, &st.note, st.messages});
        }
    }
    // The day's posts: the weekly pattern's, then its lines, then its run-sheet steps, each in plan order.
    template <class F>
    void on(Date d, F&& f) const {
        for (const Post& post : weekly_[weekday_of(d) - 1]) f(post);
        for (const auto* dated : {&lines_, &steps_}) {
            auto it = dated->find(d.days);
            if (it != dated->end())
                for (const Post& post : it->second) f(post);
        }
    }

private:
    std::array<std::vector<Post>, 7> weekly_;
    std::unordered_map<int, std::vector<Post>> lines_, steps_;
};

template <class F>
void for_posts_on(const Plan& p, Date d, F&& f) {
    PostIndex(p, d, d).on(d, f);
}

}  // namespace

int budget_for(const Plan& plan) {
    const Limits& l = plan.rhythm.limits;
    switch (plan.basics.group_type) {
        case GroupType::broadcast: return l.budget_broadcast;
        case GroupType::refined: return l.budget_refined;
        case GroupType::service: return l.budget_service;
    }
    return l.budget_refined;
}

std::array<int, 7> weekday_load(const Plan& plan) {
    std::array<int, 7> load{};
    for (int w = 1; w <= 7; ++w) for_weekly_posts(plan, w, [&](const Post& post) { load[w - 1] += post.messages; });
    return load;
}

int load_on(const Plan& plan, Date date) {
    int n = 0;
    for (const CalendarItem& it : expand_calendar(plan, date, date))
        if (it.date == date) n += it.messages;
    return n;
}

WeekLoad week_load(const Plan& plan, Date day) {
    WeekLoad w;
    w.monday = monday_of(day);
    w.budget = budget_for(plan);
    const Date sunday{w.monday.days + 6};
    for (const CalendarItem& it : expand_calendar(plan, w.monday, sunday))
        if (w.monday <= it.date && it.date <= sunday) w.load[(size_t)(it.date.days - w.monday.days)] += it.messages;
    return w;
}

std::string range_words(Date from, Date to, Lang lang) {
    int y1, m1, d1, y2, m2, d2;
    ymd_from_date(from, y1, m1, d1);
    ymd_from_date(to, y2, m2, d2);
    const bool one_month = y1 == y2 && m1 == m2;
    if (lang == Lang::zh)   // 12月1日–7日, 11月30日–12月6日
        return date_words(from, lang) + "–" + (one_month ? std::to_string(d2) + "日" : date_words(to, lang));
    // 1–7 Dec, 30 Nov – 6 Dec
    return one_month ? std::to_string(d1) + "–" + date_words(to, lang) : date_words(from, lang) + " – " + date_words(to, lang);
}

std::string week_label(Date monday, Date today, Lang lang) {
    const Date sunday{monday.days + 6};
    const bool this_week = monday <= today && today <= sunday;
    return fmt(tr(this_week ? S::load_week_this : S::load_week_other, lang), {{"range", range_words(monday, sunday, lang)}});
}

std::vector<int> overloaded_weekdays(const Plan& plan) {
    std::vector<int> out;
    const auto load = weekday_load(plan);
    const int budget = budget_for(plan);
    for (int w = 1; w <= 7; ++w)
        if (load[w - 1] > budget) out.push_back(w);
    return out;
}

std::string budget_warning_text(const Plan& plan, int weekday, Lang lang) {
    const int w = std::clamp(weekday, 1, 7);
    return fmt(tr(S::sop_budget_over, lang), {{"day", tr(weekday_short(w), lang)},
                                              {"planned", std::to_string(weekday_load(plan)[w - 1])},
                                              {"budget", std::to_string(budget_for(plan))}});
}

std::vector<Date> overloaded_dates(const Plan& plan, Date from, Date to) {
    std::vector<Date> out;
    if (to < from) return out;
    if (to.days - from.days >= kMaxCalendarDays) to = Date{from.days + kMaxCalendarDays - 1};
    // One expansion for the whole range, summed per day as load_on() does.
    std::vector<int> load((size_t)(to.days - from.days + 1), 0);
    for (const CalendarItem& it : expand_calendar(plan, from, to))
        if (from <= it.date && it.date <= to) load[(size_t)(it.date.days - from.days)] += it.messages;
    const int budget = budget_for(plan);
    for (size_t i = 0; i < load.size(); ++i)
        if (load[i] > budget) out.push_back(Date{from.days + (int)i});
    return out;
}

std::string budget_warning_text(const Plan& plan, Date date, Lang lang) {
    return fmt(tr(S::sop_budget_over, lang), {{"planned", std::to_string(load_on(plan, date))},
                                              {"budget", std::to_string(budget_for(plan))},
                                              {"day", day_words(date, lang)}});
}

std::string day_words(Date date, Lang lang) {
    return fmt(tr(S::sop_day_words, lang), {{"date", date_words(date, lang)}, {"weekday", tr(weekday_short(weekday_of(date)), lang)}});
}

// ---- WeCom limits -----------------------------------------------------------------

std::vector<LimitWarning> platform_warnings(const Plan& plan) {
    std::vector<LimitWarning> out;
    if (plan.basics.platform != Platform::wecom) return out;
    const Limits& limits = plan.rhythm.limits;

    // Per customer per day: the member-joined lines of each day N.
    std::map<int, LimitWarning> by_day;
    for (const SopLine& l : plan.rhythm.routine) {
        if (l.timing.kind != TimingKind::after_joined || l.sends() <= 0) continue;
        LimitWarning& w = by_day[l.timing.day];
        w.kind = LimitKind::customer_per_day;
        w.day = l.timing.day;
        w.limit = limits.wecom_customer_per_day;
        w.planned += l.sends();
        w.ids.push_back(l.id);
    }
    for (auto& [day, w] : by_day)
        if (w.planned > w.limit) out.push_back(std::move(w));

    // Per group per month: posts owned by the group owner.
    std::map<std::string, RoleKind> kinds;
    for (const Role& r : plan.setup.roles) kinds[r.id] = r.kind;
    auto is_mass = [&](const Post& post) {
        auto it = kinds.find(*post.owner);
        // A column is a post of its own even when its slot's count covers its message.
        const bool sends = post.messages > 0 || post.source == RunSource::column;
        return sends && it != kinds.end() && it->second == RoleKind::owner;
    };
    std::unordered_set<std::string_view> seen;   // the month's ids so far
    auto add_ids = [&](std::vector<std::string>& ids, const std::string& id) {
        if (seen.insert(id).second) ids.push_back(id);
    };
    LimitWarning worst{LimitKind::group_per_month};
    worst.limit = limits.wecom_group_per_month;
    worst.planned = -1;
    if (const std::optional<Date> day0 = plan_day0(plan.basics)) {
        int y, m, d;
        ymd_from_date(*day0, y, m, d);
        const Date first = date_from_ymd(y, m, 1);
        const PostIndex posts(plan, first, Date{first.days + 366});
        for (int i = 0; i < 12; ++i) {
            LimitWarning month{LimitKind::group_per_month};
            month.limit = limits.wecom_group_per_month;
            month.month = date_from_ymd(y, m, 1);
            seen.clear();
            for (int day = 1; day <= days_in_month(y, m); ++day)
                posts.on(date_from_ymd(y, m, day), [&](const Post& post) {
                    if (!is_mass(post)) return;
                    ++month.planned;
                    add_ids(month.ids, *post.id);
                });
            if (month.planned > worst.planned) worst = std::move(month);
            if (++m == 13) m = 1, ++y;
        }
    } else {
        std::array<int, 7> sends{};
        std::vector<std::string> ids;
        seen.clear();
        for (int w = 1; w <= 7; ++w)
            for_weekly_posts(plan, w, [&](const Post& post) {
                if (!is_mass(post)) return;
                ++sends[w - 1];
                add_ids(ids, *post.id);
            });
        for (int first = 0; first < 7; ++first) {
            int n = 0;
            for (int i = 0; i < 31; ++i) n += sends[(first + i) % 7];
            worst.planned = std::max(worst.planned, n);
        }
        worst.ids = std::move(ids);
    }
    if (worst.planned > worst.limit) out.push_back(std::move(worst));
    return out;
}

std::string limit_warning_text(const LimitWarning& w, Lang lang) {
    if (w.kind == LimitKind::customer_per_day)
        return fmt(tr(S::sop_limit_customer_per_day, lang), {{"limit", std::to_string(w.limit)},
                                                             {"day", std::to_string(w.day)},
                                                             {"planned", std::to_string(w.planned)}});
    std::string month = tr(S::sop_limit_busiest_month, lang);
    if (w.month) month = format_date(*w.month).substr(0, 7);
    return fmt(tr(S::sop_limit_group_per_month, lang),
               {{"limit", std::to_string(w.limit)}, {"month", month}, {"planned", std::to_string(w.planned)}});
}

// ---- daily slots ------------------------------------------------------------------

std::vector<std::string> duplicate_slot_times(const Plan& plan) {
    std::map<int, int> uses;
    for (const Slot& s : plan.rhythm.slots) ++uses[s.time.minutes];
    std::vector<std::string> out;
    for (const Slot& s : plan.rhythm.slots)
        if (uses[s.time.minutes] > 1) out.push_back(s.id);
    return out;
}

// ---- role run-sheet ---------------------------------------------------------------

std::vector<RunLine> role_run_sheet(const Plan& plan, const std::string& role_id, Date date) {
    std::vector<RunLine> out;
    if (role_id.empty()) return out;
    int y, m, d;
    ymd_from_date(date, y, m, d);
    const int last = days_in_month(y, m);
    for (const MonthTask& t : plan.rhythm.month_tasks)
        if (t.owner_role == role_id && std::min(t.day, last) == d)
            out.push_back({std::nullopt, RunSource::month_task, t.id, t.title, t.detail, 0});
    for_posts_on(plan, date, [&](const Post& post) {
        if (*post.owner == role_id)
            out.push_back({post.time, post.source, *post.id, *post.title, *post.detail, post.messages});
    });
    // Untimed tasks first, then by time; the order above breaks ties.
    core::stable_sort(out, [](const RunLine& a, const RunLine& b) {
        const int ta = a.time ? a.time->minutes : -1, tb = b.time ? b.time->minutes : -1;
        return ta < tb;
    });
    return out;
}

std::vector<CalendarItem> role_items_on(const Plan& plan, const std::string& role_id, Date date) {
    std::vector<CalendarItem> out;
    if (role_id.empty()) return out;
    for (CalendarItem& it : expand_calendar(plan, date, date))
        if (it.owner_role == role_id && it.date == date) out.push_back(std::move(it));
    return out;   // expand_calendar's order: all-day first, then by time
}

S label_of(RunSource v) {
    static const S labels[] = {S::sop_source_month_task, S::sop_source_slot, S::sop_source_column,
                               S::sop_source_line, S::sop_source_run_step};
    return labels[(int)v];
}

}  // namespace core
