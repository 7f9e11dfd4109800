#include "core/rules/stages.hpp"

namespace core {

const StagePlan& stage_plan(const Plan& plan, Stage stage) {
    return stage_plan(const_cast<Plan&>(plan), stage);
}

StagePlan& stage_plan(Plan& plan, Stage stage) {
    switch (stage) {
        case Stage::launch: return plan.kpis.launch;
        case Stage::activation: return plan.kpis.activation;
        case Stage::monetization: return plan.kpis.monetization;
        case Stage::retention: return plan.kpis.retention;
        case Stage::referral: break;
    }
    return plan.kpis.referral;
}

const char* stage_key(Stage stage) {
    // Not enum_name(): its views point into one "a, b, c" literal, unterminated.
    static const char* keys[] = {"launch", "activation", "monetization", "retention", "referral"};
    static_assert(sizeof(keys) / sizeof(keys[0]) == (size_t)enum_count<Stage>());
    return keys[(int)stage];
}

S label_of(Stage stage) {
    static const S labels[] = {S::stage_launch, S::stage_activation, S::stage_monetization, S::stage_retention,
                               S::stage_referral};
    static_assert(sizeof(labels) / sizeof(labels[0]) == (size_t)enum_count<Stage>());
    return labels[(int)stage];
}

namespace {

bool contains(const StagePlan& s, int day) { return day >= s.start_day && (!s.end_day || day < *s.end_day); }

}  // namespace

std::optional<int> plan_day(const Plan& plan, Date today) {
    const std::optional<Date> day0 = plan_day0(plan.basics);
    if (!day0) return std::nullopt;
    return today.days - day0->days;
}

StageInfo stage_on(const Plan& plan, Date today) {
    StageInfo info;
    const std::optional<Date> start = plan_day0(plan.basics);
    info.day = plan_day(plan, today);
    info.from_takeover = plan.basics.takeover_date.has_value();

    if (info.day) {
        int day = *info.day;
        info.before_start = day < 0;
        for (Stage s : kMainStages) {
            const StagePlan& sp = stage_plan(plan, s);
            if (sp.start_day <= day && (!info.current || sp.start_day >= stage_plan(plan, *info.current).start_day))
                info.current = s;
        }
        if (info.current) {
            const StagePlan& cur = stage_plan(plan, *info.current);
            info.past_end = !contains(cur, day);
            if (!info.past_end && cur.end_day) info.days_left = *cur.end_day - day;
        }
        info.referral_active = contains(plan.kpis.referral, day);
    }

    for (size_t i = 0; i < kAllStages.size(); ++i) {
        Stage s = kAllStages[i];
        const StagePlan& sp = stage_plan(plan, s);
        StageProgress& p = info.progress[i];
        p.stage = s;
        p.total = (int)sp.checklist.size();
        for (const CheckItem& c : sp.checklist) p.done += c.done ? 1 : 0;

        StageSpan& span = info.timeline[i];
        span.stage = s;
        span.start_day = sp.start_day;
        span.end_day = sp.end_day;
        if (start) {
            span.start = Date{start->days + sp.start_day};
            if (sp.end_day) span.end = Date{start->days + *sp.end_day};
        }
        span.contains_today = info.day && contains(sp, *info.day);
        span.current = info.current == s;
    }

    auto add_due = [&](Stage s) {
        for (const CheckItem& c : stage_plan(plan, s).checklist)
            if (!c.done) info.due.push_back({s, c.id, c.text});
    };
    if (info.current) add_due(*info.current);
    if (info.referral_active) add_due(Stage::referral);
    return info;
}

std::string stage_headline(const StageInfo& info, Lang lang) {
    if (!info.day) return tr(S::stage_no_start_date, lang);
    const std::string n = std::to_string(*info.day);
    const bool t = info.from_takeover;
    if (info.before_start)
        return fmt(tr(t ? S::stage_before_takeover : S::stage_before_start, lang), {{"n", std::to_string(-*info.day)}});
    if (!info.current) return fmt(tr(S::stage_not_started, lang), {{"n", n}});
    const std::string stage = tr(label_of(*info.current), lang);
    if (info.past_end) return fmt(tr(S::stage_past_end, lang), {{"n", n}, {"stage", stage}});
    return fmt(tr(t ? S::stage_day_of_takeover : S::stage_day_of, lang), {{"n", n}, {"stage", stage}});
}

}  // namespace core
