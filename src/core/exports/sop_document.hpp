#pragma once
// The SOP as a document: a flat list of blocks (headings, paragraphs, lists,
// tables, quoted scripts and messages) in the order of the five setup steps and then the
// rhythm, incentives and stage KPIs. Renderers turn it into Markdown or a
// printable HTML page (markdown_export.hpp); any other text format can reuse it.
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/rules/messages.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct DocBlock {
    enum class Kind {
        heading,     // level 1–4, text
        paragraph,   // text (may hold line breaks)
        list,        // items
        checklist,   // items, checked
        table,       // header, rows (cells may hold line breaks; the Markdown joins them)
        quote,       // text to copy as is (scripts, the announcement, what a line sends)
    };
    Kind kind = Kind::paragraph;
    int level = 0;
    std::string text;
    std::vector<std::string> items;
    std::vector<bool> checked;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    bool operator==(const DocBlock&) const = default;
};

using Document = std::vector<DocBlock>;

Document sop_document(const Plan& plan, Lang lang);
// What one role does on one date (sop_rules.hpp role_items_on) as a page:
// a heading with the group, role and date, a table by time, then what each
// line sends.
Document role_sheet_document(const Plan& plan, const std::string& role_id, Date date, Lang lang);

// ---- building blocks, shared by the section builders ------------------------------
namespace doc {
DocBlock heading(int level, std::string text);
DocBlock paragraph(std::string text);
DocBlock list(std::vector<std::string> items);
DocBlock table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
DocBlock quote(std::string text);
// "label：value" in the language's punctuation; an empty value reads "(not filled in)".
std::string label_value(Lang lang, S label, const std::string& value);
std::string or_empty(Lang lang, const std::string& value);
std::string number(double value);   // 29.9, 268, 0.01
std::string role_name(const Plan& plan, const std::string& role_id, Lang lang);
// from_takeover: the plan counts from its takeover date (plan_day0), so a line
// timed "after the group was created" reads "day N since takeover".
std::string timing_text(const Timing& timing, Lang lang, bool from_takeover = false);
// What a line sends, under the line (a table row cannot hold it): a
// paragraph naming the line, the text as a quote, then the script it uses,
// its attachments with their kinds and "发送前填写：{新人}" when a
// placeholder is left to fill. Nothing when the message is empty.
void add_message(Document& d, const Plan& plan, const Message& message, const FillContext& context,
                 const std::string& line, Lang lang);
// Section builders (sop_document_*.cpp).
void add_setup(Document& d, const Plan& plan, Lang lang);        // steps 1–5
void add_rhythm(Document& d, const Plan& plan, Lang lang);       // 6
void add_incentives(Document& d, const Plan& plan, Lang lang);   // 7
void add_kpis(Document& d, const Plan& plan, Lang lang);         // 8
}  // namespace doc

}  // namespace core
