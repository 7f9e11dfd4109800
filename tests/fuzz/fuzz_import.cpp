// libFuzzer target: the plan importer, the one gate for every plan that enters
// the app. Any input must be refused cleanly or imported; an imported plan
// must export and re-import to an equal plan, and export must be stable; its
// Markdown, print page, CSV and iCalendar exports must hold no NUL and end
// as they end.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/exports/csv_export.hpp"
#include "core/exports/ics_export.hpp"
#include "core/exports/markdown_export.hpp"
#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const core::ImportResult first = core::import_plan_json(text);
    if (!first.ok()) {
        // Every refusal can be worded (no out-of-range string lookups).
        if (core::problem_text(first.problem, core::Lang::zh).empty()) __builtin_trap();
        if (core::problem_text(first.problem, core::Lang::en).empty()) __builtin_trap();
        return 0;
    }
    const std::string exported = core::export_plan_json(first.plan, "2025-03-01T08:00:00Z");
    const core::ImportResult second = core::import_plan_json(exported);
    if (!second.ok()) __builtin_trap();                  // our own export refused
    if (!(second.plan == first.plan)) __builtin_trap();  // something lost on the way
    if (core::export_plan_json(second.plan, "2025-03-01T08:00:00Z") != exported) __builtin_trap();

    // The other exports of whatever plan a file can hold (one language per input).
    const core::Plan& plan = first.plan;
    const core::Lang lang = (size % 2) ? core::Lang::en : core::Lang::zh;
    const core::Date from = plan.basics.start_date.value_or(core::date_from_ymd(2025, 3, 3)), to{from.days + 6};
    const std::string md = core::sop_markdown(plan, lang);
    const std::string html = core::sop_print_html(plan, lang);
    const std::string schedule = core::schedule_csv(plan, from, to, lang);
    const std::string assets = core::assets_csv(plan, lang);
    const std::string ics = core::schedule_ics(plan, from, to, {.now_unix_seconds = 1740787200, .lang = lang});
    for (const std::string* out : {&md, &html, &schedule, &assets, &ics})
        if (out->find('\0') != std::string::npos) __builtin_trap();
    if (html.size() < 8 || html.compare(html.size() - 8, 8, "</html>\n") != 0) __builtin_trap();
    if (ics.size() < 15 || ics.compare(ics.size() - 15, 15, "END:VCALENDAR\r\n") != 0) __builtin_trap();
    return 0;
}
