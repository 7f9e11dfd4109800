// CSV of the schedule and of the asset library: UTF-8 with BOM, CRLF,
// RFC 4180 quoting, formula guard, golden files, and a parse back.
#include <doctest/doctest.h>

#include "content_fixture.hpp"
#include "core/exports/csv_export.hpp"

using namespace core;
using namespace testing;

namespace {

// A strict RFC 4180 reader for the tests: rows of fields, CRLF between rows.
std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    size_t i = 0;
    bool quoted = false;
    while (i < text.size()) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', i += 2;
            else if (c == '"') quoted = false, ++i;
            else field += c, ++i;
        } else if (c == '"' && field.empty()) {
            quoted = true, ++i;
        } else if (c == ',') {
            row.push_back(std::move(field)), field.clear(), ++i;
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');   // CR only as part of CRLF
            row.push_back(std::move(field)), field.clear();
            rows.push_back(std::move(row)), row.clear();
            i += 2;
        } else {
            REQUIRE(c != '\n');   // no bare LF outside quotes
            REQUIRE(c != '"');    // no quote inside an unquoted field
            field += c, ++i;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.empty());
    REQUIRE(row.empty());   // the last row ended with CRLF
    return rows;
}

}  // namespace

TEST_CASE("CSV fields are quoted only when RFC 4180 needs it, and formulas are defused") {
    CHECK(csv_field("育儿干货") == "育儿干货");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("line 1\nline 2") == "\"line 1\nline 2\"");
    CHECK(csv_field("a\r\nb") == "\"a\r\nb\"");
    CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_field("+86 138") == "'+86 138");
    CHECK(csv_field("-5") == "'-5");
    CHECK(csv_field("@all") == "'@all");
    CHECK(csv_field("") == "");
    CHECK(csv_row({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("the schedule CSV starts with a BOM, ends rows with CRLF and matches the golden files") {
    Plan p = awkward_plan();
    const std::string zh = schedule_csv(p, D(2025, 3, 3), D(2025, 3, 9), Lang::zh);
    REQUIRE(zh.size() > 3);
    CHECK(zh.substr(0, 3) == "\xEF\xBB\xBF");
    check_golden("schedule_week_zh.csv", zh);
    check_golden("schedule_week_en.csv", schedule_csv(p, D(2025, 3, 3), D(2025, 3, 9), Lang::en));
}

TEST_CASE("the schedule CSV reads back into the calendar's items") {
    Plan p = awkward_plan();
    const Date from = D(2025, 3, 3), to = D(2025, 3, 9);
    auto rows = parse_csv(schedule_csv(p, from, to, Lang::en).substr(3));
    auto items = expand_calendar(p, from, to);
    REQUIRE(rows.size() == items.size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"Date", "Weekday", "Time", "End date", "Title", "Category", "Format",
                                              "Owner", "Kind", "Source", "Status", "Prep deadline", "Messages",
                                              "Message", "Attachments", "Fill in before sending", "Execution", "Note",
                                              "Item key"});
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& row = rows[i + 1];
        REQUIRE(row.size() == 19);
        CHECK(row[0] == format_date(items[i].date));
        CHECK(row[4] == items[i].title);
        CHECK(row[18] == items[i].key);
    }
    const auto& c2 = *std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r[18] == "content:c-2@2025-03-05"; });
    CHECK(c2[1] == "Wed");
    CHECK(c2[2] == "11:00");
    CHECK(c2[4] == "纸尿裤\"限时\" 9.9, 前 50 单送礼; 先到先得\\");
    CHECK(c2[5] == "Conversion");
    CHECK(c2[10] == "Drafting");
    const auto& c1 = *std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r[18] == "slot:s-know@2025-03-04"; });
    CHECK(c1[7] == "阿强 / Content lead");   // the person and the role (a role without a name shows its kind)
    CHECK(c1[11] == "2025-03-03");
    CHECK(c1[14] == "202503Activation-育儿干货-Image & text (Image)");   // the content item's attachment
    const auto& gap = *std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r[18] == "slot:s-am@2025-03-04"; });
    CHECK(gap[7] == "小美");
    CHECK(gap[10] == "Empty slot");
    // An empty range is a header only.
    CHECK(parse_csv(schedule_csv(p, to, from, Lang::zh).substr(3)).size() == 1);
}

TEST_CASE("the schedule CSV carries each item's message, attachments and placeholders left to fill") {
    Plan p = awkward_plan();
    p.setup.scripts = {{"sc-1", ScriptKind::welcome, "欢迎语", "欢迎 @{新人} 加入{群名}！🎉"}};
    p.content.assets[1].kind = AssetKind::mini_program;
    p.content.assets[2].kind = AssetKind::video;
    p.rhythm.slots[0].message = {.text = "早安 ☀️ 今天是{日期}", .attachments = {"a-2", "a-3"}};
    p.rhythm.columns[0].message = {.script = "sc-1"};
    p.rhythm.runsheets = {{.id = "rs-1", .title = "直播", .date = D(2025, 3, 7),
                           .steps = {{.id = "st-1", .title = "预告", .time = T(9, 0), .day = -1, .messages = 1,
                                      .message = {.text = "明天聊「{主题}」"}}},
                           .topic = "辅食"}};
    const Date from = D(2025, 3, 3), to = D(2025, 3, 9);
    for (Lang lang : {Lang::zh, Lang::en}) {
        auto rows = parse_csv(schedule_csv(p, from, to, lang).substr(3));
        auto row = [&](const std::string& key) {
            auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.back() == key; });
            REQUIRE_MESSAGE(it != rows.end(), key);
            return *it;
        };
        const bool zh = lang == Lang::zh;
        const auto am = row("slot:s-am@2025-03-04");
        CHECK(am[13] == (zh ? "早安 ☀️ 今天是3月4日" : "早安 ☀️ 今天是4 Mar"));   // filled with the item's own date
        CHECK(am[14] == (zh ? "202506转化-618 倒计时-海报（小程序）、202412品牌-Mom stories-视频（视频）"
                            : "202506Conversion-618 倒计时-Poster (Mini program), 202412Brand-Mom stories-Video (Video)"));
        CHECK(am[15] == "");
        const auto brief = row("column:c-brief@2025-03-03");
        CHECK(brief[13] == std::string("欢迎 @{新人} 加入宝妈成长营 1 群！🎉\n") + (zh ? "话术：欢迎语" : "Script: 欢迎语"));
        CHECK(brief[15] == "{新人}");
        const auto step = row("run_step:st-1@2025-03-06");   // a run-sheet step is a row like any item
        CHECK(step[0] == "2025-03-06");
        CHECK(step[2] == "09:00");
        CHECK(step[4] == "直播 · 预告");
        CHECK(step[8] == (zh ? "活动流程" : "Run-sheet step"));
        CHECK(step[13] == "明天聊「辅食」");
        const auto empty = row("slot:s-talk@2025-03-04");
        CHECK(empty[13] == "");
        CHECK(empty[14] == "");
    }
}

TEST_CASE("the asset library CSV lists every asset with its generated name") {
    Plan p = awkward_plan();
    p.content.assets[0].note = "=来自内部资料";
    const std::string zh = assets_csv(p, Lang::zh);
    check_golden("assets_zh.csv", zh);
    check_golden("assets_en.csv", assets_csv(p, Lang::en));
    auto rows = parse_csv(zh.substr(3));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1][0] == "202503促活-育儿干货-图文");
    CHECK(rows[1][5] == "2025-03");
    CHECK(rows[1][6] == "辅食、0-1岁");
    CHECK(rows[1][7] == "6 个月宝宝辅食清单");
    CHECK(rows[1][8] == "'=来自内部资料");
    CHECK(rows[3][10] == "a-3");
}

TEST_CASE("the schedule CSV says what went out: each marked item's mark, empty for the rest") {
    Plan p = awkward_plan();
    p.setup.roles.push_back({"r-x", RoleKind::owner, "小美", ""});
    p.execution = {{.id = "mark-1", .source = CalendarSource::slot, .rule = "s-am", .date = D(2025, 3, 4),
                    .status = ExecStatus::sent, .at = "2025-03-04T00:31:00Z", .by = "r-x"},
                   {.id = "mark-2", .source = CalendarSource::slot, .rule = "s-am", .date = D(2025, 3, 5),
                    .status = ExecStatus::skipped, .at = "2025-03-05T02:00:00Z", .by = "r-x", .reason = "=停电"}};
    for (Lang lang : {Lang::zh, Lang::en}) {
        auto rows = parse_csv(schedule_csv(p, D(2025, 3, 3), D(2025, 3, 9), lang).substr(3));
        const bool zh = lang == Lang::zh;
        CHECK(rows[0][16] == (zh ? "执行情况" : "Execution"));
        auto cell = [&](const std::string& key) {
            auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.back() == key; });
            REQUIRE_MESSAGE(it != rows.end(), key);
            return (*it)[16];
        };
        CHECK(cell("slot:s-am@2025-03-04") == (zh ? "已发送 · 03-04 08:31 · 小美" : "Sent · 03-04 08:31 · 小美"));
        // The reason is the user's text, kept as typed.
        CHECK(cell("slot:s-am@2025-03-05") == (zh ? "跳过：=停电 · 03-05 10:00 · 小美" : "Skipped: =停电 · 03-05 10:00 · 小美"));
        CHECK(cell("slot:s-am@2025-03-06") == "");
    }
}
