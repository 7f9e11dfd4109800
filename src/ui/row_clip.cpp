#include "ui/row_clip.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {

unsigned ActiveRow::before() const { return ImGui::GetCurrentContext()->ActiveIdIsAlive; }

void ActiveRow::after(const std::string& key, unsigned before) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (before == 0 && g.ActiveId != 0 && g.ActiveIdIsAlive == g.ActiveId) {
        key_ = key;
        id_ = g.ActiveId;
    }
}

bool ActiveRow::holds(const std::string& key) const {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return id_ != 0 && key == key_ && (g.ActiveId == id_ || g.ActiveIdPreviousFrame == id_);
}

void RowClip::begin() {
    const float width = ImGui::GetContentRegionAvail().x, font = ImGui::GetFontSize();
    if (width != width_ || font != font_size_) heights_.clear();
    width_ = width;
    font_size_ = font;
    ++frame_;
    pending_ = known_sum_ = 0;
    known_n_ = drawn_ = passed_ = measured_ = rows_ = 0;
}

bool RowClip::row(const std::string& key) {
    ++rows_;
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    const float margin = std::max(clip.GetHeight(), ImGui::GetFontSize() * 8);
    const float top = ImGui::GetCursorScreenPos().y + pending_;
    const auto near_screen = [&](float height) { return top + height > clip.Min.y - margin && top < clip.Max.y + margin; };
    auto it = heights_.find(key);
    const bool held = active_.holds(key);   // never passed over
    if (it != heights_.end()) {
        it->second.frame = frame_;
        known_sum_ += it->second.height;
        ++known_n_;
        if (!held && !near_screen(it->second.height)) {
            pending_ += it->second.height;
            ++passed_;
            return false;
        }
    } else {
        // Not measured yet: drawn if near the screen or within this frame's
        // few, otherwise counted at the average height for now.
        const float guess = known_n_ ? known_sum_ / (float)known_n_ : ImGui::GetFontSize() * 6;
        if (!held && !near_screen(guess) && measured_ >= kMeasurePerFrame) {
            pending_ += guess;
            ++passed_;
            return false;
        }
        ++measured_;
    }
    place_pending();
    row_top_ = ImGui::GetCursorScreenPos().y;
    row_key_ = key;
    alive_before_ = active_.before();
    ++drawn_;
    return true;
}

void RowClip::end_row() {
    const float height = ImGui::GetCursorScreenPos().y - row_top_;
    heights_[row_key_] = Kept{height, frame_};
    active_.after(row_key_, alive_before_);
}

void RowClip::place_pending() {
    if (pending_ <= 0) return;
    // Dummy advances the cursor by its height plus the item spacing.
    ImGui::Dummy(ImVec2(0, std::max(0.0f, pending_ - ImGui::GetStyle().ItemSpacing.y)));
    pending_ = 0;
}

void RowClip::end() {
    place_pending();
    // Rows the list no longer has (another day, a deleted line) are forgotten
    // once they outnumber the rows it has.
    if ((int)heights_.size() > 2 * rows_ + 64)
        for (auto it = heights_.begin(); it != heights_.end();)
            it = it->second.frame == frame_ ? std::next(it) : heights_.erase(it);
}

}  // namespace ui
