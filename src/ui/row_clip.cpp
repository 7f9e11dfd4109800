#include "ui/row_clip.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/widgets.hpp"

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
    in_table_ = ImGui::GetCurrentTable() != nullptr;
    ++frame_;
    pending_ = known_sum_ = 0;
    known_n_ = drawn_ = passed_ = measured_ = rows_ = 0;
}

// Where the next row starts. In a table, the last card's last line is ended
// first: its bottom is the next card's top.
float RowClip::top() {
    if (in_table_) {
        ImGuiTable* table = ImGui::GetCurrentTable();
        if (table->IsInsideRow) ImGui::TableEndRow(table);
        return table->RowPosY2;
    }
    return ImGui::GetCursorScreenPos().y;
}

bool RowClip::row(const std::string& key, bool shown) {
    ++rows_;
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    const float margin = std::max(clip.GetHeight(), ImGui::GetFontSize() * 8);
    const float top = this->top() + pending_;
    const auto near_screen = [&](float height) { return top + height > clip.Min.y - margin && top < clip.Max.y + margin; };
    auto it = heights_.find(key);
    const bool held = shown || active_.holds(key);  // never passed over
    if (it != heights_.end()) {
        it->second.frame = frame_;
        known_sum_ += it->second.height;
        ++known_n_;
        if (!held && !near_screen(it->second.height)) {
            pass_over(it->second.height);
            return false;
        }
    } else {
        // Not measured yet: drawn if near the screen or within this frame's
        // few, otherwise counted at the average height for now.
        const float guess = known_n_ ? known_sum_ / (float)known_n_ : ImGui::GetFontSize() * 6;
        if (!held && !near_screen(guess) && measured_ >= kMeasurePerFrame) {
            pass_over(guess);
            return false;
        }
        ++measured_;
    }
    place_pending();
    row_top_ = this->top();
    row_key_ = key;
    alive_before_ = active_.before();
    ++drawn_;
    return true;
}

void RowClip::end_row() {
    const float height = top() - row_top_;
    heights_[row_key_] = Kept{height, frame_};
    active_.after(row_key_, alive_before_);
}

void RowClip::pass_over(float height) {
    pending_ += height;
    ++passed_;
    if (in_table_) table_row();  // counted: the cards keep their alternate shades
}

void RowClip::place_pending() {
    if (pending_ <= 0) return;
    if (in_table_) {
        // The next row starts lower, as ImGuiListClipper moves a table on
        // (imgui.cpp, ImGuiListClipper_SeekCursorAndSetupPrevLine); the
        // cards passed over still count for the shade of the next.
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        ImGuiTable* table = ImGui::GetCurrentTable();
        window->DC.CursorPos.y = table->RowPosY2 + pending_;
        window->DC.CursorMaxPos.y = std::max(window->DC.CursorMaxPos.y, window->DC.CursorPos.y);
        table->RowPosY2 = window->DC.CursorPos.y;
    } else {
        // Dummy advances the cursor by its height plus the item spacing.
        ImGui::Dummy(ImVec2(0, std::max(0.0f, pending_ - ImGui::GetStyle().ItemSpacing.y)));
    }
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

void RowClip::table_rows(int n, const std::function<const std::string&(int)>& key, int focus,
                         const std::function<void(int)>& draw) {
    if (!in_cards()) {
        // A row of cells each: one height, which Dear ImGui's clipper measures.
        ImGuiListClipper clipper;
        clipper.Begin(n);
        for (int i = 0; i < n; ++i)
            if (active_.holds(key(i))) clipper.IncludeItemByIndex(i);
        if (focus >= 0 && focus < n) clipper.IncludeItemByIndex(focus);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const unsigned alive = active_.before();
                draw(i);
                active_.after(key(i), alive);
            }
        return;
    }
    // A card each, a table row per line: the clipper would take a card for
    // one row (Dear ImGui asserts so), and the cards differ in height.
    begin();
    for (int i = 0; i < n; ++i)
        if (row(key(i), i == focus)) {
            draw(i);
            end_row();
        }
    end();
}

}  // namespace ui
