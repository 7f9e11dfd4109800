// Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) report every item
// with its rectangle and label; the page turns them into planner.items().
// Screen text comes from ImGui's own text logging, which sees every string
// rendered in the frame, field contents included.
#include "ui/test_hooks.hpp"

#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/cluster_glyphs.hpp"

namespace {

struct Item {
    ImGuiID id;
    ImRect rect;        // what is on the screen (clipped by its window)
    ImRect full;        // the whole item, clipped or not: a layout check reads it
    std::string label;
    bool has_label = false;
};

std::vector<Item> g_items;                      // this frame, in drawing order
std::vector<Item> g_last_items;                 // the last frame drawn
std::unordered_map<ImGuiID, size_t> g_index;    // id → position in g_items
// Labels reported before their item is added (tabs report first, then add).
std::unordered_map<ImGuiID, std::string> g_early_labels;
std::string g_items_json = "[]";                // g_last_items as JSON, once asked for
bool g_items_json_stale = false;
std::string g_drawn_text;    // as drawn: emoji sequences as their stand-ins
std::string g_screen_text;   // with the sequences, made from g_drawn_text when asked for
bool g_screen_text_stale = false;
std::vector<std::string> g_wrapped_lines;        // this frame's, then the last capturing frame's
bool g_capturing = false;

}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (id == 0) return;
    ImGuiWindow* window = ctx->CurrentWindow;
    ImRect visible = bb;
    if (window) visible.ClipWithFull(window->ClipRect);
    if (visible.GetHeight() <= 0) return;   // scrolled out of view
    // An item cut off sideways stays listed (with no visible width), so that
    // a layout check sees a widget pushed past the edge of the screen.
    auto found = g_index.find(id);
    if (found != g_index.end()) {
        g_items[found->second].rect = visible;
        g_items[found->second].full = bb;
        return;
    }
    g_index[id] = g_items.size();
    g_items.push_back({id, visible, bb, {}, false});
    auto early = g_early_labels.find(id);
    if (early != g_early_labels.end()) {
        g_items.back().label = std::move(early->second);
        g_items.back().has_label = true;
        g_early_labels.erase(early);
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!label) return;
    auto found = g_index.find(id);
    if (found == g_index.end()) {
        g_early_labels[id] = label;
        return;
    }
    g_items[found->second].label = label;
    g_items[found->second].has_label = true;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    auto found = g_index.find(id);
    return found == g_index.end() ? nullptr : g_items[found->second].label.c_str();
}

namespace ui {

void test_hooks_begin_frame(bool capture_text) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.TestEngineHookItems = true;
    g_items.clear();
    g_index.clear();
    g_early_labels.clear();
    g_capturing = capture_text;
    if (capture_text) {
        g_wrapped_lines.clear();
        ImGui::LogBegin(ImGuiLogFlags_OutputBuffer, 0);
        g.ItemUnclipByLog = false;   // only what is really on screen
    }
}

void test_hooks_end_frame() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g_capturing) {
        g_drawn_text.assign(g.LogBuffer.c_str(), (size_t)g.LogBuffer.size());
        g_screen_text_stale = true;
        ImGui::LogFinish();
        g_capturing = false;
    }
    // Kept as they are; turned into JSON only when the page asks (every
    // frame would cost a scrolling frame of the large plan a third of its time).
    g_last_items.swap(g_items);
    g_items_json_stale = true;
}

const std::string& items_json() {
    if (!g_items_json_stale) return g_items_json;
    nlohmann::json out = nlohmann::json::array();
    for (const Item& item : g_last_items) {
        if (!item.has_label) continue;
        // A label drawn with stand-ins for emoji sequences is reported with the sequences.
        const std::string label = with_clusters(item.label);
        const char* text_end = ImGui::FindRenderedTextEnd(label.c_str());
        out.push_back({{"label", std::string(label.c_str(), text_end)},
                       {"id", label},
                       {"x", item.rect.Min.x}, {"y", item.rect.Min.y},
                       {"w", item.rect.GetWidth()}, {"h", item.rect.GetHeight()},
                       {"fx", item.full.Min.x}, {"fy", item.full.Min.y},
                       {"fw", item.full.GetWidth()}, {"fh", item.full.GetHeight()}});
    }
    g_items_json = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    g_items_json_stale = false;
    return g_items_json;
}

const std::string& screen_text() {
    if (g_screen_text_stale) {
        g_screen_text = with_clusters(g_drawn_text);
        g_screen_text_stale = false;
    }
    return g_screen_text;
}

const std::string& drawn_text() { return g_drawn_text; }

void test_hooks_wrapped_line(std::string_view line) {
    if (g_capturing) g_wrapped_lines.emplace_back(line);
}

const std::vector<std::string>& wrapped_lines() { return g_wrapped_lines; }

}  // namespace ui
