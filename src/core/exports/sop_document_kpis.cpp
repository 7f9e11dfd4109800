// Sections 7 and 8 of the SOP document: points, rewards, levels, product
// roles and promotions; the five stages with their KPIs, remedies and
// checklists, and the alert rules.
#include "core/rules/alerts.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/exports/sop_document.hpp"
#include "core/rules/stages.hpp"

namespace core::doc {

void add_incentives(Document& d, const Plan& plan, Lang L) {
    const Incentives& in = plan.incentives;
    d.push_back(heading(2, tr(S::md_s_incentives, L)));
    auto add_table = [&](S title, std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
        d.push_back(heading(3, tr(title, L)));
        if (rows.empty()) d.push_back(paragraph(tr(S::md_none, L)));
        else d.push_back(table(std::move(header), std::move(rows)));
    };
    std::vector<std::vector<std::string>> rows;
    for (const PointsRule& r : in.points_rules)
        rows.push_back({r.action, std::to_string(r.points), r.daily_cap > 0 ? std::to_string(r.daily_cap) : tr(S::md_no_cap, L)});
    add_table(S::md_points, {tr(S::md_col_action, L), tr(S::md_col_points, L), tr(S::md_col_cap, L)}, std::move(rows));
    rows = {};
    for (const Reward& r : in.rewards) rows.push_back({std::to_string(r.cost), r.reward});
    add_table(S::md_rewards, {tr(S::md_col_cost, L), tr(S::md_col_reward, L)}, std::move(rows));
    rows = {};
    for (const Level& l : in.levels) rows.push_back({l.name, std::to_string(l.min_points), l.benefits});
    add_table(S::md_levels, {tr(S::md_col_level, L), tr(S::md_col_min, L), tr(S::md_col_benefits, L)}, std::move(rows));
    rows = {};
    for (const Product& p : in.products) rows.push_back({p.name, tr(label_of(p.role), L), number(p.price), p.note});
    add_table(S::md_products, {tr(S::md_col_product, L), tr(S::md_col_role, L), tr(S::md_col_price, L), tr(S::md_col_note, L)},
              std::move(rows));
    d.push_back(heading(3, tr(S::md_promotions, L)));
    if (in.promotions.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    for (const Promotion& p : in.promotions) {
        d.push_back(heading(4, or_empty(L, p.name) + " · " + tr(label_of(p.kind), L)));
        if (!p.detail.empty()) d.push_back(paragraph(p.detail));
        if (!p.script.empty()) d.push_back(quote(p.script));
    }
}

namespace {

std::string with_unit(double value, const std::string& unit) {
    if (unit.empty()) return number(value);
    return number(value) + (unit == "%" ? "" : " ") + unit;
}

std::string days_text(const StagePlan& s, Lang L) {
    // From day 0 with no end: the group's whole life, not "from day 0".
    if (s.start_day == 0 && !s.end_day) return tr(S::md_stage_long, L);
    if (!s.end_day) return fmt(tr(S::md_stage_from, L), {{"from", std::to_string(s.start_day)}});
    return fmt(tr(S::md_stage_days, L), {{"from", std::to_string(s.start_day)}, {"to", std::to_string(*s.end_day)}});
}

std::string kpi_name(const Plan& plan, const std::string& id) {
    for (const StagePlan* s : {&plan.kpis.launch, &plan.kpis.activation, &plan.kpis.monetization, &plan.kpis.retention,
                               &plan.kpis.referral})
        for (const Kpi& k : s->kpis)
            if (k.id == id) return k.name;
    return "";
}

}  // namespace

void add_kpis(Document& d, const Plan& plan, Lang L) {
    d.push_back(heading(2, tr(S::md_s_kpis, L)));
    const std::pair<Stage, const StagePlan*> stages[] = {
        {Stage::launch, &plan.kpis.launch}, {Stage::activation, &plan.kpis.activation},
        {Stage::monetization, &plan.kpis.monetization}, {Stage::retention, &plan.kpis.retention},
        {Stage::referral, &plan.kpis.referral}};
    for (const auto& [stage, s] : stages) {
        d.push_back(heading(3, fmt(tr(S::md_stage_heading, L), {{"stage", tr(label_of(stage), L)}, {"days", days_text(*s, L)}})));
        d.push_back(paragraph(label_value(L, S::md_goal, s->goal)));
        std::vector<std::vector<std::string>> rows;
        for (const Kpi& k : s->kpis) {
            std::string remedies;
            for (const Remedy& r : k.remedies) remedies += (remedies.empty() ? "" : "\n") + r.text;
            rows.push_back({k.name, with_unit(k.target, k.unit), tr(label_of(k.direction), L), remedies});
        }
        if (!rows.empty())
            d.push_back(table({tr(S::md_col_kpi, L), tr(S::md_col_target, L), tr(S::md_col_direction, L), tr(S::md_col_remedies, L)},
                              std::move(rows)));
        if (!s->checklist.empty()) {
            DocBlock check;
            check.kind = DocBlock::Kind::checklist;
            for (const CheckItem& c : s->checklist) {
                check.items.push_back(c.text);
                check.checked.push_back(c.done);
            }
            d.push_back(heading(4, tr(S::md_checklist, L)));
            d.push_back(std::move(check));
        }
    }
    d.push_back(heading(3, tr(S::md_alerts, L)));
    std::vector<std::vector<std::string>> rows;
    for (const AlertRule& a : plan.kpis.alerts) {
        const std::string watched = kpi_name(plan, a.kpi);
        rows.push_back({a.name.empty() ? tr(label_of(a.kind), L) : a.name,
                        watched.empty() ? tr(label_of(a.kind), L) : watched, number(a.threshold),
                        tr(a.enabled ? S::md_yes : S::md_no, L), a.action});
    }
    if (rows.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    else
        d.push_back(table({tr(S::md_col_alert, L), tr(S::md_col_watches, L), tr(S::md_col_threshold, L), tr(S::md_col_enabled, L),
                           tr(S::md_col_response, L)},
                          std::move(rows)));
}

}  // namespace core::doc
