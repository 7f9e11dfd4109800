#include "ui/app.hpp"
#include "imgui.h"
#include <cstring>
namespace ui {
void App::init(const char* lang) { en_ = std::strcmp(lang, "en") == 0; }
int App::frame() {
    ImGui::SetNextWindowPos({0,0}); ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("main", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(en_ ? "Basics" : "基本信息");
    if (ImGui::InputText("##community_name", buf_, sizeof buf_, ImGuiInputTextFlags_EnterReturnsTrue)) name_ = buf_;
    if (ImGui::IsItemDeactivatedAfterEdit()) name_ = buf_;
    ImGui::Text("name: %s", name_.c_str());
    ImGui::End();
    return -1;
}
const char* App::export_json() { out_ = "{\"plan\":{\"basics\":{\"name\":\"" + name_ + "\"}}}"; return out_.c_str(); }
const char* App::import_json(const char*) { return "{\"ok\":false}"; }
}
