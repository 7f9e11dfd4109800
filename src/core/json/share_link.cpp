#include "core/json/share_link.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace core {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// zlib counts in uInt (32 bits): feed it at most this much at a time.
constexpr size_t kZlibStep = 1u << 30;

void base64url_append(std::string& out, const unsigned char* data, size_t size) {
    out.reserve(out.size() + (size * 4 + 2) / 3);
    size_t i = 0;
    for (; i + 3 <= size; i += 3) {
        uint32_t v = (uint32_t)data[i] << 16 | (uint32_t)data[i + 1] << 8 | data[i + 2];
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (size - i == 1) {
        uint32_t v = (uint32_t)data[i] << 16;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
    } else if (size - i == 2) {
        uint32_t v = (uint32_t)data[i] << 16 | (uint32_t)data[i + 1] << 8;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
}

int base64url_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

// Strict: only the URL-safe alphabet, no padding, no whitespace, and the
// unused low bits of the last character must be zero (one text per payload).
bool base64url_decode(std::string_view text, std::string& out) {
    if (text.size() % 4 == 1) return false;
    out.clear();
    out.reserve(text.size() / 4 * 3 + 2);
    uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        int v = base64url_value(c);
        if (v < 0) return false;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += (char)((acc >> bits) & 0xff);
        }
        acc &= (1u << bits) - 1;
    }
    return acc == 0;   // leftover bits (2 or 4) must be zero
}

Problem bad_link(const char* why) { return {ProblemKind::bad_link, "link", "", why}; }

// Inflates a zlib stream, refusing more than `cap` bytes of output.
Problem inflate_capped(std::string_view in, size_t cap, std::string& out) {
    z_stream s;
    std::memset(&s, 0, sizeof s);
    if (inflateInit2(&s, 15) != Z_OK) return bad_link("deflate");   // zlib wrapper only, no gzip
    const unsigned char* next = reinterpret_cast<const unsigned char*>(in.data());
    size_t left = in.size();
    Problem problem;
    out.clear();
    for (;;) {
        if (s.avail_in == 0 && left > 0) {
            size_t n = std::min(left, kZlibStep);
            s.next_in = const_cast<Bytef*>(next);
            s.avail_in = (uInt)n;
            next += n;
            left -= n;
        }
        // Grow by doubling from 4 KB, to at most cap + 1 bytes: one byte over
        // the cap is proof enough.
        const size_t old = out.size();
        const size_t room = std::min<size_t>(std::max<size_t>(old, 4096), cap + 1 - old);
        out.resize(old + room);
        s.next_out = reinterpret_cast<Bytef*>(out.data() + old);
        s.avail_out = (uInt)room;
        const int rc = inflate(&s, Z_NO_FLUSH);
        out.resize(old + room - s.avail_out);
        if (out.size() > cap) {
            problem = {ProblemKind::link_too_large, "link.data", std::to_string(cap), ""};
            break;
        }
        if (rc == Z_STREAM_END) {
            if (s.avail_in > 0 || left > 0) problem = bad_link("trailing");
            break;
        }
        if (rc == Z_OK) continue;
        if (rc == Z_BUF_ERROR) {
            // No progress: with room left to write, the input ran out early.
            problem = bad_link("truncated");
            break;
        }
        // Z_DATA_ERROR (bad header, bad codes, wrong check), Z_NEED_DICT, Z_MEM_ERROR.
        const bool checksum = rc == Z_DATA_ERROR && s.msg && std::strcmp(s.msg, "incorrect data check") == 0;
        problem = bad_link(checksum ? "checksum" : "deflate");
        break;
    }
    inflateEnd(&s);
    if (problem) out.clear();
    return problem;
}

}  // namespace

std::string encode_share_link(std::string_view plan_json_envelope) {
    z_stream s;
    std::memset(&s, 0, sizeof s);
    // Level 9, 32 KB window; memLevel 8 (zlib's default) keeps each of deflate's
    // buffers at 64 KB, where 9 would buy a few bytes on a plan at twice the memory.
    if (deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string packed;
    const unsigned char* next = reinterpret_cast<const unsigned char*>(plan_json_envelope.data());
    size_t left = plan_json_envelope.size();
    int rc = Z_OK;
    unsigned char buf[16384];
    do {
        if (s.avail_in == 0 && left > 0) {
            size_t n = std::min(left, kZlibStep);
            s.next_in = const_cast<Bytef*>(next);
            s.avail_in = (uInt)n;
            next += n;
            left -= n;
        }
        s.next_out = buf;
        s.avail_out = sizeof buf;
        rc = deflate(&s, left == 0 ? Z_FINISH : Z_NO_FLUSH);
        packed.append(reinterpret_cast<const char*>(buf), sizeof buf - s.avail_out);
    } while (rc == Z_OK || rc == Z_BUF_ERROR);
    deflateEnd(&s);
    if (rc != Z_STREAM_END) return {};
    std::string link = kShareLinkPrefix;
    base64url_append(link, reinterpret_cast<const unsigned char*>(packed.data()), packed.size());
    return link;
}

bool share_link_fits(std::string_view plan_json_envelope) {
    if (plan_json_envelope.size() > kMaxShareLinkBytes) return false;
    const std::string link = encode_share_link(plan_json_envelope);
    return !link.empty() && link.size() <= kMaxShareLinkChars;
}

ShareDecode decode_share_link(std::string_view fragment) {
    ShareDecode result;
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.empty()) {
        result.problem = bad_link("empty");
        return result;
    }
    if (fragment.size() > kMaxShareLinkInputChars) {
        result.problem = {ProblemKind::link_too_large, "link", std::to_string(kMaxShareLinkInputChars),
                          std::to_string(fragment.size())};
        return result;
    }
    // The prefix: 'p', a version number, '.'.
    size_t digits = 0;
    while (1 + digits < fragment.size() && digits < 7 && fragment[1 + digits] >= '0' &&
           fragment[1 + digits] <= '9')
        ++digits;
    if (fragment[0] != 'p' || digits == 0 || digits > 6 || 1 + digits >= fragment.size() ||
        fragment[1 + digits] != '.') {
        result.problem = bad_link("prefix");
        return result;
    }
    const std::string_view prefix = fragment.substr(0, 2 + digits);
    if (prefix != kShareLinkPrefix) {
        result.problem = {ProblemKind::unknown_link_version, "link", "p1", std::string(prefix.substr(0, 1 + digits))};
        return result;
    }
    std::string packed;
    if (!base64url_decode(fragment.substr(prefix.size()), packed)) {
        result.problem = bad_link("base64");
        return result;
    }
    result.problem = inflate_capped(packed, kMaxShareLinkBytes, result.json);
    return result;
}

}  // namespace core
