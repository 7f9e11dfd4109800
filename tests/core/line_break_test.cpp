// Line breaking for wrapped text: CJK punctuation never starts or ends a
// line where it must not, Latin words and numbers stay whole, and the lines
// always give back the whole text.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "core/text/line_break.hpp"

using namespace core;

namespace {

// Like a terminal: ASCII one cell, everything else two, marks that join the
// character before none.
float cells(char32_t c) {
    if (c < 0x80) return 1;
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF))
        return 0;
    return 2;
}

std::vector<Line> lines_of(std::string_view text, float width) { return break_lines(text, width, cells); }

// What is drawn of each line, the lines joined by "|".
std::string shown(std::string_view text, float width) {
    std::string out;
    for (const Line& l : lines_of(text, width)) {
        if (l.begin) out += '|';
        out += text.substr(l.begin, l.shown - l.begin);
    }
    return out;
}

const char* const kClosing[] = {"，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】",
                                "〕", "”",  "’",  "…",  "—",  ",",  ".",  ";",  ":",  "?",  "!",  ")"};
const char* const kOpening[] = {"（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "("};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

template <class Marks>
bool starts_with_any(std::string_view s, const Marks& marks) {
    return std::any_of(std::begin(marks), std::end(marks), [&](const char* p) { return starts_with(s, p); });
}
template <class Marks>
bool ends_with_any(std::string_view s, const Marks& marks) {
    return std::any_of(std::begin(marks), std::end(marks), [&](const char* p) { return ends_with(s, p); });
}

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

float width_of(std::string_view s) {
    float w = 0;
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = s[i];
        size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        char32_t c = n == 1 ? b : b & (0x7F >> n);
        for (size_t k = 1; k < n; ++k) c = c << 6 | (s[i + k] & 0x3F);
        w += cells(c);
        i += n;
    }
    return w;
}

// The rules every result keeps, whatever the text and the width.
void check_rules(std::string_view text, float width) {
    CAPTURE(text);
    CAPTURE(width);
    const std::vector<Line> lines = lines_of(text, width);
    REQUIRE(!lines.empty());
    std::string whole;
    size_t at = 0;
    for (size_t n = 0; n < lines.size(); ++n) {
        const Line& l = lines[n];
        REQUIRE(l.begin == at);
        REQUIRE(l.begin <= l.shown);
        REQUIRE(l.shown <= l.end);
        REQUIRE(l.end <= text.size());
        CHECK(l.width == width_of(text.substr(l.begin, l.shown - l.begin)));
        whole += text.substr(l.begin, l.end - l.begin);
        at = l.end;
        const bool wrapped = n > 0 && text[lines[n - 1].end - 1] != '\n';  // began at a wrap, not a "\n"
        const std::string_view line = text.substr(l.begin, l.shown - l.begin);
        if (l.begin < text.size()) CHECK_FALSE(continuation(text[l.begin]));
        if (wrapped) {
            CHECK(!line.empty());
            CHECK_FALSE(starts_with_any(line, kClosing));
        }
        if (l.end < text.size() && text[l.end - 1] != '\n')
            CHECK_FALSE(ends_with_any(line, kOpening));  // ends at a wrap
    }
    CHECK(at == text.size());
    CHECK(whole == text);
}

}  // namespace

TEST_CASE("a comma or a full stop at the wrap point takes the hanzi before it to the next line") {
    // Eleven hanzi fill the width of 22; the comma would start the next line.
    CHECK(shown("我们的社群帮助新手妈妈，解决育儿焦虑。", 22) == "我们的社群帮助新手妈|妈，解决育儿焦虑。");
    CHECK(shown("解决育儿焦虑。好的", 12) == "解决育儿焦|虑。好的");
    // Several closing marks in a row go down together, with the hanzi before them.
    CHECK(shown("一二三四五。」好", 10) == "一二三四|五。」好");
    // Where they fit, nothing moves.
    CHECK(shown("一二三，四五六", 8) == "一二三，|四五六");
}

TEST_CASE("opening brackets and quotes never end a line; closing ones never start one") {
    // 「 would end the first line: it goes down with what it opens.
    CHECK(shown("他说一声「好」就走", 10) == "他说一声|「好」就走");
    CHECK(shown("周会时间（周一）", 10) == "周会时间|（周一）");
    CHECK(shown("新手妈妈“宝妈”社群", 10) == "新手妈妈|“宝妈”社|群");
    // Not even spaces let an opening bracket end a line.
    CHECK(shown("见（ 附件 ）", 4) == "见|（ 附|件 ）");
    CHECK(shown("一二三四（五）", 10) == "一二三四|（五）");
    // ）at the wrap point takes 五 and （ with it.
    CHECK(shown("一二三（五）六", 10) == "一二三|（五）六");
}

TEST_CASE("Chinese and English mixed: words whole, a break allowed next to hanzi") {
    CHECK(shown("使用ImGui开发社群工具", 10) == "使用ImGui|开发社群工|具");
    CHECK(shown("使用ImGui开发", 6) == "使用|ImGui|开发");
    CHECK(shown("你好，world！", 7) == "你好，|world！");
    CHECK(shown("For new mums，帮助", 12) == "For new|mums，帮助");
    // English alone wraps at spaces; the spaces at the wrap are not drawn.
    CHECK(shown("The quick brown fox", 10) == "The quick|brown fox");
    CHECK(shown("The  quick", 5) == "The|quick");
    // A number and its sign and percent stay whole (Dear ImGui once drew "-39." and "29%").
    CHECK(shown("Speaking rate averaged -39.29% (a drop)", 28) == "Speaking rate averaged|-39.29% (a drop)");
    CHECK(shown("开口率下降-39.29%，需要关注", 13) == "开口率下降|-39.29%，需要|关注");
    // ASCII punctuation stays with its word, in English too.
    CHECK(shown("Wait. Done.", 5) == "Wait.|Done.");
    CHECK(shown("ab cd.", 5) == "ab|cd.");
    CHECK(shown("见见(附件)即可", 6) == "见见|(附件)|即可");
}

TEST_CASE("emoji and hanzi beyond the BMP are whole characters") {
    CHECK(shown("开心😀😀😀", 6) == "开心😀|😀😀");
    CHECK(shown("𠀋𠀋，𠀋", 4) == "𠀋|𠀋，|𠀋");
    // A skin tone, a variation selector and a joined family stay with their emoji.
    CHECK(shown("好👍🏽👍🏽", 4) == "好👍🏽|👍🏽");
    CHECK(shown("好❤️❤️", 4) == "好❤️|❤️");
    CHECK(shown("家👨‍👩‍👧好", 2) == "家|👨‍👩‍👧|好");
    // A flag is two regional indicators.
    CHECK(shown("🇨🇳🇺🇸", 4) == "🇨🇳|🇺🇸");
    CHECK(shown("🇨🇳🇺🇸", 2) == "🇨🇳|🇺🇸");
    // A private-use character of plane 15 (an emoji sequence drawn whole,
    // ui/cluster_glyphs.hpp) breaks like an emoji: beside hanzi and a word.
    CHECK(shown("家\U000F0000好", 2) == "家|\U000F0000|好");
    CHECK(shown("ok\U000F0001ok", 3) == "ok|\U000F0001|ok");
}

TEST_CASE("a word wider than the line is cut between characters") {
    const std::string url = "详见https://example.com/a/very/long/path?q=1了解";
    // "?" may not start a line: "h" goes down with it.
    CHECK(shown(url, 12) == "详见|https://exam|ple.com/a/ve|ry/long/pat|h?q=1了解");
    for (const Line& l : lines_of(url, 12)) {
        CHECK(l.width == width_of(url.substr(l.begin, l.shown - l.begin)));
        CHECK(l.width <= 12);
    }
    check_rules(url, 12);
    // A cut never starts a line with closing punctuation either.
    CHECK(shown("abcdefghij.klm", 10) == "abcdefghi|j.klm");
}

TEST_CASE("explicit line breaks still break; blank lines stay; a final one adds no line") {
    CHECK(shown("第一行\n\n第三行\n", 100) == "第一行||第三行");
    CHECK(shown("a\nb", 100) == "a|b");
    CHECK(shown("", 100) == "");
    CHECK(shown("\n", 100) == "");
    CHECK(shown("一二三四\n五六", 4) == "一二|三四|五六");
    // Spaces before a "\n" are the text's own: drawn as they are.
    CHECK(shown("ab  \ncd", 100) == "ab  |cd");
    check_rules("第一行\n\n第三行\n", 3);
}

TEST_CASE("a width smaller than one character still moves on, a character a line") {
    CHECK(shown("你好吗", 1) == "你|好|吗");
    CHECK(shown("你好吗", 0) == "你|好|吗");
    CHECK(shown("ab cd", -5) == "a|b|c|d");
    // The comma cannot start a line and 你 cannot be left alone before it:
    // the line runs past the width rather than break the rule or end empty.
    CHECK(shown("你，好", 1) == "你，|好");
    CHECK(shown("（你）好", 1) == "（你）|好");
    // Punctuation only: one line, however long.
    CHECK(shown("。。。。", 2) == "。。。。");
}

TEST_CASE("leading spaces never make a line of their own") {
    CHECK(shown("    longword", 6) == "    lo|ngword");
    CHECK(shown("\u3000\u3000段落开始", 6) == "\u3000\u3000段|落开始");
}

TEST_CASE("bytes that are not UTF-8 are characters of their own and kept") {
    const std::string text = "\xff\xfe你好\xe4\xbd";  // two stray bytes, then a sequence cut short
    CHECK(shown(text, 2) == "\xff|\xfe|你|好|\xe4|\xbd");
    CHECK(shown(text, 4) == "\xff\xfe|你好|\xe4\xbd");
    // Any bytes at all: lines in order, covering them, each moving on.
    std::mt19937 rng(11);
    for (int round = 0; round < 500; ++round) {
        std::string bytes(rng() % 40, '\0');
        for (char& b : bytes) b = (char)(rng() % 256);
        size_t at = 0;
        for (const Line& l : lines_of(bytes, (float)(rng() % 8))) {
            REQUIRE(l.begin == at);
            REQUIRE((l.end > l.begin || l.end == bytes.size()));
            at = l.end;
        }
        CHECK(at == bytes.size());
    }
}

TEST_CASE("random texts and widths: the lines give back the text and keep every rule") {
    const char* const pieces[] = {"好",
                                  "社群",
                                  "，",
                                  "。",
                                  "、",
                                  "：",
                                  "！",
                                  "？",
                                  "（",
                                  "）",
                                  "「",
                                  "」",
                                  "“",
                                  "”",
                                  "《",
                                  "》",
                                  "…",
                                  "—",
                                  " ",
                                  "  ",
                                  "word",
                                  "ImGui",
                                  "-39.29%",
                                  "3.14",
                                  "(",
                                  ")",
                                  ",",
                                  ".",
                                  "!",
                                  "😀",
                                  "👍🏽",
                                  "❤️",
                                  "👨‍👩‍👧",
                                  "🇨🇳",
                                  "𠀋",
                                  "\n",
                                  "\u3000",
                                  "https://a.b/c"};
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int n = rng() % 30;
        for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
        const float width = (float)(rng() % 24) - 1;
        check_rules(text, width);
    }
}
