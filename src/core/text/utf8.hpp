#pragma once
// Text as the user sees it: characters (code points) and the clusters of
// them that show as one symbol (an emoji with a skin tone, a family joined
// by ZWJ, a flag, a letter with a combining mark). The text is valid UTF-8
// (the reader and edits refuse anything else, core/json/json_fields.hpp).
//
// Clusters follow Unicode's extended grapheme cluster rules (UAX #29) for
// what operators type: CR LF; combining marks, variation selectors, skin
// tones, emoji tags and keycaps join the character before; a ZWJ joins the
// pictograph after it; regional indicators pair into flags. Hangul jamo and
// Indic spacing marks are not joined (precomposed Hangul is one character).
#include <cstddef>
#include <string_view>

namespace core {

// The code point starting at byte `at`; `at` moves past it. A byte that
// starts no whole UTF-8 sequence is U+FFFD, one byte long.
char32_t next_char(std::string_view text, std::size_t& at);

// How many characters (code points): what field limits count.
std::size_t char_count(std::string_view text);

// The byte offset `n` characters in (the end when the text is shorter).
std::size_t char_offset(std::string_view text, std::size_t n);

// The end of the cluster that starts at byte `at`.
std::size_t cluster_end(std::string_view text, std::size_t at);

// The start of the cluster that ends at byte `at` (the one a Backspace
// there takes away); 0 at the start.
std::size_t cluster_before(std::string_view text, std::size_t at);

// Whether byte `at` lies between two clusters (the start and the end do).
bool at_cluster_boundary(std::string_view text, std::size_t at);

}  // namespace core
