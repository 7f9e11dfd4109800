// The blank plan: the defaults every template starts from, nothing more.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan blank(const Kit& k) {
    Plan p = base_plan(k, Defaults{});
    p.basics.name = k("我的社群", "My community");
    p.basics.industry = Industry::other;
    p.basics.group_type = GroupType::refined;
    p.basics.platform = Platform::wecom;
    return p;
}

}  // namespace core::tpl
