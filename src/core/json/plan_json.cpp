#include "core/json/plan_json.hpp"

#include <cstdio>

#include "core/json/json_fields.hpp"
#include "core/json/migrate.hpp"
#include "core/json/validate.hpp"

namespace core {

const char* json_type_name(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "object";
        case json::value_t::array: return "array";
        case json::value_t::string: return "string";
        case json::value_t::boolean: return "boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "integer";
        case json::value_t::number_float: return "number";
        default: return "value";
    }
}

bool valid_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdBytes) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    return true;
}

std::string JsonReader::range_text(const Range& r) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g–%g", r.min, r.max);
    return buf;
}

json plan_envelope(const Plan& plan, const std::string& exported_at) {
    json envelope = json::object();
    envelope["format"] = kFormatName;
    envelope["version"] = kSchemaVersion;
    envelope["app_version"] = kAppVersion;
    envelope["exported_at"] = exported_at;
    envelope["plan"] = to_json_value(plan);
    return envelope;
}

std::string export_plan_json(const Plan& plan, const std::string& exported_at) {
    // Strings in a plan are valid UTF-8 (the reader checks); replace guards the rest.
    return plan_envelope(plan, exported_at).dump(2, ' ', false, json::error_handler_t::replace);
}

namespace {

// Nesting depth, measured before parsing so a hostile file cannot make the
// parser or the value's destructor go deep.
int nesting_depth(std::string_view text) {
    int depth = 0, max_depth = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > max_depth) max_depth = depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return max_depth;
}

}  // namespace

Problem text_limits(std::string_view text) {
    if (text.size() > kMaxFileBytes)
        return {ProblemKind::too_large, "", std::to_string(kMaxFileBytes), std::to_string(text.size())};
    if (nesting_depth(text) > kMaxDepth) return {ProblemKind::too_deep, "", std::to_string(kMaxDepth), ""};
    return {};
}

ImportResult import_plan_json(std::string_view text, json* parsed) {
    ImportResult result;
    Problem& problem = result.problem;
    if ((problem = text_limits(text))) return result;
    json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        problem = {ProblemKind::not_json, "", "", ""};
        return result;
    }
    result = import_plan_envelope(root);
    if (parsed) *parsed = std::move(root);
    return result;
}

ImportResult import_plan_envelope(json& root) {
    ImportResult result;
    Problem& problem = result.problem;
    if (!root.is_object()) {
        problem = {ProblemKind::not_object, "", "object", json_type_name(root)};
        return result;
    }
    auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != kFormatName) {
        problem = {ProblemKind::wrong_format, "format", kFormatName,
                   format == root.end() ? "" : format->dump(-1, ' ', false, json::error_handler_t::replace)};
        return result;
    }
    auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<long long>() < 1) {
        problem = {ProblemKind::bad_version, "version", std::to_string(kSchemaVersion),
                   version == root.end() ? "" : version->dump()};
        return result;
    }
    if (version->get<long long>() > kSchemaVersion) {
        problem = {ProblemKind::newer_version, "version", std::to_string(kSchemaVersion), version->dump()};
        return result;
    }
    auto plan = root.find("plan");
    if (plan == root.end()) {
        problem = {ProblemKind::missing, "plan", "", ""};
        return result;
    }
    if (Problem p = migrate_plan(*plan, (int)version->get<long long>())) {
        problem = p;
        return result;
    }
    *version = kSchemaVersion;   // `root` now holds a current envelope (the library may store it)
    if (JsonReader::read_value(*plan, "plan", result.plan, NoCheck{}, problem)) problem = validate_plan(result.plan);
    if (problem) result.plan = Plan{};
    return result;
}

}  // namespace core
