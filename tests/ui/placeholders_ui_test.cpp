// The plan's placeholders, an asset's kind and per-group placeholder values
// in replication, through the widgets a person uses.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/edits/edit.hpp"
#include "core/library/library.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

void open_template(Headless& h, core::TemplateId id) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{id}}});
    REQUIRE(!h.app.open_id().empty());
}


const core::Placeholder* placeholder(const core::Plan& plan, const std::string& name) {
    for (const core::Placeholder& p : plan.setup.placeholders)
        if (p.name == name) return &p;
    return nullptr;
}

std::vector<std::string> plan_ids(Headless& h) {
    core::Library library(h.services.memory, "reader");
    std::vector<std::string> out;
    for (const core::PlanEntry& e : library.list()) out.push_back(e.id);
    return out;
}

// The plans in the library that were not in it `before`, as stored.
std::vector<core::Plan> new_plans(Headless& h, const std::vector<std::string>& before) {
    core::Library library(h.services.memory, "reader");
    std::vector<core::Plan> out;
    for (const core::PlanEntry& e : library.list()) {
        if (std::find(before.begin(), before.end(), e.id) != before.end()) continue;
        core::Loaded l = library.load(e.id);
        REQUIRE(l.status == core::LibStatus::ok);
        out.push_back(l.plan);
    }
    return out;
}

}  // namespace

TEST_CASE("a placeholder added in the starter kit is stored without braces, its value too, and counted where used") {
    Headless h(core::Lang::zh, 1400, 4000);   // tall enough to show the whole setup section
    open_template(h, core::TemplateId::blank);
    const size_t before = h.app.plan().setup.placeholders.size();
    h.click("nav_setup");
    h.frames(2);
    h.click("add_placeholder");
    h.frames(2);
    REQUIRE(h.app.plan().setup.placeholders.size() == before + 1);
    const std::string id = h.app.plan().setup.placeholders.back().id;
    CHECK(id.rfind("ph-", 0) == 0);

    h.type_into("##ph_name_" + id, "{老师}");
    CHECK(h.app.plan().setup.placeholders.back().name == "老师");
    CHECK(h.app.view().message.find("已存为「老师」") != std::string::npos);
    CHECK_FALSE(h.app.view().message_is_error);

    h.type_into("##ph_value_" + id, "王老师");
    CHECK(h.app.plan().setup.placeholders.back().value == "王老师");

    SUBCASE("a name with a space inside is refused, and the stored one kept") {
        h.type_into("##ph_name_" + id, "老 师");
        CHECK(h.app.plan().setup.placeholders.back().name == "老师");
        CHECK(h.app.view().message_is_error);
    }
    SUBCASE("a name another placeholder has is refused") {
        h.click("add_placeholder");
        h.frames(2);
        const std::string second = h.app.plan().setup.placeholders.back().id;
        h.type_into("##ph_name_" + second, "老师");
        CHECK(h.app.plan().setup.placeholders.back().name == "");
        CHECK(h.app.view().message.find("老师") != std::string::npos);
        CHECK(h.app.view().message_is_error);
    }
    SUBCASE("the lines whose message uses it are counted, own text and script alike") {
        // One slot says it itself, one through a starter-kit script, one does not use it.
        run(h, {core::insert_edit({"setup", "scripts"}, nlohmann::json{{"id", "sc-t"}, {"text", "{老师}：今晚 8 点直播"}}),
                core::insert_edit({"rhythm", "slots"},
                                  nlohmann::json{{"id", "s-own"}, {"message", {{"text", "请{老师}答疑，{老师}在线"}}}}),
                core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-script"}, {"message", {{"script", "sc-t"}}}}),
                core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-other"}, {"message", {{"text", "早安"}}}})});
        REQUIRE(h.app.plan().rhythm.slots.size() == 3);
        h.frame(true);
        CHECK(ui::screen_text().find("{老师} · 用在 2 条消息里") != std::string::npos);
    }
    SUBCASE("the remove button takes it out") {
        h.click("×##ph_remove_" + id);
        h.frames(2);
        CHECK(placeholder(h.app.plan(), "老师") == nullptr);
    }
}

TEST_CASE("an asset's kind is chosen in the asset table") {
    Headless h(core::Lang::en, 2600, 1200);   // wide enough for every column
    open_template(h, core::TemplateId::blank);
    h.click("nav_content");
    h.frames(2);
    h.click("content_tab_assets");
    h.frames(2);
    h.click("add_asset");
    h.frames(3);
    REQUIRE(!h.app.plan().content.assets.empty());
    const core::Asset asset = h.app.plan().content.assets.back();
    CHECK(asset.kind == core::AssetKind::image);
    h.click("##asset_kind_" + asset.id);
    h.frames(2);
    h.click("Video##asset_kind_" + asset.id + "_video");
    h.frames(2);
    CHECK(h.app.plan().content.assets.back().kind == core::AssetKind::video);
}

TEST_CASE("replication takes each group's placeholder values, and refuses a line it cannot read") {
    Headless h(core::Lang::zh, 1400, 1000);
    open_template(h, core::TemplateId::blank);
    run(h, {core::insert_edit({"setup", "placeholders"},
                              nlohmann::json{{"id", "ph-t"}, {"name", "老师"}, {"value", "王老师"}})});
    const std::string source = h.app.open_id();
    const std::vector<std::string> before = plan_ids(h);
    h.click("menu_file");
    h.click("replicate");
    h.frames(2);
    REQUIRE(h.app.view().dialogs.replicate_open);

    h.frame(true);
    CHECK(ui::screen_text().find("老师=本群的老师") != std::string::npos);    // the example uses the plan's name
    CHECK(ui::screen_text().find("{老师}（现在是“王老师”）") != std::string::npos);   // the reminder

    SUBCASE("each copy's list holds its group's value; a new name is added") {
        h.click("##replicate_text");
        h.type("宝妈 2 群, 上海, 小周, 老师=李老师, {链接}＝https://x.cn/?a=1\n宝妈 3 群, 老师=赵老师\n");
        h.click("replicate_do");
        h.frames(2);
        CHECK_FALSE(h.app.view().dialogs.replicate_open);
        CHECK(h.app.open_id() == source);
        CHECK(placeholder(h.app.plan(), "老师")->value == "王老师");   // the open plan is unchanged
        const std::vector<core::Plan> copies = new_plans(h, before);
        REQUIRE(copies.size() == 2);
        const auto named = [&](const std::string& name) {
            auto it = std::find_if(copies.begin(), copies.end(), [&](const core::Plan& p) { return p.basics.name == name; });
            REQUIRE(it != copies.end());
            return *it;
        };
        const core::Plan two = named("宝妈 2 群"), three = named("宝妈 3 群");
        CHECK(two.basics.city == "上海");
        CHECK(two.basics.owner == "小周");
        CHECK(placeholder(two, "老师")->value == "李老师");
        REQUIRE(placeholder(two, "链接"));
        CHECK(placeholder(two, "链接")->value == "https://x.cn/?a=1");
        CHECK(placeholder(three, "老师")->value == "赵老师");
        CHECK(placeholder(three, "链接") == nullptr);
    }
    SUBCASE("a pair without \"=\" names its line, and nothing is made") {
        h.click("##replicate_text");
        h.type("宝妈 2 群, 上海, 小周, 老师=李老师\n\n宝妈 3 群, 上海, 小周, 李老师\n");
        h.click("replicate_do");
        h.frames(2);
        CHECK(h.app.view().dialogs.replicate_open);
        const std::string error = h.app.view().dialogs.replicate_error;
        CHECK(error.find("第 3 行") != std::string::npos);
        CHECK(error.find("“李老师”") != std::string::npos);
        CHECK(new_plans(h, before).empty());
        h.frame(true);
        CHECK(ui::screen_text().find("第 3 行") != std::string::npos);   // shown in the dialog
    }
    SUBCASE("an empty name names its line, and nothing is made") {
        h.click("##replicate_text");
        h.type("宝妈 2 群, 上海, 小周, {}=李老师\n");
        h.click("replicate_do");
        h.frames(2);
        CHECK(h.app.view().dialogs.replicate_error.find("第 1 行") != std::string::npos);
        CHECK(h.app.view().dialogs.replicate_error.find("缺少占位符名称") != std::string::npos);
        CHECK(new_plans(h, before).empty());
    }
}

TEST_CASE("the replication dialog's errors are in English for an English user") {
    Headless h(core::Lang::en, 1400, 1000);
    open_template(h, core::TemplateId::blank);
    const std::string source = h.app.open_id();
    const std::vector<std::string> before = plan_ids(h);
    h.click("menu_file");
    h.click("replicate");
    h.frames(2);
    h.click("##replicate_text");
    h.type("Mums #2, Shanghai, Zoe, =Ms Li\n");
    h.click("replicate_do");
    h.frames(2);
    CHECK(h.app.view().dialogs.replicate_error.find("Line 1") != std::string::npos);
    CHECK(h.app.view().dialogs.replicate_error.find("no placeholder name") != std::string::npos);
    CHECK(new_plans(h, before).empty());
}
