// libFuzzer target: a statistics table pasted or read from a file into the
// KPI import (core/rules/kpi_import.hpp), on any bytes. The table is read
// (or refused with words in zh and en), each bad row is named in both
// languages, every good row has one value per column and a date of its own;
// the guessed mapping of columns to the template's KPIs turns into writes of
// finite values, the preview's edit applies to the plan as one edit (or is
// refused whole, in words), and the plan goes out and back as JSON.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"
#include "core/rules/kpi_import.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"

namespace {

const core::Date kToday = core::date_from_ymd(2025, 3, 12);

const core::Plan& base_plan() {
    static const core::Plan plan =
        core::make_template(core::TemplateId::mother_baby, core::Lang::zh, core::date_from_ymd(2025, 3, 1));
    return plan;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const core::StatsTable table = core::parse_stats_table(text, kToday);
    if (!(core::parse_stats_table(text, kToday) == table)) __builtin_trap();   // the same bytes, the same reading
    if (table.fault != core::TableFault::none) {
        if (core::table_fault_text(table.fault, core::Lang::zh).empty()) __builtin_trap();
        if (core::table_fault_text(table.fault, core::Lang::en).empty()) __builtin_trap();
        if (!table.rows.empty()) __builtin_trap();
        return 0;
    }
    for (const core::BadRow& bad : table.bad) {
        if (core::bad_row_text(bad, core::Lang::zh).empty()) __builtin_trap();
        if (core::bad_row_text(bad, core::Lang::en).empty()) __builtin_trap();
    }
    std::set<int> dates;
    for (const core::StatsRow& row : table.rows) {
        if (row.values.size() != table.columns.size()) __builtin_trap();
        if (!dates.insert(row.date.days).second) __builtin_trap();   // a repeated date is a bad row
        for (const std::optional<double>& v : row.values)
            if (v && !std::isfinite(*v)) __builtin_trap();
    }

    const core::Plan& plan = base_plan();
    const std::vector<core::MappingRow> mapping = core::import_mapping(plan, table);
    for (const core::MappingRow& m : mapping)
        if (core::mapping_label(m, core::Lang::zh).empty() || core::mapping_label(m, core::Lang::en).empty())
            __builtin_trap();
    const std::vector<core::LogWrite> writes = core::table_writes(table, mapping);
    for (const core::LogWrite& w : writes)
        if (!std::isfinite(w.value)) __builtin_trap();
    const core::WritePreview preview = core::preview_writes(plan, writes);
    for (bool replace : {false, true}) {
        const std::optional<core::Edit> edit = core::log_writes_edit(plan, preview, replace, &mapping);
        if (!edit) continue;
        const core::Applied a = core::apply(plan, *edit);
        if (a.problem) {   // refused whole, in words (a KPI's log at its limit, say)
            if (!(a.plan == plan)) __builtin_trap();
            if (core::problem_text(a.problem, core::Lang::zh).empty()) __builtin_trap();
            if (core::problem_text(a.problem, core::Lang::en).empty()) __builtin_trap();
            continue;
        }
        const core::ImportResult back = core::import_plan_json(core::export_plan_json(a.plan, "2025-03-12T08:00:00Z"));
        if (!back.ok() || !(back.plan == a.plan)) __builtin_trap();
    }
    return 0;
}
