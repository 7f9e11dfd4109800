#include "ui/cluster_glyphs.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/text/utf8.hpp"
#include "imgui.h"
#include "imgui_internal.h"   // ImTextCharToUtf8

namespace ui {

namespace {

constexpr char32_t kFirst = 0xF0000, kLast = 0xFFFFD;   // Supplementary Private Use Area-A

bool g_on = false;
std::unordered_map<std::string, char32_t> g_codes;
std::vector<std::string> g_clusters;   // index = stand-in − kFirst

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// The parts that make a cluster an emoji sequence the font must see whole.
bool joins_emoji(char32_t c) {
    return c == 0x200D || c == 0xFE0F || c == 0x20E3 || in(c, 0x1F3FB, 0x1F3FF) || in(c, 0x1F1E6, 0x1F1FF) ||
           in(c, 0xE0020, 0xE007F);
}

// The stand-in for a cluster, given one the first time it is seen; 0 once
// the private-use area is used up (the cluster is then drawn in parts).
char32_t stand_in(std::string_view cluster) {
    if (const char32_t known = stand_in_for(cluster)) return known;
    if (kFirst + g_clusters.size() > kLast) return 0;
    const char32_t c = kFirst + (char32_t)g_clusters.size();
    g_clusters.emplace_back(cluster);
    g_codes.emplace(std::string(cluster), c);
    return c;
}

// Whether the text may hold a sequence: a quick look at the bytes for the
// UTF-8 of a joiner, VS16, the keycap, a skin tone, a regional indicator or
// a tag, so that most text (hanzi, Latin, lone emoji) is drawn as it is at
// the cost of one pass over its bytes.
bool may_hold_sequence(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i + 2 < n; ++i) {
        switch (p[i]) {
            case 0xE2:   // U+200D, U+20E3
                if ((p[i + 1] == 0x80 && p[i + 2] == 0x8D) || (p[i + 1] == 0x83 && p[i + 2] == 0xA3)) return true;
                break;
            case 0xEF:   // U+FE0F
                if (p[i + 1] == 0xB8 && p[i + 2] == 0x8F) return true;
                break;
            case 0xF0:   // U+1F3FB–1F3FF, U+1F1E6–1F1FF
                if (i + 3 < n && p[i + 1] == 0x9F &&
                    ((p[i + 2] == 0x8F && p[i + 3] >= 0xBB) || (p[i + 2] == 0x87 && p[i + 3] >= 0xA6)))
                    return true;
                break;
            case 0xF3:   // U+E0020–E007F; the stand-ins' own range, U+F0000 on
                if (p[i + 1] == 0xA0 || p[i + 1] >= 0xB0) return true;
                break;
            default: break;
        }
    }
    return false;
}

}  // namespace

void set_cluster_glyphs(bool on) { g_on = on; }
bool cluster_glyphs_on() { return g_on; }

const std::string* cluster_of(char32_t c) {
    if (c < kFirst || c >= kFirst + g_clusters.size()) return nullptr;
    return &g_clusters[c - kFirst];
}

char32_t stand_in_for(std::string_view cluster) {
    auto found = g_codes.find(std::string(cluster));
    return found == g_codes.end() ? 0 : found->second;
}

ShownText::ShownText(std::string_view text) : text_(text) {
    if (!g_on || !may_hold_sequence(text)) return;
    size_t copied = 0;   // text before this is in drawn_
    for (size_t at = 0; at < text.size();) {
        const size_t end = core::cluster_end(text, at);
        size_t p = at;
        // A character of the stand-ins' range in the text itself (a user may
        // type one) is stood in for too, so that no stand-in is ever taken
        // for another cluster, here or on the way back (with_clusters).
        const bool private_use = in(core::next_char(text, p), kFirst, kLast);
        bool emoji = false;
        for (size_t q = p; q < end && !emoji;) emoji = joins_emoji(core::next_char(text, q));
        if (private_use || (p < end && emoji)) {   // more than one character, and an emoji sequence
            if (const char32_t c = stand_in(text.substr(at, end - at))) {
                drawn_.append(text.substr(copied, at - copied));
                char utf8[5];
                drawn_.append(utf8, (size_t)ImTextCharToUtf8(utf8, (unsigned)c));
                copied = end;
                marks_.emplace_back(drawn_.size(), end);
                changed_ = true;
            }
        }
        at = end;
    }
    if (changed_) drawn_.append(text.substr(copied));
}

namespace {

// Drawn text with each stand-in turned back into its cluster.
std::string expand_stand_ins(std::string_view drawn) {
    // A stand-in's UTF-8 starts F3 B0–BF (U+F0000–FFFFD).
    auto stand_in_at = [&](size_t i) {
        return (unsigned char)drawn[i] == 0xF3 && i + 1 < drawn.size() && (unsigned char)drawn[i + 1] >= 0xB0;
    };
    size_t at = 0;
    while (at < drawn.size() && !stand_in_at(at)) ++at;
    if (at == drawn.size()) return std::string(drawn);
    std::string out(drawn.substr(0, at));
    while (at < drawn.size()) {
        const size_t from = at;
        const std::string* cluster = cluster_of(core::next_char(drawn, at));
        out.append(cluster ? std::string_view(*cluster) : drawn.substr(from, at - from));
    }
    return out;
}

}  // namespace

std::string with_clusters(std::string_view drawn) {
    if (!g_on || g_clusters.empty()) return std::string(drawn);   // off: nothing was stood in
    return expand_stand_ins(drawn);
}

namespace {

void (*g_platform_set_clipboard)(ImGuiContext*, const char*) = nullptr;

void set_clipboard_whole(ImGuiContext* ctx, const char* text) {
    if (g_platform_set_clipboard) g_platform_set_clipboard(ctx, field_text_back(text ? text : "").c_str());
}

}  // namespace

void keep_clipboard_text_whole() {
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    if (pio.Platform_SetClipboardTextFn == &set_clipboard_whole) return;
    g_platform_set_clipboard = pio.Platform_SetClipboardTextFn;
    pio.Platform_SetClipboardTextFn = &set_clipboard_whole;
}

std::string field_text(std::string_view text) {
    return g_on ? std::string(ShownText(text).drawn()) : std::string(text);
}

std::string field_text_back(std::string_view buffer) {
    return g_clusters.empty() ? std::string(buffer) : expand_stand_ins(buffer);
}

size_t ShownText::source_offset(size_t drawn_offset) const {
    if (!changed_) return drawn_offset;
    // The last stand-in that ends at or before the offset: the text after it is the same.
    auto it = std::upper_bound(marks_.begin(), marks_.end(), std::make_pair(drawn_offset, ~size_t(0)));
    if (it == marks_.begin()) return drawn_offset;
    --it;
    return it->second + (drawn_offset - it->first);
}

size_t ShownText::drawn_offset(size_t source_offset) const {
    if (!changed_) return source_offset;
    size_t drawn_done = 0, source_done = 0;   // the ends of the last stand-in, and of its sequence, before the offset
    for (const auto& [drawn_end, source_end] : marks_) {
        // A stand-in's UTF-8 is 4 bytes (plane 15); the text up to it is the same in both.
        const size_t sequence_start = source_done + (drawn_end - 4 - drawn_done);
        if (source_offset <= sequence_start) break;
        if (source_offset < source_end) return drawn_end;   // inside the sequence: after its stand-in
        drawn_done = drawn_end;
        source_done = source_end;
    }
    return drawn_done + (source_offset - source_done);
}

}  // namespace ui
