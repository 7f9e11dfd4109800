#include "core/edits/kpi_edits.hpp"

#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "core/templates/kpi_defaults.hpp"

namespace core {

namespace {

using json = nlohmann::json;

std::vector<std::string> kpi_path(Stage stage, std::string_view kpi_id) {
    return {"kpis", stage_key(stage), "kpis", std::string(kpi_id)};
}

// A default stage in place of the plan's: its days stay, and its goal unless empty.
StagePlan keeping_days_and_goal(StagePlan filled, const StagePlan& keep) {
    filled.start_day = keep.start_day;
    filled.end_day = keep.end_day;
    if (!keep.goal.empty()) filled.goal = keep.goal;
    return filled;
}

}  // namespace

bool stage_empty(const StagePlan& s) { return s.kpis.empty() && s.checklist.empty(); }

bool kpis_empty(const Plan& plan) {
    for (Stage s : kAllStages)
        if (!stage_empty(stage_plan(plan, s))) return false;
    return plan.kpis.alerts.empty();
}

bool has_kpis(const Plan& plan) {
    for (Stage s : kAllStages)
        if (!stage_plan(plan, s).kpis.empty()) return true;
    return false;
}

std::string free_default_prefix(const Plan& plan, Lang lang) {
    Plan defaults;   // stage_plan() reads the stages out of a plan
    defaults.kpis = default_kpis(lang);
    auto collides = [&](const std::string& prefix) {
        for (Stage s : kAllStages) {
            const StagePlan& sp = stage_plan(defaults, s);
            for (const Kpi& k : sp.kpis)
                if (plan_has_id(plan, prefix + k.id)) return true;
            for (const CheckItem& c : sp.checklist)
                if (plan_has_id(plan, prefix + c.id)) return true;
        }
        for (const AlertRule& a : defaults.kpis.alerts)
            if (plan_has_id(plan, prefix + a.id)) return true;
        return false;
    };
    if (!collides("")) return "";
    for (int n = 2;; ++n) {
        std::string prefix = "d" + std::to_string(n) + "-";
        if (!collides(prefix)) return prefix;
    }
}

Edit default_kpis_edit(const Plan& plan, Lang lang) {
    const std::string prefix = free_default_prefix(plan, lang);
    Plan filled;
    filled.kpis = default_kpis(lang, prefix);
    Plan with = plan;
    for (Stage s : kAllStages) stage_plan(with, s) = keeping_days_and_goal(stage_plan(filled, s), stage_plan(plan, s));
    // Linked to the KPIs just filled in, by their prefixed ids.
    with.kpis.alerts = default_alerts(with.kpis, lang, prefix);
    return set_edit({"kpis"}, to_json_value(with.kpis));
}

Edit default_stage_edit(const Plan& plan, Stage stage, Lang lang) {
    const std::string prefix = free_default_prefix(plan, lang);
    const StagePlan d = keeping_days_and_goal(default_stage(stage, lang, prefix), stage_plan(plan, stage));
    return set_edit({"kpis", stage_key(stage)}, to_json_value(d));
}

Edit default_alerts_edit(const Plan& plan, Lang lang) {
    std::vector<AlertRule> rules = default_alerts(plan.kpis, lang);
    const std::vector<std::string> ids = fresh_ids(plan, "alert", (int)rules.size());
    for (size_t i = 0; i < rules.size(); ++i) rules[i].id = ids[i];
    return set_edit({"kpis", "alerts"}, to_json_value(rules));
}

Edit log_value_edit(const Plan& plan, Stage stage, std::string_view kpi_id, Date date, double value) {
    std::vector<std::string> log = kpi_path(stage, kpi_id);
    log.push_back("log");
    return insert_edit(std::move(log), json{{"id", fresh_id(plan, "log")}, {"date", format_date(date)}, {"value", value}});
}

Edit add_kpi_edit(const Plan& plan, Stage stage, Lang lang) {
    return insert_edit({"kpis", stage_key(stage), "kpis"},
                       json{{"id", fresh_id(plan, "kpi")}, {"name", tr(S::kpi_new_name, lang)}, {"unit", "%"}});
}

Edit add_check_edit(const Plan& plan, Stage stage) {
    return insert_edit({"kpis", stage_key(stage), "checklist"}, json{{"id", fresh_id(plan, "check")}});
}

Edit add_remedy_edit(const Plan& plan, Stage stage, std::string_view kpi_id) {
    std::vector<std::string> remedies = kpi_path(stage, kpi_id);
    remedies.push_back("remedies");
    return insert_edit(std::move(remedies), json{{"id", fresh_id(plan, "remedy")}});
}

Edit add_alert_edit(const Plan& plan) {
    return insert_edit({"kpis", "alerts"}, json{{"id", fresh_id(plan, "alert")}, {"kind", "custom"}, {"threshold", 0}});
}

std::optional<Date> remedy_task_date(const Plan& plan, const Kpi& kpi, const Remedy& remedy) {
    const std::string note = remedy_task_note(kpi, remedy);
    std::optional<Date> latest;
    for (const ContentItem& c : plan.content.items)
        if (c.publish && c.note == note && (!latest || *c.publish > *latest)) latest = c.publish;
    return latest;
}

Edit stage_days_edit(const Plan& plan, Stage stage, int start, std::optional<int> end) {
    json k = to_json_value(plan.kpis);
    auto set_days = [&](Stage s, int from, std::optional<int> to) {
        k[stage_key(s)]["start_day"] = from;
        k[stage_key(s)]["end_day"] = to ? json(*to) : json(nullptr);
    };
    const StagePlan& old = stage_plan(plan, stage);
    set_days(stage, start, end);
    if (stage != Stage::referral) {
        const int i = (int)stage;
        if (i > 0 && start != old.start_day) {
            const Stage prev = kMainStages[(size_t)i - 1];
            const StagePlan& p = stage_plan(plan, prev);
            if (p.end_day && *p.end_day == old.start_day && start > p.start_day) set_days(prev, p.start_day, start);
        }
        if (i < 3 && end && end != old.end_day && old.end_day) {
            const Stage next = kMainStages[(size_t)i + 1];
            const StagePlan& n = stage_plan(plan, next);
            if (n.start_day == *old.end_day && (!n.end_day || *end < *n.end_day)) set_days(next, *end, n.end_day);
        }
    }
    return set_edit({"kpis"}, k);
}

}  // namespace core
