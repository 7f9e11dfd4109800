#pragma once
// A placeholder name as a person types it, made ready to store: the setup
// panel's name cell and the replication dialog's "name=value" pairs both
// take "{老师}" for 老师, since a message writes the braces around the name
// (core/rules/messages.hpp).
#include <string>
#include <string_view>

namespace ui {

struct TypedName {
    std::string name;         // "" when what was typed is no name
    bool had_braces = false;  // one pair of braces, {老师} or ｛老师｝, was taken off
};

// Surrounding spaces (ASCII and full-width) and one pair of braces are taken
// off; what is left is a name when it is 1–20 characters with no brace,
// space or line break inside (the rule of messages.hpp).
TypedName typed_name(std::string_view text);

// `text` without spaces, tabs, line breaks and full-width spaces at its ends.
std::string trim_spaces(std::string_view text);

}  // namespace ui
