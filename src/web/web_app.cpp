// The frame and lifecycle entry points the page calls (planner_init,
// planner_frame, …). Owns the ImGui context and the renderer; hands each
// frame to the app through PageApp (src/main.cpp wires them).
#include <emscripten/emscripten.h>

#include <cmath>
#include <GLES3/gl3.h>

#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/text/utf8.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"   // ImFontLoader, to watch for glyphs the first font slice lacks
#include "ui/cluster_glyphs.hpp"
#include "ui/test_hooks.hpp"
#include "web/browser_font.hpp"
#include "web/gl_context.hpp"
#include "web/page_app.hpp"

extern "C" {
void js_clipboard_write(const char* text);
void js_ime(int want_text, int visible, float x, float y, float line_height);
void js_cursor(int cursor);
void js_wake_in(int ms);
void js_after_frame();
void js_font_missing();
}

namespace web {
const char* clipboard_text();
void remember_clipboard(const char* text);
void input_new_frame();     // web_input.cpp: touch scrolling, the caret kept in sight
void display_resized();
}

namespace {

web::PageApp* g_app = nullptr;
float g_css_w = 1280, g_css_h = 720, g_dpr = 1;
double g_last_time = 0;

// Fonts (docs/architecture.md, "Fonts"): the browser draws every glyph
// (browser_font.cpp). Only when the page's canvas cannot draw text does the
// app use the bundled font through stb_truetype, in two slices
// (assets/font/subset.py): the first is loaded before the first frame; the
// second (GB2312's rarer hanzi) is fetched the first time a frame asks for a
// glyph the first slice lacks, then merged into the same font. The first
// slice's loader is stb_truetype's, watched: a CJK ideograph it lacks is the
// signal.
const ImFontLoader* g_stb_loader = nullptr;
ImFontLoader g_watched_loader;
bool g_second_slice_asked = false;
bool g_second_slice_merged = false;

bool load_glyph_watched(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void* data,
                        ImWchar c, ImFontGlyph* out, float* out_advance) {
    if (g_stb_loader->FontBakedLoadGlyph(atlas, src, baked, data, c, out, out_advance)) return true;
    // Only an ideograph can be in the second slice (emoji never are).
    if (c >= 0x4E00 && c <= 0x9FFF && !g_second_slice_asked && !g_second_slice_merged) {
        g_second_slice_asked = true;
        js_font_missing();
    }
    return false;
}

// The browser draws every glyph (browser_font.cpp).
void add_browser_font() {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = true;   // there is no font file
    cfg.FontLoader = web::browser_font_loader();
    std::strncpy(cfg.Name, "the browser's fonts", sizeof(cfg.Name) - 1);
    cfg.PixelSnapH = true;   // glyphs start on whole pixels: crisp, not blurred between two
    ImGui::GetIO().Fonts->AddFont(&cfg);
}

// The bundled font's first slice (a malloc'd TrueType file the atlas takes over).
void add_bundled_font(void* font, int font_size) {
    g_second_slice_asked = g_second_slice_merged = false;
    g_stb_loader = ImFontAtlasGetFontLoaderForStbTruetype();
    g_watched_loader = *g_stb_loader;
    g_watched_loader.Name = "stb_truetype (watched)";
    g_watched_loader.FontBakedLoadGlyph = load_glyph_watched;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = true;
    cfg.FontLoader = &g_watched_loader;
    std::strncpy(cfg.Name, "WenQuanYi Micro Hei (subset)", sizeof(cfg.Name) - 1);
    // Glyphs on whole pixels: crisper hanzi, and each glyph is rasterized
    // once instead of at 2x horizontal oversampling.
    cfg.PixelSnapH = true;
    // A file the atlas cannot read leaves the browser's fonts, never no font
    // (the wasm carries no default font: IMGUI_DISABLE_DEFAULT_FONT).
    if (!ImGui::GetIO().Fonts->AddFontFromMemoryTTF(font, font_size, 0.0f, &cfg)) add_browser_font();
}

// Whether the browser draws the text (the font's source has its loader).
bool browser_font() {
    const ImVector<ImFontConfig>& sources = ImGui::GetIO().Fonts->Sources;
    return !sources.empty() && sources[0].FontLoader == web::browser_font_loader();
}

const char* get_clipboard(ImGuiContext*) { return web::clipboard_text(); }

void set_clipboard(ImGuiContext*, const char* text) {
    web::remember_clipboard(text);
    js_clipboard_write(text);
}

void set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    js_ime(data->WantTextInput, data->WantVisible, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

}  // namespace

namespace web {
void set_app(PageApp* app) { g_app = app; }
}

extern "C" {

// font: null to have the browser draw the text, or the bundled font's first
// slice (a malloc'd TrueType file the atlas takes over); lang: "zh" or "en".
EMSCRIPTEN_KEEPALIVE int planner_init(void* font, int font_size, const char* lang, int is_mac) {
    if (!web::create_gl_context()) return 0;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;       // window layout is the app's to keep
    io.LogFilename = nullptr;
    io.ConfigMacOSXBehaviors = is_mac != 0;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendPlatformName = "sop_planner_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;

    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Platform_GetClipboardTextFn = get_clipboard;
    pio.Platform_SetClipboardTextFn = set_clipboard;
    pio.Platform_SetImeDataFn = set_ime_data;

    // The atlas starts at the size the first screen fills, so the first
    // frame does not grow and re-pack it.
    io.Fonts->TexMinHeight = 256;
    if (font) add_bundled_font(font, font_size);
    else add_browser_font();
    ui::set_cluster_glyphs(browser_font());   // the browser draws an emoji sequence whole

    ImGui_ImplOpenGL3_Init("#version 300 es");
    if (g_app) g_app->init(lang);
    return 1;
}

// The page's guess, before any pointer event, that a finger will be used
// (CSS "pointer: coarse"): touch sizes from the first frame (ui::Layout).
EMSCRIPTEN_KEEPALIVE void planner_coarse_pointer(int coarse) {
    if (g_app) g_app->app().set_coarse_pointer(coarse != 0);
}

// The reader's text size against the usual one (shell/page/app.js: textScale).
EMSCRIPTEN_KEEPALIVE void planner_text_scale(float scale) {
    if (g_app) g_app->app().set_text_scale(scale);
}

EMSCRIPTEN_KEEPALIVE void planner_resize(float css_w, float css_h, float dpr) {
    if (css_w != g_css_w || css_h != g_css_h) web::display_resized();
    g_css_w = css_w;
    g_css_h = css_h;
    g_dpr = dpr > 0 ? dpr : 1;
}

// Input Dear ImGui has queued but not yet taken (it takes a step per frame).
EMSCRIPTEN_KEEPALIVE int planner_input_pending() { return ImGui::GetCurrentContext()->InputEventsQueue.Size; }

// Draws one frame. Returns 1 when the app wants another frame right away.
EMSCRIPTEN_KEEPALIVE int planner_frame(double now_s, int capture_text) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(g_css_w, g_css_h);
    io.DisplayFramebufferScale = ImVec2(g_dpr, g_dpr);
    // ImGui animates by elapsed time; after a long sleep, count one frame.
    double dt = now_s - g_last_time;
    io.DeltaTime = (g_last_time == 0 || dt <= 0) ? 1.0f / 60.0f : (float)std::fmin(dt, 0.25);
    g_last_time = now_s;

    if (g_app) g_app->app().before_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    web::input_new_frame();
    ui::test_hooks_begin_frame(capture_text != 0);
    int wake_ms = -1;
    if (g_app) wake_ms = g_app->app().frame();
    ui::test_hooks_end_frame();
    ImGui::Render();

    int fb_w = 0, fb_h = 0;
    web::framebuffer_size(fb_w, fb_h);
    glViewport(0, 0, fb_w, fb_h);
    // Sets gl_shadow.js's copy of the scissor box, which the backend reads
    // before drawing; unset, the first frame's read was a round trip to the
    // GPU process that waited for the font texture upload.
    glScissor(0, 0, fb_w, fb_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    js_cursor(io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor());
    // A blinking text cursor wakes the page a few times a second; nothing else does.
    if (io.WantTextInput && (wake_ms < 0 || wake_ms > 530)) wake_ms = 530;
    // Dear ImGui takes queued input a step per frame (a key, then the mouse
    // move after it): what is left waits for the next frame, which must come
    // now. Left for the next event, a click there landed on an item that had
    // not yet seen the pointer arrive, and was lost.
    if (planner_input_pending()) wake_ms = 0;
    js_wake_in(wake_ms);
    if (g_app && g_app->app().has_after_frame_work()) js_after_frame();
    return wake_ms == 0 ? 1 : 0;
}

// The font's second slice (a malloc'd TrueType file the atlas takes over),
// merged into the font between frames. Returns 1 when merged.
EMSCRIPTEN_KEEPALIVE int planner_add_font_slice(void* font, int font_size) {
    if (g_second_slice_merged) { std::free(font); return 1; }
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.FontDataOwnedByAtlas = true;
    std::strncpy(cfg.Name, "WenQuanYi Micro Hei (subset, more)", sizeof(cfg.Name) - 1);
    ImFont* merged = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(font, font_size, 0.0f, &cfg);
    if (!merged) {
        g_second_slice_asked = false;   // the next missing glyph asks again
        return 0;
    }
    merged->ClearOutputData();   // glyphs marked missing are looked up again
    g_second_slice_merged = true;
    return 1;
}

// The browser could not draw text after all (the canvas failed): the
// bundled font's first slice replaces the browser's fonts, between frames.
EMSCRIPTEN_KEEPALIVE int planner_use_bundled_font(void* font, int font_size) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->ClearFonts();
    add_bundled_font(font, font_size);
    ui::set_cluster_glyphs(browser_font());   // stb_truetype draws a character at a time
    return atlas->Fonts.empty() ? 0 : 1;
}

// The page could not fetch the second slice: the next missing glyph asks again.
EMSCRIPTEN_KEEPALIVE void planner_font_slice_failed() { g_second_slice_asked = false; }

// Which font draws the text: 0 the browser's, 1 or 2 the bundled font's slices.
EMSCRIPTEN_KEEPALIVE int planner_font_slices() { return browser_font() ? 0 : g_second_slice_merged ? 2 : 1; }

EMSCRIPTEN_KEEPALIVE int planner_has_glyph(int codepoint) {
    ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    return font && font->IsGlyphInFont((ImWchar)codepoint) ? 1 : 0;
}

// How the font draws `text`, one character or an emoji sequence (its
// stand-in, ui/cluster_glyphs.hpp), at the current size: JSON
// {"whole": drawn as one glyph, "advance", "colour"}, or {} when the text is
// neither or its glyph is not in the atlas.
EMSCRIPTEN_KEEPALIVE const char* planner_glyph_json(const char* text) {
    static std::string out;
    out = "{}";
    const std::string_view s(text);
    size_t at = 0;
    char32_t c = s.empty() ? 0 : core::next_char(s, at);
    const bool whole = at < s.size();
    if (whole) c = ui::stand_in_for(s);
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (c == 0 || atlas->Fonts.empty()) return out.c_str();
    ImFontBaked* baked = atlas->Fonts[0]->GetFontBaked(ImGui::GetStyle().FontSizeBase);
    const ImFontGlyph* g = baked->FindGlyphNoFallback((ImWchar)c);
    if (!g) return out.c_str();
    out = nlohmann::json{{"whole", whole}, {"advance", g->AdvanceX}, {"colour", (bool)g->Colored}}.dump();
    return out.c_str();
}

EMSCRIPTEN_KEEPALIVE void planner_gl_restored() {
    // Every GL object died with the old context: rebuild them, and the font
    // atlas textures with them.
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // Textures the backend destroyed are re-created by ImGui on the next frame.
}

EMSCRIPTEN_KEEPALIVE const char* planner_items_json() { return ui::items_json().c_str(); }
EMSCRIPTEN_KEEPALIVE const char* planner_screen_text() { return ui::screen_text().c_str(); }

EMSCRIPTEN_KEEPALIVE const char* planner_export_json() { return g_app ? g_app->export_json() : "{}"; }
EMSCRIPTEN_KEEPALIVE const char* planner_import_json(const char* text) {
    return g_app ? g_app->import_json(text) : "{\"ok\":false,\"error\":\"not started\"}";
}
EMSCRIPTEN_KEEPALIVE void planner_paste_outside_text(const char* text) {
    if (g_app) g_app->paste(text);
}
// A statistics table the page read from a file and decoded (app.js, importTableFile).
EMSCRIPTEN_KEEPALIVE void planner_import_table(const char* text, const char* file_name) {
    if (g_app) g_app->import_table(text, file_name);
}
EMSCRIPTEN_KEEPALIVE void planner_storage_changed(const char* key) {
    if (g_app) g_app->storage_changed(key);
}
EMSCRIPTEN_KEEPALIVE void planner_open_link(const char* fragment) {
    if (g_app) g_app->open_link(fragment);
}
EMSCRIPTEN_KEEPALIVE void planner_link_file(const char* plan_id, const char* file_name) {
    if (g_app) g_app->link_file(plan_id, file_name);
}
EMSCRIPTEN_KEEPALIVE const char* planner_file_written(const char* plan_id, int result, const char* detail) {
    return g_app ? g_app->file_written(plan_id, result, detail) : "";
}
EMSCRIPTEN_KEEPALIVE void planner_after_frame() {
    if (g_app) g_app->app().after_frame();
}
EMSCRIPTEN_KEEPALIVE void planner_shown() {
    if (g_app) g_app->app().shown();
}

EMSCRIPTEN_KEEPALIVE void planner_flush() {
    if (g_app) g_app->app().flush();
}

}  // extern "C"
