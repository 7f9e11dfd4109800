#pragma once
// Where wrapped text breaks into lines, for Chinese and English alike
// (Dear ImGui's own wrapping cuts a run of hanzi anywhere, so a line could
// start with "，" or end with "（").
//
// The rules:
// - "\n" always ends a line. A text that ends in "\n" has no empty line
//   after it; blank lines inside a text stay.
// - A line never starts with closing punctuation: ，。、；：？！）」』》〉】〕
//   ”’…—· and their kin, and ASCII ) ] } , . ; : ! ?. A line never ends with
//   opening punctuation: （「『《〈【〔“‘ and their kin, and ASCII ( [ {.
// - Next to a CJK character (hanzi, kana, hangul, fullwidth forms, emoji) a
//   line may break with no space: between two of them, and between one and a
//   Latin word or a number. After CJK closing punctuation and before CJK
//   opening punctuation too.
// - Latin words and numbers stay whole ("-39.29%", "e.g."): between them a
//   line breaks only after spaces. The spaces stay at the end of that line
//   and take no room there: they are not drawn.
// - What shows as one symbol (a cluster, core/text/utf8.hpp: accents,
//   variation selectors, skin tones, emoji joined by U+200D, a flag's two
//   halves) is never split.
// - A line holds as much as fits in the width. A word wider than the line
//   is cut between two symbols, as late as the punctuation rules allow.
//   When they allow no cut at all inside the width ("你，" in the width of
//   one character), the line runs past the width to the first place where
//   it may end. Every line holds at least one character, so punctuation
//   never leaves a line empty and wrapping always moves on.
// - Lines cover the text exactly, in order: no byte is changed or left out,
//   and no UTF-8 sequence is split. A byte that is not UTF-8 is a character
//   of its own.
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace core {

struct Line {
    size_t begin = 0;  // byte offset of the line's first character
    size_t end = 0;    // the next line's begin, or the text's size
    size_t shown = 0;  // end less the "\n" that ends the line and the spaces at a wrap: what is drawn
    float width = 0;   // of what is shown
};

// advance: how wide a character is, in the unit of max_width. A max_width
// of 0 or less puts one character (with what belongs to it) on each line.
std::vector<Line> break_lines(std::string_view text, float max_width, const std::function<float(char32_t)>& advance);

}  // namespace core
