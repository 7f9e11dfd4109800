#pragma once
// The font loader that has the browser draw every glyph (browser_font.cpp).
struct ImFontLoader;

namespace web {
const ImFontLoader* browser_font_loader();
}
