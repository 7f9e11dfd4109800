// Browser input → Dear ImGui. The page's script (shell/page/app.js) listens to
// DOM events and calls these exported functions; nothing here knows the DOM.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"   // windows and their scrolling, for touch scrolling and the caret

namespace {

struct CodeKey {
    const char* code;
    ImGuiKey key;
};

// KeyboardEvent.code names the physical key, so shortcuts work on any layout.
const CodeKey kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape}, {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt},
    {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"BracketLeft", ImGuiKey_LeftBracket},
    {"BracketRight", ImGuiKey_RightBracket}, {"Backslash", ImGuiKey_Backslash}, {"Semicolon", ImGuiKey_Semicolon},
    {"Quote", ImGuiKey_Apostrophe}, {"Backquote", ImGuiKey_GraveAccent}, {"Comma", ImGuiKey_Comma},
    {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash},
};

ImGuiKey key_from_code(const char* code) {
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == 0)
        return (ImGuiKey)(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
        return (ImGuiKey)(ImGuiKey_0 + (code[5] - '0'));
    if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
        int n = std::atoi(code + 1);
        if (n >= 1 && n <= 12) return (ImGuiKey)(ImGuiKey_F1 + n - 1);
    }
    for (const CodeKey& k : kKeys)
        if (std::strcmp(k.code, code) == 0) return k.key;
    return ImGuiKey_None;
}

std::string g_clipboard;  // what the page last pasted or the app last copied

// ---- touch: a finger scrolls by pixels ----------------------------------------------
// Dear ImGui turns a wheel notch into a step that depends on the window (five
// lines of its font, at most two thirds of its height), so the page cannot
// say "this many pixels" in notches. It hands over the finger's movement in
// CSS pixels instead (planner_touch_scroll, fling included), and each frame
// sets the scroll of the window under the finger by exactly that much.
// The window is chosen as Dear ImGui chooses the wheel's (the innermost one
// under the finger that scrolls on that axis, else the top-level window), once
// per gesture: content moving under a finger that rests must not hand the
// scroll over to a table or child window that arrives beneath it.
ImVec2 g_touch_pending;           // finger movement not yet applied, CSS px (+ = content follows down/right)
bool g_touch_new_gesture = false;  // a finger came down: choose the windows again
ImGuiID g_touch_origin = 0;        // the window under the finger when it came down
ImGuiID g_touch_target[2] = {0, 0};  // the window each axis scrolls, once chosen

ImGuiWindow* scroll_window_for(ImGuiWindow* window, ImGuiAxis axis) {
    for (; window; window = window->ParentWindow) {
        const bool scrolls = window->ScrollMax[axis] != 0.0f && !(window->Flags & ImGuiWindowFlags_NoScrollWithMouse) &&
                             !(window->Flags & ImGuiWindowFlags_NoMouseInputs);
        if (scrolls) return window;
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) return nullptr;
    }
    return nullptr;
}

void apply_touch_scroll() {
    ImGuiContext& g = *GImGui;
    if (g_touch_new_gesture && g.HoveredWindow) {
        g_touch_origin = g.HoveredWindow->ID;
        g_touch_target[0] = g_touch_target[1] = 0;
        g_touch_new_gesture = false;
    }
    if (g_touch_pending.x == 0.0f && g_touch_pending.y == 0.0f) return;
    ImGuiWindow* origin = g_touch_origin ? ImGui::FindWindowByID(g_touch_origin) : nullptr;
    for (int axis = 0; axis < 2; axis++) {
        const float d = g_touch_pending[axis];
        if (d == 0.0f) continue;
        ImGuiWindow* window = g_touch_target[axis] ? ImGui::FindWindowByID(g_touch_target[axis]) : nullptr;
        if (!window) {
            window = scroll_window_for(origin, (ImGuiAxis)axis);
            if (window) g_touch_target[axis] = window->ID;
        }
        if (!window) continue;
        // The content follows the finger: a finger moving up (d < 0) scrolls down.
        if (axis == ImGuiAxis_X) ImGui::SetScrollX(window, window->Scroll.x - d);
        else ImGui::SetScrollY(window, window->Scroll.y - d);
    }
    g_touch_pending = ImVec2(0.0f, 0.0f);
}

// ---- the text field being typed in stays in sight ----------------------------------
// On a phone the on-screen keyboard takes the lower half of the screen: the
// page then shrinks the display to the visible part (shell/page/app.js,
// following window.visualViewport), and the field being typed in may now be
// under the keyboard. For a few frames after the display changed size, the
// windows holding the text cursor scroll just enough to show it.
int g_reveal_frames = 0;

void reveal_caret() {
    if (g_reveal_frames <= 0) return;
    g_reveal_frames--;
    ImGuiContext& g = *GImGui;
    const ImGuiPlatformImeData& ime = g.PlatformImeDataPrev;   // the last frame's text cursor
    if (!ime.WantVisible || !g.ActiveIdWindow) return;
    const float margin = 8.0f;
    float top = ime.InputPos.y - margin, bottom = ime.InputPos.y + ime.InputLineHeight + margin;
    // Innermost window first (a table that scrolls), then the windows around it.
    for (ImGuiWindow* window = scroll_window_for(g.ActiveIdWindow, ImGuiAxis_Y); window;
         window = scroll_window_for(window->ParentWindow, ImGuiAxis_Y)) {
        // What of the window is on the display: its inner rectangle, cut at the display's edges.
        const float shown_top = ImMax(window->InnerRect.Min.y, 0.0f);
        const float shown_bottom = ImMin(window->InnerRect.Max.y, g.IO.DisplaySize.y);
        float delta = 0.0f;
        if (bottom > shown_bottom) delta = ImMin(bottom - shown_bottom, top - shown_top);
        else if (top < shown_top) delta = top - shown_top;
        const float scroll = ImClamp(window->Scroll.y + delta, 0.0f, window->ScrollMax.y);
        if (scroll != window->Scroll.y) ImGui::SetScrollY(window, scroll);
        top -= scroll - window->Scroll.y;   // the caret moved with the content
        bottom -= scroll - window->Scroll.y;
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
}

int g_right_clicks = 0;   // right-button releases Dear ImGui saw (the test API reads them)

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void planner_mouse_pos(float x, float y, int touch) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
}

EMSCRIPTEN_KEEPALIVE void planner_mouse_button(int button, int down) {
    // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
    static const int map[] = {0, 2, 1, 3, 4};
    if (button < 0 || button > 4) return;
    ImGui::GetIO().AddMouseButtonEvent(map[button], down != 0);
}

EMSCRIPTEN_KEEPALIVE void planner_mouse_wheel(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
}

// A finger came down: the next frame notes the window under it, which the
// gesture's scrolling (and the fling after it) moves.
EMSCRIPTEN_KEEPALIVE void planner_touch_start() {
    g_touch_new_gesture = true;
    g_touch_pending = ImVec2(0.0f, 0.0f);
}

// The finger (or its fling) moved by dx, dy CSS pixels: the content follows.
EMSCRIPTEN_KEEPALIVE void planner_touch_scroll(float dx, float dy) {
    g_touch_pending.x += dx;
    g_touch_pending.y += dy;
}

// How many popups (menus, dialogs, a combo's list) are open: the page sees
// whether a long press opened a context menu.
EMSCRIPTEN_KEEPALIVE int planner_popup_count() { return GImGui->OpenPopupStack.Size; }

EMSCRIPTEN_KEEPALIVE int planner_right_clicks() { return g_right_clicks; }

// mods: 1 ctrl, 2 shift, 4 alt, 8 super (the page maps Cmd to ctrl on macOS).
EMSCRIPTEN_KEEPALIVE int planner_key(const char* code, int down, int mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
    ImGuiKey key = key_from_code(code);
    if (key == ImGuiKey_None) return 0;
    io.AddKeyEvent(key, down != 0);
    return 1;
}

EMSCRIPTEN_KEEPALIVE void planner_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

EMSCRIPTEN_KEEPALIVE void planner_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
}

EMSCRIPTEN_KEEPALIVE void planner_set_clipboard(const char* utf8) {
    g_clipboard = utf8;
}

}  // extern "C"

namespace web {
const char* clipboard_text() { return g_clipboard.c_str(); }

// Called by planner_frame between ImGui::NewFrame and the app's frame, when
// the window under the pointer is known and nothing is drawn yet.
void input_new_frame() {
    apply_touch_scroll();
    reveal_caret();
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Right)) g_right_clicks++;
}

// The display changed size (a phone's keyboard came or went).
void display_resized() { g_reveal_frames = 3; }

void remember_clipboard(const char* text) { g_clipboard = text ? text : ""; }
}  // namespace web
