#include "core/json/plan_json.hpp"

#include <cstdio>
#include <vector>

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

TextFault text_fault(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                char got[8];
                std::snprintf(got, sizeof got, "U+%04X", (unsigned)c);
                return {ProblemKind::control_char, got};
            }
            ++i;
            continue;
        }
        // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
        size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;   // the second byte's range
        if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c == 0xE0) length = 3, low = 0xA0;
        else if (c == 0xED) length = 3, high = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) length = 3;
        else if (c == 0xF0) length = 4, low = 0x90;
        else if (c == 0xF4) length = 4, high = 0x8F;
        else if (c >= 0xF1 && c <= 0xF3) length = 4;
        if (length == 0 || n - i < length || p[i + 1] < low || p[i + 1] > high) return {ProblemKind::bad_utf8, ""};
        for (size_t k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return {ProblemKind::bad_utf8, ""};
        i += length;
    }
    return {};
}

std::string JsonReader::range_text(const Range& r) {
    // Whole numbers in full (10000000, not 1e+07): people read them.
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.15g–%.15g", r.min, r.max);
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

// nlohmann's DOM parser (json_sax_dom_parser), except that a member named
// twice in one object stops the parse: nlohmann would keep the last value and
// say nothing, and a file that can be read two ways is refused instead. Each
// name is inserted once anyway, so the check costs nothing; the place is only
// worked out for the refusal.
class StrictParser {
public:
    explicit StrictParser(json& root) : root_(root) {}
    std::string duplicate;   // the place of the repeated member, once found
    std::string overflow;         // a number too large for a double, as written (1e309)
    std::string overflow_place;   // and where it is

    bool null() { return value(nullptr); }
    bool boolean(bool v) { return value(v); }
    bool number_integer(json::number_integer_t v) { return value(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value(v); }
    bool number_float(json::number_float_t v, const json::string_t&) { return value(v); }
    bool string(json::string_t& v) { return value(v); }
    bool binary(json::binary_t& v) { return value(std::move(v)); }
    bool start_object(std::size_t) {
        open_.push_back(put(json::value_t::object));
        return true;
    }
    bool key(json::string_t& name) {
        last_key_ = name;
        auto [at, added] = open_.back()->get_ref<json::object_t&>().emplace(name, nullptr);
        if (!added) {
            duplicate = place_of(name);
            return false;
        }
        member_ = &at->second;
        return true;
    }
    bool end_object() {
        open_.pop_back();
        return true;
    }
    bool start_array(std::size_t) {
        open_.push_back(put(json::value_t::array));
        return true;
    }
    bool end_array() {
        open_.pop_back();
        return true;
    }
    bool parse_error(std::size_t, const std::string& token, const json::exception& e) {
        if (e.id == 406) {   // nlohmann's "number overflow": a number no double holds
            overflow = token.substr(0, 40);
            overflow_place = place_here();
        }
        return false;
    }

private:
    json* put(json v) {
        if (open_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        if (open_.back()->is_array()) {
            auto& list = open_.back()->get_ref<json::array_t&>();
            list.push_back(std::move(v));
            return &list.back();
        }
        *member_ = std::move(v);
        return member_;
    }
    template <class V>
    bool value(V&& v) {
        put(json(std::forward<V>(v)));
        return true;
    }

    // A member as the reader names places: plan.rhythm.slots[3].time; a name
    // that is not plain is quoted (plan["a.b"]) and a long one shortened.
    static void append_name(std::string& path, const std::string& name) {
        bool plain = !name.empty();
        for (unsigned char c : name) {
            const bool word =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!word && c < 0x80) plain = false;
        }
        std::string shown = name;
        if (shown.size() > 64) {
            size_t cut = 64;
            while (cut > 0 && ((unsigned char)shown[cut] & 0xC0) == 0x80) --cut;   // not inside a character
            shown = shown.substr(0, cut) + "…";
        }
        if (plain) path += (path.empty() ? "" : ".") + shown;
        else path += "[" + json(shown).dump(-1, ' ', false, json::error_handler_t::replace) + "]";
    }
    std::string place_of(const std::string& name) const {
        std::string path;
        for (size_t i = 0; i + 1 < open_.size(); ++i) {
            const json* child = open_[i + 1];
            if (open_[i]->is_array()) {
                path += "[" + std::to_string(open_[i]->size() - 1) + "]";   // the element being read
                continue;
            }
            for (const auto& [k, v] : open_[i]->get_ref<const json::object_t&>())
                if (&v == child) append_name(path, k);
        }
        append_name(path, name);
        return path;
    }

    // Where the value being read goes: the member after the last key, or the
    // next element of the innermost list.
    std::string place_here() const {
        std::string path;
        for (size_t i = 0; i < open_.size(); ++i) {
            const json* child = i + 1 < open_.size() ? open_[i + 1] : nullptr;
            if (open_[i]->is_array()) {
                path += "[" + std::to_string(open_[i]->size() - (child ? 1 : 0)) + "]";
                continue;
            }
            if (!child) {
                append_name(path, last_key_);
                continue;
            }
            for (const auto& [k, v] : open_[i]->get_ref<const json::object_t&>())
                if (&v == child) append_name(path, k);
        }
        return path;
    }

    json& root_;
    std::string last_key_;
    std::vector<json*> open_;   // the objects and arrays being read, outermost first
    json* member_ = nullptr;    // where the value after a key goes
};

}  // namespace

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// An image picked by mistake, by its first bytes: "PNG", "JPEG", "GIF",
// "WebP", or nullptr.
const char* image_kind(std::string_view text) {
    if (starts_with(text, "\x89PNG\r\n\x1a\n")) return "PNG";
    if (starts_with(text, "\xFF\xD8\xFF")) return "JPEG";
    if (starts_with(text, "GIF87a") || starts_with(text, "GIF89a")) return "GIF";
    if (starts_with(text, "RIFF") && text.size() >= 12 && text.substr(8, 4) == "WEBP") return "WebP";
    return nullptr;
}

// Text that is not JSON but a table: its first line has cells separated by
// commas or tabs (the planner's own schedule CSV, a sheet saved as CSV), and
// it does not open like JSON.
bool looks_like_table(std::string_view text) {
    if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text[first] == '{' || text[first] == '[') return false;
    const std::string_view line = text.substr(first, text.find('\n', first) - first);
    return line.find(',') != std::string_view::npos || line.find('\t') != std::string_view::npos ||
           line.find("，") != std::string_view::npos;
}

}  // namespace

Problem text_limits(std::string_view text) {
    if (text.size() > kMaxFileBytes)
        return {ProblemKind::too_large, "", std::to_string(kMaxFileBytes), std::to_string(text.size())};
    if (nesting_depth(text) > kMaxDepth) return {ProblemKind::too_deep, "", std::to_string(kMaxDepth), ""};
    return {};
}

namespace {
bool parse_strictly(std::string_view text, StrictParser& parser) {
    return json::sax_parse(text.data(), text.data() + text.size(), &parser);
}
}  // namespace

json parse_json(std::string_view text) {
    json root;
    StrictParser parser(root);
    if (!parse_strictly(text, parser)) return json(json::value_t::discarded);
    return root;
}

ImportResult import_plan_json(std::string_view text, json* parsed) {
    ImportResult result;
    Problem& problem = result.problem;
    if (const char* image = image_kind(text)) {
        problem = {ProblemKind::image_file, "", "", image};
        return result;
    }
    if ((problem = text_limits(text))) return result;
    json root;
    StrictParser parser(root);
    if (!parse_strictly(text, parser)) {
        if (!parser.duplicate.empty()) problem = {ProblemKind::duplicate_key, parser.duplicate, "", ""};
        else if (!parser.overflow.empty())
            problem = {ProblemKind::number_overflow, parser.overflow_place, "", parser.overflow};
        else if (looks_like_table(text)) problem = {ProblemKind::csv_file, "", "", ""};
        else problem = {ProblemKind::not_json, "", "", ""};
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
