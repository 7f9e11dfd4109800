#include "web/gl_context.hpp"

#include <emscripten/html5.h>

namespace web {

bool create_gl_context() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;  // ImGui anti-aliases its own shapes
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    // Dear ImGui's renderer needs plain WebGL 2; enabling every extension
    // the browser offers (emscripten's default) cost ~70 ms at start-up.
    attrs.enableExtensionsByDefault = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) return false;
    return emscripten_webgl_make_context_current(ctx) == EMSCRIPTEN_RESULT_SUCCESS;
}

void framebuffer_size(int& width, int& height) {
    emscripten_get_canvas_element_size("#canvas", &width, &height);
}

}  // namespace web
