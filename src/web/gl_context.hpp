#pragma once
// WebGL 2 context on the page's #canvas (the renderer's only platform need).
namespace web {
// Creates the context and makes it current; false when WebGL 2 is missing.
bool create_gl_context();
// The drawing buffer size in device pixels.
void framebuffer_size(int& width, int& height);
}  // namespace web
