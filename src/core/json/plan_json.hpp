#pragma once
// The sharing format (docs/file-format.md): a versioned envelope around the plan.
//   {"format": "sop-planner/plan", "version": 1, "app_version": "…",
//    "exported_at": "…", "plan": {…}}
// Reading is the one gate for every plan that enters the app: files, pasted
// text, share links, stored values and the test API all come through here.
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "core/model/plan.hpp"
#include "core/model/problem.hpp"

namespace core {

inline constexpr const char* kFormatName = "sop-planner/plan";
inline constexpr int kSchemaVersion = 5;   // migrate.hpp lists the changes
inline constexpr const char* kAppVersion = "0.5.0";
inline constexpr size_t kMaxFileBytes = 16u << 20;   // 16 MiB
inline constexpr int kMaxDepth = 32;

// exported_at: an ISO 8601 timestamp the caller supplies (the core has no clock).
std::string export_plan_json(const Plan& plan, const std::string& exported_at);

struct ImportResult {
    Plan plan;
    Problem problem;   // empty when the import succeeded
    bool ok() const { return !problem; }
};
// Refuses a member named twice in any object of the text (duplicate_key), and
// any string of the plan holding a control character other than tab, LF, CR
// (control_char).
// parsed: when given, receives the envelope as parsed (and migrated), for a
// caller that reads members of its own (the library's "library" object).
ImportResult import_plan_json(std::string_view text, nlohmann::json* parsed = nullptr);

// JSON text as import_plan_json reads it: a member named twice, or a number
// beyond a double (1e309), is an error, as is anything that is not JSON. A
// discarded value (is_discarded()) then. The planner's one JSON parser, so
// that the wasm carries one (docs/architecture.md, "Size of the wasm").
nlohmann::json parse_json(std::string_view text);

// The same steps on a JSON value, for the library, which stores the envelope
// with its own "library" member and must not print or parse twice:
// - the checks on the text itself that import_plan_json makes before parsing
//   (size, nesting depth), which the library applies to what it writes;
// - the envelope as a JSON value (export_plan_json prints it);
// - the reading of an envelope already parsed (import_plan_json parses,
//   then calls this). Migrates `root` in place.
Problem text_limits(std::string_view text);
nlohmann::json plan_envelope(const Plan& plan, const std::string& exported_at);
ImportResult import_plan_envelope(nlohmann::json& root);

}  // namespace core
