#include "core/text/utf8.hpp"

namespace core {

namespace {

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Joins the character before it (Grapheme_Cluster_Break = Extend, and ZWJ).
bool extends(char32_t c) {
    return in(c, 0x0300, 0x036F) ||     // combining diacritical marks
           in(c, 0x0483, 0x0489) || in(c, 0x0591, 0x05BD) || in(c, 0x0610, 0x061A) || in(c, 0x064B, 0x065F) ||
           in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) ||
           in(c, 0x200C, 0x200D) ||     // zero width non-joiner, joiner
           in(c, 0x20D0, 0x20FF) ||     // combining marks for symbols, the keycap U+20E3
           in(c, 0x302A, 0x302F) || in(c, 0x3099, 0x309A) ||   // CJK tone marks, kana voicing
           in(c, 0xFE00, 0xFE0F) ||     // variation selectors
           in(c, 0xFE20, 0xFE2F) ||
           in(c, 0x1F3FB, 0x1F3FF) ||   // skin tones
           in(c, 0xE0020, 0xE007F) ||   // emoji tags (subdivision flags)
           in(c, 0xE0100, 0xE01EF);     // variation selectors supplement
}

// Extended_Pictographic, as far as a ZWJ sequence needs it.
bool pictographic(char32_t c) {
    return c == 0x00A9 || c == 0x00AE || in(c, 0x203C, 0x3299) || in(c, 0x1F000, 0x1FAFF);
}

bool regional(char32_t c) { return in(c, 0x1F1E6, 0x1F1FF); }

}  // namespace

char32_t next_char(std::string_view text, std::size_t& at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char c = p[at];
    const std::size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                        : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    bool whole = n > 0 && at + n <= text.size();
    char32_t out = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (std::size_t k = 1; whole && k < n; ++k) {
        whole = (p[at + k] & 0xC0) == 0x80;
        out = (out << 6) | (p[at + k] & 0x3F);
    }
    if (!whole) {   // not UTF-8 (text from outside the plan): the byte is a character of its own
        ++at;
        return 0xFFFD;
    }
    at += n;
    return out;
}

std::size_t char_count(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

std::size_t char_offset(std::string_view text, std::size_t n) {
    std::size_t at = 0;
    while (at < text.size() && n-- > 0) next_char(text, at);
    return at;
}

std::size_t cluster_end(std::string_view text, std::size_t at) {
    if (at >= text.size()) return text.size();
    char32_t prev = next_char(text, at);
    bool pict = pictographic(prev);   // the cluster so far is a pictograph (with extenders)
    int regionals = regional(prev) ? 1 : 0;
    while (at < text.size()) {
        std::size_t next = at;
        const char32_t c = next_char(text, next);
        const bool joins = (prev == '\r' && c == '\n') ||
                           (prev != '\r' && prev != '\n' && extends(c)) ||
                           (prev == 0x200D && pict && pictographic(c)) ||
                           (regionals == 1 && regional(c));
        if (!joins) break;
        if (regional(c)) ++regionals;
        if (!extends(c) && !pictographic(c)) pict = false;
        prev = c;
        at = next;
    }
    return at;
}

std::size_t cluster_before(std::string_view text, std::size_t at) {
    std::size_t start = 0;
    for (std::size_t s = 0; s < at && s < text.size();) {
        start = s;
        s = cluster_end(text, s);
    }
    return start;
}

bool at_cluster_boundary(std::string_view text, std::size_t at) {
    if (at == 0 || at >= text.size()) return true;
    std::size_t s = 0;
    while (s < at) s = cluster_end(text, s);
    return s == at;
}

}  // namespace core
