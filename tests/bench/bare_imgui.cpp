// A bare Dear ImGui page built from the same sources and flags as the app:
// the reference that start-up figures are compared against.
#include <emscripten/emscripten.h>

#include <GLES3/gl3.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "web/gl_context.hpp"

extern "C" {
EMSCRIPTEN_KEEPALIVE int bare_init(void* font, int size) {
    if (!web::create_gl_context()) return 0;
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = true;
    ImGui::GetIO().Fonts->AddFontFromMemoryTTF(font, size, 0.0f, &cfg);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    return 1;
}

EMSCRIPTEN_KEEPALIVE void bare_frame(float w, float h, float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(w, h);
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::TextUnformatted("你好，世界 Hello");
    ImGui::Button("按钮 Button");
    ImGui::End();
    ImGui::Render();
    int fw = 0, fh = 0;
    web::framebuffer_size(fw, fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.95f, 0.94f, 0.92f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}
}
