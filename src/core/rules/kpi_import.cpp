#include "core/rules/kpi_import.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "core/text/i18n.hpp"

namespace core {

namespace {

// Without spaces at either end: ASCII, U+00A0 (no-break) and U+3000 (full width).
std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
        else if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
        else if (s.substr(0, 3) == "\xE3\x80\x80") s.remove_prefix(3);
        else break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") s.remove_suffix(3);
        else break;
    }
    return s;
}

// A header for matching: ASCII lower case, without spaces, brackets and what
// is in them ("群成员数（人）" → "群成员数"), or punctuation.
std::string normalized(std::string_view s) {
    std::string out;
    int depth = 0;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = (unsigned char)s[i];
        auto starts = [&](std::string_view w) { return s.substr(i, w.size()) == w; };
        if (c == '(' || c == '[' || starts("（") || starts("【")) {
            ++depth;
            i += c < 0x80 ? 1 : 3;
            continue;
        }
        if (c == ')' || c == ']' || starts("）") || starts("】")) {
            depth = std::max(0, depth - 1);
            i += c < 0x80 ? 1 : 3;
            continue;
        }
        if (c < 0x80) {
            if (depth == 0 && std::isalnum(c)) out += (char)std::tolower(c);
            ++i;
            continue;
        }
        size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
        if (depth == 0 && !starts("\xE3\x80\x80") && !starts("：") && !starts("、")) out += s.substr(i, len);
        i += len;
    }
    return out;
}

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Date> make_date(int y, int m, int d) {
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    const Date date = date_from_ymd(y, m, d);
    int yy, mm, dd;
    ymd_from_date(date, yy, mm, dd);
    if (yy != y || mm != m || dd != d) return std::nullopt;   // 2 月 30 日
    return date;
}

// A month and day without a year: the year that puts it nearest the reference.
std::optional<Date> nearest_year(int m, int d, Date reference) {
    int y, rm, rd;
    ymd_from_date(reference, y, rm, rd);
    std::optional<Date> best;
    for (int candidate : {y - 1, y, y + 1}) {
        auto date = make_date(candidate, m, d);
        if (date && (!best || std::abs(date->days - reference.days) < std::abs(best->days - reference.days))) best = date;
    }
    return best;
}

// Splits "2026/12/1" at one kind of separator into its digit groups.
std::vector<std::string_view> groups(std::string_view s, std::string_view sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (;;) {
        const size_t at = s.find(sep, start);
        out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + sep.size();
    }
    return out;
}

}  // namespace

// ---- cells ---------------------------------------------------------------------------------
std::optional<Date> parse_table_date(std::string_view cell, Date reference) {
    std::string_view s = trim(cell);
    // A time after the date ("2026/12/1 0:00", "2026-12-01 00:00:00", ISO "T").
    if (size_t space = s.find_first_of(" T"); space != std::string_view::npos && space >= 3) {
        std::string_view rest = trim(s.substr(space + 1));
        if (!rest.empty() && rest.find(':') != std::string_view::npos) s = s.substr(0, space);
    }
    if (s.empty()) return std::nullopt;
    // 2026年12月1日, 12月1日
    if (s.find("月") != std::string_view::npos) {
        std::string_view rest = s;
        int year = 0;
        if (size_t y = rest.find("年"); y != std::string_view::npos) {
            if (!all_digits(rest.substr(0, y)) || y != 4) return std::nullopt;
            year = to_int(rest.substr(0, y));
            rest = rest.substr(y + 3);
        }
        const size_t m = rest.find("月");
        std::string_view month = rest.substr(0, m), day = rest.substr(m + 3);
        if (day.size() >= 3 && (day.substr(day.size() - 3) == "日" || day.substr(day.size() - 3) == "号"))
            day.remove_suffix(3);
        if (!all_digits(month) || !all_digits(day) || month.size() > 2 || day.size() > 2) return std::nullopt;
        return year ? make_date(year, to_int(month), to_int(day)) : nearest_year(to_int(month), to_int(day), reference);
    }
    if (all_digits(s) && s.size() == 8) return make_date(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)));
    for (std::string_view sep : {"-", "/", "."}) {
        if (s.find(sep) == std::string_view::npos) continue;
        const auto g = groups(s, sep);
        for (auto part : g)
            if (!all_digits(part) || part.size() > 4) return std::nullopt;
        if (g.size() == 3 && g[0].size() == 4 && g[1].size() <= 2 && g[2].size() <= 2)
            return make_date(to_int(g[0]), to_int(g[1]), to_int(g[2]));
        if (g.size() == 3 && g[2].size() == 4 && g[0].size() <= 2 && g[1].size() <= 2 && sep == "/")
            return make_date(to_int(g[2]), to_int(g[0]), to_int(g[1]));   // 12/1/2026: Excel in English
        if (g.size() == 2 && g[0].size() <= 2 && g[1].size() <= 2 && sep != ".")
            return nearest_year(to_int(g[0]), to_int(g[1]), reference);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> parse_table_number(std::string_view cell) {
    std::string_view s = trim(cell);
    if (!s.empty() && s.back() == '%') s = trim(s.substr(0, s.size() - 1));
    else if (s.size() >= 3 && s.substr(s.size() - 3) == "％") s = trim(s.substr(0, s.size() - 3));
    std::string digits;
    bool seen_digit = false, seen_point = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            seen_digit = true;
        } else if (c == '.' && !seen_point) {
            digits += c;
            seen_point = true;
        } else if ((c == '-' || c == '+') && i == 0) {
            digits += c;
        } else if ((c == ',' || c == ' ') && seen_digit && !seen_point) {
            // A thousands separator: exactly three digits follow it.
            size_t n = 0;
            while (i + 1 + n < s.size() && s[i + 1 + n] >= '0' && s[i + 1 + n] <= '9') ++n;
            if (n != 3) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (!seen_digit) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(digits.c_str(), &end);
    if (*end || !std::isfinite(v) || std::fabs(v) > 1e12) return std::nullopt;
    return v;
}

namespace {

bool no_value(std::string_view cell) {
    std::string_view s = trim(cell);
    return s.empty() || s == "-" || s == "--" || s == "—" || s == "——" || s == "/" || s == "N/A" || s == "n/a";
}

}  // namespace

// ---- rows ------------------------------------------------------------------------------------
std::vector<std::vector<std::string>> split_table(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const size_t eol = text.find_first_of("\r\n");
    const char sep = text.substr(0, eol).find('\t') != std::string_view::npos ? '\t' : ',';
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, cell_started = false;
    auto end_cell = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        cell_started = false;
    };
    auto end_row = [&] {
        end_cell();
        if (row.size() == 1 && row[0].empty()) row.clear();   // a blank line: a row with no cells
        rows.push_back(std::move(row));
        row.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == '"' && !cell_started && trim(cell).empty()) {
            cell.clear();
            quoted = true;
            cell_started = true;
        } else if (c == sep) {
            end_cell();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
        } else {
            cell += c;
            if (c != ' ') cell_started = true;
        }
    }
    if (!cell.empty() || !row.empty() || quoted) end_row();
    return rows;
}

StatsRole stats_role(std::string_view header) {
    const std::string h = normalized(header);
    if (h.empty()) return StatsRole::other;
    // The specific words first: "发言成员数" and "新增群成员数" hold "成员数".
    if (h == "日期" || h == "统计日期" || h == "时间" || h == "date" || h == "day" || h == "statdate" || h == "数据日期")
        return StatsRole::date;
    if (has(h, "发言") || has(h, "发过消息的群成员") || has(h, "发消息的成员") || has(h, "发消息成员") ||
        has(h, "活跃成员") || has(h, "活跃人数") || has(h, "spoke") || has(h, "speaker") || has(h, "activemember") ||
        has(h, "membershasmsg") || has(h, "memberhasmsg"))
        return StatsRole::spoke;
    if (has(h, "退群") || has(h, "离群") || has(h, "流失人数") || has(h, "leave") || has(h, "left") || has(h, "quit"))
        return StatsRole::leaves;
    if (has(h, "入群") || has(h, "新增群成员") || has(h, "新增成员") || has(h, "进群") || has(h, "join") ||
        has(h, "newmember"))
        return StatsRole::joins;
    if (has(h, "消息") || has(h, "message") || has(h, "msg")) return StatsRole::messages;
    if (has(h, "成员") || has(h, "群人数") || has(h, "总人数") || h == "人数" || has(h, "member")) return StatsRole::members;
    return StatsRole::other;
}

StatsTable parse_stats_table(std::string_view text, Date reference) {
    StatsTable t;
    if (text_fault(text).kind == ProblemKind::bad_utf8) {
        t.fault = TableFault::not_utf8;
        return t;
    }
    auto rows = split_table(text);
    // A row of empty cells (",,," or spaces) is a blank line too.
    for (auto& row : rows)
        if (std::all_of(row.begin(), row.end(), [](const std::string& c) { return trim(c).empty(); })) row.clear();
    size_t first = 0;
    while (first < rows.size() && rows[first].empty()) ++first;
    if (first == rows.size()) {
        t.fault = TableFault::empty;
        return t;
    }
    const std::vector<std::string>& top = rows[first];
    t.has_header = std::none_of(top.begin(), top.end(), [&](const std::string& c) {
        return parse_table_date(c, reference) || parse_table_number(c);
    });
    const size_t data = t.has_header ? first + 1 : first;
    size_t width = top.size();
    if (!t.has_header)
        for (size_t r = data; r < rows.size(); ++r) width = std::max(width, rows[r].size());
    auto key_of = [&](size_t col) {
        if (t.has_header && col < top.size()) {
            // At most 100 characters: the plan remembers it in a line of text.
            const std::string_view h = trim(top[col]);
            std::string k(h.substr(0, char_offset(h, 100)));
            if (!k.empty()) return k;
        }
        return "#" + std::to_string(col + 1);
    };

    // The date column: by its header, else the first whose first filled cell is a date.
    std::optional<size_t> date_col;
    if (t.has_header)
        for (size_t c = 0; c < top.size() && !date_col; ++c)
            if (stats_role(top[c]) == StatsRole::date) date_col = c;
    if (!date_col) {
        for (size_t c = 0; c < width && !date_col; ++c)
            for (size_t r = data; r < rows.size(); ++r) {
                if (c >= rows[r].size() || no_value(rows[r][c])) continue;
                if (parse_table_date(rows[r][c], reference)) date_col = c;
                break;
            }
    }
    if (!date_col) {
        t.fault = TableFault::no_date_column;
        return t;
    }
    t.date_key = key_of(*date_col);

    // Columns of numbers: most of their filled cells are numbers.
    for (size_t c = 0; c < width; ++c) {
        if (c == *date_col) continue;
        int numbers = 0, filled = 0;
        for (size_t r = data; r < rows.size(); ++r) {
            if (c >= rows[r].size() || no_value(rows[r][c])) continue;
            ++filled;
            if (parse_table_number(rows[r][c])) ++numbers;
        }
        if (filled > 0 && numbers * 2 > filled)
            t.columns.push_back({key_of(c), (int)c, t.has_header ? stats_role(top[c]) : StatsRole::other});
    }
    if (t.columns.empty()) {
        t.fault = TableFault::no_value_columns;
        return t;
    }

    std::map<int, int> first_row_of_date;
    for (size_t r = data; r < rows.size(); ++r) {
        const auto& cells = rows[r];
        const int row_number = (int)r + 1;
        if (cells.empty()) continue;   // a blank line
        BadRow bad{row_number};
        const std::string date_cell = *date_col < cells.size() ? std::string(trim(cells[*date_col])) : std::string();
        const auto date = parse_table_date(date_cell, reference);
        if (t.has_header && cells.size() > top.size() &&
            std::any_of(cells.begin() + (long)top.size(), cells.end(), [](const std::string& c) { return !trim(c).empty(); })) {
            bad.fault = RowFault::too_many_cells;
            bad.got = std::to_string(cells.size());
            t.bad.push_back(bad);
            continue;
        }
        if (date_cell.empty()) {
            bad.fault = RowFault::no_date;
            t.bad.push_back(bad);
            continue;
        }
        if (!date) {
            bad.fault = RowFault::bad_date;
            bad.got = date_cell;
            t.bad.push_back(bad);
            continue;
        }
        StatsRow row{row_number, *date, {}};
        bool ok = true;
        for (const StatsColumn& col : t.columns) {
            const std::string_view cell = (size_t)col.index < cells.size() ? std::string_view(cells[(size_t)col.index]) : "";
            if (no_value(cell)) {
                row.values.push_back(std::nullopt);
                continue;
            }
            auto v = parse_table_number(cell);
            if (!v) {
                bad.fault = RowFault::bad_number;
                bad.got = std::string(trim(cell));
                bad.column = col.key;
                ok = false;
                break;
            }
            row.values.push_back(*v);
        }
        if (!ok) {
            t.bad.push_back(bad);
            continue;
        }
        auto [it, inserted] = first_row_of_date.emplace(date->days, row_number);
        if (!inserted) {
            bad.fault = RowFault::repeated_date;
            bad.got = format_date(*date);
            bad.other_row = it->second;
            t.bad.push_back(bad);
            continue;
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::string table_fault_text(TableFault fault, Lang lang) {
    switch (fault) {
        case TableFault::none: return {};
        case TableFault::not_utf8: return tr(S::import_not_utf8, lang);
        case TableFault::empty: return tr(S::import_empty, lang);
        case TableFault::no_date_column: return tr(S::import_no_date_column, lang);
        case TableFault::no_value_columns: return tr(S::import_no_value_columns, lang);
    }
    return {};
}

std::string column_label(std::string_view key, Lang lang) {
    if (key.size() > 1 && key[0] == '#' && all_digits(key.substr(1)))
        return fmt(tr(S::import_column_n, lang), {{"n", std::string(key.substr(1))}});
    return std::string(key);
}

std::string bad_row_text(const BadRow& bad, Lang lang) {
    std::string why;
    switch (bad.fault) {
        case RowFault::no_date: why = tr(S::import_bad_no_date, lang); break;
        case RowFault::bad_date: why = fmt(tr(S::import_bad_date, lang), {{"got", bad.got}}); break;
        case RowFault::bad_number:
            why = fmt(tr(S::import_bad_number, lang), {{"column", column_label(bad.column, lang)}, {"got", bad.got}});
            break;
        case RowFault::repeated_date:
            why = fmt(tr(S::import_bad_repeat, lang), {{"date", bad.got}, {"other", std::to_string(bad.other_row)}});
            break;
        case RowFault::too_many_cells: why = tr(S::import_bad_columns, lang); break;
    }
    return fmt(tr(S::import_bad_row, lang), {{"n", std::to_string(bad.row)}, {"why", why}});
}

// ---- columns to KPIs -----------------------------------------------------------------------
namespace {

const Kpi* kpi_by_id(const Plan& plan, std::string_view id) {
    auto ref = find_kpi(plan, id);
    return ref ? ref->kpi : nullptr;
}

bool is_percent(const Kpi& k) { return k.unit == "%" || k.unit == "％"; }

// The first KPI (stage order) the test accepts that no row has taken.
template <class Test>
std::string first_free(const Plan& plan, const std::set<std::string>& taken, Test test) {
    for (const KpiRef& r : all_kpis(plan))
        if (!taken.count(r.kpi->id) && test(*r.kpi)) return r.kpi->id;
    return {};
}

const StatsColumn* column_of_role(const StatsTable& t, StatsRole role) {
    for (const StatsColumn& c : t.columns)
        if (c.role == role) return &c;
    return nullptr;
}

std::string guess(const Plan& plan, const StatsTable& t, const MappingRow& row, const std::set<std::string>& taken) {
    const StatsColumn* col = nullptr;
    for (const StatsColumn& c : t.columns)
        if (c.key == row.column) col = &c;
    if (!col) return {};
    // A KPI named as the column (or the rate) takes it.
    const std::string name = normalized(row.per.empty() ? row.column : "");
    if (!name.empty())
        if (std::string id = first_free(plan, taken, [&](const Kpi& k) { return normalized(k.name) == name; }); !id.empty())
            return id;
    if (row.per.empty()) {
        switch (col->role) {
            case StatsRole::members:
                return first_free(plan, taken, [](const Kpi& k) { return k.metric == Metric::members; });
            case StatsRole::spoke:
                return first_free(plan, taken, [](const Kpi& k) { return k.metric == Metric::active && !is_percent(k); });
            default: return {};
        }
    }
    if (col->role == StatsRole::spoke) {
        std::string id = first_free(plan, taken, [](const Kpi& k) { return k.metric == Metric::speaking; });
        if (id.empty()) id = first_free(plan, taken, [](const Kpi& k) { return k.metric == Metric::active && is_percent(k); });
        return id;
    }
    return {};
}

}  // namespace

std::vector<MappingRow> import_mapping(const Plan& plan, const StatsTable& table) {
    std::vector<MappingRow> rows;
    for (const StatsColumn& c : table.columns) rows.push_back({c.key, "", "", false});
    // The rates WeCom's figures make: who spoke, and who left, of the members.
    if (const StatsColumn* members = column_of_role(table, StatsRole::members)) {
        for (StatsRole role : {StatsRole::spoke, StatsRole::leaves})
            if (const StatsColumn* c = column_of_role(table, role)) rows.push_back({c->key, members->key, "", false});
    }
    std::set<std::string> taken;
    // Remembered rows first, so a guess never takes a KPI the user chose.
    for (MappingRow& row : rows) {
        for (const ImportColumn& ic : plan.kpis.import_columns) {
            if (ic.column != row.column || ic.per != row.per) continue;
            row.remembered = true;
            if (!ic.kpi.empty() && kpi_by_id(plan, ic.kpi) && !taken.count(ic.kpi)) {
                row.kpi = ic.kpi;
                taken.insert(ic.kpi);
            }
        }
    }
    for (MappingRow& row : rows) {
        if (row.remembered) continue;
        row.kpi = guess(plan, table, row, taken);
        if (!row.kpi.empty()) taken.insert(row.kpi);
    }
    return rows;
}

std::string mapping_label(const MappingRow& row, Lang lang) {
    if (row.per.empty()) return column_label(row.column, lang);
    return fmt(tr(S::import_rate_of, lang), {{"a", column_label(row.column, lang)}, {"b", column_label(row.per, lang)}});
}

// ---- what gets logged ------------------------------------------------------------------------
std::vector<LogWrite> table_writes(const StatsTable& table, const std::vector<MappingRow>& mapping) {
    auto index_of = [&](const std::string& key) {
        for (size_t i = 0; i < table.columns.size(); ++i)
            if (table.columns[i].key == key) return (int)i;
        return -1;
    };
    std::vector<LogWrite> out;
    for (const MappingRow& m : mapping) {
        if (m.kpi.empty()) continue;
        const int a = index_of(m.column);
        const int b = m.per.empty() ? -1 : index_of(m.per);
        if (a < 0 || (!m.per.empty() && b < 0)) continue;
        for (const StatsRow& r : table.rows) {
            const auto& v = r.values[(size_t)a];
            if (!v) continue;
            if (m.per.empty()) {
                out.push_back({m.kpi, r.date, *v});
                continue;
            }
            const auto& d = r.values[(size_t)b];
            if (!d || *d == 0) continue;
            out.push_back({m.kpi, r.date, std::round(*v / *d * 10000) / 100});
        }
    }
    return out;
}

WritePreview preview_writes(const Plan& plan, const std::vector<LogWrite>& writes) {
    WritePreview p;
    std::set<std::string> kpis;
    for (const LogWrite& w : writes) {
        const Kpi* k = kpi_by_id(plan, w.kpi);
        if (!k) continue;
        // The value the KPI shows for that date: the last entry of it in the log.
        const LogEntry* logged = nullptr;
        for (const LogEntry& e : k->log)
            if (e.date == w.date) logged = &e;
        if (!logged) p.fresh.push_back(w);
        else if (logged->value != w.value) p.replaced.push_back({w, logged->value});
        else {
            ++p.unchanged;
            continue;
        }
        kpis.insert(w.kpi);
    }
    p.kpi_count = (int)kpis.size();
    return p;
}

std::optional<Edit> log_writes_edit(const Plan& plan, const WritePreview& preview, bool replace,
                                    const std::vector<MappingRow>* mapping) {
    Plan next = plan;
    const std::vector<std::string> ids = fresh_ids(plan, "log", (int)preview.fresh.size());
    auto kpi_in = [&](const std::string& id) -> Kpi* {
        for (Stage s : kAllStages)
            for (Kpi& k : stage_plan(next, s).kpis)
                if (k.id == id) return &k;
        return nullptr;
    };
    for (size_t i = 0; i < preview.fresh.size(); ++i) {
        const LogWrite& w = preview.fresh[i];
        if (Kpi* k = kpi_in(w.kpi)) k->log.push_back({ids[i], w.date, w.value});
    }
    if (replace) {
        for (const Replacement& r : preview.replaced) {
            Kpi* k = kpi_in(r.write.kpi);
            if (!k) continue;
            // The first entry of the date takes the value; later ones of that date go.
            bool kept = false;
            std::vector<LogEntry> log;
            for (LogEntry& e : k->log) {
                if (e.date != r.write.date) {
                    log.push_back(std::move(e));
                } else if (!kept) {
                    e.value = r.write.value;
                    log.push_back(std::move(e));
                    kept = true;
                }
            }
            k->log = std::move(log);
        }
    }
    if (mapping) {
        std::vector<ImportColumn>& remembered = next.kpis.import_columns;
        std::vector<const MappingRow*> added;
        for (const MappingRow& m : *mapping) {
            auto it = std::find_if(remembered.begin(), remembered.end(),
                                   [&](const ImportColumn& c) { return c.column == m.column && c.per == m.per; });
            if (it != remembered.end()) it->kpi = m.kpi;
            else added.push_back(&m);
        }
        const std::vector<std::string> new_ids = fresh_ids(plan, "import", (int)added.size());
        for (size_t i = 0; i < added.size(); ++i)
            remembered.push_back({new_ids[i], added[i]->column, added[i]->per, added[i]->kpi});
    }
    if (next.kpis == plan.kpis) return std::nullopt;
    return set_edit({"kpis"}, to_json_value(next.kpis));
}

}  // namespace core
