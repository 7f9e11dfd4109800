#include "core/text/places.hpp"

#include <array>

namespace core {

namespace {

// A part of the plan by its keys ("*" is any key), and the labels it shows
// under. The most specific entry that ends a path wins, so the generic ones
// ("time", "note") serve every list that has no label of its own for them.
// Labels are the screens' own (the section list, tabs, column titles, form
// labels) where a screen has one, so a message names a place as it is seen.
struct Entry {
    const char* keys;
    S label;
    S more = S::count_;   // a second level, when one key is two steps on screen
};

const Entry kPlaces[] = {
    // sections
    {"basics", S::section_basics},
    {"setup", S::section_setup},
    {"rhythm", S::section_rhythm},
    {"content", S::section_content},
    {"incentives", S::section_incentives},
    {"kpis", S::section_kpis},
    {"reviews", S::section_review},
    {"calendar", S::section_content, S::place_calendar_settings},
    {"execution", S::section_today, S::place_execution},
    {"master", S::section_basics, S::place_master},
    // basics
    {"basics.name", S::basics_name},
    {"basics.industry", S::basics_industry},
    {"basics.start_date", S::basics_start_date},
    {"basics.takeover_date", S::basics_takeover_date},
    {"basics.member_count", S::basics_member_count},
    {"basics.owner", S::basics_owner},
    {"basics.city", S::basics_city},
    {"basics.positioning", S::place_positioning},
    {"positioning.users", S::basics_target_users},
    {"positioning.pain", S::basics_pain_point},
    {"positioning.solution", S::basics_solution},
    {"basics.value_information", S::value_information},
    {"basics.value_resources", S::value_resources},
    {"basics.value_price", S::value_price},
    {"basics.value_content", S::value_content},
    {"basics.group_type", S::basics_heading_group_type},
    {"basics.platform", S::basics_heading_platform},
    {"basics.platform_quiz", S::quiz_heading_short},
    {"platform_quiz.answered", S::place_quiz_answered},
    {"platform_quiz.company_size", S::quiz_company_size},
    {"platform_quiz.group_scale", S::quiz_group_scale},
    {"platform_quiz.high_price", S::quiz_high_price},
    {"platform_quiz.needs_personal_trust", S::quiz_trust},
    {"platform_quiz.regulated", S::quiz_regulated},
    {"platform_quiz.staff_turnover", S::quiz_turnover},
    // setup
    {"setup.positioning_done", S::setup_step_positioning, S::place_step_done},
    {"setup.structure_done", S::setup_step_structure, S::place_step_done},
    {"setup.rules_done", S::setup_step_rules, S::place_step_done},
    {"setup.content_done", S::setup_step_content, S::place_step_done},
    {"setup.pilot_done", S::setup_step_pilot, S::place_step_done},
    {"setup.roles", S::setup_heading_roles},
    {"roles.kind", S::setup_col_role},
    {"roles.name", S::setup_col_name},
    {"roles.duties", S::setup_col_duties},
    {"setup.rules", S::setup_heading_rules},
    {"rules.kind", S::place_rule_kind},
    {"setup.announcement_intro", S::setup_announcement_intro},
    {"setup.scripts", S::place_scripts},
    {"setup.visuals", S::setup_heading_visuals},
    {"visuals.avatar", S::setup_avatar},
    {"visuals.announcement_layout", S::setup_announcement_layout},
    {"visuals.poster_sizes", S::setup_poster_sizes},
    {"setup.pilot", S::setup_heading_pilot},
    {"pilot.group_size", S::setup_pilot_size},
    {"pilot.start", S::setup_pilot_start},
    {"pilot.end", S::setup_pilot_end},
    {"pilot.tests", S::setup_pilot_tests},
    {"pilot.feedback", S::setup_pilot_feedback},
    {"setup.placeholders", S::place_scripts, S::setup_placeholders},
    {"placeholders.name", S::setup_placeholder_name},
    {"placeholders.value", S::setup_placeholder_value},
    // rhythm
    {"rhythm.slots", S::rhythm_tab_slots},
    {"slots.purpose", S::rhythm_col_purpose},
    {"rhythm.columns", S::rhythm_tab_week},
    {"columns.color", S::rhythm_col_color},
    {"rhythm.month_tasks", S::place_month_tasks},
    {"month_tasks.day", S::rhythm_col_day},
    {"month_tasks.title", S::rhythm_col_title},
    {"month_tasks.detail", S::rhythm_col_detail},
    {"rhythm.routine", S::rhythm_tab_routine},
    {"routine.timing", S::rhythm_col_when},
    {"timing.kind", S::place_timing_kind},
    {"timing.day", S::place_day},
    {"routine.title", S::rhythm_col_title},
    {"rhythm.campaigns", S::place_campaigns},
    {"campaigns.name", S::rhythm_col_name},
    {"campaigns.goal", S::rhythm_col_goal},
    {"campaigns.detail", S::rhythm_col_detail},
    {"campaigns.temp_group", S::rhythm_temp_group},
    {"campaigns.temp_group_name", S::rhythm_temp_group_name},
    {"campaigns.recap", S::rhythm_recap},
    {"campaigns.runsheet", S::place_runsheet},
    {"rhythm.runsheets", S::rhythm_tab_runsheets},
    {"runsheets.title", S::runsheet_title},
    {"runsheets.date", S::runsheet_date},
    {"runsheets.steps", S::rhythm_col_step},
    {"runsheets.topic", S::runsheet_topic},
    {"runsheets.guest", S::runsheet_guest},
    {"runsheets.perk", S::runsheet_perk},
    {"runsheets.start", S::runsheet_start},
    {"steps.title", S::rhythm_col_step},
    {"steps.day", S::runsheet_col_day},
    {"steps.done", S::rhythm_col_done},
    {"rhythm.limits", S::place_limits},
    {"limits.wecom_customer_per_day", S::rhythm_limit_customer_day},
    {"limits.wecom_group_per_month", S::rhythm_limit_group_month},
    {"limits.source", S::rhythm_limit_source},
    {"limits.budget_broadcast", S::rhythm_budget_broadcast},
    {"limits.budget_refined", S::rhythm_budget_refined},
    {"limits.budget_service", S::rhythm_budget_service},
    // content
    {"content.mix", S::content_tab_mix},
    {"mix.activation", S::category_activation},
    {"mix.conversion", S::category_conversion},
    {"mix.brand", S::category_brand},
    {"mix.warn_points", S::place_mix_warn},
    {"content.team", S::place_team},
    {"team.planners", S::content_team_planners},
    {"team.writers", S::content_team_writers},
    {"team.designers", S::content_team_designers},
    {"content.items", S::content_tab_production},
    {"items.title", S::content_col_title},
    {"items.owner", S::content_col_owner},
    {"items.due", S::content_col_due},
    {"items.publish", S::content_col_publish},
    {"items.check_compliance", S::content_col_compliance},
    {"items.check_fit", S::content_col_fit},
    {"items.check_appeal", S::content_col_appeal},
    {"items.metrics", S::content_prod_performance},
    {"metrics.open_rate", S::content_col_open_rate},
    {"metrics.interaction_rate", S::content_col_interaction_rate},
    {"metrics.click_rate", S::content_col_click_rate},
    {"metrics.conversions", S::content_col_conversions},
    {"content.assets", S::content_tab_assets},
    {"assets.zone", S::content_col_zone},
    {"assets.topic", S::content_col_topic},
    {"assets.year", S::place_year},
    {"assets.month", S::place_month},
    {"assets.tags", S::content_col_tags},
    {"assets.link", S::content_col_link},
    {"assets.kind", S::content_asset_kind},
    // incentives
    {"incentives.points_rules", S::inc_heading_points},
    {"points_rules.action", S::inc_col_action},
    {"points_rules.points", S::inc_col_points},
    {"points_rules.daily_cap", S::inc_col_cap},
    {"incentives.rewards", S::inc_heading_rewards},
    {"rewards.cost", S::inc_col_cost},
    {"rewards.reward", S::inc_col_reward},
    {"incentives.levels", S::inc_heading_levels},
    {"levels.name", S::inc_col_level},
    {"levels.min_points", S::inc_col_min_points},
    {"levels.benefits", S::inc_col_benefits},
    {"incentives.products", S::inc_heading_products},
    {"products.name", S::inc_col_product},
    {"products.role", S::inc_col_role},
    {"products.price", S::inc_col_price},
    {"incentives.promotions", S::inc_heading_promotions},
    {"promotions.kind", S::inc_col_kind},
    {"promotions.detail", S::inc_col_detail},
    {"promotions.script", S::inc_col_script},
    // KPIs: five stages, each with KPIs and a checklist, and the alerts
    {"kpis.launch", S::stage_launch},
    {"kpis.activation", S::stage_activation},
    {"kpis.monetization", S::stage_monetization},
    {"kpis.retention", S::stage_retention},
    {"kpis.referral", S::stage_referral},
    {"kpis.*.start_day", S::place_stage_start},
    {"kpis.*.end_day", S::place_stage_end},
    {"kpis.*.goal", S::kpi_goal},
    {"kpis.*.kpis", S::kpi_heading_kpis},
    {"kpis.*.checklist", S::kpi_heading_checklist},
    {"kpis.name", S::kpi_name_hint},
    {"kpis.unit", S::kpi_unit},
    {"kpis.target", S::kpi_target_label},
    {"kpis.direction", S::place_direction},
    {"kpis.metric", S::place_metric},
    {"kpis.log", S::kpi_log_heading},
    {"log.value", S::kpi_log_value},
    {"kpis.remedies", S::kpi_remedies},
    {"kpis.alerts", S::kpi_tab_alerts},
    {"alerts.kpi", S::alert_watches},
    {"alerts.threshold", S::alert_threshold},
    {"alerts.enabled", S::alert_enabled},
    {"alerts.action", S::alert_action_label},
    {"kpis.import_columns", S::kpi_place_import_columns},
    {"import_columns.column", S::import_col_column},
    {"import_columns.per", S::kpi_place_import_per},
    {"import_columns.kpi", S::import_col_kpi},
    // reviews
    {"reviews.date", S::review_date},
    {"reviews.checklist", S::kpi_heading_checklist},
    {"reviews.notes", S::review_notes},
    // calendar settings and one-day changes
    {"calendar.time_zone", S::content_ics_zone},
    {"calendar.utc_offset_minutes", S::place_utc_offset},
    {"calendar.reminder_minutes", S::content_ics_reminder},
    {"calendar.event_minutes", S::content_ics_length},
    {"calendar.uid", S::place_calendar_uid},
    {"calendar.overrides", S::place_overrides},
    {"overrides.to_date", S::place_to_date},
    {"overrides.to_time", S::place_to_time},
    // the execution record
    {"execution.at", S::place_marked_at},
    {"execution.by", S::place_marked_by},
    // a group copy's link to its master
    {"master.plan", S::place_master_plan},
    {"master.name", S::place_master_name},
    {"master.revision", S::place_master_revision},
    {"master.group_name", S::place_master_group_name},
    {"master.group_city", S::place_master_group_city},
    {"master.group_owner", S::place_master_group_owner},
    {"master.group_placeholders", S::place_master_group_placeholders},
    {"group_placeholders.name", S::setup_placeholder_name},
    {"group_placeholders.value", S::setup_placeholder_value},
    {"master.reset_progress", S::place_master_reset},
    {"master.base", S::place_master_base},
    // what a line sends
    {"message", S::msg_col},
    {"message.text", S::msg_text},
    {"message.script", S::place_script},
    {"message.attachments", S::msg_attachments},
    // fields many lists share
    {"id", S::place_id},
    {"kind", S::place_kind},
    {"text", S::place_text},
    {"title", S::place_title},
    {"name", S::place_name},
    {"date", S::place_date},
    {"time", S::rhythm_col_time},
    {"note", S::place_note},
    {"detail", S::place_detail},
    {"source", S::place_source},
    {"status", S::place_status},
    {"weekday", S::place_weekday},
    {"day", S::place_day},
    {"reason", S::place_reason},
    {"rule", S::place_rule},
    {"phase", S::rhythm_col_phase},
    {"start", S::rhythm_col_start},
    {"end", S::rhythm_col_end},
    {"goal", S::rhythm_col_goal},
    {"done", S::rhythm_col_done},
    {"slot", S::rhythm_col_slot},
    {"category", S::rhythm_col_category},
    {"format", S::rhythm_col_format},
    {"owner_role", S::rhythm_col_owner},
    {"messages", S::rhythm_col_messages},
    {"checklist", S::kpi_heading_checklist},
};

std::vector<std::string_view> split_keys(std::string_view keys) {
    std::vector<std::string_view> out;
    while (!keys.empty()) {
        const size_t dot = keys.find('.');
        out.push_back(keys.substr(0, dot));
        if (dot == std::string_view::npos) break;
        keys.remove_prefix(dot + 1);
    }
    return out;
}

// The entry for the key at keys[last], the longest match ending there.
const Entry* entry_for(const std::vector<std::string_view>& keys, size_t last) {
    for (size_t first = 0; first <= last; ++first) {
        const size_t length = last - first + 1;
        for (const Entry& e : kPlaces) {
            const std::vector<std::string_view> pattern = split_keys(e.keys);
            if (pattern.size() != length) continue;
            bool match = true;
            for (size_t i = 0; i < length && match; ++i)
                match = pattern[i] == "*" || pattern[i] == keys[first + i];
            if (match) return &e;
        }
    }
    return nullptr;
}

// A path as the file names it, in parts: a key, or a list position.
struct Part {
    std::string_view key;   // empty for a position
    long index = -1;
};

std::vector<Part> parse_path(std::string_view path) {
    std::vector<Part> parts;
    size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '.') {
            ++i;
        } else if (path[i] == '[') {
            const size_t close = path.find(']', i);
            if (close == std::string_view::npos) break;
            long n = 0;
            bool digits = close > i + 1;
            for (size_t k = i + 1; k < close && digits; ++k) {
                if (path[k] < '0' || path[k] > '9') digits = false;
                else if (n > kMaxListItems) digits = false;   // longer than any list: no row of the plan
                else n = n * 10 + (path[k] - '0');
            }
            if (digits) parts.push_back({{}, n});   // a quoted name (["a.b"]) is no place of the plan either
            i = close + 1;
        } else {
            size_t end = path.find_first_of(".[", i);
            if (end == std::string_view::npos) end = path.size();
            parts.push_back({path.substr(i, end - i), -1});
            i = end;
        }
    }
    return parts;
}

// The row the screen shows list element `index` on, counted from 0: the
// slots table is sorted by time, the reviews newest first.
long display_row(const Plan& plan, const std::vector<std::string_view>& keys, long index) {
    auto rank = [&](const auto& list, auto before) {
        if (index < 0 || index >= (long)list.size()) return index;
        long row = 0;
        for (long i = 0; i < (long)list.size(); ++i)
            if (before(list[i], list[index]) || (i < index && !before(list[index], list[i]))) ++row;
        return row;
    };
    if (keys.size() == 2 && keys[0] == "rhythm" && keys[1] == "slots")
        return rank(plan.rhythm.slots, [](const Slot& a, const Slot& b) { return a.time < b.time; });
    if (keys.size() == 1 && keys[0] == "reviews")
        return rank(plan.reviews, [](const Review& a, const Review& b) { return a.date > b.date; });
    return index;
}

}  // namespace

std::vector<S> place_labels(std::string_view keys) {
    const std::vector<std::string_view> split = split_keys(keys);
    if (split.empty()) return {};
    const Entry* e = entry_for(split, split.size() - 1);
    if (!e) return {};
    if (e->more == S::count_) return {e->label};
    return {e->label, e->more};
}

std::string place_text(std::string_view path, Lang lang, const Plan* plan) {
    const std::vector<Part> parts = parse_path(path);
    if (parts.empty() || parts[0].key != "plan") return "";
    std::vector<std::string_view> keys;
    std::string out;
    auto add = [&](const std::string& label) {
        if (!out.empty()) out += tr(S::place_sep, lang);
        out += label;
    };
    for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].key.empty()) {
            const long row = plan ? display_row(*plan, keys, parts[i].index) : parts[i].index;
            add(fmt(tr(S::place_row, lang), {{"n", std::to_string(row + 1)}}));
            continue;
        }
        keys.push_back(parts[i].key);
        const Entry* e = entry_for(keys, keys.size() - 1);
        if (!e) continue;   // an element's id in an edit's path: the row is named by its position
        add(tr(e->label, lang));
        if (e->more != S::count_) add(tr(e->more, lang));
    }
    return out;
}

std::string problem_detail(const Problem& p, Lang lang) {
    // A link has no places a person could look up.
    if (p.path.empty() || p.path.compare(0, 4, "link") == 0) return "";
    return fmt(tr(S::place_in_file, lang), {{"path", p.path}});
}

}  // namespace core
