// Characters and the clusters that show as one symbol (core/text/utf8.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/utf8.hpp"

using namespace core;

namespace {
// The clusters of `text`, in order.
std::vector<std::string> clusters(const std::string& text) {
    std::vector<std::string> out;
    for (size_t at = 0; at < text.size();) {
        const size_t end = cluster_end(text, at);
        REQUIRE(end > at);
        out.push_back(text.substr(at, end - at));
        at = end;
    }
    return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("characters are code points: a hanzi, an emoji and a letter count one each") {
    CHECK(char_count("") == 0);
    CHECK(char_count("群🧧a𠀀") == 4);
    CHECK(char_count("👨‍👩‍👧") == 5);   // three people and two joiners
    const std::string s = "a群🧧b";
    CHECK(char_offset(s, 0) == 0);
    CHECK(char_offset(s, 2) == 4);
    CHECK(char_offset(s, 3) == 8);
    CHECK(char_offset(s, 99) == s.size());
    size_t at = 1;
    CHECK(next_char(s, at) == U'群');
    CHECK(next_char(s, at) == U'🧧');
    CHECK(at == 8);
}

TEST_CASE("what shows as one symbol is one cluster") {
    CHECK(clusters("群👍🏽") == V{"群", "👍🏽"});                        // a skin tone
    CHECK(clusters("👨‍👩‍👧群") == V{"👨‍👩‍👧", "群"});                      // a ZWJ family
    CHECK(clusters("🇨🇳🇭🇰🇯") == V{"🇨🇳", "🇭🇰", "🇯"});                 // flags pair up
    CHECK(clusters("❤️✅") == V{"❤️", "✅"});                          // a variation selector
    CHECK(clusters("1️⃣2") == V{"1️⃣", "2"});                          // a keycap
    CHECK(clusters("Cafe\u0301!") == V{"C", "a", "f", "e\u0301", "!"});  // a combining mark
    CHECK(clusters("🏴󠁧󠁢󠁳󠁣󠁴󠁿") == V{"🏴󠁧󠁢󠁳󠁣󠁴󠁿"});                           // a flag written with tags
    CHECK(clusters("a\r\nb\n") == V{"a", "\r\n", "b", "\n"});
    CHECK(clusters("a\u200D群") == V{"a\u200D", "群"});                  // a joiner joins pictographs only
}

TEST_CASE("cluster_before and at_cluster_boundary find the edges a cursor may stop at") {
    const std::string s = "群👨‍👩‍👧🇨🇳";
    const size_t family = 3, flag = s.size() - 8;
    CHECK(cluster_before(s, s.size()) == flag);
    CHECK(cluster_before(s, flag) == family);
    CHECK(cluster_before(s, family) == 0);
    CHECK(cluster_before(s, 0) == 0);
    CHECK(at_cluster_boundary(s, 0));
    CHECK(at_cluster_boundary(s, family));
    CHECK_FALSE(at_cluster_boundary(s, family + 4));   // after 👨, before the joiner
    CHECK(at_cluster_boundary(s, flag));
    CHECK_FALSE(at_cluster_boundary(s, flag + 4));     // between the two halves of 🇨🇳
    CHECK(at_cluster_boundary(s, s.size()));
}
