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
    bad_id,            // got: the id (1–64 of A-Z a-z 0-9 _ -)
    bad_total,         // expected: total, got: total (mix targets)
    bad_order,         // expected: the other end, got: this end (start after end)
    bad_link,          // a share link that cannot be read; got: why (share_link.hpp)
    unknown_link_version,  // expected: our link prefix, got: the link's
    link_too_large,    // expected: limit in bytes
    duplicate_key,     // a member named twice in one object of a file; path: the member
    control_char,      // got: the character, e.g. "U+0000" (tab, LF and CR are text)
    bad_utf8,          // text that is not valid UTF-8 (an edit; a file is not_json)
    csv_file,          // a file that is a table (CSV or tab-separated), not JSON
    image_file,        // got: "PNG", "JPEG", "GIF" or "WebP" (by the file's first bytes)
    number_overflow,   // got: the number as written (1e309): too large for any field
    unknown_link_base, // a p2 share link names a template text this planner lacks; got: its key
    // new kinds go above this line; i18n.cpp words each one
    count_
};

struct Problem {
    ProblemKind kind = ProblemKind::none;
    // Where, as the file names it: plan.rhythm.slots[2].time. The user reads
    // it as places.hpp words it (执行节奏 › 每日时段 › 第 3 行 › 时间); the
    // path itself is shown only as a detail line for a file.
    std::string path;
    std::string expected;
    std::string got;
    explicit operator bool() const { return kind != ProblemKind::none; }
};

}  // namespace core
