#include "core/text/i18n.hpp"

#include "core/text/places.hpp"

namespace core {

namespace {
struct Entry {
    const char* zh;
    const char* en;
};
const Entry kStrings[] = {
#define S(id, zh, en) {zh, en},
#include "core/text/strings.def"
#undef S
};
static_assert(sizeof(kStrings) / sizeof(kStrings[0]) == (size_t)S::count_);
}  // namespace

const char* tr(S id, Lang lang) {
    const Entry& e = kStrings[(size_t)id];
    return lang == Lang::en ? e.en : e.zh;
}

std::string fmt(const char* text, std::initializer_list<std::pair<const char*, std::string>> args) {
    std::string out = text;
    for (const auto& [name, value] : args) {
        const std::string key = std::string("{") + name + "}";
        for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    }
    return out;
}

S label_of(Industry v) {
    static const S labels[] = {S::industry_mother_baby, S::industry_education, S::industry_ecommerce,
                               S::industry_local_life, S::industry_fitness, S::industry_beauty,
                               S::industry_other};
    return labels[(int)v];
}
S label_of(GroupType v) {
    static const S labels[] = {S::group_type_broadcast, S::group_type_refined, S::group_type_service};
    return labels[(int)v];
}
S help_of(GroupType v) {
    static const S labels[] = {S::group_type_broadcast_help, S::group_type_refined_help, S::group_type_service_help};
    return labels[(int)v];
}
S label_of(Platform v) {
    static const S labels[] = {S::platform_wecom, S::platform_wechat};
    return labels[(int)v];
}

// Labels of the enums whose strings are named <prefix>_<value>, in order.
#define PLANNER_LABELS(E, ...)                                                        \
    S label_of(E v) {                                                                 \
        static const S labels[] = {__VA_ARGS__};                                      \
        static_assert(sizeof(labels) / sizeof(labels[0]) == (size_t)enum_count<E>()); \
        return labels[(int)v];                                                        \
    }
PLANNER_LABELS(RoleKind, S::role_owner, S::role_admin, S::role_content, S::role_atmosphere, S::role_custom)
PLANNER_LABELS(RuleKind, S::rule_dont, S::rule_must)
PLANNER_LABELS(ScriptKind, S::script_welcome, S::script_self_intro, S::script_activity_notice, S::script_faq,
               S::script_custom)
PLANNER_LABELS(Color, S::color_red, S::color_orange, S::color_yellow, S::color_green, S::color_teal, S::color_blue,
               S::color_purple, S::color_gray)
PLANNER_LABELS(TimingKind, S::timing_daily, S::timing_weekday, S::timing_date, S::timing_after_created,
               S::timing_after_joined)
PLANNER_LABELS(MonthPhase, S::month_start, S::month_middle, S::month_end)
PLANNER_LABELS(CampaignKind, S::campaign_festival, S::campaign_shopping_festival, S::campaign_member_day,
               S::campaign_launch, S::campaign_other)
PLANNER_LABELS(RoutinePhase, S::routine_cold_start, S::routine_mature)
PLANNER_LABELS(LineKind, S::line_kind_message, S::line_kind_task)
PLANNER_LABELS(ProductRole, S::product_traffic, S::product_perk, S::product_profit, S::product_exclusive)
PLANNER_LABELS(PromotionKind, S::promotion_limited_time, S::promotion_group_buy, S::promotion_checkin,
               S::promotion_festival, S::promotion_member_day, S::promotion_bundle, S::promotion_other)
PLANNER_LABELS(Scale, S::scale_small, S::scale_medium, S::scale_large)
PLANNER_LABELS(Category, S::category_activation, S::category_conversion, S::category_brand)
PLANNER_LABELS(Format, S::format_image_text, S::format_video, S::format_live, S::format_poster, S::format_qa,
               S::format_chain, S::format_text, S::format_other)
PLANNER_LABELS(Source, S::source_original, S::source_repost, S::source_submission)
PLANNER_LABELS(Status, S::content_status_idea, S::content_status_drafting, S::content_status_review,
               S::content_status_scheduled, S::content_status_published)
PLANNER_LABELS(Zone, S::zone_knowledge, S::zone_visuals, S::zone_activity, S::zone_ugc)
PLANNER_LABELS(AssetKind, S::asset_kind_image, S::asset_kind_video, S::asset_kind_link, S::asset_kind_mini_program,
               S::asset_kind_file)
PLANNER_LABELS(CalendarSource, S::cal_source_slot, S::cal_source_column, S::cal_source_month_task,
               S::cal_source_line, S::cal_source_campaign, S::cal_source_content, S::cal_source_run_step)
PLANNER_LABELS(OverrideKind, S::cal_override_skip, S::cal_override_move, S::cal_override_edit)
#undef PLANNER_LABELS

S weekday_short(int weekday) {
    static const S labels[] = {S::weekday_1, S::weekday_2, S::weekday_3, S::weekday_4,
                               S::weekday_5, S::weekday_6, S::weekday_7};
    return labels[(weekday >= 1 && weekday <= 7) ? weekday - 1 : 0];
}


namespace {
// A type as the reader names it ("string", "date string") in the user's words.
std::string type_words(const std::string& name, Lang lang) {
    static const std::pair<const char*, S> names[] = {
        {"string", S::problem_type_string},   {"number", S::problem_type_number},
        {"integer", S::problem_type_integer}, {"boolean", S::problem_type_boolean},
        {"array", S::problem_type_array},     {"object", S::problem_type_object},
        {"null", S::problem_type_null},       {"date string", S::problem_type_date},
        {"time string", S::problem_type_time},
    };
    for (const auto& [n, label] : names)
        if (name == n) return tr(label, lang);
    return name;   // a value as written (2.5 where a whole number belongs)
}

std::string problem_words(const Problem& p, Lang lang, const Plan* plan) {
    static const S by_kind[] = {
        S::problem_gone,  // none: never worded
        S::problem_not_json, S::problem_too_large, S::problem_too_deep, S::problem_other_json,
        S::problem_other_json, S::problem_newer_version, S::problem_bad_version, S::problem_wrong_type,
        S::problem_out_of_range, S::problem_too_long, S::problem_bad_enum, S::problem_bad_date,
        S::problem_bad_time, S::problem_missing, S::problem_duplicate_id, S::problem_dangling_ref,
        S::problem_gone, S::problem_too_many, S::problem_bad_id, S::problem_bad_total,
        S::problem_bad_order, S::problem_bad_link, S::problem_unknown_link_version, S::problem_link_too_large,
        S::problem_duplicate_key, S::problem_control_char, S::problem_bad_utf8, S::problem_csv_file,
        S::problem_image_file, S::problem_number_overflow, S::problem_unknown_link_base,
    };
    static_assert(sizeof(by_kind) / sizeof(by_kind[0]) == (size_t)ProblemKind::count_);
    std::string expected = p.expected, got = p.got;
    if (p.kind == ProblemKind::wrong_type) expected = type_words(expected, lang), got = type_words(got, lang);
    std::string what = fmt(tr(by_kind[(int)p.kind], lang), {{"expected", expected}, {"got", got}});
    // The value that was refused, when it says more than the rule does.
    const bool shows_value = p.kind == ProblemKind::bad_enum || p.kind == ProblemKind::bad_date ||
                             p.kind == ProblemKind::bad_time || p.kind == ProblemKind::bad_id;
    if (shows_value && !got.empty()) what += fmt(tr(S::problem_now, lang), {{"got", got}});
    const std::string place = place_text(p.path, lang, plan);
    if (!place.empty()) return fmt(tr(S::place_at, lang), {{"place", place}, {"what", what}});
    // Standing alone, an English message starts a sentence.
    if (lang == Lang::en && !what.empty() && what[0] >= 'a' && what[0] <= 'z') what[0] = (char)(what[0] - 'a' + 'A');
    return what;
}

}  // namespace

std::string problem_text(const Problem& p, Lang lang) { return problem_words(p, lang, nullptr); }
std::string problem_text(const Problem& p, Lang lang, const Plan& plan) { return problem_words(p, lang, &plan); }

}  // namespace core
