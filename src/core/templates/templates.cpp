#include "core/templates/templates.hpp"

#include "core/templates/templates_kit.hpp"

namespace core {

const std::vector<TemplateInfo>& template_list() {
    static const std::vector<TemplateInfo> list = {
        {TemplateId::blank, "blank", S::tpl_blank, S::tpl_blank_help, false},
        {TemplateId::mother_baby, "mother_baby", S::tpl_mother_baby, S::tpl_mother_baby_help, false},
        {TemplateId::education, "education", S::tpl_education, S::tpl_education_help, false},
        {TemplateId::ecommerce, "ecommerce", S::tpl_ecommerce, S::tpl_ecommerce_help, false},
        {TemplateId::local_life, "local_life", S::tpl_local_life, S::tpl_local_life_help, false},
        {TemplateId::fitness, "fitness", S::tpl_fitness, S::tpl_fitness_help, false},
        {TemplateId::revive, "revive", S::tpl_revive, S::tpl_revive_help, true},
        {TemplateId::new_group_7day, "new_group_7day", S::tpl_new_group_7day, S::tpl_new_group_7day_help, true},
        {TemplateId::camp_5day, "camp_5day", S::tpl_camp_5day, S::tpl_camp_5day_help, true},
        {TemplateId::silent_wakeup, "silent_wakeup", S::tpl_silent_wakeup, S::tpl_silent_wakeup_help, true},
    };
    return list;
}

const TemplateInfo& template_info(TemplateId id) {
    for (const TemplateInfo& t : template_list())
        if (t.id == id) return t;
    return template_list().front();
}

std::optional<TemplateId> template_from_key(std::string_view key) {
    for (const TemplateInfo& t : template_list())
        if (key == t.key) return t.id;
    return std::nullopt;
}

namespace {

Plan build(TemplateId id, const tpl::Kit& k) {
    switch (id) {
        case TemplateId::blank: return tpl::blank(k);
        case TemplateId::mother_baby: return tpl::mother_baby(k);
        case TemplateId::education: return tpl::education(k);
        case TemplateId::ecommerce: return tpl::ecommerce(k);
        case TemplateId::local_life: return tpl::local_life(k);
        case TemplateId::fitness: return tpl::fitness(k);
        case TemplateId::revive: return tpl::revive(k);
        case TemplateId::new_group_7day: return tpl::new_group_7day(k);
        case TemplateId::camp_5day: return tpl::camp_5day(k);
        case TemplateId::silent_wakeup: return tpl::silent_wakeup(k);
    }
    return tpl::blank(k);
}

}  // namespace

Plan make_template(TemplateId id, Lang lang, Date start) {
    const tpl::Kit k{lang, start};
    Plan p = build(id, k);
    tpl::fit_stages(p, k);   // checklists and remedies that follow this plan's own rhythm
    return p;
}

bool is_untouched_blank(const Plan& plan) {
    if (plan == Plan{}) return true;
    if (!plan.basics.start_date) return false;
    for (Lang lang : {Lang::zh, Lang::en})
        if (plan == make_template(TemplateId::blank, lang, *plan.basics.start_date)) return true;
    return false;
}

}  // namespace core
