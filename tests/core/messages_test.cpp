// What a line sends: script references, placeholder filling, run-sheet steps
// on the calendar and in the message load.
#include <doctest/doctest.h>

#include "core/rules/calendar.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/templates/templates.hpp"
#include "core/templates/templates_kit.hpp"

using namespace core;

namespace {
Date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

Plan small_plan() {
    Plan p;
    p.basics.name = "宝妈成长营 1 群";
    p.basics.start_date = D(2026, 12, 1);
    p.setup.scripts = {{"script-welcome", ScriptKind::welcome, "欢迎语", "欢迎 @{新人} 加入{群名}！🎉"}};
    p.setup.placeholders = {{"ph-teacher", "老师", "王老师"}, {"ph-link", "链接", ""}};
    p.content.assets = {Asset{.id = "a-poster", .topic = "会员日海报"}, Asset{.id = "a-card", .topic = "报名小程序"}};
    p.content.assets[1].kind = AssetKind::mini_program;
    Slot greeting{"slot-am", TimeOfDay{8 * 60 + 30}, "早安", Category::activation, Format::text, "", 1};
    greeting.message.text = "早上好 ☀️ 今天是{日期}，{老师}的小提醒：多喝水。";
    Slot perk{"slot-pm", TimeOfDay{20 * 60}, "福利", Category::conversion, Format::poster, "", 1};
    perk.message.script = "script-welcome";
    perk.message.attachments = {"a-card", "a-gone", "a-poster"};
    p.rhythm.slots = {greeting, perk};
    return p;
}

const CalendarItem* find(const std::vector<CalendarItem>& items, CalendarSource source, const std::string& rule) {
    for (const CalendarItem& it : items)
        if (it.source == source && it.rule == rule) return &it;
    return nullptr;
}
}  // namespace

TEST_CASE("placeholders are found whole: 1–20 characters, no braces, spaces or line breaks") {
    CHECK(placeholders_in("欢迎 @{新人} 加入{群名}，{新人}！") == std::vector<std::string>{"新人", "群名"});
    CHECK(placeholders_in("{} { 新人} {新\n人} {{x}} {a b}").size() == 1);   // only {x} inside {{x}}
    CHECK(placeholders_in("{{x}}") == std::vector<std::string>{"x"});
    CHECK(placeholders_in("{一二三四五六七八九十一二三四五六七八九十}").size() == 1);
    CHECK(placeholders_in("{一二三四五六七八九十一二三四五六七八九十一}").empty());
    CHECK(placeholders_in("no braces, 👍🏽 {").empty());
}

TEST_CASE("a message that uses a script sends the script's text and follows its edits") {
    Plan p = small_plan();
    const Message& m = p.rhythm.slots[1].message;
    CHECK(message_script(p, m) == &p.setup.scripts[0]);
    CHECK(message_text(p, m) == "欢迎 @{新人} 加入{群名}！🎉");
    p.setup.scripts[0].text = "新的欢迎语 🧧";
    CHECK(message_text(p, p.rhythm.slots[1].message) == "新的欢迎语 🧧");
    // A deleted script sends nothing rather than the line's stale own text.
    p.rhythm.slots[1].message.text = "old";
    p.setup.scripts.clear();
    CHECK(message_script(p, p.rhythm.slots[1].message) == nullptr);
    CHECK(message_text(p, p.rhythm.slots[1].message).empty());
}

TEST_CASE("placeholders are filled from the plan, the date and the plan's own list; the rest stay and are listed") {
    Plan p = small_plan();
    Filled f = fill_placeholders(p, "{群名} {日期} {老师} {链接} {新人} {群名}", {D(2026, 12, 9), nullptr, Lang::zh});
    CHECK(f.text == "宝妈成长营 1 群 12月9日 王老师 {链接} {新人} 宝妈成长营 1 群");
    CHECK(f.unfilled == std::vector<std::string>{"链接", "新人"});
    CHECK(fill_placeholders(p, "{date}, {group}", {D(2026, 12, 9), nullptr, Lang::en}).text == "9 Dec, 宝妈成长营 1 群");
    // No date known: {日期} stays.
    CHECK(fill_placeholders(p, "{日期}", {}).unfilled == std::vector<std::string>{"日期"});
    // The plan's own value wins over a built-in of the same name.
    p.setup.placeholders.push_back({"ph-group", "群名", "一群"});
    CHECK(fill_placeholders(p, "{群名}", {}).text == "一群");
    // Text without placeholders, emoji and all, is returned byte for byte.
    const std::string plain = "🧧 红包雨 👨‍👩‍👧 🇨🇳 𠀀 {";
    CHECK(fill_placeholders(p, plain, {}).text == plain);
}

TEST_CASE("placeholder values list the event's, the plan's and the built-in ones") {
    Plan p = small_plan();
    Runsheet r;
    r.topic = "辅食添加";
    r.start = TimeOfDay{20 * 60};
    auto values = placeholder_values(p, {D(2026, 12, 9), &r, Lang::zh});
    std::vector<std::string> names;
    for (const auto& v : values) names.push_back(v.name);
    CHECK(names == std::vector<std::string>{"主题", "嘉宾", "福利", "时间", "老师", "链接", "群名", "日期"});
    CHECK(values[0].value == "辅食添加");
    CHECK(values[1].value.empty());
    CHECK(values[3].value == "20:00");
    CHECK(values[7].value == "12月9日");
}

TEST_CASE("a calendar item's ready message is filled for its day, with its attachments in order") {
    Plan p = small_plan();
    auto items = expand_calendar(p, D(2026, 12, 9), D(2026, 12, 9));
    const CalendarItem* am = find(items, CalendarSource::slot, "slot-am");
    REQUIRE(am);
    ReadyMessage m = ready_message(p, *am, Lang::zh);
    CHECK(m.text == "早上好 ☀️ 今天是12月9日，王老师的小提醒：多喝水。");
    CHECK(m.unfilled.empty());
    const CalendarItem* pm = find(items, CalendarSource::slot, "slot-pm");
    REQUIRE(pm);
    m = ready_message(p, *pm, Lang::zh);
    CHECK(m.text == "欢迎 @{新人} 加入宝妈成长营 1 群！🎉");
    CHECK(m.unfilled == std::vector<std::string>{"新人"});
    CHECK(m.script == &p.setup.scripts[0]);
    REQUIRE(m.attachments.size() == 2);   // the deleted asset is left out
    CHECK(m.attachments[0]->id == "a-card");
    CHECK(m.attachments[1]->id == "a-poster");
    CHECK(placeholder_list(m.unfilled, Lang::zh) == "{新人}");
    CHECK(placeholder_list({"a", "b"}, Lang::en) == "{a}, {b}");
}

TEST_CASE("a content item on a slot sends its own message when it has one, else the slot's") {
    Plan p = small_plan();
    ContentItem c{.id = "c-1", .title = "辅食清单", .publish = D(2026, 12, 9), .slot = "slot-am"};
    p.content.items.push_back(c);
    auto items = expand_calendar(p, D(2026, 12, 9), D(2026, 12, 9));
    const CalendarItem* am = find(items, CalendarSource::slot, "slot-am");
    REQUIRE(am);
    CHECK(am->content == "c-1");
    CHECK(ready_message(p, *am, Lang::zh).text.starts_with("早上好"));
    p.content.items[0].message.text = "今天的辅食清单来啦 🥣";
    CHECK(ready_message(p, *am, Lang::zh).text == "今天的辅食清单来啦 🥣");
}

TEST_CASE("a dated run-sheet's steps are on the calendar, the preparation the day before") {
    Plan p = small_plan();
    tpl::Kit kit{Lang::zh, D(2026, 12, 1)};
    p.setup.roles = {};
    Runsheet r = tpl::nine_step_runsheet(kit, {"ev", "答疑夜", D(2026, 12, 9), TimeOfDay{20 * 60}, "王老师", "辅食添加", "辅食勺"});
    p.rhythm.runsheets = {r};
    auto items = expand_calendar(p, D(2026, 12, 8), D(2026, 12, 9));
    const CalendarItem* prepare = find(items, CalendarSource::run_step, "ev-prepare");
    REQUIRE(prepare);
    CHECK(prepare->date == D(2026, 12, 8));
    CHECK_FALSE(prepare->time);
    CHECK(prepare->messages == 0);
    const CalendarItem* guest = find(items, CalendarSource::run_step, "ev-guest");
    REQUIRE(guest);
    CHECK(guest->date == D(2026, 12, 9));
    CHECK(guest->time == TimeOfDay{20 * 60});
    CHECK(guest->title == "答疑夜 · 介绍嘉宾");
    CHECK(ready_message(p, *guest, Lang::zh).text == "有请王老师！👏 今天的主题是「辅食添加」，大家热烈欢迎～");
    // Undated, the event is a draft: nothing on the calendar.
    p.rhythm.runsheets[0].date.reset();
    CHECK_FALSE(find(expand_calendar(p, D(2026, 12, 1), D(2026, 12, 31)), CalendarSource::run_step, "ev-guest"));
}

TEST_CASE("run-sheet notes and messages never show empty quotes, whatever the event leaves blank") {
    tpl::Kit kit{Lang::zh, D(2026, 12, 1)};
    tpl::Kit kit_en{Lang::en, D(2026, 12, 1)};
    Plan p;
    for (int mask = 0; mask < 16; ++mask) {
        for (const tpl::Kit* k : {&kit, &kit_en}) {
            CAPTURE(mask);
            Runsheet r = tpl::nine_step_runsheet(*k, {"ev", "", D(2026, 12, 9), TimeOfDay{20 * 60}, mask & 1 ? "王老师" : "",
                                                      mask & 2 ? "辅食" : "", mask & 4 ? "勺子" : ""});
            if (mask & 8) r.start.reset();
            for (const RunStep& s : r.steps) {
                for (const std::string& text : {s.note, s.message.text}) {
                    const std::string filled = fill_placeholders(p, text, {std::nullopt, &r, k->lang}).text;
                    CAPTURE(filled);
                    for (const char* empty : {"「」", "“”", "\"\"", "()", "（）", "《》", "  "})
                        CHECK(filled.find(empty) == std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("run-sheet steps count in the day's message load") {
    Plan p = small_plan();
    const Date day = D(2026, 12, 9);
    const int before = load_on(p, day);
    tpl::Kit kit{Lang::zh, D(2026, 12, 1)};
    p.rhythm.runsheets = {tpl::nine_step_runsheet(kit, {"ev", "答疑夜", day, TimeOfDay{20 * 60}, "王老师", "辅食", "勺子"})};
    int steps = 0;
    for (const RunStep& s : p.rhythm.runsheets[0].steps) steps += s.day == 0 ? s.messages : 0;
    CHECK(steps >= 7);
    CHECK(load_on(p, day) == before + steps);
    CHECK(load_on(p, D(2026, 12, 8)) == before);   // the preparation sends nothing
}
