#pragma once
// The asset library (素材库): asset names by the convention
//   YYYYMM + category - topic - format      e.g. 202503促活-育儿干货-图文
// (English: 202503Activation-Parenting tips-Image & text), generated from the
// asset's fields, so renaming a field renames the asset; and search and
// filter over the library.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

std::string month_code(int year, int month);   // "202503"
// The topic is trimmed; an empty topic leaves its part out
// ("202503促活-图文") rather than writing two dashes.
std::string asset_name(const Asset& asset, Lang lang);

// Every condition that is set must hold. `text` is split at spaces (ASCII and
// the ideographic space U+3000) and every word must occur in the asset's name
// (in either language), topic, tags, note or link: case-insensitive for
// ASCII letters, a plain substring for Chinese (no word boundaries there).
// `tag` must equal one of the asset's tags (ASCII case-insensitive).
struct AssetQuery {
    std::optional<Zone> zone;
    std::optional<Category> category;
    std::string tag;
    std::optional<int> year;
    std::optional<int> month;
    std::string text;
};

bool asset_matches(const Asset& asset, const AssetQuery& query);
// Ids of the matching assets, in library order.
std::vector<std::string> find_assets(const Plan& plan, const AssetQuery& query);

// Filter choices: every tag (first spelling, sorted by bytes) and every
// (year, month) used, newest first.
std::vector<std::string> asset_tags(const Plan& plan);
std::vector<std::pair<int, int>> asset_months(const Plan& plan);

// Ids of the content items an asset is attached to.
std::vector<std::string> items_using_asset(const Plan& plan, const std::string& asset_id);

// Substring test, case-insensitive for ASCII letters only (UTF-8 safe: a
// multi-byte character never matches part of another).
bool contains_text(std::string_view haystack, std::string_view needle);

}  // namespace core
