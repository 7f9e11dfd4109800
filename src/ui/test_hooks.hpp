#pragma once
// What the page's test API reads: the items drawn in the last frame and,
// on request, all text drawn in a frame (window.planner.items/screenText).
#include <string>
#include <string_view>
#include <vector>

namespace ui {
void test_hooks_begin_frame(bool capture_text);  // after ImGui::NewFrame()
void test_hooks_end_frame();                      // before ImGui::Render()
const std::string& items_json();                  // [{label,id,x,y,w,h}, ...]
const std::string& screen_text();
// The same text as it was drawn: each emoji sequence drawn whole is its
// stand-in character (ui/cluster_glyphs.hpp), one drawn in parts is itself.
const std::string& drawn_text();
// The lines wrapped text (ui::wrapped_text) was drawn in, in a frame that
// captured text. The screen text has each text whole, so that a search for a
// sentence finds it; where the lines break is read here.
void test_hooks_wrapped_line(std::string_view line);
const std::vector<std::string>& wrapped_lines();
}  // namespace ui
