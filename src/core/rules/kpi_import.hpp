#pragma once
// Many KPI values at once: the fast entry form (a value per KPI of a stage)
// and a table of daily group statistics, as WeCom admins export it every day
// (日期, 群成员数, 发言成员数, 消息数, 入群人数, 退群人数 …), pasted from Excel or
// read from a file. Both end as a list of LogWrite values; preview_writes
// says which dates are new, which are already logged with another value
// (replaced only when the user agrees) and which are logged as they are, and
// log_writes_edit makes ONE edit of plan.kpis, so one undo step.
//
// The table (parse_stats_table):
// - Text in UTF-8, a leading byte-order mark dropped. Other encodings are
//   decoded by the page before they get here (GB18030 from Excel: the
//   browser's TextDecoder, shell/page/app.js); bytes that are not UTF-8 are
//   refused (not_utf8), never guessed at.
// - Tab-separated when the first line holds a tab (what Excel and WeCom's web
//   tables put on the clipboard), else comma-separated, with RFC 4180
//   quoting ("1,234", "say ""hi""", a line break inside quotes). A CR LF, a
//   LF or a CR ends a row.
// - The first non-blank row is the header when none of its cells is a date
//   or a number; without one, columns are named by position ("#2").
// - The date column: the one whose header says date (日期, 统计日期, 时间,
//   date, day), else the first one whose first cell is a date. Dates as WeCom
//   and Excel write them: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日,
//   20261201, 12/1/2026 (Excel in English), a time after it (2026/12/1 0:00)
//   ignored; without a year (12/1, 12-01, 12月1日), the year that puts the
//   date nearest the reference day (today), so a January export of December
//   lands in December.
// - Numbers: 1234, 1,234, 1 234, 12.5%, -3; an empty cell or a dash (-, —,
//   --) is no value for that day. A column is a column of numbers when most
//   of its filled cells are numbers; columns of text (a group's name, its
//   owner) are left out.
// - Bad rows are listed with their row number as a spreadsheet shows it
//   (the header is row 1; blank rows count) and the reason, and skipped as a
//   whole: no date, a date that is not one, text in a column of numbers, a
//   date already on an earlier row. Nothing else is dropped.
//
// Columns to KPIs (import_mapping): one row per column of numbers, plus a
// rate per pair WeCom's data makes one of (发言成员数 ÷ 群成员数 = the share
// of members who spoke; 退群人数 ÷ 群成员数), each with the KPI it is logged
// to, or none. The plan remembers the rows confirmed at the last import
// (plan.kpis.import_columns, by header); a row it does not remember is
// guessed: a KPI named as the column, else by what the column measures —
// members → the KPI of metric members, members who spoke → metric active
// (a count), their rate → metric speaking (or an active KPI in %). A KPI
// takes at most one row.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/model/dates.hpp"
#include "core/model/plan.hpp"
#include "core/text/i18n.hpp"

namespace core {

// ---- the table -----------------------------------------------------------------------
// What a column of WeCom's statistics measures, read from its header.
enum class StatsRole { other, date, members, spoke, messages, joins, leaves };
StatsRole stats_role(std::string_view header);

struct StatsColumn {
    std::string key;      // the header as written (trimmed), or "#<n>" without a header row
    int index = 0;        // 0-based cell index in a row
    StatsRole role = StatsRole::other;
    bool operator==(const StatsColumn&) const = default;
};

struct StatsRow {
    int row = 0;                                 // as a spreadsheet numbers it (header = 1)
    Date date;
    std::vector<std::optional<double>> values;   // one per StatsTable::columns
    bool operator==(const StatsRow&) const = default;
};

enum class RowFault { no_date, bad_date, bad_number, repeated_date, too_many_cells };
struct BadRow {
    int row = 0;
    RowFault fault = RowFault::no_date;
    std::string got;        // the cell as written
    std::string column;     // bad_number: the column's key
    int other_row = 0;      // repeated_date: the row that has the date first
    bool operator==(const BadRow&) const = default;
};

enum class TableFault { none, not_utf8, empty, no_date_column, no_value_columns };

struct StatsTable {
    TableFault fault = TableFault::none;
    bool has_header = false;
    std::string date_key;                // the date column's key
    std::vector<StatsColumn> columns;    // the columns of numbers, in table order
    std::vector<StatsRow> rows;          // good rows, in table order
    std::vector<BadRow> bad;             // in table order
    bool operator==(const StatsTable&) const = default;
};

// Rows of cells (the quoting above); exposed for the tests.
std::vector<std::vector<std::string>> split_table(std::string_view text);
// A cell as a date or a number, as the table reads them (reference: today).
std::optional<Date> parse_table_date(std::string_view cell, Date reference);
std::optional<double> parse_table_number(std::string_view cell);

StatsTable parse_stats_table(std::string_view text, Date reference);

// Words for the user: a table fault (none: ""), a bad row's reason.
std::string table_fault_text(TableFault fault, Lang lang);
std::string bad_row_text(const BadRow& bad, Lang lang);
// A column as the user sees it: its header, or "第 2 列" / "Column 2".
std::string column_label(std::string_view key, Lang lang);

// ---- columns to KPIs ---------------------------------------------------------------
struct MappingRow {
    std::string column;     // a column's key
    std::string per;        // "" or the key of the column it is divided by (× 100: a rate in %)
    std::string kpi;        // the KPI it is logged to, "" = not imported
    bool remembered = false;   // from plan.kpis.import_columns (else guessed)
    bool operator==(const MappingRow&) const = default;
};
std::vector<MappingRow> import_mapping(const Plan& plan, const StatsTable& table);
// "群成员数", or "发言成员数 ÷ 群成员数（%）" for a rate.
std::string mapping_label(const MappingRow& row, Lang lang);

// ---- what gets logged -----------------------------------------------------------------
struct LogWrite {
    std::string kpi;
    Date date;
    double value = 0;
    bool operator==(const LogWrite&) const = default;
};
// The values of the table under the mapping: a rate is rounded to two
// decimals, and has no value on a day its divisor is missing or 0.
std::vector<LogWrite> table_writes(const StatsTable& table, const std::vector<MappingRow>& mapping);

struct Replacement {
    LogWrite write;
    double old_value = 0;
    bool operator==(const Replacement&) const = default;
};
struct WritePreview {
    std::vector<LogWrite> fresh;            // dates the KPI has no entry for
    std::vector<Replacement> replaced;      // dates logged with another value
    int unchanged = 0;                      // dates logged with this value already
    int kpi_count = 0;                      // KPIs that get a fresh or replaced value
    bool operator==(const WritePreview&) const = default;
};
// Writes to a KPI the plan does not have are left out.
WritePreview preview_writes(const Plan& plan, const std::vector<LogWrite>& writes);

// One edit of plan.kpis: the fresh entries added (ids "log-<n>" no element
// uses), and when `replace` the replaced dates set to their new value (a
// date logged twice keeps one entry); without it they stay as they are. With
// a mapping, plan.kpis.import_columns remembers its rows (by column and
// divisor), the others kept. Nothing to change: no edit.
std::optional<Edit> log_writes_edit(const Plan& plan, const WritePreview& preview, bool replace,
                                    const std::vector<MappingRow>* mapping = nullptr);

}  // namespace core
