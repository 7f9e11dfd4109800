// Asset names by the convention YYYYMM + category - topic - format, and
// search and filter over the asset library.
#include <doctest/doctest.h>

#include "content_fixture.hpp"
#include "core/text/i18n.hpp"
#include "core/rules/naming.hpp"

using namespace core;
using namespace testing;

TEST_CASE("an asset's name is YYYYMM + category - topic - format, in either language") {
    Asset a{.id = "a-1", .zone = Zone::knowledge, .category = Category::activation, .topic = "育儿干货",
            .format = Format::image_text, .year = 2025, .month = 3};
    CHECK(asset_name(a, Lang::zh) == "202503促活-育儿干货-图文");
    a.topic = "Parenting tips";
    CHECK(asset_name(a, Lang::en) == "202503Activation-Parenting tips-Image & text");
    // Renaming a field renames the asset.
    a.category = Category::conversion;
    a.format = Format::poster;
    a.month = 11;
    CHECK(asset_name(a, Lang::zh) == "202511转化-Parenting tips-海报");
    a.topic = "  ";
    CHECK(asset_name(a, Lang::zh) == "202511转化-海报");   // no empty part between two dashes
    a.topic = "\u3000宝宝辅食 ";
    CHECK(asset_name(a, Lang::zh) == "202511转化-宝宝辅食-海报");
    CHECK(month_code(2100, 1) == "210001");
}

TEST_CASE("every content enum has a label in both languages") {
    for (Category v : enum_values<Category>()) CHECK(std::string(tr(label_of(v), Lang::en)) != "");
    for (Format v : enum_values<Format>()) CHECK(std::string(tr(label_of(v), Lang::zh)) != "");
    for (Source v : enum_values<Source>()) CHECK(std::string(tr(label_of(v), Lang::en)) != "");
    for (Status v : enum_values<Status>()) CHECK(std::string(tr(label_of(v), Lang::zh)) != "");
    for (Zone v : enum_values<Zone>()) CHECK(std::string(tr(label_of(v), Lang::en)) != "");
    CHECK(std::string(tr(label_of(Category::brand), Lang::zh)) == "品牌");
    CHECK(std::string(tr(label_of(Zone::ugc), Lang::en)) == "Member posts (UGC)");
    CHECK(std::string(tr(weekday_short(7), Lang::zh)) == "周日");
}

TEST_CASE("assets are filtered by zone, category, tag and month") {
    Plan p = content_plan();
    CHECK(find_assets(p, {}) == std::vector<std::string>{"a-1", "a-2", "a-3"});
    CHECK(find_assets(p, {.zone = Zone::activity}) == std::vector<std::string>{"a-2"});
    CHECK(find_assets(p, {.category = Category::brand}) == std::vector<std::string>{"a-3"});
    CHECK(find_assets(p, {.tag = "辅食"}) == std::vector<std::string>{"a-1"});
    CHECK(find_assets(p, {.tag = "countdown"}) == std::vector<std::string>{"a-2"});   // ASCII case-insensitive
    CHECK(find_assets(p, {.tag = "辅"}).empty());                                     // a tag matches whole
    CHECK(find_assets(p, {.year = 2025}) == std::vector<std::string>{"a-1", "a-2"});
    CHECK(find_assets(p, {.year = 2025, .month = 6}) == std::vector<std::string>{"a-2"});
    CHECK(find_assets(p, {.zone = Zone::knowledge, .category = Category::conversion}).empty());
}

TEST_CASE("free-text search is case-insensitive for ASCII and a substring for Chinese") {
    Plan p = content_plan();
    CHECK(find_assets(p, {.text = "育儿"}) == std::vector<std::string>{"a-1"});
    CHECK(find_assets(p, {.text = "MOM"}) == std::vector<std::string>{"a-3"});
    CHECK(find_assets(p, {.text = "202503促活"}) == std::vector<std::string>{"a-1"});   // the generated name
    CHECK(find_assets(p, {.text = "activation"}) == std::vector<std::string>{"a-1"});   // the English name too
    CHECK(find_assets(p, {.text = "主视觉"}) == std::vector<std::string>{"a-2"});       // the note
    CHECK(find_assets(p, {.text = "口碑 video"}) == std::vector<std::string>{"a-3"});   // every word must match
    CHECK(find_assets(p, {.text = "口碑\u3000图文"}).empty());
    CHECK(find_assets(p, {.text = "   "}).size() == 3);
    CHECK(contains_text("Parenting Tips", "TIPS"));
    CHECK(contains_text("宝宝辅食", "辅食"));
    CHECK_FALSE(contains_text("宝宝", "宝宝宝"));
    // The bytes of 食 (E9 A3 9F) never match inside another character.
    CHECK_FALSE(contains_text("\xE9\xA3\x9F", "\xA3\x9F"
                                              "a"));
}

TEST_CASE("filter choices list each tag and month once, and assets know their content items") {
    Plan p = content_plan();
    p.content.assets[1].tags.push_back("countdown");   // the same tag, other case
    p.content.assets[2].tags.push_back(" 辅食 ");
    CHECK(asset_tags(p) == std::vector<std::string>{"0-1岁", "Countdown", "UGC", "口碑", "辅食"});
    CHECK(asset_months(p) == std::vector<std::pair<int, int>>{{2025, 6}, {2025, 3}, {2024, 12}});
    CHECK(items_using_asset(p, "a-1") == std::vector<std::string>{"c-1"});
    CHECK(items_using_asset(p, "a-2").empty());
}
