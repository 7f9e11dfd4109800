#pragma once
// JSON for any type with a describe(): a writer and a validating reader.
// The reader never throws; it stops at the first problem and names its path.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"
#include "core/model/problem.hpp"
#include "core/text/utf8.hpp"

namespace core {

using json = nlohmann::json;

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

// ---- writing ------------------------------------------------------------------
struct JsonWriter {
    json out = json::object();

    template <class T, class Check = NoCheck>
    void field(const char* key, const T& value, Check = {}) { out[key] = to_json_value(value); }

    template <class T>
    static json to_json_value(const T& value) {
        if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, bool> ||
                      std::is_same_v<T, int> || std::is_same_v<T, double> ||
                      std::is_same_v<T, long long>) {
            return value;
        } else if constexpr (std::is_enum_v<T>) {
            return std::string(enum_name(value));
        } else if constexpr (std::is_same_v<T, Date>) {
            return format_date(value);
        } else if constexpr (std::is_same_v<T, TimeOfDay>) {
            return format_time(value);
        } else if constexpr (is_optional<T>::value) {
            return value ? to_json_value(*value) : json(nullptr);
        } else if constexpr (is_vector<T>::value) {
            json arr = json::array();
            for (const auto& element : value) arr.push_back(to_json_value(element));
            return arr;
        } else {
            JsonWriter nested;
            describe(nested, const_cast<T&>(value));   // describe() only reads here
            return std::move(nested.out);
        }
    }
};

template <class T>
json to_json_value(const T& value) { return JsonWriter::to_json_value(value); }

// ---- reading --------------------------------------------------------------------
const char* json_type_name(const json& j);
// 1–64 bytes of [A-Za-z0-9_-]: safe in paths, file names and URLs.
bool valid_id(std::string_view id);
// What is wrong with a string of the plan, if anything: invalid UTF-8
// (bad_utf8), or a control character other than tab, LF and CR (control_char,
// got "U+0000"). No NUL in a plan means no export is cut short where text
// crosses to the page as a C string.
struct TextFault {
    ProblemKind kind = ProblemKind::none;
    std::string got;
};
TextFault text_fault(std::string_view text);

class JsonReader {
public:
    JsonReader(const json& object, std::string path, Problem& problem)
        : object_(object), path_(std::move(path)), problem_(problem) {}

    // A missing key keeps the default; unknown keys are ignored (documented in
    // docs/file-format.md). A present key must have the right type and range.
    template <class T, class Check = NoCheck>
    void field(const char* key, T& out, Check check = {}) {
        if (problem_) return;
        auto it = object_.find(key);
        if (it == object_.end()) return;
        read_value(*it, path_ + "." + key, out, check, problem_);
    }

    template <class T, class Check = NoCheck>
    static bool read_value(const json& j, const std::string& path, T& out, Check check, Problem& problem) {
        auto fail = [&](ProblemKind kind, std::string expected, std::string got) {
            problem = Problem{kind, path, std::move(expected), std::move(got)};
            return false;
        };
        if constexpr (std::is_same_v<T, std::string>) {
            if (!j.is_string()) return fail(ProblemKind::wrong_type, "string", json_type_name(j));
            const auto& s = j.get_ref<const std::string&>();
            if (TextFault f = text_fault(s); f.kind != ProblemKind::none) return fail(f.kind, "", std::move(f.got));
            if constexpr (std::is_same_v<Check, IdText> || std::is_same_v<Check, Ref>) {
                const bool may_be_empty = std::is_same_v<Check, Ref>;
                if (!(may_be_empty && s.empty()) && !valid_id(s))
                    return fail(ProblemKind::bad_id, "", s.substr(0, kMaxIdBytes + 1));
            }
            if constexpr (std::is_same_v<Check, Limit>) {
                if (const size_t chars = char_count(s); chars > (size_t)check)
                    return fail(ProblemKind::too_long, std::to_string((size_t)check), std::to_string(chars));
            }
            out = s;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!j.is_boolean()) return fail(ProblemKind::wrong_type, "boolean", json_type_name(j));
            out = j.get<bool>();
        } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, long long> || std::is_same_v<T, double>) {
            if (!j.is_number()) return fail(ProblemKind::wrong_type, "number", json_type_name(j));
            double d = j.get<double>();
            if constexpr (!std::is_same_v<T, double>) {
                if (!j.is_number_integer() && !j.is_number_unsigned())
                    return fail(ProblemKind::wrong_type, "integer", j.dump());
            }
            if constexpr (std::is_same_v<Check, Range>) {
                if (!(d >= check.min && d <= check.max))
                    return fail(ProblemKind::out_of_range, range_text(check), j.dump());
            }
            if constexpr (std::is_same_v<T, int>) {
                if (d < -2147483648.0 || d > 2147483647.0)
                    return fail(ProblemKind::out_of_range, "-2147483648–2147483647", j.dump());
            }
            out = (T)(std::is_same_v<T, double> ? d : (double)j.get<long long>());
        } else if constexpr (std::is_enum_v<T>) {
            if (!j.is_string()) return fail(ProblemKind::wrong_type, "string", json_type_name(j));
            auto value = enum_from_name<T>(j.get_ref<const std::string&>());
            if (!value) return fail(ProblemKind::bad_enum, enum_list<T>(), j.get<std::string>());
            out = *value;
        } else if constexpr (std::is_same_v<T, Date>) {
            if (!j.is_string()) return fail(ProblemKind::wrong_type, "date string", json_type_name(j));
            auto value = parse_date(j.get_ref<const std::string&>());
            if (!value) return fail(ProblemKind::bad_date, "YYYY-MM-DD", j.get<std::string>());
            out = *value;
        } else if constexpr (std::is_same_v<T, TimeOfDay>) {
            if (!j.is_string()) return fail(ProblemKind::wrong_type, "time string", json_type_name(j));
            auto value = parse_time(j.get_ref<const std::string&>());
            if (!value) return fail(ProblemKind::bad_time, "HH:MM", j.get<std::string>());
            out = *value;
        } else if constexpr (is_optional<T>::value) {
            if (j.is_null()) {
                out.reset();
            } else {
                typename T::value_type inner{};
                if (!read_value(j, path, inner, check, problem)) return false;
                out = std::move(inner);
            }
        } else if constexpr (is_vector<T>::value) {
            if (!j.is_array()) return fail(ProblemKind::wrong_type, "array", json_type_name(j));
            const std::size_t max = list_limit(check);
            if (j.size() > max) return fail(ProblemKind::too_many, std::to_string(max), std::to_string(j.size()));
            // A list's own check (Ids) says what its elements are; element
            // checks (Limit, Ref) apply to each element.
            T result;
            result.reserve(j.size());
            for (size_t i = 0; i < j.size(); ++i) {
                typename T::value_type element{};
                if (!read_value(j[i], path + "[" + std::to_string(i) + "]", element, check_for_element(check), problem))
                    return false;
                result.push_back(std::move(element));
            }
            out = std::move(result);
        } else {
            if (!j.is_object()) return fail(ProblemKind::wrong_type, "object", json_type_name(j));
            T result{};
            JsonReader nested(j, path, problem);
            describe(nested, result);
            if (problem) return false;
            out = std::move(result);
        }
        return true;
    }

    // The longest list a list field with this check accepts (fields.hpp).
    template <class Check>
    static std::size_t list_limit(const Check& check) {
        if constexpr (std::is_same_v<Check, Ids>) return max_items(check.kind);
        else return kMaxListItems;
    }

private:
    template <class Check>
    static auto check_for_element(Check check) {
        if constexpr (std::is_same_v<Check, Ids>) return NoCheck{};
        else return check;
    }
    static std::string range_text(const Range& r);
    template <class E>
    static std::string enum_list() {
        std::string s;
        for (std::string_view name : EnumNames<E>::names) s += (s.empty() ? "" : ", ") + std::string(name);
        return s;
    }

    const json& object_;
    std::string path_;
    Problem& problem_;
};

}  // namespace core
