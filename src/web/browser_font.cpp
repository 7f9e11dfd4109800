// Glyphs drawn by the browser (docs/architecture.md, "Fonts"): a Dear ImGui
// font loader whose every glyph comes from the page's Canvas 2D text
// renderer (shell/page/glyphs.js), at the device pixel ratio, in the fonts
// of the user's system. So any character the system can draw is drawn,
// colour emoji arrive as colour glyphs, and the page downloads no font.
#include "web/browser_font.hpp"

#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"   // ImFontLoader and the atlas calls a loader makes
#include "ui/cluster_glyphs.hpp"

extern "C" {
// How far a hanzi's ink reaches above (out[0]) and below (out[1]) the
// baseline in the page's font at `px` device pixels. 0 when the canvas failed.
int js_font_metrics(float px, float* out);
// Draws one character, or a cluster drawn as one glyph (ui/cluster_glyphs.hpp),
// given in UTF-8, at `px` device pixels. out: advance, left and top of
// the bitmap from the pen on the baseline, width, height, colour (1/0).
// 0 when the canvas failed (the page then falls back to the bundled font).
int js_glyph(const char* utf8, float px, float* out);
// The last glyph's bitmap, RGBA, width*4 bytes a row, into `dst`.
void js_glyph_pixels(unsigned char* dst);
}

namespace {

float density(const ImFontConfig* src, const ImFontBaked* baked) {
    return src->RasterizerDensity * baked->RasterizerDensity;
}

bool loader_init(ImFontAtlas*) { return true; }
void loader_shutdown(ImFontAtlas*) {}
bool src_init(ImFontAtlas*, ImFontConfig*) { return true; }
void src_destroy(ImFontAtlas*, ImFontConfig*) {}
// The browser falls back through the system's fonts itself, and draws its
// own placeholder for what none of them has: every character is "there".
bool src_contains(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }

// Dear ImGui lays a line out as tall as the font size, with the baseline at
// Ascent. The baseline is put where a hanzi's ink sits in the middle of the
// line, so Chinese text is centred in buttons and fields whatever the font.
bool baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
    if (src->MergeMode) return true;
    const float d = density(src, baked);
    const float px = baked->Size * d;
    float m[2] = {0, 0};
    float baseline = px * 0.84f;   // the canvas failed: where a CJK font's baseline usually is
    if (js_font_metrics(px, m) && m[0] + m[1] > 0) baseline = (px - (m[0] + m[1])) * 0.5f + m[0];
    const float ascent = baseline / d;
    baked->Ascent = std::round(ascent);
    baked->Descent = baked->Ascent - baked->Size;
    return true;
}

void baked_destroy(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) {}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
    const float d = density(src, baked);
    float g[6] = {0, 0, 0, 0, 0, 0};
    char utf8[5];
    const std::string* cluster = ui::cluster_of((char32_t)codepoint);
    if (!cluster) utf8[ImTextCharToUtf8(utf8, (unsigned)codepoint)] = '\0';
    if (!js_glyph(cluster ? cluster->c_str() : utf8, baked->Size * d, g)) return false;
    const float advance = g[0] / d;
    if (out_advance_x) {   // metrics only
        *out_advance_x = advance;
        return true;
    }
    const int w = (int)g[3], h = (int)g[4];
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = advance;
    if (w <= 0 || h <= 0) return true;   // a space, a joiner: advance only

    ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    atlas->Builder->TempBuffer.resize(w * h * 4);
    js_glyph_pixels(atlas->Builder->TempBuffer.Data);

    const float ref_size = baked->ContainerFont->Sources[0]->SizePixels;
    const float offsets_scale = ref_size != 0.0f ? baked->Size / ref_size : 1.0f;
    float off_x = src->GlyphOffset.x * offsets_scale;
    float off_y = src->GlyphOffset.y * offsets_scale + baked->Ascent;
    if (src->PixelSnapH) off_x = IM_ROUND(off_x);
    if (src->PixelSnapV) off_y = IM_ROUND(off_y);
    out_glyph->X0 = g[1] / d + off_x;
    out_glyph->Y0 = g[2] / d + off_y;
    out_glyph->X1 = (g[1] + w) / d + off_x;
    out_glyph->Y1 = (g[2] + h) / d + off_y;
    out_glyph->Visible = true;
    out_glyph->Colored = g[5] != 0;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, atlas->Builder->TempBuffer.Data,
                                       ImTextureFormat_RGBA32, w * 4);
    return true;
}

}  // namespace

namespace web {

const ImFontLoader* browser_font_loader() {
    static ImFontLoader loader = [] {
        ImFontLoader l;
        l.Name = "browser (Canvas 2D)";
        l.LoaderInit = loader_init;
        l.LoaderShutdown = loader_shutdown;
        l.FontSrcInit = src_init;
        l.FontSrcDestroy = src_destroy;
        l.FontSrcContainsGlyph = src_contains;
        l.FontBakedInit = baked_init;
        l.FontBakedDestroy = baked_destroy;
        l.FontBakedLoadGlyph = load_glyph;
        return l;
    }();
    return &loader;
}

}  // namespace web
