#pragma once
// Edits from the 内容规划 panel that make new elements: a content item and a
// material-library asset. Each has an id no element of the plan uses.
#include <optional>

#include "core/edits/edit.hpp"
#include "core/model/dates.hpp"
#include "core/text/i18n.hpp"

namespace core {

// A content item titled from the string table (content_new_item), id
// "content-<n>" like the calendar's copies, at the end of content.items.
AddEdit new_content_item_edit(const Plan& plan, Lang lang);

// An asset of the month holding `today` (year clamped to the schema's
// 2000–2100), in the zone and category given (else the defaults: the ones a
// filter shows), id "asset-<n>", at the end of content.assets.
AddEdit new_asset_edit(const Plan& plan, Date today, std::optional<Zone> zone, std::optional<Category> category);

}  // namespace core
