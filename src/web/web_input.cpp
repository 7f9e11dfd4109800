// Browser input → Dear ImGui. The page's script (shell/page/app.js) listens to
// DOM events and calls these exported functions; nothing here knows the DOM.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "imgui.h"

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
void remember_clipboard(const char* text) { g_clipboard = text ? text : ""; }
}  // namespace web
