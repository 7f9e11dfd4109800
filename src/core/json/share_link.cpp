#include "core/json/share_link.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "core/json/plan_json.hpp"
#include "core/model/stable_sort.hpp"

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

// zlib (RFC 1950) around deflate, level 9, 32 KB window; "" if zlib fails.
std::string zlib_pack(std::string_view bytes) {
    z_stream s;
    std::memset(&s, 0, sizeof s);
    // Level 9, 32 KB window; memLevel 8 (zlib's default) keeps each of deflate's
    // buffers at 64 KB, where 9 would buy a few bytes on a plan at twice the memory.
    if (deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string packed;
    const unsigned char* next = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t left = bytes.size();
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
    return packed;
}

// ---- version 2: a diff against a built-in template ------------------------------------

void put_varint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out += (char)(0x80 | (v & 0x7f));
        v >>= 7;
    }
    out += (char)v;
}

// Reads a varint of at most 5 bytes (values below 2^35); false at the end or on overlong input.
bool get_varint(std::string_view in, size_t& at, uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (at >= in.size()) return false;
        const unsigned char c = (unsigned char)in[at++];
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) return true;
    }
    return false;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t at = 0;
    for (;;) {
        const size_t end = text.find('\n', at);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(at));
            return lines;
        }
        lines.push_back(text.substr(at, end - at));
        at = end + 1;
    }
}

// Every JSON string that is exactly a date, "YYYY-MM-DD" between quotes, moved
// by `days`. A plan made from a template on another day than the base differs
// from it mostly in such dates; moved back by the difference they match. The
// scan decides on quotes, digits and valid dates only, which moving keeps, so
// moving back finds the same places (the encoder checks it all the same).
std::string move_dates(std::string_view text, int days) {
    std::string out(text);
    if (days == 0) return out;
    for (size_t i = 0; i + 11 < out.size(); ++i) {
        if (out[i] != '"' || out[i + 11] != '"') continue;
        const std::optional<Date> d = parse_date(std::string_view(out).substr(i + 1, 10));
        if (!d) continue;
        const std::string moved = format_date(Date{d->days + days});
        if (moved.size() != 10) continue;
        out.replace(i + 1, 10, moved);
        i += 10;   // the closing quote may open the next string
    }
    return out;
}

// One step of a line diff: keep `keep` base lines, drop `drop`, then insert `add` lines.
struct Hunk {
    size_t keep = 0, drop = 0;
    std::vector<std::string_view> add;
};

// Myers' O(ND) diff of base lines `a` against plan lines `b`, as hunks; false
// when more than `max_d` lines differ (the trace would cost D² memory), and
// the plan is then sent whole.
bool line_diff(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, int max_d,
               std::vector<Hunk>& hunks) {
    // Lines as numbers, so the search compares integers.
    std::unordered_map<std::string_view, int> ids;
    auto number = [&](const std::vector<std::string_view>& lines) {
        std::vector<int> out;
        out.reserve(lines.size());
        for (std::string_view l : lines) out.push_back(ids.emplace(l, (int)ids.size()).first->second);
        return out;
    };
    const std::vector<int> x = number(a), y = number(b);
    const int n = (int)x.size(), m = (int)y.size();
    std::vector<std::vector<int>> trace;   // trace[d][k + d]: furthest x on diagonal k after d steps
    std::vector<int> v(2 * (size_t)(max_d + 1) + 1, 0);
    const int off = max_d + 1;
    int found = -1;
    for (int d = 0; d <= max_d && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int px = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            int py = px - k;
            while (px < n && py < m && x[px] == y[py]) ++px, ++py;
            v[off + k] = px;
            if (px >= n && py >= m) found = d;
        }
        trace.emplace_back(v.begin() + off - d, v.begin() + off + d + 1);
    }
    if (found < 0) return false;
    // Walk back: one op per line, 'k'eep, 'd'rop or 'a'dd (with the plan line).
    std::vector<std::pair<char, int>> ops;
    int px = n, py = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& prev = trace[d - 1];
        auto at = [&](int k) { return prev[k + d - 1]; };
        const int k = px - py;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int pk = down ? k + 1 : k - 1;
        const int sx = at(pk), sy = sx - pk;
        const int mx = down ? sx : sx + 1, my = down ? sy + 1 : sy;
        while (px > mx && py > my) ops.push_back({'k', --px}), --py;
        if (down) ops.push_back({'a', --py});
        else ops.push_back({'d', --px});
        px = sx, py = sy;
    }
    while (px > 0 && py > 0) ops.push_back({'k', --px}), --py;
    std::reverse(ops.begin(), ops.end());
    hunks.clear();
    Hunk h;
    for (const auto& op : ops) {
        if (op.first == 'k') {
            if (h.drop || !h.add.empty()) {
                hunks.push_back(std::move(h));
                h = Hunk{};
            }
            ++h.keep;
        } else if (op.first == 'd') {
            ++h.drop;
        } else {
            h.add.push_back(b[op.second]);
        }
    }
    if (h.drop || !h.add.empty()) hunks.push_back(std::move(h));   // trailing kept lines are implied
    return true;
}

// How many lines of `plan` the base holds (as a multiset): the base most like the plan.
size_t lines_shared(const std::vector<std::string_view>& plan, const std::vector<std::string_view>& base) {
    std::unordered_map<std::string_view, int> count;
    for (std::string_view l : base) ++count[l];
    size_t shared = 0;
    for (std::string_view l : plan) {
        auto it = count.find(l);
        if (it != count.end() && it->second > 0) --it->second, ++shared;
    }
    return shared;
}

std::string envelope_around(std::string_view plan_text, uint64_t version) {
    std::string out = "{\"format\":\"";
    out += kFormatName;
    out += "\",\"version\":" + std::to_string(version) + ",\"plan\":";
    out += plan_text;
    out += "}";
    return out;
}

std::string link_of_body(std::string_view body) {
    const std::string packed = zlib_pack(body);
    if (packed.empty()) return {};
    std::string link = kShareLinkPrefix;
    base64url_append(link, reinterpret_cast<const unsigned char*>(packed.data()), packed.size());
    return link;
}

// The body of a p2 link sent whole: version, mode 0, the plan text.
std::string whole_body(std::string_view text) {
    std::string body;
    put_varint(body, (uint64_t)kSchemaVersion);
    body += '\0';
    body += text;
    return body;
}

// The body of a p2 link as a diff against `base` (plan dates moved back by `days`), or "".
std::string diff_body(const std::string& text, const LinkBase& base, int days) {
    const std::string moved = move_dates(text, -days);
    if (move_dates(moved, days) != text) return {};   // a date the move cannot bring back
    const std::vector<std::string_view> a = split_lines(base.text), b = split_lines(moved);
    std::vector<Hunk> hunks;
    if (!line_diff(a, b, 1500, hunks)) return {};
    std::string body;
    put_varint(body, (uint64_t)kSchemaVersion);
    body += '\1';
    body += (char)base.key.size();
    body += base.key;
    body += base.lang == Lang::en ? '\1' : '\0';
    for (int i = 0; i < 4; ++i) body += (char)((base.hash >> (8 * i)) & 0xff);
    put_varint(body, days < 0 ? ((uint64_t)(-(int64_t)days) << 1) - 1 : (uint64_t)days << 1);   // zigzag
    size_t from = 0;   // the base line the hunk starts at
    for (const Hunk& h : hunks) {
        put_varint(body, h.keep);
        put_varint(body, h.drop);
        put_varint(body, h.add.size());
        from += h.keep;
        for (size_t i = 0; i < h.add.size(); ++i) {
            // The i-th new line against the i-th dropped one: what they share at
            // each end is counted, not sent (an edit in a long script is one phrase).
            const std::string_view now = h.add[i];
            const std::string_view was = i < h.drop ? a[from + i] : std::string_view();
            size_t head = 0, tail = 0;
            while (head < now.size() && head < was.size() && now[head] == was[head]) ++head;
            while (tail < now.size() - head && tail < was.size() - head &&
                   now[now.size() - 1 - tail] == was[was.size() - 1 - tail])
                ++tail;
            put_varint(body, head);
            put_varint(body, tail);
            body += now.substr(head, now.size() - head - tail);
            body += '\n';
        }
        from += h.drop;
    }
    return body;
}

// Reads a p2 body into the envelope text it stands for.
Problem read_v2_body(std::string_view body, const LinkBases& bases, std::string& json) {
    size_t at = 0;
    uint64_t version = 0;
    if (!get_varint(body, at, version) || at >= body.size()) return bad_link("body");
    const char mode = body[at++];
    if (mode == '\0') {
        json = envelope_around(body.substr(at), version);
        return {};
    }
    if (mode != '\1' || at >= body.size()) return bad_link("body");
    const size_t key_size = (unsigned char)body[at++];
    if (at + key_size + 5 > body.size()) return bad_link("body");
    const std::string_view key = body.substr(at, key_size);
    at += key_size;
    const char lang = body[at++];
    if (lang != '\0' && lang != '\1') return bad_link("body");
    uint32_t hash = 0;
    for (int i = 0; i < 4; ++i) hash |= (uint32_t)(unsigned char)body[at++] << (8 * i);
    uint64_t zigzag = 0;
    if (!get_varint(body, at, zigzag) || zigzag > (1u << 21)) return bad_link("body");   // ±2,900 years
    const int days = (zigzag & 1) ? -(int)((zigzag + 1) >> 1) : (int)(zigzag >> 1);
    const std::string* base = bases.find(key, lang == '\1' ? Lang::en : Lang::zh, hash);
    if (!base) return {ProblemKind::unknown_link_base, "link", "", std::string(key)};
    const std::vector<std::string_view> lines = split_lines(*base);
    std::string text;
    size_t from = 0;
    bool first = true;
    auto put = [&](std::string_view line) {
        if (!first) text += '\n';
        text += line;
        first = false;
        return text.size() <= kMaxShareLinkBytes;
    };
    while (at < body.size()) {
        uint64_t keep = 0, drop = 0, add = 0;
        if (!get_varint(body, at, keep) || !get_varint(body, at, drop) || !get_varint(body, at, add))
            return bad_link("body");
        if (keep > lines.size() - from || drop > lines.size() - from - keep) return bad_link("body");
        for (uint64_t i = 0; i < keep; ++i)
            if (!put(lines[from++])) return {ProblemKind::link_too_large, "link.data", std::to_string(kMaxShareLinkBytes), ""};
        for (uint64_t i = 0; i < add; ++i) {
            uint64_t head = 0, tail = 0;
            if (!get_varint(body, at, head) || !get_varint(body, at, tail)) return bad_link("body");
            const std::string_view was = i < drop ? lines[from + i] : std::string_view();
            if (head > was.size() || tail > was.size() - head) return bad_link("body");
            const size_t end = body.find('\n', at);
            if (end == std::string_view::npos) return bad_link("body");
            std::string line(was.substr(0, head));
            line += body.substr(at, end - at);
            line += was.substr(was.size() - tail);
            if (!put(line)) return {ProblemKind::link_too_large, "link.data", std::to_string(kMaxShareLinkBytes), ""};
            at = end + 1;
        }
        from += drop;
    }
    while (from < lines.size())
        if (!put(lines[from++])) return {ProblemKind::link_too_large, "link.data", std::to_string(kMaxShareLinkBytes), ""};
    json = envelope_around(move_dates(text, days), version);
    return {};
}

}  // namespace

std::string encode_share_link(std::string_view plan_json_envelope) {
    const std::string packed = zlib_pack(plan_json_envelope);
    if (packed.empty()) return {};
    std::string link = kShareLinkPrefixV1;
    base64url_append(link, reinterpret_cast<const unsigned char*>(packed.data()), packed.size());
    return link;
}

bool share_link_fits(std::string_view plan_json_envelope) {
    if (plan_json_envelope.size() > kMaxShareLinkBytes) return false;
    const std::string link = encode_share_link(plan_json_envelope);
    return !link.empty() && link.size() <= kMaxShareLinkChars;
}

std::string encode_plan_link(const Plan& plan, const LinkBases& bases) {
    const std::string text = link_plan_text(plan);
    if (text.size() + 256 > kMaxShareLinkBytes) return {};
    std::string best = link_of_body(whole_body(text));
    // Each base, at the day difference of the founding and of the takeover
    // dates, scored by the plan lines it holds; the two best are diffed.
    struct Candidate {
        const LinkBase* base;
        int days;
        size_t shared;
    };
    std::vector<Candidate> candidates;
    std::unordered_map<int, std::string> moved;   // the plan text with dates moved back, by days
    for (const LinkBase& base : bases.live()) {
        std::vector<int> days = {0};
        auto add = [&](int d) {
            if (std::find(days.begin(), days.end(), d) == days.end()) days.push_back(d);
        };
        if (plan.basics.start_date && base.start) add(plan.basics.start_date->days - *base.start);
        if (plan.basics.takeover_date && base.takeover) add(plan.basics.takeover_date->days - *base.takeover);
        for (int d : days) {
            auto it = moved.find(d);
            if (it == moved.end()) it = moved.emplace(d, move_dates(text, -d)).first;
            candidates.push_back({&base, d, lines_shared(split_lines(it->second), split_lines(base.text))});
        }
    }
    core::stable_sort(candidates, [](const Candidate& l, const Candidate& r) { return l.shared > r.shared; });
    const std::string expected = envelope_around(text, (uint64_t)kSchemaVersion);
    for (size_t i = 0; i < candidates.size() && i < 2; ++i) {
        const std::string body = diff_body(text, *candidates[i].base, candidates[i].days);
        if (body.empty()) continue;
        std::string link = link_of_body(body);
        if (link.empty() || link.size() >= best.size()) continue;
        // Kept only if it reads back to the very text (it always should).
        const ShareDecode back = decode_share_link(link, bases);
        if (back.ok() && back.json == expected) best = std::move(link);
    }
    return best;
}

ShareDecode decode_share_link(std::string_view fragment) { return decode_share_link(fragment, live_link_bases()); }

ShareDecode decode_share_link(std::string_view fragment, const LinkBases& bases) {
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
    if (prefix != kShareLinkPrefix && prefix != kShareLinkPrefixV1) {
        result.problem = {ProblemKind::unknown_link_version, "link", "p2", std::string(prefix.substr(0, 1 + digits))};
        return result;
    }
    std::string packed;
    if (!base64url_decode(fragment.substr(prefix.size()), packed)) {
        result.problem = bad_link("base64");
        return result;
    }
    if (prefix == kShareLinkPrefixV1) {   // version 1: the envelope itself
        result.problem = inflate_capped(packed, kMaxShareLinkBytes, result.json);
        return result;
    }
    std::string body;
    result.problem = inflate_capped(packed, kMaxShareLinkBytes, body);
    if (result.problem) return result;
    result.problem = read_v2_body(body, bases, result.json);
    return result;
}

}  // namespace core
