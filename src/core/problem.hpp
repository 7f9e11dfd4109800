#pragma once
// A problem found in user input (a file, a link, an edit): what is wrong and
// where. The UI words it in the user's language (i18n.hpp: problem_text).
#include <string>

namespace core {

enum class ProblemKind {
    none,
    not_json,          // detail: parser's position
    too_large,         // expected: limit, got: size
    too_deep,          // expected: limit
    not_object,
    wrong_format,      // got: the format name found
    newer_version,     // expected: our version, got: the file's
    bad_version,
    wrong_type,        // expected: type name, got: type name
    out_of_range,      // expected: "min–max", got: value
    too_long,          // expected: limit, got: length
    bad_enum,          // expected: allowed names, got: value
    bad_date,          // got: value
    bad_time,          // got: value
    missing,           // a required key
    duplicate_id,      // got: id
    dangling_ref,      // got: id
    unknown_path,      // an edit addressed nothing
    too_many,          // expected: limit, got: count
};

struct Problem {
    ProblemKind kind = ProblemKind::none;
    std::string path;       // e.g. plan.basics.member_count
    std::string expected;
    std::string got;
    explicit operator bool() const { return kind != ProblemKind::none; }
};

}  // namespace core
