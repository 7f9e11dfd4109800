#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"

using namespace core;

namespace {

Plan sample_plan() {
    Plan p;
    p.basics.name = "宝妈成长营 3 群";
    p.basics.industry = Industry::mother_baby;
    p.basics.start_date = date_from_ymd(2025, 3, 1);
    p.basics.member_count = 186;
    p.basics.owner = "张老师";
    p.basics.city = "杭州";
    p.basics.positioning.users = "0–3 岁宝宝的新手妈妈";
    p.basics.positioning.pain = "育儿知识零散、不知道该信谁";
    p.basics.positioning.solution = "每周三次育儿干货加会员专属福利";
    p.basics.value_content = true;
    p.basics.value_price = true;
    p.basics.group_type = GroupType::refined;
    p.basics.platform = Platform::wechat;
    return p;
}

std::string sample_json() { return export_plan_json(sample_plan(), "2025-03-01T08:00:00Z"); }

// Plain base64url, written independently of the codec, to build raw payloads.
const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
std::string b64(const std::string& bytes) {
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        acc = (acc << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kB64[(acc >> bits) & 63];
        }
    }
    if (bits > 0) out += kB64[(acc << (6 - bits)) & 63];
    return out;
}
std::string unb64(const std::string& text) {
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        acc = (acc << 6) | (uint32_t)(std::string(kB64).find(c));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += (char)((acc >> bits) & 0xff);
        }
    }
    return out;
}
// The zlib stream inside a link, and a link around a given stream.
std::string packed_of(const std::string& link) { return unb64(link.substr(3)); }
std::string link_of(const std::string& packed) { return "p1." + b64(packed); }

// Deterministic bytes that deflate cannot shrink.
std::string noise(size_t n) {
    std::string s;
    uint32_t x = 2463534242u;
    while (s.size() < n) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        s += (char)(x & 0xff);
    }
    return s;
}

Problem refusal(std::string_view fragment) {
    ShareDecode d = decode_share_link(fragment);
    CHECK_FALSE(d.ok());
    CHECK(d.json.empty());
    return d.problem;
}

}  // namespace

TEST_CASE("a share link carries an exported plan with Chinese text, byte for byte") {
    const std::string text = sample_json();
    const std::string link = encode_share_link(text);
    REQUIRE(link.rfind("p1.", 0) == 0);
    CHECK(link.size() < text.size());   // deflate pays for base64
    for (char c : link.substr(3)) {
        CAPTURE(c);
        CHECK(std::string(kB64).find(c) != std::string::npos);   // URL-safe, no padding
    }
    ShareDecode d = decode_share_link(link);
    REQUIRE(d.ok());
    CHECK(d.json == text);
    ImportResult r = import_plan_json(d.json);
    REQUIRE(r.ok());
    CHECK(r.plan == sample_plan());
    CHECK(r.plan.basics.name == "宝妈成长营 3 群");

    CHECK(encode_share_link(text) == link);   // the same plan, the same link
    ShareDecode with_hash = decode_share_link("#" + link);   // location.hash as is
    REQUIRE(with_hash.ok());
    CHECK(with_hash.json == text);
}

TEST_CASE("any bytes round-trip, whatever their length") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += (char)i;
    for (size_t n = 0; n <= 40; ++n) {
        CAPTURE(n);
        const std::string bytes = noise(n);
        ShareDecode d = decode_share_link(encode_share_link(bytes));
        REQUIRE(d.ok());
        CHECK(d.json == bytes);
    }
    ShareDecode d = decode_share_link(encode_share_link(all));
    REQUIRE(d.ok());
    CHECK(d.json == all);
    d = decode_share_link(encode_share_link(std::string(kMaxShareLinkBytes, '\0')));   // exactly at the cap
    REQUIRE(d.ok());
    CHECK(d.json.size() == kMaxShareLinkBytes);
}

TEST_CASE("a decoded link is untrusted text for the importer") {
    ShareDecode d = decode_share_link(encode_share_link("not a plan"));
    REQUIRE(d.ok());
    CHECK(import_plan_json(d.json).problem.kind == ProblemKind::not_json);
}

TEST_CASE("links without a p1 or p2 prefix are refused") {
    CHECK(refusal("").got == "empty");
    CHECK(refusal("#").got == "empty");
    const std::string payload = encode_share_link(sample_json()).substr(3);
    for (const char* prefix : {"", "x1.", "P1.", "p.", "p1", "p1-", "pp1.", "p1234567."}) {
        CAPTURE(prefix);
        Problem p = refusal(prefix + payload);
        CHECK(p.kind == ProblemKind::bad_link);
        CHECK(p.got == "prefix");
    }
    Problem p = refusal("p3." + payload);
    CHECK(p.kind == ProblemKind::unknown_link_version);
    CHECK(p.got == "p3");
    CHECK(p.expected == "p2");
    CHECK(problem_text(p, Lang::en).find("p3") != std::string::npos);
    CHECK(refusal("p10." + payload).kind == ProblemKind::unknown_link_version);
}

TEST_CASE("bad base64 is refused") {
    const std::string link = encode_share_link(sample_json());
    auto bad_base64 = [](const std::string& fragment) {
        Problem p = refusal(fragment);
        CHECK(p.kind == ProblemKind::bad_link);
        CHECK(p.got == "base64");
    };
    std::string plus = link;
    plus[10] = '+';   // the other base64 alphabet
    bad_base64(plus);
    std::string slash = link;
    slash[10] = '/';
    bad_base64(slash);
    bad_base64(link + "=");                                  // padding
    bad_base64(link.substr(0, 20) + " " + link.substr(20));  // whitespace
    bad_base64(link.substr(0, 20) + "%2D" + link.substr(20));   // percent-encoding
    bad_base64("p1.A");   // one character cannot hold a byte
    bad_base64("p1.AB");  // leftover bits must be zero
    bad_base64("p1.中文");
}

TEST_CASE("damaged, truncated or padded deflate is refused") {
    const std::string text = sample_json();
    const std::string link = encode_share_link(text);
    const std::string packed = packed_of(link);
    REQUIRE(link_of(packed) == link);   // the test's base64 agrees with the codec

    SUBCASE("a flipped bit in the compressed data") {
        std::string damaged = packed;
        damaged[damaged.size() / 2] ^= 0x10;
        Problem p = refusal(link_of(damaged));
        CHECK(p.kind == ProblemKind::bad_link);
        CHECK((p.got == "deflate" || p.got == "checksum"));
    }
    SUBCASE("a flipped bit in the checksum") {
        std::string damaged = packed;
        damaged.back() ^= 0x01;
        CHECK(refusal(link_of(damaged)).got == "checksum");
    }
    SUBCASE("not a zlib stream at all") {
        CHECK(refusal(link_of(std::string("\x00\x01\x02\x03\x04\x05\x06\x07", 8))).got == "deflate");
        CHECK(refusal(link_of(text)).got == "deflate");   // uncompressed text
    }
    SUBCASE("truncated links") {
        CHECK(refusal(link_of(packed.substr(0, packed.size() - 1))).got == "truncated");
        CHECK(refusal(link_of(packed.substr(0, packed.size() / 2))).got == "truncated");
        CHECK(refusal(link_of(packed.substr(0, 1))).got == "truncated");
        CHECK(refusal("p1.").got == "truncated");
        for (size_t keep : {4u, 100u, 200u}) {   // cut by a chat app, at a base64 boundary
            CAPTURE(keep);
            CHECK(refusal(link.substr(0, 3 + keep)).got == "truncated");
        }
    }
    SUBCASE("data after the end of the stream") {
        CHECK(refusal(link_of(packed + "x")).got == "trailing");
        CHECK(refusal(link_of(packed + packed)).got == "trailing");
    }
}

TEST_CASE("decompression bombs and oversized fragments are refused") {
    // 16 MiB of one byte deflates to a link of ~22 KB: the decoder stops at its cap.
    const std::string bomb = encode_share_link(std::string(16u << 20, 'a'));
    CHECK(bomb.size() < 40000);
    Problem p = refusal(bomb);
    CHECK(p.kind == ProblemKind::link_too_large);
    CHECK(p.path == "link.data");
    CHECK(p.expected == std::to_string(kMaxShareLinkBytes));
    CHECK(refusal(encode_share_link(std::string(kMaxShareLinkBytes + 1, ' '))).kind == ProblemKind::link_too_large);
    CHECK(kMaxShareLinkBytes <= kMaxFileBytes);

    p = refusal("p1." + std::string(kMaxShareLinkInputChars, 'A'));
    CHECK(p.kind == ProblemKind::link_too_large);
    CHECK(p.path == "link");
}

TEST_CASE("a plan fits in a link up to kMaxShareLinkChars") {
    const std::string text = sample_json();
    CHECK(share_link_fits(text));
    CHECK(encode_share_link(text).size() <= kMaxShareLinkChars);
    CHECK(share_link_fits(""));
    // Incompressible text: 6,000 bytes of deflate take ~8,000 characters.
    CHECK(share_link_fits(noise(5500)));
    CHECK_FALSE(share_link_fits(noise(6500)));
    CHECK(encode_share_link(noise(6500)).size() > kMaxShareLinkChars);
    // A short link that would not decode again does not fit either.
    const std::string huge(kMaxShareLinkBytes + 1, ' ');
    CHECK(encode_share_link(huge).size() <= kMaxShareLinkChars);
    CHECK_FALSE(share_link_fits(huge));
}

TEST_CASE("link problems are worded in both languages") {
    for (ProblemKind kind : {ProblemKind::bad_link, ProblemKind::unknown_link_version, ProblemKind::link_too_large,
                             ProblemKind::unknown_link_base}) {
        CAPTURE((int)kind);
        Problem p{kind, "link", "1048576", "p2"};
        CHECK(problem_text(p, Lang::zh).find("分享链接") != std::string::npos);
        CHECK(problem_text(p, Lang::en).find("share link") != std::string::npos);
    }
    CHECK(problem_text(Problem{ProblemKind::link_too_large, "link.data", "1048576", ""}, Lang::en).find("1048576") !=
          std::string::npos);
}
