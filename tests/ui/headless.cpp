#include "headless.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "ui/test_hooks.hpp"

namespace ui_test {

std::string FakeServices::now_iso() {
    // A clock that moves a second per call, so saves and snapshots are ordered.
    const int s = clock_seconds++;
    char buf[40];
    std::snprintf(buf, sizeof buf, "2025-03-01T%02d:%02d:%02d.000Z", 8 + s / 3600 % 12, s / 60 % 60, s % 60);
    return buf;
}

Headless::Headless(core::Lang lang, float width, float height, bool welcome) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Textures are only acknowledged: nothing is drawn, every glyph is still laid out.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    io.Fonts->AddFontDefault();
    app.init(lang);
    frame();
    if (!welcome && app.view().welcome) {
        run(*this, {ui::Command{ui::cmd::NewPlan{}}});
        frame();
    }
}

Headless::~Headless() { ImGui::DestroyContext(context_); }

int Headless::frame(bool capture_text) {
    app.before_frame();
    ImGui::NewFrame();
    ui::test_hooks_begin_frame(capture_text);
    const int wake = app.frame();
    ui::test_hooks_end_frame();
    ImGui::Render();
    // The page runs the autosave as a task of its own once the frame is shown.
    if (app.has_after_frame_work()) app.after_frame();
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_WantCreate || tex->Status == ImTextureStatus_WantUpdates) {
            tex->SetTexID((ImTextureID)1);
            tex->SetStatus(ImTextureStatus_OK);
        } else if (tex->Status == ImTextureStatus_WantDestroy) {
            tex->SetTexID(ImTextureID_Invalid);
            tex->SetStatus(ImTextureStatus_Destroyed);
        }
    }
    items_.clear();
    for (const auto& item : nlohmann::json::parse(ui::items_json()))
        items_.push_back({item.at("label"), item.at("id"), item.at("x"), item.at("y"), item.at("w"), item.at("h"),
                          item.at("fx"), item.at("fy"), item.at("fw"), item.at("fh")});
    return wake;
}

void Headless::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
}

std::optional<Item> Headless::find(const std::string& id) const {
    const std::string tail = "###" + id;
    for (const Item& item : items_) {
        if (item.id == id) return item;
        if (item.id.size() >= tail.size() && item.id.compare(item.id.size() - tail.size(), tail.size(), tail) == 0)
            return item;
    }
    return std::nullopt;
}

void Headless::click(const std::string& id) {
    std::optional<Item> item = find(id);
    REQUIRE_MESSAGE(item, "not drawn: " << id);
    ImGuiIO& io = ImGui::GetIO();
    if (touch_) io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(item->x + item->w / 2, item->y + item->h / 2);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
}

void Headless::go_to(const std::string& section) {
    if (drawn("nav_menu")) {
        click("nav_menu");
        frames(2);   // the drawer appears, then is drawn where it belongs
    }
    click("nav_" + section);
}

void Headless::use_touch() {
    touch_ = true;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(0, 0);
    frames(2);   // the app sees the finger, then restyles before the next frame
}

void Headless::resize(float width, float height) {
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
    frame();
}

void Headless::type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frame();
}

void Headless::press(ImGuiKey key, ImGuiKeyChord mods) {
    ImGuiIO& io = ImGui::GetIO();
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    frame();
    io.AddKeyEvent(key, false);
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    frame();
}

void Headless::type_into(const std::string& id, const std::string& text) {
    click(id);
    press(ImGuiKey_A, ImGuiMod_Ctrl);
    type(text);
    press(ImGuiKey_Enter);
    frames(2);
}

void run(Headless& h, std::vector<std::variant<core::Edit, ui::Command>> items) {
    ui::EditSink queue;
    for (auto& item : items) {
        if (auto* edit = std::get_if<core::Edit>(&item)) queue.push(std::move(*edit));
        else queue.run(std::get<ui::Command>(std::move(item)));
    }
    h.app.run_queue(queue);
}

}  // namespace ui_test
