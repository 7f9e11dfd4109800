// New content items and material-library assets: fresh ids, the string
// table's title, the month of today, the filtered zone and category.
#include <doctest/doctest.h>

#include "content_fixture.hpp"
#include "edit_helpers.hpp"
#include "core/edits/content_edits.hpp"
#include "core/edits/history.hpp"

using namespace core;
using namespace testing;

TEST_CASE("a new content item goes at the end with a fresh content id and the new-item title") {
    const Plan p = content_plan();
    AddEdit added = new_content_item_edit(p, Lang::en);
    Plan with = applied(p, added.edit);
    REQUIRE(with.content.items.size() == p.content.items.size() + 1);
    const ContentItem& c = with.content.items.back();
    CHECK(c.id == added.id);
    CHECK(c.id.rfind("content-", 0) == 0);
    CHECK(c.title == tr(S::content_new_item, Lang::en));
    CHECK_FALSE(c.publish);
    CHECK(new_content_item_edit(with, Lang::en).id != added.id);
}

TEST_CASE("a new asset is of today's month, in the filtered zone and category when there is one") {
    const Plan p = content_plan();
    AddEdit plain = new_asset_edit(p, D(2025, 7, 15), std::nullopt, std::nullopt);
    Plan with = applied(p, plain.edit);
    const Asset& a = with.content.assets.back();
    CHECK(a.id == plain.id);
    CHECK(a.id.rfind("asset-", 0) == 0);
    CHECK(a.year == 2025);
    CHECK(a.month == 7);
    CHECK(a.zone == Asset{}.zone);
    CHECK(a.category == Asset{}.category);

    AddEdit filtered = new_asset_edit(p, D(2025, 7, 15), Zone::activity, Category::brand);
    const Plan with_filtered = applied(p, filtered.edit);
    const Asset& f = with_filtered.content.assets.back();
    CHECK(f.zone == Zone::activity);
    CHECK(f.category == Category::brand);
    // The year stays in the schema's range whatever the clock says.
    CHECK(applied(p, new_asset_edit(p, D(2150, 1, 2), std::nullopt, std::nullopt).edit).content.assets.back().year == 2100);
}
