#include "core/text/line_break.hpp"

#include <algorithm>
#include <iterator>

#include "core/text/utf8.hpp"

namespace core {

namespace {

enum class Kind {
    other,     // Latin letters, digits, symbols: no break between two of them
    space,     // a break may follow
    open,      // opening punctuation: no break after
    close,     // closing punctuation: no break before
    cjk,       // a break may come on either side (hanzi, kana, hangul, emoji, flags)
};

// Sorted, for binary_search. Hanzi punctuation comes in fullwidth forms
// (U+FF00…) and CJK punctuation (U+3000…); “”‘’ and …— are shared with
// English, so they are opening or closing but let a line break on their
// outer side only next to CJK.
constexpr char32_t kOpening[] = {U'(',  U'[',  U'{',  U'‘',  U'“',  U'〈', U'《', U'「', U'『', U'【', U'〔', U'〖',
                                 U'〘', U'〚', U'〝', U'﹙', U'﹛', U'﹝', U'（', U'［', U'｛', U'｟', U'｢'};
constexpr char32_t kClosing[] = {U'!',  U')',  U',',  U'.',  U':',  U';',  U'?',  U']',  U'}',  U'·',  U'—',
                                 U'―',  U'’',  U'”',  U'‥',  U'…',  U'、', U'。', U'〉', U'》', U'」', U'』',
                                 U'】', U'〕', U'〗', U'〙', U'〛', U'〜', U'〞', U'〟', U'・', U'﹐', U'﹑',
                                 U'﹒', U'﹔', U'﹕', U'﹖', U'﹗', U'﹚', U'﹜', U'﹞', U'！', U'）', U'，',
                                 U'．', U'：', U'；', U'？', U'］', U'｝', U'～', U'｠', U'｡',  U'｣',  U'､'};
static_assert(std::is_sorted(std::begin(kOpening), std::end(kOpening)));
static_assert(std::is_sorted(std::begin(kClosing), std::end(kClosing)));

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0x200B; }

bool is_cjk(char32_t c) {
    return in(c, 0x1100, 0x115F)        // hangul leading jamo
           || in(c, 0x2600, 0x27BF)     // symbols and dingbats: ☀ ✓ ❤
           || in(c, 0x2E80, 0x303F)     // radicals, CJK symbols
           || in(c, 0x3040, 0x9FFF)     // kana, bopomofo, enclosed CJK, extension A, hanzi
           || in(c, 0xA000, 0xA4CF)     // Yi
           || in(c, 0xAC00, 0xD7AF)     // hangul syllables
           || in(c, 0xF900, 0xFAFF)     // compatibility ideographs
           || in(c, 0xFE30, 0xFE4F)     // CJK compatibility forms
           || in(c, 0xFF00, 0xFFEF)     // fullwidth forms
           || in(c, 0x1F000, 0x1FAFF)   // emoji and pictographs
           || in(c, 0x20000, 0x3FFFF)   // hanzi beyond the BMP (extension B on)
           || in(c, 0xF0000, 0xFFFFD);  // private use: an emoji sequence drawn whole (ui/cluster_glyphs.hpp)
}

Kind kind_of(char32_t c) {
    if (is_space(c)) return Kind::space;
    if (std::binary_search(std::begin(kOpening), std::end(kOpening), c)) return Kind::open;
    if (std::binary_search(std::begin(kClosing), std::end(kClosing), c)) return Kind::close;
    if (is_cjk(c)) return Kind::cjk;
    return Kind::other;
}

// Punctuation of the CJK blocks, as opposed to the marks shared with English.
bool cjk_punctuation(char32_t c) { return c >= 0x2E80; }

// What the symbols before a position say about a break there. The text is
// walked a cluster at a time (core/text/utf8.hpp: 👍🏽, 👨‍👩‍👧, 🇨🇳, e + an
// accent), so no break ever falls inside one; a cluster is the kind of its
// first character.
struct Before {
    Kind kind = Kind::other;  // of the last cluster (a space after "（" does not count)
    char32_t c = 0;           // its first character

    void take(Kind k, char32_t ch) {
        if (k == Kind::space && kind == Kind::open) return;  // "（ " still opens what follows
        kind = k;
        c = ch;
    }
};

// A cut that keeps the punctuation rules: the most a word wider than the
// line allows.
bool may_cut(const Before& a, Kind b) {
    if (b == Kind::close || a.kind == Kind::open) return false;
    return b != Kind::space;  // spaces stay at the end of the line, where they take no room
}

// A break between words: after spaces, and next to CJK.
bool may_break(const Before& a, Kind b, char32_t c) {
    if (!may_cut(a, b)) return false;
    if (a.kind == Kind::space) return true;
    if (a.kind == Kind::cjk || b == Kind::cjk) return true;
    return (a.kind == Kind::close && cjk_punctuation(a.c)) || (b == Kind::open && cjk_punctuation(c));
}

struct Wrap {
    size_t end = 0;    // where the next line begins; 0: none found yet
    size_t shown = 0;  // end less the spaces before it
    float width = 0;   // up to shown
};

// The end of the line that begins at `start`, in the paragraph that ends at
// para_end (a "\n" or the text's end).
Wrap wrap_point(std::string_view text, size_t start, size_t para_end, float max_width,
                const std::function<float(char32_t)>& advance) {
    Before before;
    float width = 0;
    size_t ink_end = start;  // end of the last character that is not a space
    float ink_width = 0;     // the width up to ink_end
    Wrap last_break, last_cut;
    bool overflowed = false;  // past the width with no cut in it: the line ends at the first cut
    for (size_t i = start; i < para_end;) {
        const size_t next = std::min(cluster_end(text, i), para_end);
        size_t first = i;
        const char32_t c = next_char(text, first);
        const Kind k = kind_of(c);
        // A line of spaces only would show nothing.
        if (i > start && ink_end > start && may_cut(before, k)) {
            if (overflowed) return {i, ink_end, ink_width};
            last_cut = {i, ink_end, ink_width};
            if (may_break(before, k, c)) last_break = last_cut;
        }
        for (size_t at = i; at < next;) width += advance(next_char(text, at));   // drawn a character at a time
        if (k != Kind::space) {
            if (!overflowed && i > start && width > max_width) {
                if (last_break.end) return last_break;
                if (last_cut.end) return last_cut;
                overflowed = true;
            }
            ink_end = next;
            ink_width = width;
        }
        before.take(k, c);
        i = next;
    }
    return {para_end, para_end, width};
}

}  // namespace

std::vector<Line> break_lines(std::string_view text, float max_width, const std::function<float(char32_t)>& advance) {
    std::vector<Line> lines;
    size_t begin = 0;
    do {
        const size_t para_end = std::min(text.find('\n', begin), text.size());
        const size_t next = para_end < text.size() ? para_end + 1 : para_end;
        for (size_t start = begin;;) {
            const Wrap wrap = wrap_point(text, start, para_end, max_width, advance);
            if (wrap.end == para_end) {
                lines.push_back({start, next, para_end, wrap.width});
                break;
            }
            lines.push_back({start, wrap.end, wrap.shown, wrap.width});
            start = wrap.end;
        }
        begin = next;
    } while (begin < text.size());
    return lines;
}

}  // namespace core
