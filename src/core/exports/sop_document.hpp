#pragma once
// The SOP as a document: a flat list of blocks (headings, paragraphs, lists,
// tables, verbatim scripts) in the order of the five setup steps and then the
// rhythm, incentives and stage KPIs. Renderers turn it into Markdown or a
// printable HTML page (markdown_export.hpp); any other text format can reuse it.
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

struct DocBlock {
    enum class Kind {
        heading,     // level 1–4, text
        paragraph,   // text (may hold line breaks)
        list,        // items
        checklist,   // items, checked
        table,       // header, rows (cells may hold line breaks)
        verbatim,    // text to copy as is (scripts, the announcement)
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
// What one role does on one date (sop_rules.hpp role_run_sheet) as a page:
// a heading with the group, role and date, then a table by time.
Document role_sheet_document(const Plan& plan, const std::string& role_id, Date date, Lang lang);

// ---- building blocks, shared by the section builders ------------------------------
namespace doc {
DocBlock heading(int level, std::string text);
DocBlock paragraph(std::string text);
DocBlock list(std::vector<std::string> items);
DocBlock table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
DocBlock verbatim(std::string text);
// "label：value" in the language's punctuation; an empty value reads "(not filled in)".
std::string label_value(Lang lang, S label, const std::string& value);
std::string or_empty(Lang lang, const std::string& value);
std::string number(double value);   // 29.9, 268, 0.01
std::string role_name(const Plan& plan, const std::string& role_id, Lang lang);
std::string timing_text(const Timing& timing, Lang lang);
// Section builders (sop_document_*.cpp).
void add_setup(Document& d, const Plan& plan, Lang lang);        // steps 1–5
void add_rhythm(Document& d, const Plan& plan, Lang lang);       // 6
void add_incentives(Document& d, const Plan& plan, Lang lang);   // 7
void add_kpis(Document& d, const Plan& plan, Lang lang);         // 8
}  // namespace doc

}  // namespace core
