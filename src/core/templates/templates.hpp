#pragma once
// Built-in templates and the scenario library: five industries, four scenarios and a
// blank plan, each a complete SOP in Chinese or English. A template is a
// plan like any other: it passes validate_plan and survives export/import.
#include <optional>
#include <string_view>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

enum class TemplateId {
    blank,
    mother_baby,        // 母婴
    education,          // 教育
    ecommerce,          // 电商/快消
    local_life,         // 本地生活/餐饮
    fitness,            // 健身
    revive,             // 激活沉寂老群
    new_group_7day,     // 新群 7 天
    camp_5day,          // 5 天训练营
    silent_wakeup,      // 30 天沉默成员唤醒
};

struct TemplateInfo {
    TemplateId id;
    const char* key;    // stable ASCII name, e.g. "mother_baby" (URLs, tests)
    S label;
    S description;      // one line
    bool scenario;      // a scenario plan rather than an industry template
};

// Every template, in menu order (blank first, then industries, then scenarios).
const std::vector<TemplateInfo>& template_list();
const TemplateInfo& template_info(TemplateId id);
std::optional<TemplateId> template_from_key(std::string_view key);

// The template as a plan starting on `start` (day 0): dates of the pilot,
// campaigns and run-sheets are placed relative to it.
Plan make_template(TemplateId id, Lang lang, Date start);

// A new plan that is not from a template is the blank template: one plan
// with the 1+3 roles, rules and stage KPIs, wherever a plan is made.
inline Plan new_blank_plan(Lang lang, Date today) { return make_template(TemplateId::blank, lang, today); }

// A plan nobody has changed: the blank template exactly as it was made (in
// either language, from its own start date), or an empty plan (what the
// planner made for a new plan before 0.5). The app does not keep such a plan
// when the user picks a template or imports one instead.
bool is_untouched_blank(const Plan& plan);

}  // namespace core
