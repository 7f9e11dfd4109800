#pragma once
// The JSON Schema of the file format, generated from the same describe()
// functions that read and write plans, so it cannot drift from the code.
// docs/plan.schema.json is this output; a core test checks they are equal
// (regenerate with `build/native/planner_cli schema > docs/plan.schema.json`).
#include <nlohmann/json.hpp>

namespace core {

nlohmann::json plan_file_schema();

}  // namespace core
