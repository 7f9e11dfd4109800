#pragma once
// Emoji sequences drawn whole (docs/architecture.md, "Fonts"). Dear ImGui
// draws text a character at a time, so a family joined by U+200D
// (👨‍👩‍👧), a skin tone (👍🏽), a flag (🇨🇳), a keycap (1️⃣) or an emoji with
// its variation selector (❤️) would come out as its parts. Where the font
// can draw a whole cluster as one glyph (the browser's, web/browser_font.cpp),
// text that is only shown is drawn with each such cluster replaced by a
// private-use character (plane 15) that stands for it, and the font loader
// asks the browser for the cluster's glyph (a character of that range in
// the text itself is stood in for too, as a cluster of one, so that none is
// taken for another's stand-in). The text itself is never changed: a text
// field's buffer holds the stand-ins (field_text), but what reaches the
// plan, the clipboard or an export is every character of the text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

// Whether the font draws a cluster as one glyph. Off (the default, and on
// Dear ImGui's own rasterizer) text is drawn as it is.
void set_cluster_glyphs(bool on);

// The cluster a stand-in character stands for, or null.
const std::string* cluster_of(char32_t stand_in);
// The stand-in a cluster has been drawn with so far, or 0.
char32_t stand_in_for(std::string_view cluster);

// Drawn text with each stand-in turned back into its cluster: what the test
// hooks and the screen text report of a label (labelled(), selectable(), …),
// which is drawn with its stand-ins.
std::string with_clusters(std::string_view drawn);

// Whether set_cluster_glyphs() is on.
bool cluster_glyphs_on();

// A text field's own buffer while stand-ins are on (ui/widgets.cpp): the
// text with each emoji sequence as its stand-in, so that Dear ImGui's field
// draws it whole and its cursor, Backspace and selection take it as one
// character. The plan only ever gets the text back (field_text_back).
std::string field_text(std::string_view text);
// A field's buffer with every stand-in turned back into its cluster,
// whether or not stand-ins are still on (they were when it was made).
std::string field_text_back(std::string_view buffer);

// Dear ImGui's copy and cut from a field (its clipboard function) hand the
// platform the text with every stand-in turned back. Called each frame; it
// wraps whatever clipboard function the platform set.
void keep_clipboard_text_whole();

// Text as it is drawn, with a way back to the text's own byte offsets.
class ShownText {
public:
    explicit ShownText(std::string_view text);
    std::string_view drawn() const { return changed_ ? std::string_view(drawn_) : text_; }
    // Whether a sequence was stood in for (drawn() is not the text).
    bool changed() const { return changed_; }
    // The text's byte offset for a byte offset of drawn() between two characters.
    std::size_t source_offset(std::size_t drawn_offset) const;
    // The byte offset of drawn() for one of the text's; an offset inside a
    // stood-in sequence gives the end of its stand-in.
    std::size_t drawn_offset(std::size_t source_offset) const;

private:
    std::string_view text_;
    std::string drawn_;
    bool changed_ = false;
    // (offset in drawn, offset in the text) after each stand-in.
    std::vector<std::pair<std::size_t, std::size_t>> marks_;
};

}  // namespace ui
