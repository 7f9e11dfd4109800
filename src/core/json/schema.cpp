#include "core/json/schema.hpp"

#include "core/json/json_fields.hpp"
#include "core/model/plan.hpp"
#include "core/json/plan_json.hpp"

namespace core {

namespace {

const char* kind_name(IdKind kind) {
    static const char* names[] = {"role", "rule", "script", "slot", "column", "line", "month_task", "campaign",
                                  "runsheet", "run_step", "content", "asset", "points_rule", "reward", "level",
                                  "product", "promotion", "kpi", "log_entry", "check", "remedy", "alert", "review",
                                  "calendar_override", "placeholder", "execution_mark", "import_column", "group_placeholder"};
    static_assert(sizeof(names) / sizeof(names[0]) == (size_t)IdKind::count_);
    return names[(size_t)kind];
}

constexpr const char* kIdPattern = "^[A-Za-z0-9_-]{1,64}$";

struct SchemaWriter {
    json properties = json::object();

    template <class T, class Check = NoCheck>
    void field(const char* key, T& value, Check check = {}) {
        properties[key] = schema_of(value, check);
    }

    template <class T, class Check>
    static json schema_of(T&, Check check) {
        json s = json::object();
        if constexpr (std::is_same_v<T, std::string>) {
            s["type"] = "string";
            if constexpr (std::is_same_v<Check, Limit>) {
                s["maxLength"] = (size_t)check;
                s["description"] = "at most " + std::to_string((size_t)check) + " characters (code points)";
            } else if constexpr (std::is_same_v<Check, IdText>) {
                s["pattern"] = kIdPattern;
                s["description"] = "this element's id, stable across edits";
            } else if constexpr (std::is_same_v<Check, Ref>) {
                s["pattern"] = "^([A-Za-z0-9_-]{1,64})?$";
                s["x-refers-to"] = kind_name(check.kind);
                s["description"] = std::string("the id of a ") + kind_name(check.kind) + ", or \"\" for none";
            }
        } else if constexpr (std::is_same_v<T, bool>) {
            s["type"] = "boolean";
        } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, long long> || std::is_same_v<T, double>) {
            s["type"] = std::is_same_v<T, double> ? "number" : "integer";
            if constexpr (std::is_same_v<Check, Range>) {
                s["minimum"] = check.min;
                s["maximum"] = check.max;
            }
        } else if constexpr (std::is_enum_v<T>) {
            s["type"] = "string";
            json names = json::array();
            for (std::string_view n : EnumNames<T>::names) names.push_back(std::string(n));
            s["enum"] = names;
        } else if constexpr (std::is_same_v<T, Date>) {
            s["type"] = "string";
            s["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
            s["description"] = "a calendar date YYYY-MM-DD";
        } else if constexpr (std::is_same_v<T, TimeOfDay>) {
            s["type"] = "string";
            s["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
            s["description"] = "a time of day HH:MM, 00:00–23:59";
        } else if constexpr (is_optional<T>::value) {
            typename T::value_type inner{};
            s["anyOf"] = json::array({schema_of(inner, check), json{{"type", "null"}}});
        } else if constexpr (is_vector<T>::value) {
            typename T::value_type inner{};
            s["type"] = "array";
            s["maxItems"] = JsonReader::list_limit(check);
            if constexpr (std::is_same_v<Check, Ids>) {
                s["items"] = schema_of(inner, NoCheck{});
                s["description"] = std::string("elements of kind ") + kind_name(check.kind) + "; ids unique per kind";
            } else {
                s["items"] = schema_of(inner, check);
            }
        } else {
            T inner{};
            SchemaWriter nested;
            describe(nested, inner);
            s["type"] = "object";
            s["properties"] = std::move(nested.properties);
            s["additionalProperties"] = true;
        }
        return s;
    }
};

}  // namespace

json plan_file_schema() {
    Plan plan;
    json schema = SchemaWriter::schema_of(plan, NoCheck{});
    schema["description"] = "the plan";
    json root = json::object();
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    root["title"] = "社群 SOP 规划器 plan file (format sop-planner/plan, version " + std::to_string(kSchemaVersion) + ")";
    root["description"] =
        "Generated from src/core/model/plan_*.hpp by `planner_cli schema`. Missing keys take their defaults; unknown "
        "keys are accepted and dropped on import (not kept on export). Beyond this schema the importer checks: "
        "ids unique per kind across the plan, references resolve, content.mix parts total 100, date ranges and "
        "stage day ranges in order, file at most 16 MiB, nesting at most 32 levels, valid UTF-8.";
    root["type"] = "object";
    root["required"] = json::array({"format", "version", "plan"});
    root["properties"] = {
        {"format", {{"const", kFormatName}}},
        {"version", {{"type", "integer"}, {"minimum", 1}, {"maximum", kSchemaVersion}}},
        {"app_version", {{"type", "string"}}},
        {"exported_at", {{"type", "string"}}},
        {"plan", std::move(schema)},
    };
    return root;
}

}  // namespace core
