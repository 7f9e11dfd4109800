#include "ui/placeholder_name.hpp"

#include <utility>

#include "core/text/utf8.hpp"

namespace ui {

namespace {
constexpr std::string_view kFullWidthSpace = "\u3000";

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}
bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

std::string trim_spaces(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        for (std::string_view space : {std::string_view(" "), std::string_view("\t"), std::string_view("\r"),
                                       std::string_view("\n"), kFullWidthSpace}) {
            if (starts_with(text, space)) text.remove_prefix(space.size()), changed = true;
            if (ends_with(text, space)) text.remove_suffix(space.size()), changed = true;
        }
    }
    return std::string(text);
}

TypedName typed_name(std::string_view typed) {
    TypedName out;
    std::string text = trim_spaces(typed);
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"{", "}"}, {"｛", "｝"}}) {
        if (text.size() >= open.size() + close.size() && starts_with(text, open) && ends_with(text, close)) {
            text = trim_spaces(std::string_view(text).substr(open.size(), text.size() - open.size() - close.size()));
            out.had_braces = true;
            break;
        }
    }
    const bool bad = text.empty() || core::char_count(text) > 20 ||
                     text.find_first_of("{} \t\r\n") != std::string::npos || text.find("｛") != std::string::npos ||
                     text.find("｝") != std::string::npos || text.find(kFullWidthSpace) != std::string::npos;
    if (!bad) out.name = std::move(text);
    return out;
}

}  // namespace ui
