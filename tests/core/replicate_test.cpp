// Multi-group replication: per-group values substituted into every text,
// ids and references untouched, each copy a valid plan starting fresh.
#include <doctest/doctest.h>

#include "core/json/plan_json.hpp"
#include "core/rules/replicate.hpp"
#include "core/templates/templates.hpp"
#include "core/json/validate.hpp"

using namespace core;

namespace {
const Date kStart = date_from_ymd(2025, 3, 3);

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("placeholders become the group's values, in Chinese and English") {
    Basics source;
    const GroupValues g{"宝妈 3 群", "苏州", "小周"};
    CHECK(fill_group_values("欢迎来到{群名}！{城市}的宝妈们，有事找{负责人}。", source, g) ==
          "欢迎来到宝妈 3 群！苏州的宝妈们，有事找小周。");
    CHECK(fill_group_values("Welcome to {group} in {city}; ask {owner}. {name} stays.", source, g) ==
          "Welcome to 宝妈 3 群 in 苏州; ask 小周. {name} stays.");
    // No value anywhere: the placeholder is kept for later.
    CHECK(fill_group_values("{群名}", source, GroupValues{}) == "{群名}");
}

TEST_CASE("the source plan's own name, city and owner are replaced wherever they appear") {
    Basics source;
    source.name = "宝妈成长营 1 群";
    source.city = "杭州";
    source.owner = "小林";
    const GroupValues g{"宝妈成长营 2 群", "宁波", "小周"};
    CHECK(fill_group_values("群主·小林（杭州门店）欢迎你加入宝妈成长营 1 群", source, g) ==
          "群主·小周（宁波门店）欢迎你加入宝妈成长营 2 群");
    // A replaced value is never replaced again, even when it holds another one.
    const GroupValues swap{"小林的群", "", ""};
    CHECK(fill_group_values("宝妈成长营 1 群", source, swap) == "小林的群");
    // An empty value keeps the source's text.
    CHECK(fill_group_values("小林在杭州", source, GroupValues{"", "", "小周"}) == "小周在杭州");
}

TEST_CASE("English values are replaced as whole words only") {
    Basics source;
    source.owner = "Lin";
    source.city = "Hangzhou";
    const GroupValues g{"", "Ningbo", "Zhou"};
    CHECK(fill_group_values("Lin's linen store in Hangzhou; Lin, Linda and Lin.", source, g) ==
          "Zhou's linen store in Ningbo; Zhou, Linda and Zhou.");
    CHECK(fill_group_values("Linen", source, g) == "Linen");
}

TEST_CASE("a template copied to three groups gives three valid plans with their own names, cities and owners") {
    const Plan source = make_template(TemplateId::mother_baby, Lang::zh, kStart);
    const std::vector<GroupValues> groups = {{"宝妈成长营 2 群", "宁波", "小周"}, {"宝妈成长营 3 群", "苏州", "阿美"}, {"宝妈成长营 4 群", "", ""}};
    const std::vector<Plan> copies = replicate_plans(source, groups);
    REQUIRE(copies.size() == 3);
    for (size_t i = 0; i < copies.size(); ++i) {
        const Plan& c = copies[i];
        CAPTURE(i);
        CHECK(!validate_plan(c));
        CHECK(c.basics.name == groups[i].name);
        CHECK(import_plan_json(export_plan_json(c, "")).plan == c);
        // Same structure: ids and references never change.
        CHECK(c.rhythm.slots.size() == source.rhythm.slots.size());
        for (size_t s = 0; s < c.rhythm.slots.size(); ++s) {
            CHECK(c.rhythm.slots[s].id == source.rhythm.slots[s].id);
            CHECK(c.rhythm.slots[s].owner_role == source.rhythm.slots[s].owner_role);
        }
    }
    CHECK(copies[0].basics.city == "宁波");
    CHECK(copies[0].basics.owner == "小周");
    CHECK(contains(copies[0].setup.roles[0].name, "小周"));
    CHECK(!contains(copies[0].setup.roles[0].name, "小林"));
    CHECK(copies[2].basics.city == source.basics.city);   // no value given: kept
    CHECK(copies[2].basics.owner == source.basics.owner);
}

TEST_CASE("the English template's texts follow the group too") {
    const Plan source = make_template(TemplateId::mother_baby, Lang::en, kStart);
    const Plan c = replicate_plan(source, {"Young Parents Club #7", "Suzhou", "Mei"});
    CHECK(c.basics.name == "Young Parents Club #7");
    CHECK(contains(c.setup.roles[0].name, "Mei"));
    CHECK(contains(c.setup.announcement_intro, "Young Parents Club"));
    CHECK(!validate_plan(c));
}

TEST_CASE("copies start fresh: logs, ticks, reviews and the calendar uid are cleared unless asked to keep them") {
    Plan source = make_template(TemplateId::blank, Lang::en, kStart);
    source.kpis.launch.kpis[0].log = {{"log-1", kStart, 42}};
    source.kpis.launch.checklist[0].done = true;
    source.reviews = {{"rev-1", ReviewKind::weekly, kStart, {}, "notes"}};
    source.calendar.uid = "abc123";
    const Plan fresh = replicate_plan(source, {"B", "", ""});
    CHECK(fresh.kpis.launch.kpis[0].log.empty());
    CHECK(!fresh.kpis.launch.checklist[0].done);
    CHECK(fresh.reviews.empty());
    CHECK(fresh.calendar.uid.empty());
    const Plan kept = replicate_plan(source, {"B", "", ""}, ReplicateOptions{false});
    CHECK(kept.kpis.launch.kpis[0].log.size() == 1);
    CHECK(kept.kpis.launch.checklist[0].done);
    CHECK(kept.reviews.size() == 1);
    CHECK(kept.calendar.uid == "abc123");
}

TEST_CASE("each copy's placeholders take the group's values; a new name is added, an empty value keeps the source's") {
    Plan source = make_template(TemplateId::blank, Lang::zh, kStart);
    source.basics.name = "书法班 1 群";
    source.setup.placeholders = {{"ph-teacher", "老师", "王老师"}, {"ph-room", "教室", "301"}};
    source.rhythm.slots = {{.id = "s-class", .time = TimeOfDay{19 * 60}, .purpose = "上课提醒"}};
    source.rhythm.slots[0].message.text = "今晚{老师}在{教室}上课，报名看{链接}";
    const std::vector<GroupValues> groups = {
        {"书法班 2 群", "", "", {{"老师", "李老师"}}},
        {"书法班 3 群", "", "", {{"{老师}", "赵老师"}, {"链接", "https://example.com/3"}, {"教室", ""}}},
        {"书法班 4 群", "", "", {{"老师", ""}, {"", "无名"}}},
    };
    const std::vector<Plan> copies = replicate_plans(source, groups);
    REQUIRE(copies.size() == 3);
    for (const Plan& c : copies) CHECK(!validate_plan(c));
    auto value = [](const Plan& p, const std::string& name) -> std::string {
        for (const Placeholder& ph : p.setup.placeholders)
            if (ph.name == name) return ph.value;
        return "(none)";
    };
    CHECK(value(copies[0], "老师") == "李老师");
    CHECK(value(copies[0], "教室") == "301");
    CHECK(copies[0].setup.placeholders.size() == 2);
    CHECK(copies[0].setup.placeholders[0].id == "ph-teacher");   // the same element, its value changed

    CHECK(value(copies[1], "老师") == "赵老师");    // braces around the name are fine
    CHECK(value(copies[1], "教室") == "301");       // empty: the source's value
    REQUIRE(copies[1].setup.placeholders.size() == 3);
    const Placeholder& link = copies[1].setup.placeholders[2];
    CHECK(link.name == "链接");
    CHECK(link.value == "https://example.com/3");
    CHECK(!link.id.empty());
    CHECK(link.id != "ph-teacher");
    CHECK(link.id != "ph-room");

    CHECK(copies[2].setup.placeholders == source.setup.placeholders);   // nothing given: unchanged

    // The messages keep the placeholder and fill it from their own copy.
    CHECK(copies[0].rhythm.slots[0].message.text == source.rhythm.slots[0].message.text);
    FillContext context;
    CHECK(fill_placeholders(copies[0], copies[0].rhythm.slots[0].message.text, context).text ==
          "今晚李老师在301上课，报名看{链接}");
    CHECK(fill_placeholders(copies[1], copies[1].rhythm.slots[0].message.text, context).text ==
          "今晚赵老师在301上课，报名看https://example.com/3");
    CHECK(source.setup.placeholders[0].value == "王老师");
}
