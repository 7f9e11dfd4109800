// Sentences the planner writes itself, for every template in both languages,
// read as an operator reads them: no empty quotes or brackets (a value that
// was not there), no doubled punctuation (two parts glued together), no
// second colon in one clause, no unit after a word where a number belongs
// ("90 – 长期 天").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/exports/markdown_export.hpp"
#include "core/rules/alerts.hpp"
#include "core/rules/calendar.hpp"
#include "core/rules/clashes.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/positioning.hpp"
#include "core/rules/review.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/rules/stages.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"

using namespace core;

namespace {

std::string unit_fault(const std::string& s);

const Date kStart = *parse_date("2025-03-03");
Date day(int n) { return Date{kStart.days + n}; }

// What is wrong with a generated sentence, or "". `clauses`: also a second
// colon in one clause (not for a document line "标签：value", whose value is
// the user's own text).
std::string fault(const std::string& s, bool clauses = true) {
    for (const char* empty : {"「」", "“”", "\"\"", "（）", "()", "《》"})
        if (s.find(empty) != std::string::npos) return std::string("empty ") + empty;
    for (const char* twice : {"，，", "。。", "：：", "；；", "、、", "，。", "。，", "，；", "；，", "：。", "，：",
                              "、，", "，、", "。：", ",,", ": :", ":."})
        if (s.find(twice) != std::string::npos) return std::string("doubled ") + twice;
    for (size_t at = s.find(".."); at != std::string::npos; at = s.find("..", at + 3))
        if (s.compare(at, 3, "...") != 0 && (at == 0 || s[at - 1] != '.')) return "doubled ..";   // "..." is an ellipsis
    // A colon twice in one clause: between two of 。！？；\n there is at most one.
    if (!clauses) return unit_fault(s);
    size_t clause = 0;
    int colons = 0;
    for (size_t i = 0; i < s.size();) {
        auto at = [&](const char* p) { return s.compare(i, std::char_traits<char>::length(p), p) == 0; };
        if (at("。") || at("！") || at("？") || at("；") || s[i] == '\n') {
            colons = 0, clause = i;
        } else if (at("：")) {
            if (++colons == 2) return "two colons in one clause: " + s.substr(clause, i - clause + 3);
        }
        i += ((unsigned char)s[i] >= 0xF0) ? 4 : ((unsigned char)s[i] >= 0xE0) ? 3 : ((unsigned char)s[i] >= 0xC0) ? 2 : 1;
    }
    return unit_fault(s);
}

std::string unit_fault(const std::string& s) {
    // A unit after something that is not a number.
    for (const char* unit : {" 天", " 条", " 次", " 人", " 分钟"}) {
        for (size_t at = s.find(unit); at != std::string::npos; at = s.find(unit, at + 1)) {
            // The unit as a word of its own ("条数" is a word, "长期 天" is not).
            const size_t next = at + std::char_traits<char>::length(unit);
            const bool word_ends = next >= s.size() || (unsigned char)s[next] < 0x80 ||
                                   s.compare(next, 3, "，") == 0 || s.compare(next, 3, "。") == 0 ||
                                   s.compare(next, 3, "）") == 0 || s.compare(next, 3, "；") == 0;
            if (!word_ends) continue;
            const char before = at ? s[at - 1] : ' ';
            if (!((before >= '0' && before <= '9') || before == '}' || before == '+' || before == '%'))
                return std::string("unit after no number: …") + s.substr(at >= 9 ? at - 9 : 0, 16);
        }
    }
    for (const char* word : {"长期 天", "Long-term days", "long-term days", "day 0 on", "第 0 天起"})
        if (s.find(word) != std::string::npos) return std::string("reads assembled: ") + word;
    return "";
}

// Every sentence the planner generates for `plan`, and the SOP document's
// lines (`document`).
std::vector<std::string> generated(const Plan& plan, Lang lang, std::vector<std::string>& document) {
    std::vector<std::string> out;
    out.push_back(positioning_sentence(plan.basics, lang));
    document.push_back(group_announcement(plan, lang));   // the rules' own text, with their own colons
    for (int n : {0, 3, 10, 40, 100, 400, -2}) out.push_back(stage_headline(stage_on(plan, day(n)), lang));
    for (ReviewKind kind : {ReviewKind::weekly, ReviewKind::monthly}) {
        const Review r = make_review(plan, kind, day(35), lang, "rv");
        for (const CheckItem& c : r.checklist) out.push_back(c.text);
        out.push_back(r.notes);
    }
    const ExecutionSummary summary = execution_summary(plan, kStart, day(6), day(10));
    out.push_back(execution_summary_text(summary, lang));
    out.push_back(slipped_text(summary, lang));
    for (const AlertResult& a : evaluate_alerts(plan, day(20), lang)) out.push_back(a.why);
    for (const KpiRef& k : all_kpis(plan)) out.push_back(status_rule_text(*k.kpi, lang));
    for (int weekday = 1; weekday <= 7; ++weekday) out.push_back(budget_warning_text(plan, weekday, lang));
    for (const LimitWarning& w : platform_warnings(plan)) out.push_back(limit_warning_text(w, lang));
    for (const Clash& c : clashes_between(plan, kStart, day(27))) out.push_back(clash_text(plan, c, lang));
    for (const CalendarItem& item : expand_calendar(plan, day(-1), day(27))) {
        out.push_back(ready_message(plan, item, lang).text);
        out.push_back(item.title);
    }
    // The SOP document, line by line: stage days, tables, the announcement, messages.
    const std::string md = sop_markdown(plan, lang);
    for (size_t at = 0; at < md.size();) {
        const size_t end = md.find('\n', at);
        document.push_back(md.substr(at, end - at));
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("no generated sentence, in any template or language, has empty quotes or doubled punctuation") {
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            const Plan plan = make_template(t.id, lang, kStart);
            std::vector<std::string> document;
            for (const std::string& s : generated(plan, lang, document)) {
                CAPTURE(t.key);
                CAPTURE(lang == Lang::zh ? "zh" : "en");
                CHECK_MESSAGE(fault(s).empty(), fault(s) << "\n  in: " << s);
            }
            for (const std::string& s : document) {
                CAPTURE(t.key);
                CAPTURE(lang == Lang::zh ? "zh" : "en");
                CHECK_MESSAGE(fault(s, false).empty(), fault(s, false) << "\n  in: " << s);
            }
        }
    }
}

TEST_CASE("the checks catch what they look for") {
    CHECK_FALSE(fault("欢迎「」加入").empty());
    CHECK_FALSE(fault("共（）次").empty());
    CHECK_FALSE(fault("好的，，谢谢").empty());
    CHECK_FALSE(fault("为妈妈解决不知道该信谁：改成福利群：每晚 8 点").empty());
    CHECK_FALSE(fault("90 – 长期 天").empty());
    CHECK_FALSE(fault("传播期 · 第 0 天起").empty());
    CHECK(fault("第 3 天 · 激活期").empty());
    CHECK(fault("群规：三不三要。入群须知：先改群名片").empty());
}
