// Many KPI values at once (core/rules/kpi_import.hpp): a table of WeCom's
// daily group statistics read in each form it comes in (TSV from the
// clipboard, CSV with quoting, with and without a byte-order mark; bytes
// that are not UTF-8 refused), bad rows listed by their row number and
// skipped, the columns mapped to KPIs (guessed, then remembered per plan),
// and the logs written in one edit, replacing a logged date only when asked.
#include <doctest/doctest.h>

#include "core/edits/history.hpp"
#include "core/edits/kpi_edits.hpp"
#include "core/rules/kpi_import.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "edit_helpers.hpp"

using namespace core;
using testing::applied;

namespace {

Date day(const char* text) { return *parse_date(text); }
const Date kToday = day("2026-12-08");

Plan with_defaults() { return applied(Plan{}, default_kpis_edit(Plan{}, Lang::zh)); }

const char* kWeCom =
    "日期\t群成员数\t发言成员数\t消息数\t入群人数\t退群人数\n"
    "2026-12-01\t200\t60\t1,234\t12\t2\n"
    "2026-12-02\t210\t42\t800\t11\t1\n";

const Kpi& kpi(const Plan& p, const char* id) { return *find_kpi(p, id)->kpi; }

}  // namespace

TEST_CASE("a tab-separated table: header, date column, columns of numbers with what they measure") {
    const StatsTable t = parse_stats_table(kWeCom, kToday);
    REQUIRE(t.fault == TableFault::none);
    CHECK(t.has_header);
    CHECK(t.date_key == "日期");
    REQUIRE(t.columns.size() == 5);
    CHECK(t.columns[0].key == "群成员数");
    CHECK(t.columns[0].role == StatsRole::members);
    CHECK(t.columns[1].role == StatsRole::spoke);
    CHECK(t.columns[2].role == StatsRole::messages);
    CHECK(t.columns[3].role == StatsRole::joins);
    CHECK(t.columns[4].role == StatsRole::leaves);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].row == 2);
    CHECK(t.rows[0].date == day("2026-12-01"));
    CHECK(t.rows[0].values[2] == 1234);   // the thousands separator
    CHECK(t.bad.empty());
}

TEST_CASE("CSV with RFC 4180 quoting, a byte-order mark and CR LF reads as the same table") {
    const std::string csv =
        "\xEF\xBB\xBF\"日期\",\"群成员数\",\"发言成员数\",消息数,入群人数,退群人数\r\n"
        "2026/12/1,200,60,\"1,234\",12,2\r\n"
        "2026年12月2日,210,\"42\",800,11,1\r\n";
    const StatsTable with_bom = parse_stats_table(csv, kToday);
    const StatsTable tsv = parse_stats_table(kWeCom, kToday);
    CHECK(with_bom == tsv);
    // Without the mark: the same again.
    CHECK(parse_stats_table(csv.substr(3), kToday) == tsv);
    // Quotes hold commas, doubled quotes and line breaks.
    const auto rows = split_table("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"a", "b,c", "say \"hi\"", "two\nlines"});
    CHECK(rows[1] == std::vector<std::string>{"x", "y"});
}

TEST_CASE("bytes that are not UTF-8 (GB18030 from Excel, undecoded) are refused, never guessed") {
    // "日期,群成员数" in GB18030: the page decodes such a file before it gets here.
    const std::string gb = "\xC8\xD5\xC6\xDA,\xC8\xBA\xB3\xC9\xD4\xB1\xCA\xFD\n2026-12-01,200\n";
    const StatsTable t = parse_stats_table(gb, kToday);
    CHECK(t.fault == TableFault::not_utf8);
    CHECK(t.rows.empty());
    CHECK(table_fault_text(t.fault, Lang::zh).find("UTF-8") != std::string::npos);
    CHECK(table_fault_text(t.fault, Lang::en).find("CSV UTF-8") != std::string::npos);
}

TEST_CASE("dates as WeCom and Excel write them; a date without a year is the one nearest today") {
    const Date ref = day("2027-01-05");
    CHECK(parse_table_date("2026-12-01", ref) == day("2026-12-01"));
    CHECK(parse_table_date("2026/12/1", ref) == day("2026-12-01"));
    CHECK(parse_table_date("2026.12.1", ref) == day("2026-12-01"));
    CHECK(parse_table_date("2026年12月1日", ref) == day("2026-12-01"));
    CHECK(parse_table_date("20261201", ref) == day("2026-12-01"));
    CHECK(parse_table_date("2026/12/1 0:00", ref) == day("2026-12-01"));
    CHECK(parse_table_date("2026-12-01 00:00:00", ref) == day("2026-12-01"));
    CHECK(parse_table_date("12/1/2026", ref) == day("2026-12-01"));
    CHECK(parse_table_date("12/1", ref) == day("2026-12-01"));       // December, a month before January 5
    CHECK(parse_table_date("12月1日", ref) == day("2026-12-01"));
    CHECK(parse_table_date("1/3", ref) == day("2027-01-03"));
    CHECK_FALSE(parse_table_date("2026-02-30", ref));
    CHECK_FALSE(parse_table_date("合计", ref));
    CHECK_FALSE(parse_table_date("200", ref));
    CHECK_FALSE(parse_table_date("", ref));
}

TEST_CASE("numbers with thousands separators, a percent sign, a sign; nothing else") {
    CHECK(parse_table_number("1,234") == 1234);
    CHECK(parse_table_number("1 234 567") == 1234567);
    CHECK(parse_table_number("12.5%") == 12.5);
    CHECK(parse_table_number(" 30 % ") == 30);
    CHECK(parse_table_number("-3") == -3);
    CHECK_FALSE(parse_table_number("12,34"));
    CHECK_FALSE(parse_table_number("约200"));
    CHECK_FALSE(parse_table_number("abc"));
    CHECK_FALSE(parse_table_number("%"));
}

TEST_CASE("bad rows are listed by their row number (the header is row 1) and skipped; the rest is read") {
    const char* text =
        "日期\t群名\t群成员数\t发言成员数\n"
        "2026-12-01\t宝妈成长营🌸\t200\t60\n"
        "\t宝妈成长营🌸\t201\t61\n"           // row 3: no date
        "\n"                                    // row 4: blank, counted
        "2026-12-03\t宝妈成长营🌸\t约200\t62\n"  // row 5: text in a column of numbers
        "昨天\t宝妈成长营🌸\t203\t63\n"           // row 6: not a date
        "2026-12-01\t宝妈成长营🌸\t204\t64\n"    // row 7: the date of row 2 again
        "2026-12-04\t宝妈成长营🌸\t-\t65\n";     // row 8: a dash is no value, not an error
    const StatsTable t = parse_stats_table(text, kToday);
    REQUIRE(t.fault == TableFault::none);
    REQUIRE(t.columns.size() == 2);   // the group's name is a column of text, left out
    CHECK(t.columns[0].key == "群成员数");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].row == 2);
    CHECK(t.rows[1].row == 8);
    CHECK_FALSE(t.rows[1].values[0]);
    CHECK(t.rows[1].values[1] == 65);
    REQUIRE(t.bad.size() == 4);
    CHECK(t.bad[0].row == 3);
    CHECK(t.bad[0].fault == RowFault::no_date);
    CHECK(t.bad[1].row == 5);
    CHECK(t.bad[1].fault == RowFault::bad_number);
    CHECK(t.bad[2].row == 6);
    CHECK(t.bad[2].fault == RowFault::bad_date);
    CHECK(t.bad[3].row == 7);
    CHECK(t.bad[3].other_row == 2);
    CHECK(bad_row_text(t.bad[0], Lang::zh) == "第 3 行：没有日期");
    CHECK(bad_row_text(t.bad[1], Lang::zh) == "第 5 行：“群成员数”列的“约200”不是数字");
    CHECK(bad_row_text(t.bad[1], Lang::en) == "Row 5: “约200” in “群成员数” is not a number");
    CHECK(bad_row_text(t.bad[2], Lang::en) == "Row 6: “昨天” is not a date");
    CHECK(bad_row_text(t.bad[3], Lang::zh) == "第 7 行：日期 2026-12-01 与第 2 行重复");
}

TEST_CASE("a table without a date column, or without numbers, says so") {
    CHECK(parse_stats_table("群名\t群主\n宝妈群\t小美\n", kToday).fault == TableFault::no_date_column);
    CHECK(parse_stats_table("日期\t群名\n2026-12-01\t宝妈群\n", kToday).fault == TableFault::no_value_columns);
    CHECK(parse_stats_table("\n  \n", kToday).fault == TableFault::empty);
    // No header row: the columns are named by position, the date found by its values.
    const StatsTable bare = parse_stats_table("2026-12-01,200\n2026-12-02,210\n", kToday);
    REQUIRE(bare.fault == TableFault::none);
    CHECK_FALSE(bare.has_header);
    CHECK(bare.rows.size() == 2);
    CHECK(column_label(bare.columns[0].key, Lang::zh) == "第 2 列");
}

TEST_CASE("columns are guessed to the KPIs that measure them, the share who spoke to the speaking rate") {
    const Plan p = with_defaults();
    const StatsTable t = parse_stats_table(kWeCom, kToday);
    const auto m = import_mapping(p, t);
    REQUIRE(m.size() == 7);   // five columns, two rates
    CHECK(m[0].column == "群成员数");
    CHECK(m[0].kpi == "launch-members");
    CHECK(m[1].kpi == "activation-active");    // members who spoke, a count
    CHECK(m[2].kpi == "");                     // messages: no KPI measures it
    CHECK(m[5].column == "发言成员数");
    CHECK(m[5].per == "群成员数");
    CHECK(m[5].kpi == "activation-speaking");  // the speaking rate, in %
    CHECK(mapping_label(m[5], Lang::zh) == "发言成员数 ÷ 群成员数（%）");
    CHECK_FALSE(m[0].remembered);
    // English headers too.
    const StatsTable en = parse_stats_table("Date,Members,Members who spoke,Messages,Joins,Leaves\n12/1,200,60,1234,12,2\n", kToday);
    REQUIRE(en.fault == TableFault::none);
    CHECK(en.rows[0].date == day("2026-12-01"));
    const auto me = import_mapping(p, en);
    CHECK(me[0].kpi == "launch-members");
    CHECK(me[5].kpi == "activation-speaking");
    CHECK(en.columns[3].role == StatsRole::joins);
    CHECK(en.columns[4].role == StatsRole::leaves);
}

TEST_CASE("an import logs every mapped value in one undo step and remembers the mapping for the plan") {
    const Plan p = with_defaults();
    const StatsTable t = parse_stats_table(kWeCom, kToday);
    auto m = import_mapping(p, t);
    m[2].kpi = "activation-participation";   // the user sends messages to another KPI (just to see it remembered)
    m[1].kpi = "";                  // and members who spoke nowhere
    const auto writes = table_writes(t, m);
    const WritePreview preview = preview_writes(p, writes);
    CHECK(preview.replaced.empty());
    CHECK(preview.fresh.size() == 6);   // 2 days × members, messages, speaking rate
    CHECK(preview.kpi_count == 3);
    auto edit = log_writes_edit(p, preview, false, &m);
    REQUIRE(edit);
    Plan after = applied(p, *edit);
    CHECK(kpi(after, "launch-members").log.size() == 2);
    const auto rate = trend_points(kpi(after, "activation-speaking"));
    REQUIRE(rate.size() == 2);
    CHECK(rate[0].value == 30);     // 60 of 200
    CHECK(rate[1].value == 20);     // 42 of 210
    CHECK(kpi(after, "activation-active").log.empty());
    // Nothing else of the plan changed.
    Plan logs_out = after;
    for (Stage s : kAllStages)
        for (Kpi& k : stage_plan(logs_out, s).kpis) k.log = find_kpi(p, k.id)->kpi->log;
    logs_out.kpis.import_columns = p.kpis.import_columns;
    CHECK(logs_out == p);
    // The next table of the same columns is mapped as confirmed, "not imported" included.
    const auto again = import_mapping(after, t);
    CHECK(again[1].kpi == "");
    CHECK(again[1].remembered);
    CHECK(again[2].kpi == "activation-participation");
    CHECK(again[0].kpi == "launch-members");
    // A KPI deleted since is simply not mapped; deleting it is not refused for the mapping.
    Plan without = applied(after, remove_edit({"kpis", "activation", "kpis", "activation-participation"}));
    CHECK(import_mapping(without, t)[2].kpi == "");
}

TEST_CASE("a date already logged is replaced only when the user agrees; the same value is no change") {
    Plan p = with_defaults();
    p = applied(p, log_value_edit(p, Stage::launch, "launch-members", day("2026-12-01"), 190));
    p = applied(p, log_value_edit(p, Stage::launch, "launch-members", day("2026-12-02"), 210));
    const StatsTable t = parse_stats_table(kWeCom, kToday);
    const auto m = import_mapping(p, t);
    const WritePreview preview = preview_writes(p, table_writes(t, m));
    REQUIRE(preview.replaced.size() == 1);
    CHECK(preview.replaced[0].write.date == day("2026-12-01"));
    CHECK(preview.replaced[0].old_value == 190);
    CHECK(preview.replaced[0].write.value == 200);
    CHECK(preview.unchanged == 1);   // 210 on 12-02 already

    // Kept: the logged 190 stays, the new dates are logged.
    Plan kept = applied(p, *log_writes_edit(p, preview, false, &m));
    CHECK(latest_entry(kpi(kept, "launch-members"), std::nullopt, day("2026-12-01"))->value == 190);
    CHECK(kpi(kept, "launch-members").log.size() == 2);
    CHECK(kpi(kept, "activation-speaking").log.size() == 2);
    // Replaced: one entry for the date, with the new value.
    Plan replaced = applied(p, *log_writes_edit(p, preview, true, &m));
    CHECK(kpi(replaced, "launch-members").log.size() == 2);
    CHECK(latest_entry(kpi(replaced, "launch-members"), std::nullopt, day("2026-12-01"))->value == 200);
    // Nothing new and nothing to replace: no edit.
    const WritePreview none = preview_writes(replaced, table_writes(t, m));
    CHECK(none.fresh.empty());
    CHECK(none.replaced.empty());
    CHECK_FALSE(log_writes_edit(replaced, none, true, &m));
}

TEST_CASE("the fast entry form's values go through the same preview and edit") {
    Plan p = with_defaults();
    p = applied(p, log_value_edit(p, Stage::activation, "activation-open", kToday, 15));
    const std::vector<LogWrite> form = {{"activation-speaking", kToday, 25}, {"activation-open", kToday, 18},
                                        {"no-such-kpi", kToday, 1}};
    const WritePreview preview = preview_writes(p, form);
    CHECK(preview.fresh.size() == 1);
    CHECK(preview.replaced.size() == 1);
    auto edit = log_writes_edit(p, preview, true);
    REQUIRE(edit);
    const Plan after = applied(p, *edit);
    CHECK(kpi(after, "activation-speaking").log.back().value == 25);
    CHECK(kpi(after, "activation-open").log.size() == 1);
    CHECK(kpi(after, "activation-open").log.back().value == 18);
    CHECK(after.kpis.import_columns.empty());   // no mapping given, none remembered
}
