// The SOP as Markdown (golden files) and as a printable HTML page.
// To accept a deliberate change of the output, regenerate the golden files:
//   PLANNER_UPDATE_GOLDEN=1 build/native/core_tests -tc="*golden*"
// and review the diff of tests/core/data/markdown/ before committing it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/exports/markdown_export.hpp"
#include "core/exports/sop_document.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/templates/templates.hpp"

using namespace core;

namespace {

const Date kStart = date_from_ymd(2025, 3, 3);

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(PLANNER_TEST_DATA) + "/markdown/" + name;
    const char* update = std::getenv("PLANNER_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("wrote " << path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path << " is missing: PLANNER_UPDATE_GOLDEN=1 core_tests -tc=\"*golden*\"");
    std::stringstream expected;
    expected << in.rdbuf();
    if (expected.str() == actual) return;
    // Name the first line that differs, so a failure is readable.
    std::istringstream a(expected.str()), b(actual);
    std::string la, lb;
    int line = 0;
    while (true) {
        ++line;
        const bool ga = (bool)std::getline(a, la), gb = (bool)std::getline(b, lb);
        if (!ga && !gb) break;
        if (!ga || !gb || la != lb) {
            FAIL_CHECK(name << " differs from the golden file at line " << line << "\n  golden: " << (ga ? la : "(end)")
                            << "\n  now:    " << (gb ? lb : "(end)")
                            << "\nIf the change is intended: PLANNER_UPDATE_GOLDEN=1 core_tests -tc=\"*golden*\"");
            return;
        }
    }
    FAIL_CHECK(name << " differs from the golden file (line endings?)");
}

size_t position(const std::string& text, const std::string& part) {
    const size_t at = text.find(part);
    CHECK_MESSAGE(at != std::string::npos, "missing: " << part);
    return at;
}

Plan small_plan() {
    Plan p;
    p.basics.name = "Pipes | and <tags>";
    p.setup.roles = {{"r-admin", RoleKind::admin, "Min", "Posts\nand answers"}};
    p.setup.scripts = {{"s-1", ScriptKind::custom, "Has a fence", "before\n```\ninside\n```\nafter"}};
    p.rhythm.slots = {{"s-pm", TimeOfDay{20 * 60}, "perk | coupon\nsecond line", Category::conversion, Format::poster, "r-admin", 2},
                      {"s-am", TimeOfDay{8 * 60}, "morning", Category::activation, Format::text, "r-admin", 1}};
    p.rhythm.columns = {{"c-1", "Monday brief", 1, "s-am"}, {"c-2", "Loose", 3, ""}, {"c-3", "Also Monday", 1, "s-am"}};
    return p;
}

}  // namespace

TEST_CASE("the mother & baby template's Markdown matches the golden files in Chinese and English") {
    check_golden("mother_baby.zh.md", sop_markdown(make_template(TemplateId::mother_baby, Lang::zh, kStart), Lang::zh));
    check_golden("mother_baby.en.md", sop_markdown(make_template(TemplateId::mother_baby, Lang::en, kStart), Lang::en));
}

TEST_CASE("the blank plan's Markdown matches its golden file") {
    check_golden("blank.en.md", sop_markdown(make_template(TemplateId::blank, Lang::en, kStart), Lang::en));
}

TEST_CASE("the Markdown follows the five steps, then the rhythm, incentives and KPIs") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string md = sop_markdown(make_template(TemplateId::education, lang, kStart), lang);
        const S order[] = {S::md_s_positioning, S::md_s_structure, S::md_s_rules, S::md_s_content, S::md_s_pilot,
                           S::md_s_rhythm, S::md_s_incentives, S::md_s_kpis};
        size_t last = 0;
        for (S s : order) {
            const size_t at = position(md, std::string("\n## ") + tr(s, lang) + "\n");
            CHECK(at > last);
            last = at;
        }
        // Inside the rhythm: slots, weekly grid, monthly cycle, campaigns, cold start, mature, run-sheets.
        const size_t rhythm = position(md, tr(S::md_s_rhythm, lang));
        CHECK(position(md, tr(S::md_slots, lang)) > rhythm);
        CHECK(position(md, tr(S::md_weekly, lang)) > position(md, tr(S::md_slots, lang)));
        CHECK(position(md, tr(S::md_monthly, lang)) > position(md, tr(S::md_weekly, lang)));
        CHECK(position(md, tr(S::md_campaigns, lang)) > position(md, tr(S::md_monthly, lang)));
        CHECK(position(md, std::string("### ") + tr(S::routine_mature, lang)) > position(md, std::string("### ") + tr(S::routine_cold_start, lang)));
        CHECK(position(md, tr(S::md_runsheets, lang)) > position(md, tr(S::routine_mature, lang)));
    }
}

TEST_CASE("table cells escape pipes and join their lines without <br>, and slots are listed by time") {
    const std::string md = sop_markdown(small_plan(), Lang::en);
    CHECK(md.find("| 20:00 | perk \\| coupon; second line | Conversion |") != std::string::npos);
    CHECK(md.find("| Admin | Min | Posts; and answers |") != std::string::npos);
    Plan zh = small_plan();
    zh.setup.roles[0].duties = "早安问候。\n欢迎新人\n处理广告";
    CHECK(sop_markdown(zh, Lang::zh).find("| 管理员 | Min | 早安问候。欢迎新人；处理广告 |") != std::string::npos);
    for (const TemplateInfo& t : template_list())
        for (Lang lang : {Lang::zh, Lang::en})
            CHECK_MESSAGE(sop_markdown(make_template(t.id, lang, kStart), lang).find("<br>") == std::string::npos, t.key);
    CHECK(md.find("| 08:00 | morning |") < md.find("| 20:00 | perk"));
    CHECK(md.find("# Pipes | and \\<tags\\>: community SOP\n") == 0);
}

TEST_CASE("plan text in the Markdown is text: no HTML, entity, link or script scheme passes through") {
    // What a plan received by link or file may hold, in every kind of block.
    const std::string hostile[] = {
        "<script>alert(1)</script>",
        "<iframe srcdoc=\"<script>alert(2)</script>\"></iframe>",
        "[click](javascript:alert(3))",
        "<javascript:alert(4)>",
        "![img](x \"y\") &lt;b&gt; &#60;i&#62;",
        "<img src=x onerror=alert(5)>",
    };
    Plan p = small_plan();
    for (const std::string& h : hostile) {
        p.basics.name = h;                                   // a heading
        p.setup.roles[0].duties = h;                         // a table cell
        p.setup.rules = {{"r-1", RuleKind::dont, h}};        // a list item
        p.setup.scripts[0].text = h;                         // a quote block
        p.basics.positioning.users = h;                      // a paragraph
        const std::string md = sop_markdown(p, Lang::en);
        // Each may stay only escaped: right after a backslash.
        for (const std::string raw : {"<script", "<iframe", "<img", "](javascript:", "<javascript:", "&lt;", "&#60;", "[img]"})
            for (size_t at = md.find(raw); at != std::string::npos; at = md.find(raw, at + 1))
                CHECK_MESSAGE((at > 0 && md[at - 1] == '\\'), h << " left " << raw << " unescaped in:\n" << md);
    }
    // Escaped, not dropped: each character is still there after its backslash.
    p.setup.rules = {{"r-1", RuleKind::dont, "[click](javascript:alert(3)) Q&A &amp; <b>"}};
    CHECK(sop_markdown(p, Lang::en).find("\\[click\\](javascript:alert(3)) Q&A \\&amp; \\<b\\>") != std::string::npos);
}

TEST_CASE("the weekly grid has a row per slot, Monday to Sunday, and a row for columns without a slot") {
    const std::string md = sop_markdown(small_plan(), Lang::en);
    CHECK(md.find("| Slot | Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                  "| 08:00 morning | Monday brief, Also Monday |  |  |  |  |  |  |\n"
                  "| 20:00 perk \\| coupon; second line |  |  |  |  |  |  |  |\n"
                  "| (no slot) |  |  | Loose |  |  |  |  |\n") != std::string::npos);
}

TEST_CASE("scripts and the announcement are quote blocks, Markdown's characters escaped, no code fences") {
    const std::string md = sop_markdown(small_plan(), Lang::en);
    CHECK(md.find("> before\\\n> \\`\\`\\`\\\n> inside\\\n> \\`\\`\\`\\\n> after\n") != std::string::npos);
    CHECK(md_quote("# not a heading\n1. not a list\n- nor this\n\nnew *paragraph*") ==
          "> \\# not a heading\\\n> 1\\. not a list\\\n> \\- nor this\n>\n> new \\*paragraph\\*\n");
    const std::string zh = sop_markdown(make_template(TemplateId::mother_baby, Lang::zh, kStart), Lang::zh);
    CHECK(zh.find("\n> 【宝妈成长营 1 群·群公告】\n>\n> 欢迎来到宝妈成长营！") != std::string::npos);
    CHECK(zh.find("> 1\\. 不发广告、微商链接和其他群的二维码。\\\n") != std::string::npos);
    CHECK(zh.find("```") == std::string::npos);
}

TEST_CASE("every line's message is under its line as a quote, with its attachments and what is left to fill") {
    Plan p = make_template(TemplateId::mother_baby, Lang::zh, kStart);
    p.content.assets = {{.id = "a-1", .topic = "辅食", .year = 2025, .month = 3, .kind = AssetKind::video}};
    p.setup.placeholders = {{"ph-1", "链接", ""}, {"ph-2", "老师", "王老师"}};
    p.rhythm.slots[0].message = {.text = "早安☀️ {老师}今天讲辅食，欢迎 @{新人}", .attachments = {"a-1"}};
    p.rhythm.columns[0].message = {.script = "script-notice"};
    p.rhythm.month_tasks[0].message = {.text = "本月主题：{链接}"};
    p.rhythm.routine[0].message = {.script = "script-welcome"};
    p.rhythm.campaigns[0].message = {.text = "618 开抢 🛒"};
    for (const bool html : {false, true}) {
        CAPTURE(html);
        const std::string out = html ? sop_print_html(p, Lang::zh) : sop_markdown(p, Lang::zh);
        auto quoted = [&](const std::string& text) { return html ? "<blockquote class=\"script\">" + text : "> " + text; };
        // slot: filled, emoji kept, attachment with its kind, {新人} flagged right after
        const size_t slot = position(out, "08:30 早安问候 + 今日育儿小提醒 · 发送内容");
        const size_t text = position(out, quoted("早安☀️ 王老师今天讲辅食，欢迎 @{新人}"));
        const size_t attachment = position(out, "附件：202503促活-辅食-图文（视频）");
        const size_t flag = position(out, "发送前填写：{新人}");
        CHECK(slot < text);
        CHECK(text < attachment);
        CHECK(attachment < flag);
        CHECK(flag < position(out, tr(S::md_weekly, Lang::zh)));   // under the slots, before the next section
        // column with a script: the script's text, its title, the run-sheet's {主题} left to fill
        const size_t column = position(out, "周一 周一育儿周报 · 发送内容");
        CHECK(out.find(quoted("【今晚 20:00 专家答疑】"), column) < out.find("话术：周三答疑活动通知", column));
        CHECK(out.find("话术：周三答疑活动通知", column) < out.find("发送前填写：{主题}", column));
        CHECK(out.find("发送前填写：{主题}", column) < out.find(tr(S::md_monthly, Lang::zh), column));
        position(out, quoted("本月主题：{链接}"));
        position(out, "发送前填写：{链接}");
        position(out, quoted("618 开抢 🛒"));
        // the dated run-sheet's steps: event placeholders filled
        position(out, "20:00 介绍嘉宾 · 发送内容");
        position(out, quoted("欢迎王老师！👏 今天的主题是「辅食添加的顺序和分量」。"));
    }
    // The placeholders: names and the values the plan fills in, none made up.
    const std::string md = sop_markdown(p, Lang::zh);
    position(md, "| 1 | D-1 | 准备 |");   // a step the day before the event
    const size_t list = position(md, "### 占位符\n");
    CHECK(list < position(md, "- {链接}：（发送时填写）\n"));
    CHECK(list < position(md, "- {老师}：王老师\n"));
    CHECK(list < position(md, "- {群名}：宝妈成长营 1 群\n"));
    CHECK(list < position(md, "- {日期}：（发送当天的日期）\n"));
    // English words for the same.
    const std::string en = sop_markdown(p, Lang::en);
    position(en, "08:30 早安问候 + 今日育儿小提醒 · message");
    position(en, "Fill in before sending: {新人}");
    position(en, "Attachments: 202503Activation-辅食-Image & text (Video)");
}

TEST_CASE("every template renders in both languages with every string-table placeholder filled") {
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            CAPTURE(std::string(t.key));
            const Plan p = make_template(t.id, lang, kStart);
            const std::string md = sop_markdown(p, lang);
            for (const char* left : {"{label}", "{value}", "{budget}", "{days}", "{stage}", "{slots}", "{from}", "{weekday}", "{customer}"})
                CHECK_MESSAGE(md.find(left) == std::string::npos, left);
            CHECK(md.find(p.basics.name) != std::string::npos);
            const std::string html = sop_print_html(p, lang);
            CHECK(html.size() > md.size());
        }
    }
}

TEST_CASE("the print page is one self-contained HTML file with a print stylesheet and escaped text") {
    Plan p = small_plan();
    p.setup.rules = {{"r-1", RuleKind::dont, "<script>alert('x')</script> & \"quotes\""}};
    const std::string html = sop_print_html(p, Lang::en);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("@page") != std::string::npos);
    for (const char* external : {"http://", "https://", "<link", "src=", "@import", "url("})
        CHECK_MESSAGE(html.find(external) == std::string::npos, external);
    CHECK(html.find("<script>alert") == std::string::npos);
    // No script of its own: the print pop-up inherits the planner's
    // Content-Security-Policy, which would block it (the page attaches the
    // Print button's click; tests/e2e/sop.test.mjs presses it).
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find(" onclick=") == std::string::npos);
    CHECK(html.find("<button class=\"print\" type=\"button\">") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;") != std::string::npos);
    CHECK(html.find("<title>Pipes | and &lt;tags&gt;: community SOP</title>") != std::string::npos);
    CHECK(html.find("<td>perk | coupon<br>second line</td>") != std::string::npos);
    CHECK(html.find("<blockquote class=\"script\">before<br>```<br>inside<br>```<br>after</blockquote>") != std::string::npos);
    CHECK(html.rfind("</html>\n") == html.size() - 8);
    const std::string zh = sop_print_html(make_template(TemplateId::mother_baby, Lang::zh, kStart), Lang::zh);
    CHECK(zh.find("<html lang=\"zh-CN\">") != std::string::npos);
    CHECK(zh.find("<h2>一、定位</h2>") != std::string::npos);
}

TEST_CASE("a role's run-sheet page lists that role's day in time order, as printed, with what each line sends") {
    const core::Date start = core::date_from_ymd(2025, 3, 3);
    const core::Plan plan = core::make_template(core::TemplateId::mother_baby, core::Lang::zh, start);
    REQUIRE_FALSE(plan.setup.roles.empty());
    size_t total = 0, quoted = 0;
    for (const core::Role& role : plan.setup.roles) {
        const auto items = core::role_items_on(plan, role.id, start);
        total += items.size();
        const core::Document d = core::role_sheet_document(plan, role.id, start, core::Lang::zh);
        REQUIRE(d.size() >= 2);
        CHECK(d[0].kind == core::DocBlock::Kind::heading);
        CHECK(d[0].text.find("2025-03-03 周一") != std::string::npos);
        CHECK(d[0].text.find(core::doc::role_name(plan, role.id, core::Lang::zh)) != std::string::npos);
        if (items.empty()) {
            CHECK(d[1].kind == core::DocBlock::Kind::paragraph);
            continue;
        }
        REQUIRE(d[1].kind == core::DocBlock::Kind::table);
        REQUIRE(d[1].rows.size() == items.size());
        for (size_t i = 0; i < items.size(); ++i) {
            CHECK(d[1].rows[i][2] == items[i].title);
            if (i > 0 && items[i].time && items[i - 1].time) CHECK(items[i - 1].time <= items[i].time);
        }
        // Each line's message, filled for the day, follows as a quote.
        for (const core::CalendarItem& it : items) {
            const std::string text = core::ready_message(plan, it, core::Lang::zh).text;
            if (text.empty()) continue;
            bool found = false;
            for (const core::DocBlock& b : d) found = found || (b.kind == core::DocBlock::Kind::quote && b.text == text);
            CHECK_MESSAGE(found, "missing: " << text);
            ++quoted;
        }
        const std::string html = core::role_sheet_print_html(plan, role.id, start, core::Lang::zh);
        CHECK(html.find("<table>") != std::string::npos);
        CHECK(html.find("<blockquote") != std::string::npos);
        CHECK(html.find("<title>") != std::string::npos);
    }
    // Someone has something to do and to send on the first day of a template.
    CHECK(total > 0);
    CHECK(quoted > 0);
}
