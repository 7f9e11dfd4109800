#include "core/edits/content_edits.hpp"

#include <algorithm>

#include "core/edits/calendar_edits.hpp"
#include "core/json/validate.hpp"

namespace core {

using json = nlohmann::json;

AddEdit new_content_item_edit(const Plan& plan, Lang lang) {
    AddEdit out;
    out.id = fresh_content_ids(plan, 1)[0];
    out.edit = insert_edit({"content", "items"}, json{{"id", out.id}, {"title", tr(S::content_new_item, lang)}});
    return out;
}

AddEdit new_asset_edit(const Plan& plan, Date today, std::optional<Zone> zone, std::optional<Category> category) {
    AddEdit out;
    out.id = fresh_id(plan, "asset");
    int y, m, d;
    ymd_from_date(today, y, m, d);
    json a{{"id", out.id}, {"year", std::clamp(y, 2000, 2100)}, {"month", m}};
    if (zone) a["zone"] = std::string(enum_name(*zone));
    if (category) a["category"] = std::string(enum_name(*category));
    out.edit = insert_edit({"content", "assets"}, a);
    return out;
}

}  // namespace core
