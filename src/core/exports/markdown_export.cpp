#include "core/exports/markdown_export.hpp"

#include <algorithm>
#include <cctype>

#include "core/exports/sop_document.hpp"

namespace core {

namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

std::string without_cr(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), '\r'), s.end());
    return s;
}

std::string trim_newlines(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    while (!s.empty() && s.front() == '\n') s.erase(s.begin());
    return s;
}

// ---- Markdown ---------------------------------------------------------------------

// Plan text is text, never markup: a plan from a link or a file may hold
// "<script>", "<iframe srcdoc=…>" or "[x](javascript:…)", which a Markdown
// tool that renders HTML would run. Every character that could start HTML,
// a link, emphasis or code gets a backslash (CommonMark's escape for ASCII
// punctuation), and so does an "&" that would start an entity ("&lt;",
// "&#60;"), so the rendered text is exactly what was typed ("Q&A" stays).
std::string md_escape(const std::string& text) {
    auto starts_entity = [&](size_t at) {
        size_t k = at + 1;
        if (k < text.size() && text[k] == '#') ++k;
        const size_t first = k;
        while (k < text.size() && std::isalnum((unsigned char)text[k])) ++k;
        return k > first && k < text.size() && text[k] == ';';
    };
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == '<' || c == '>' || c == '[' || c == ']' || c == '`' || c == '*' || c == '_' ||
            (c == '&' && starts_entity(i)))
            out += '\\';
        out += c;
    }
    return out;
}

// The lines of a cell on one line: 飞书 and 企业微信文档 show an HTML <br>
// as its letters, and a Markdown table row cannot break. A line that ends
// in punctuation is followed by the next as it is (with a space in
// English); any other gets "；" / "; " between them.
std::string md_cell(const std::string& text, Lang lang) {
    std::string s = md_escape(trim_newlines(without_cr(text)));
    replace_all(s, "|", "\\|");
    std::string out;
    size_t start = 0;
    while (true) {
        const size_t end = s.find('\n', start);
        std::string part = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.pop_back();
        if (!part.empty()) {
            if (!out.empty()) {
                static const char* const kEnds[] = {"。", "！", "？", "；", "：", "，", "、", ".", "!", "?", ";", ":", ","};
                bool punct = false;
                for (const char* e : kEnds) {
                    const size_t n = std::char_traits<char>::length(e);
                    if (out.size() >= n && out.compare(out.size() - n, n, e) == 0) punct = true;
                }
                out += punct ? (lang == Lang::zh && (unsigned char)out.back() >= 0x80 ? "" : " ") : (lang == Lang::zh ? "；" : "; ");
            }
            out += part;
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

// Line breaks inside a paragraph or list item: a hard break, then the
// continuation indented under the item.
std::string md_inline(const std::string& text, const std::string& indent) {
    std::string s = md_escape(trim_newlines(without_cr(text)));
    replace_all(s, "\n", "\\\n" + indent);
    return s;
}

std::string table_row(const std::vector<std::string>& cells, Lang lang) {
    std::string row = "|";
    for (const std::string& c : cells) row += " " + md_cell(c, lang) + " |";
    return row + "\n";
}

}  // namespace

std::string md_quote(const std::string& text) {
    std::string s = trim_newlines(without_cr(text));
    std::vector<std::string> lines;
    for (size_t start = 0;;) {
        const size_t end = s.find('\n', start);
        lines.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string line = md_escape(lines[i]);
        // A line start that would make a heading, a quote, a list, a rule or a
        // table is escaped, so the text stays one paragraph as written.
        const size_t first = line.find_first_not_of(' ');
        if (first != std::string::npos) {
            const char c = line[first];
            if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '|' || c == '~') {
                line.insert(first, "\\");
            } else if (c >= '0' && c <= '9') {
                size_t k = first;
                while (k < line.size() && line[k] >= '0' && line[k] <= '9') ++k;
                if (k < line.size() && (line[k] == '.' || line[k] == ')')) line.insert(k, "\\");
            }
            if (first > 3) line.erase(0, first);   // four spaces would start code
        }
        const bool blank = first == std::string::npos;
        const bool next_blank = i + 1 < lines.size() && lines[i + 1].find_first_not_of(" \t") == std::string::npos;
        const bool hard_break = !blank && i + 1 < lines.size() && !next_blank;
        out += blank ? ">\n" : "> " + line + (hard_break ? "\\\n" : "\n");
    }
    return out;
}

std::string sop_markdown(const Plan& plan, Lang lang) {
    std::string out;
    for (const DocBlock& b : sop_document(plan, lang)) {
        if (!out.empty()) out += "\n";
        switch (b.kind) {
            case DocBlock::Kind::heading: {
                std::string text = md_escape(trim_newlines(without_cr(b.text)));
                replace_all(text, "\n", " ");
                out += std::string(std::clamp(b.level, 1, 6), '#') + " " + text + "\n";
                break;
            }
            case DocBlock::Kind::paragraph: out += md_inline(b.text, "") + "\n"; break;
            case DocBlock::Kind::list:
                for (const std::string& item : b.items) out += "- " + md_inline(item, "  ") + "\n";
                break;
            case DocBlock::Kind::checklist:
                for (size_t i = 0; i < b.items.size(); ++i)
                    out += std::string(i < b.checked.size() && b.checked[i] ? "- [x] " : "- [ ] ") + md_inline(b.items[i], "  ") + "\n";
                break;
            case DocBlock::Kind::table:
                out += table_row(b.header, lang);
                out += "|";
                for (size_t i = 0; i < b.header.size(); ++i) out += " --- |";
                out += "\n";
                for (const auto& row : b.rows) out += table_row(row, lang);
                break;
            case DocBlock::Kind::quote: out += md_quote(b.text); break;
        }
    }
    return out;
}

// ---- printable HTML -----------------------------------------------------------------

namespace {

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

// Escaped, with line breaks kept.
std::string html_text(const std::string& text) {
    std::string s = html_escape(trim_newlines(text));
    replace_all(s, "\n", "<br>");
    return s;
}

const char* kStyle = R"css(
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f2; color: #1f2328;
  font: 15px/1.6 "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; }
main { max-width: 980px; margin: 24px auto; padding: 32px 40px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
h1 { font-size: 26px; margin: 0 0 8px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #e8590c; }
h3 { font-size: 17px; margin: 22px 0 6px; }
h4 { font-size: 15px; margin: 16px 0 4px; color: #444; }
p, ul { margin: 6px 0; }
ul { padding-left: 22px; }
ul.checklist { list-style: none; padding-left: 4px; }
ul.checklist .box { display: inline-block; width: 1.3em; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; font-size: 13.5px; }
th, td { border: 1px solid #d0d7de; padding: 4px 7px; text-align: left; vertical-align: top; }
th { background: #fff4e6; }
blockquote.script { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; border-left: 3px solid #e8590c;
  padding: 8px 12px; margin: 6px 0; font-size: 14px; }
button.print { position: fixed; top: 12px; right: 12px; padding: 6px 14px; font: inherit; cursor: pointer; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  button.print { display: none; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, blockquote.script, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

}  // namespace

std::string sop_print_html(const Plan& plan, Lang lang) { return print_html(sop_document(plan, lang), lang); }

std::string role_sheet_print_html(const Plan& plan, const std::string& role_id, Date date, Lang lang) {
    return print_html(role_sheet_document(plan, role_id, date, lang), lang);
}

std::string print_html(const Document& d, Lang lang) {
    const std::string title = !d.empty() && d.front().kind == DocBlock::Kind::heading ? d.front().text : "SOP";
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += lang == Lang::en ? "en" : "zh-CN";
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    out += html_escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    // No inline handler: the pop-up inherits the planner's Content-Security-Policy,
    // which blocks inline script; the page attaches the click (shell/page/app.js).
    out += "<button class=\"print\" type=\"button\">" + html_escape(tr(S::md_print, lang)) + "</button>\n<main>\n";
    for (const DocBlock& b : d) {
        switch (b.kind) {
            case DocBlock::Kind::heading: {
                const std::string h = "h" + std::to_string(std::clamp(b.level, 1, 6));
                out += "<" + h + ">" + html_text(b.text) + "</" + h + ">\n";
                break;
            }
            case DocBlock::Kind::paragraph: out += "<p>" + html_text(b.text) + "</p>\n"; break;
            case DocBlock::Kind::list:
                out += "<ul>\n";
                for (const std::string& item : b.items) out += "<li>" + html_text(item) + "</li>\n";
                out += "</ul>\n";
                break;
            case DocBlock::Kind::checklist:
                out += "<ul class=\"checklist\">\n";
                for (size_t i = 0; i < b.items.size(); ++i) {
                    const bool done = i < b.checked.size() && b.checked[i];
                    out += std::string("<li><span class=\"box\">") + (done ? "☑" : "☐") + "</span>" + html_text(b.items[i]) + "</li>\n";
                }
                out += "</ul>\n";
                break;
            case DocBlock::Kind::table:
                out += "<table>\n<thead><tr>";
                for (const std::string& h : b.header) out += "<th>" + html_text(h) + "</th>";
                out += "</tr></thead>\n<tbody>\n";
                for (const auto& row : b.rows) {
                    out += "<tr>";
                    for (const std::string& c : row) out += "<td>" + html_text(c) + "</td>";
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
                break;
            case DocBlock::Kind::quote: out += "<blockquote class=\"script\">" + html_text(without_cr(b.text)) + "</blockquote>\n"; break;
        }
    }
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace core
