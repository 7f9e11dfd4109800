#pragma once
// The SOP as a readable document: Markdown to download or copy, and
// a self-contained HTML page the browser prints or saves as PDF. Both render
// sop_document() (sop_document.hpp), so they hold the same sections in the
// same order: the five setup steps, then the rhythm, incentives and KPIs.
#include <string>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"
#include "core/exports/sop_document.hpp"

namespace core {

// CommonMark with GitHub tables, for 飞书 and 企业微信文档 as much as for
// GitHub. In table cells | is escaped and a cell's lines are joined on one
// line (no <br>: those editors show it as text); scripts, the announcement
// and what each line sends are quote blocks ("> " lines), which those
// editors show as a block to copy, where a fenced code block would be shown
// in a monospace font with a language picker; other line breaks are hard
// breaks (a backslash at the line end).
std::string sop_markdown(const Plan& plan, Lang lang);
// A text as a quote block: every line "> ", a hard break between lines, a
// bare ">" for an empty line; Markdown's own characters escaped (\ * _ `
// < [ ] anywhere; # > - + = | ~ and "1." at a line's start), so what shows
// is the text as written.
std::string md_quote(const std::string& text);

// One HTML file: inline CSS with a print stylesheet (A4), no scripts beyond a
// print button, no external requests; every text is HTML-escaped.
std::string sop_print_html(const Plan& plan, Lang lang);
// One role's run-sheet for one date as the same kind of page.
std::string role_sheet_print_html(const Plan& plan, const std::string& role_id, Date date, Lang lang);
// Any document as that page (its first heading is the page title).
std::string print_html(const Document& d, Lang lang);

}  // namespace core
