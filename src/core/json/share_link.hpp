#pragma once
// Share links (docs/file-format.md): a whole plan carried in a URL fragment, e.g.
//   https://…/planner/#p2.eNqrVkrLz1eyUkpKLFKqBQA…
// The fragment never reaches a server, so sharing needs none.
//
// Format, version 2 (what the app writes):  "p2." + base64url(zlib(body))
//   body = varint schema version, then a mode byte:
//     0  the rest is the plan's text (link_plan_text: the envelope's "plan"
//        member, two-space indent), for a plan like no template;
//     1  a line diff against a built-in template's text (its base,
//        link_bases.hpp): key length (1 byte), key ("mother_baby"), language
//        (0 zh, 1 en), the base's FNV-1a hash (4 bytes, little-endian), the
//        days the plan's dates were moved back (zigzag varint), then hunks
//        to the end: varint keep, varint drop, varint add, and `add` lines:
//        varint head, varint tail (bytes the line shares with the start and
//        the end of the dropped line of the same rank, none past the
//        dropped ones), then its other bytes and '\n'. Base lines after the
//        last hunk are kept.
//   Before the diff, every JSON string that is exactly a date is moved back
//   by the days between the plan's founding (or takeover) date and the
//   base's, so a template made on any day matches its base. A template as it
//   comes makes a link of ~100 characters; 20 edits ~1,000 (BENCHMARKS.md).
//   The decoder rebuilds the text, moves the dates forward again and hands
//   {"format", "version", "plan"} to the importer, which migrates an older
//   version as it would a file. A base it does not have (a template of a
//   version that is neither today's nor frozen) is refused as
//   unknown_link_base, never read against another text.
//
// Format, version 1 (still read):  "p1." + base64url(zlib(deflate(bytes)))
//   - "p<n>." names the link format; a future "p3." is refused by this version
//     as unknown_link_version rather than misread.
//   - zlib's wrapper (RFC 1950) around raw deflate costs 6 bytes (8 characters)
//     and its Adler-32 check catches a link damaged in transit, which raw
//     deflate alone would often inflate into different, still-valid text.
//   - base64url: the URL-safe alphabet A–Z a–z 0–9 - _ without '=' padding, so
//     browsers and chat apps neither percent-encode nor cut the fragment.
//
// The payload is the plan's JSON envelope (export_plan_json), byte for byte.
// Decoded text is untrusted like any file: pass it to import_plan_json.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/json/link_bases.hpp"
#include "core/model/problem.hpp"

namespace core {

inline constexpr const char* kShareLinkPrefix = "p2.";     // what the app writes
inline constexpr const char* kShareLinkPrefixV1 = "p1.";   // still read

// The longest fragment the app offers as a link. 8,000 characters keeps the
// whole URL under the ~8 KB that URLs survive in practice: RFC 9110 asks for
// at least 8,000 octets, CDNs and servers commonly cut request lines at 8 KB,
// and WeChat / WeCom and other chat apps are known to truncate or stop
// linkifying longer URLs (browsers themselves keep far more: Chromium 2 MB).
// A plan whose link is longer is shared as a file instead.
inline constexpr size_t kMaxShareLinkChars = 8000;

// Decoding limits, far above anything the app produces, so that a hostile
// link costs bounded work:
// - the fragment itself: Chromium's URL limit (2 MiB); no browser keeps more.
inline constexpr size_t kMaxShareLinkInputChars = 2u << 20;
// - the decoded text: 1 MiB. A link within kMaxShareLinkChars holds ~6,000
//   bytes of deflate, which real plan JSON (5–20× compression) unpacks to
//   ~120 KB at most; deflate's maximum ratio (~1000×) would allow ~6 MB, so
//   this cap is what stops a "zip bomb". It is below import's kMaxFileBytes.
inline constexpr size_t kMaxShareLinkBytes = 1u << 20;

// The plan's link (version 2), without the leading '#': the shortest of the
// plan sent whole and its diffs against the two bases most like it, checked
// to read back to the very text. "" for a plan over kMaxShareLinkBytes.
// It makes every template once per process (bases) and diffs: call it when
// the user asks for a link, not on every frame.
std::string encode_plan_link(const Plan& plan, const LinkBases& bases = live_link_bases());

// A version 1 link ("p1.") for the given bytes (normally export_plan_json's
// text), as earlier planners made them: kept for the tests of old links and
// the fuzzer. Any bytes round-trip; only those of at most kMaxShareLinkBytes
// decode again.
std::string encode_share_link(std::string_view plan_json_envelope);

// Whether the plan's version 1 link fits in kMaxShareLinkChars (and decodes again).
// It deflates the whole text (about a millisecond for a large plan): call it
// when the plan changes, not on every frame.
bool share_link_fits(std::string_view plan_json_envelope);

struct ShareDecode {
    std::string json;   // the decoded text (untrusted) when ok
    Problem problem;    // empty when the link decoded
    bool ok() const { return !problem; }
};

// Reads a fragment as produced by encode_plan_link or encode_share_link (a
// leading '#' is allowed). Refusals:
//   bad_link              got: "empty", "prefix", "base64", "deflate",
//                         "truncated", "trailing", "checksum" or "body" (p2)
//   unknown_link_version  got: the prefix found (e.g. "p3"), expected: "p2"
//   unknown_link_base     got: the template's key (p2 only)
//   link_too_large        expected: the limit in bytes; path: "link" (the
//                         fragment, got: its size) or "link.data" (decoded)
ShareDecode decode_share_link(std::string_view fragment);
ShareDecode decode_share_link(std::string_view fragment, const LinkBases& bases);

}  // namespace core
