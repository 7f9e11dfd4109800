#pragma once
// What the page's test API reads: the items drawn in the last frame and,
// on request, all text drawn in a frame (window.planner.items/screenText).
#include <string>

namespace ui {
void test_hooks_begin_frame(bool capture_text);  // after ImGui::NewFrame()
void test_hooks_end_frame();                      // before ImGui::Render()
const std::string& items_json();                  // [{label,id,x,y,w,h}, ...]
const std::string& screen_text();
}  // namespace ui
