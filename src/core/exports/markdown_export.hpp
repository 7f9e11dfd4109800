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

// CommonMark with GitHub tables. In table cells | is escaped and line breaks
// become <br>; scripts and the announcement are fenced code blocks, copied
// verbatim; other line breaks are hard breaks (a backslash at the line end).
std::string sop_markdown(const Plan& plan, Lang lang);

// One HTML file: inline CSS with a print stylesheet (A4), no scripts beyond a
// print button, no external requests; every text is HTML-escaped.
std::string sop_print_html(const Plan& plan, Lang lang);
// One role's run-sheet for one date as the same kind of page.
std::string role_sheet_print_html(const Plan& plan, const std::string& role_id, Date date, Lang lang);
// Any document as that page (its first heading is the page title).
std::string print_html(const Document& d, Lang lang);

}  // namespace core
