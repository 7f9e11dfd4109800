#pragma once
// Field checks that describe() attaches to a field: string length limits and
// numeric ranges. The JSON reader enforces them, so a file, a share link and
// an edit from the UI are held to the same rules.
#include <cstddef>

namespace core {

// Longest string, in bytes of UTF-8, that each kind of text field accepts.
enum class Limit : std::size_t {
    line = 200,          // a name, a title
    paragraph = 4000,    // a description
    document = 20000,    // a script, an announcement
};

struct Range {
    double min;
    double max;
};

struct NoCheck {};

}  // namespace core
