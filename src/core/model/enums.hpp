#pragma once
// The plan's enumerations. Each is written to JSON as a lower-case string
// (never a number), so files stay readable and reordering never breaks them.
#include <array>
#include <optional>
#include <string_view>

namespace core {

template <class E>
struct EnumNames;  // specialised below: static constexpr std::array names

// Each enum's names are written once, in the enum itself: PLANNER_ENUM
// splits "a, b, c" into {"a","b","c"} at compile time.
constexpr size_t enum_name_count(std::string_view s) {
    size_t n = 1;
    for (char c : s) n += (c == ',');
    return n;
}

template <size_t N>
constexpr std::array<std::string_view, N> split_names(std::string_view s) {
    std::array<std::string_view, N> out{};
    size_t i = 0, start = 0;
    for (size_t pos = 0; pos <= s.size(); ++pos) {
        if (pos == s.size() || s[pos] == ',') {
            std::string_view part = s.substr(start, pos - start);
            while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
            while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
            out[i++] = part;
            start = pos + 1;
        }
    }
    return out;
}

#define PLANNER_ENUM(Name, ...)                                                              \
    enum class Name { __VA_ARGS__ };                                                         \
    template <> struct EnumNames<Name> {                                                     \
        static constexpr std::string_view all = #__VA_ARGS__;                                \
        static constexpr auto names = split_names<enum_name_count(all)>(all);                \
    };

// basics
PLANNER_ENUM(Industry, mother_baby, education, ecommerce, local_life, fitness, beauty, other)
PLANNER_ENUM(GroupType, broadcast, refined, service)
PLANNER_ENUM(Platform, wecom, wechat)
// setup
PLANNER_ENUM(RoleKind, owner, admin, content, atmosphere, custom)
PLANNER_ENUM(RuleKind, dont, must)
PLANNER_ENUM(ScriptKind, welcome, self_intro, activity_notice, faq, custom)
// rhythm and content
PLANNER_ENUM(Category, activation, conversion, brand)
PLANNER_ENUM(Format, image_text, video, live, poster, qa, chain, text, other)
PLANNER_ENUM(Color, red, orange, yellow, green, teal, blue, purple, gray)
PLANNER_ENUM(TimingKind, daily, weekday, date, after_created, after_joined)
PLANNER_ENUM(MonthPhase, start, middle, end)
PLANNER_ENUM(CampaignKind, festival, shopping_festival, member_day, launch, other)
PLANNER_ENUM(RoutinePhase, cold_start, mature)
// What an SOP line is: a post to the group, or a task for the team (a review,
// a look at the numbers) that sends nothing and has no content category.
PLANNER_ENUM(LineKind, message, task)
PLANNER_ENUM(Source, original, repost, submission)
PLANNER_ENUM(Status, idea, drafting, review, scheduled, published)
PLANNER_ENUM(Zone, knowledge, visuals, activity, ugc)
// What an asset is when a message sends it.
PLANNER_ENUM(AssetKind, image, video, link, mini_program, file)
// incentives
PLANNER_ENUM(ProductRole, traffic, perk, profit, exclusive)
PLANNER_ENUM(PromotionKind, limited_time, group_buy, checkin, festival, member_day, bundle, other)
// KPIs and reviews
PLANNER_ENUM(Stage, launch, activation, monetization, retention, referral)
PLANNER_ENUM(Direction, higher, lower)
PLANNER_ENUM(AlertKind, open_rate_low, speaking_drop, silent_members, shares_low, custom)
PLANNER_ENUM(ReviewKind, weekly, monthly)
// platform decision helper
PLANNER_ENUM(Scale, small, medium, large)
// What a KPI measures, when the planner needs to know (see plan_kpi.hpp).
PLANNER_ENUM(Metric, none, members, active, buyers, open_rate, speaking, silent, shares)
// Calendar exceptions: where a dated item comes from (the kind of its rule)
// and what an override does to it (see plan_calendar.hpp).
PLANNER_ENUM(CalendarSource, slot, column, month_task, line, campaign, content, run_step)
PLANNER_ENUM(OverrideKind, skip, move, edit)
// The execution record: what happened to a planned item (plan_execution.hpp).
PLANNER_ENUM(ExecStatus, sent, late, skipped)

#undef PLANNER_ENUM

template <class E>
constexpr int enum_count() { return (int)EnumNames<E>::names.size(); }

template <class E>
constexpr std::string_view enum_name(E value) { return EnumNames<E>::names[(size_t)value]; }

template <class E>
std::optional<E> enum_from_name(std::string_view name) {
    for (size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        if (name == EnumNames<E>::names[i]) return (E)i;
    return std::nullopt;
}

template <class E>
constexpr std::array<E, EnumNames<E>::names.size()> enum_values() {
    std::array<E, EnumNames<E>::names.size()> out{};
    for (size_t i = 0; i < out.size(); ++i) out[i] = (E)i;
    return out;
}

}  // namespace core
