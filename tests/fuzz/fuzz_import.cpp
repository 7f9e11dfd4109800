// libFuzzer target: the plan importer, the one gate for every plan that enters
// the app. Any input must be refused cleanly or imported; an imported plan
// must export and re-import to an equal plan, and export must be stable.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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
    return 0;
}
