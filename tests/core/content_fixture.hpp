#pragma once
// A small mother-and-baby community plan for the calendar, mix and export
// tests: four daily slots, three weekly columns, monthly tasks, cold-start
// and mature SOP lines, a campaign, content items and assets.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/rules/calendar.hpp"
#include "core/edits/edit.hpp"
#include "core/text/i18n.hpp"
#include "core/json/validate.hpp"

namespace testing {

using namespace core;

inline Date D(int y, int m, int d) { return date_from_ymd(y, m, d); }
inline TimeOfDay T(int h, int m) { return TimeOfDay{h * 60 + m}; }

inline Plan content_plan() {
    Plan p;
    p.basics.name = "宝妈成长营 1 群";
    p.basics.start_date = D(2025, 3, 3);   // a Monday
    p.setup.roles = {{"r-owner", RoleKind::owner, "小美", ""}, {"r-content", RoleKind::content, "", ""}};
    p.rhythm.slots = {
        {.id = "s-am", .time = T(8, 30), .purpose = "早安问候", .category = Category::activation,
         .format = Format::text, .owner_role = "r-owner"},
        {.id = "s-know", .time = T(10, 0), .purpose = "知识分享", .category = Category::activation,
         .format = Format::image_text, .owner_role = "r-content"},
        {.id = "s-talk", .time = T(15, 0), .purpose = "互动话题", .category = Category::activation,
         .format = Format::qa, .owner_role = "r-owner"},
        {.id = "s-perk", .time = T(20, 0), .purpose = "福利推送", .category = Category::conversion,
         .format = Format::poster, .owner_role = "r-owner", .messages = 2},
    };
    p.rhythm.columns = {
        {.id = "c-brief", .name = "周一行业快讯", .weekday = 1, .slot = "s-know", .category = Category::brand},
        {.id = "c-member", .name = "周五会员日", .weekday = 5, .slot = "s-perk", .category = Category::conversion,
         .format = Format::poster},
        {.id = "c-live", .name = "周三直播预告", .weekday = 3, .slot = "", .category = Category::brand,
         .format = Format::live},
    };
    p.rhythm.month_tasks = {
        {.id = "m-theme", .phase = MonthPhase::start, .day = 1, .title = "月初主题策划", .owner_role = "r-content"},
        {.id = "m-review", .phase = MonthPhase::end, .day = 31, .title = "月末数据复盘", .owner_role = "r-owner"},
    };
    p.rhythm.routine = {
        {.id = "l-welcome", .phase = RoutinePhase::cold_start,
         .timing = {.kind = TimingKind::after_created, .day = 0, .time = T(9, 0)}, .title = "欢迎 + 群规"},
        {.id = "l-topic", .phase = RoutinePhase::cold_start,
         .timing = {.kind = TimingKind::after_created, .day = 2, .time = T(15, 30)}, .title = "第一个互动话题"},
        {.id = "l-joined", .phase = RoutinePhase::cold_start,
         .timing = {.kind = TimingKind::after_joined, .day = 1, .time = T(10, 0)}, .title = "新人私聊"},
        {.id = "l-flash", .phase = RoutinePhase::mature,
         .timing = {.kind = TimingKind::weekday, .weekday = 4, .time = T(20, 30)}, .title = "每周限时秒杀",
         .category = Category::conversion, .format = Format::poster},
        {.id = "l-women", .phase = RoutinePhase::mature,
         .timing = {.kind = TimingKind::date, .date = D(2025, 3, 8), .time = T(12, 0)}, .title = "妇女节祝福",
         .category = Category::brand},
    };
    p.rhythm.campaigns = {{.id = "cp-618", .kind = CampaignKind::shopping_festival, .name = "618 年中大促",
                           .start = D(2025, 6, 1), .end = D(2025, 6, 18)}};
    p.content.assets = {
        {.id = "a-1", .zone = Zone::knowledge, .category = Category::activation, .topic = "育儿干货",
         .format = Format::image_text, .year = 2025, .month = 3, .tags = {"辅食", "0-1岁"}},
        {.id = "a-2", .zone = Zone::activity, .category = Category::conversion, .topic = "618 倒计时",
         .format = Format::poster, .year = 2025, .month = 6, .tags = {"Countdown"}, .note = "红色主视觉"},
        {.id = "a-3", .zone = Zone::ugc, .category = Category::brand, .topic = "Mom stories",
         .format = Format::video, .year = 2024, .month = 12, .tags = {"UGC", "口碑"}},
    };
    p.content.items = {
        {.id = "c-1", .title = "6 个月宝宝辅食清单", .category = Category::activation, .owner = "阿强",
         .due = D(2025, 3, 3), .publish = D(2025, 3, 4), .slot = "s-know", .status = Status::scheduled,
         .message = {.attachments = {"a-1"}}},
        {.id = "c-2", .title = "纸尿裤限时 9.9", .category = Category::conversion, .format = Format::poster,
         .publish = D(2025, 3, 5), .time = T(11, 0), .slot = "s-know", .status = Status::drafting},
        {.id = "c-3", .title = "品牌故事：我们为什么做这件事", .category = Category::brand, .source = Source::repost,
         .publish = D(2025, 3, 6)},
    };
    return p;
}

inline std::vector<std::string> keys_of(const std::vector<CalendarItem>& items) {
    std::vector<std::string> keys;
    for (const auto& it : items) keys.push_back(it.key);
    return keys;
}

inline const CalendarItem* find_key(const std::vector<CalendarItem>& items, const std::string& key) {
    for (const auto& it : items)
        if (it.key == key) return &it;
    return nullptr;
}

// Compares text with tests/core/data/content/<name>. With
// PLANNER_UPDATE_GOLDEN=1 in the environment it writes the file instead
// (then review the diff).
inline void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(PLANNER_TEST_DATA) + "/content/" + name;
    if (std::getenv("PLANNER_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("wrote " << path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path << " is missing: run core_tests with PLANNER_UPDATE_GOLDEN=1");
    std::stringstream expected;
    expected << in.rdbuf();
    CHECK_MESSAGE(expected.str() == actual, name << " differs from the golden file; actual:\n" << actual);
}

// The fixture with text that needs quoting and escaping.
inline Plan awkward_plan() {
    Plan p = content_plan();
    p.content.items[1].title = "纸尿裤\"限时\" 9.9, 前 50 单送礼; 先到先得\\";
    p.content.items[2].note = "转载已获授权\n来源：公众号「育儿研究所」";
    p.calendar.uid = "demo-plan";
    return p;
}

}  // namespace testing
