// libFuzzer target: share links. Each input is used three ways:
//   1. as a URL fragment for decode_share_link; decoded text goes on to the
//      importer, as the app does;
//   2. as the zlib stream inside a "p1." and a "p2." link (so mutations
//      reach inflate and the p2 body reader directly instead of mostly
//      breaking the base64);
//   3. as plan bytes to encode as a p1 link: encode → decode must give the
//      same bytes.
// A plan that imports goes out again by a p2 link and must come back equal.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"

namespace {

std::string base64url(std::string_view bytes) {
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        acc = (acc << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kAlphabet[(acc >> bits) & 63];
        }
        acc &= (1u << bits) - 1;
    }
    if (bits > 0) out += kAlphabet[(acc << (6 - bits)) & 63];
    return out;
}

void decode_and_import(std::string_view fragment) {
    const core::ShareDecode d = core::decode_share_link(fragment);
    if (!d.ok()) {
        if (!d.json.empty()) __builtin_trap();
        if (core::problem_text(d.problem, core::Lang::zh).empty()) __builtin_trap();
        if (core::problem_text(d.problem, core::Lang::en).empty()) __builtin_trap();
        return;
    }
    if (d.json.size() > core::kMaxShareLinkBytes) __builtin_trap();   // the bomb cap held
    const core::ImportResult r = core::import_plan_json(d.json);
    if (r.ok()) {
        // A plan that came by link goes out by link again, and comes back the same.
        const std::string again = core::encode_plan_link(r.plan);
        if (again.empty()) return;   // over kMaxShareLinkBytes: shared as a file
        const core::ShareDecode back = core::decode_share_link(again);
        if (!back.ok()) __builtin_trap();
        const core::ImportResult r2 = core::import_plan_json(back.json);
        if (!r2.ok() || !(r2.plan == r.plan)) __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    decode_and_import(bytes);
    decode_and_import(std::string(core::kShareLinkPrefixV1) + base64url(bytes));
    decode_and_import(std::string(core::kShareLinkPrefix) + base64url(bytes));

    const std::string link = core::encode_share_link(bytes);
    if (link.compare(0, 3, core::kShareLinkPrefixV1) != 0) __builtin_trap();
    const core::ShareDecode back = core::decode_share_link(link);
    if (!back.ok() || back.json != bytes) __builtin_trap();
    return 0;
}
