#pragma once
// Share links (docs/file-format.md): a whole plan carried in a URL fragment, e.g.
//   https://…/planner/#p1.eNqrVkrLz1eyUkpKLFKqBQA…
// The fragment never reaches a server, so sharing needs none.
//
// Format, version 1:  "p1." + base64url(zlib(deflate(bytes)))
//   - "p1." names the link format; a future "p2." is refused by this version
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

#include "core/model/problem.hpp"

namespace core {

inline constexpr const char* kShareLinkPrefix = "p1.";

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

// The fragment payload for the given bytes (normally export_plan_json's text),
// without the leading '#'. Any bytes round-trip; only those of at most
// kMaxShareLinkBytes decode again.
std::string encode_share_link(std::string_view plan_json_envelope);

// Whether the plan's link fits in kMaxShareLinkChars (and decodes again).
// It deflates the whole text (about a millisecond for a large plan): call it
// when the plan changes, not on every frame.
bool share_link_fits(std::string_view plan_json_envelope);

struct ShareDecode {
    std::string json;   // the decoded text (untrusted) when ok
    Problem problem;    // empty when the link decoded
    bool ok() const { return !problem; }
};

// Reads a fragment as produced by encode_share_link (a leading '#' is allowed).
// Refusals:
//   bad_link              got: "empty", "prefix", "base64", "deflate",
//                         "truncated", "trailing" or "checksum"
//   unknown_link_version  got: the prefix found (e.g. "p2"), expected: "p1"
//   link_too_large        expected: the limit in bytes; path: "link" (the
//                         fragment, got: its size) or "link.data" (decoded)
ShareDecode decode_share_link(std::string_view fragment);

}  // namespace core
