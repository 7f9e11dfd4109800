// GL state the page answers itself (an emscripten --js-library that replaces
// a few functions of emscripten's WebGL library).
//
// Dear ImGui's OpenGL3 backend saves and restores the GL state around each
// frame. In Chrome some of those queries (blend function and equation,
// viewport, scissor box) are synchronous round trips to the GPU process, and
// a round trip waits for every command issued before it — the previous
// frame's drawing included. On a software renderer that wait was most of a
// frame (BENCHMARKS.md). The page owns the whole context, so it keeps a
// shadow copy of that state, written by the setters below and read by
// glGetIntegerv; every other query goes to WebGL as before. After a context
// loss the backend sets all of this state again before it draws.
mergeInto(LibraryManager.library, {
  $glShadow: { blend: [1, 0, 1, 0], equation: [0x8006, 0x8006], viewport: null, scissor: null },

  glBlendFunc__deps: ['$glShadow'],
  glBlendFunc: function (s, d) { glShadow.blend = [s, d, s, d]; GLctx.blendFunc(s, d); },
  glBlendFuncSeparate__deps: ['$glShadow'],
  glBlendFuncSeparate: function (sr, dr, sa, da) { glShadow.blend = [sr, dr, sa, da]; GLctx.blendFuncSeparate(sr, dr, sa, da); },
  glBlendEquation__deps: ['$glShadow'],
  glBlendEquation: function (m) { glShadow.equation = [m, m]; GLctx.blendEquation(m); },
  glBlendEquationSeparate__deps: ['$glShadow'],
  glBlendEquationSeparate: function (r, a) { glShadow.equation = [r, a]; GLctx.blendEquationSeparate(r, a); },
  glViewport__deps: ['$glShadow'],
  glViewport: function (x, y, w, h) { glShadow.viewport = [x, y, w, h]; GLctx.viewport(x, y, w, h); },
  glScissor__deps: ['$glShadow'],
  glScissor: function (x, y, w, h) { glShadow.scissor = [x, y, w, h]; GLctx.scissor(x, y, w, h); },

  glGetIntegerv__sig: 'vii',
  glGetIntegerv__deps: ['$emscriptenWebGLGet', '$glShadow'],
  glGetIntegerv: function (name_, p) {
    var s = glShadow, values = null;
    switch (name_) {
      case 0x80C9: values = [s.blend[0]]; break;      // GL_BLEND_SRC_RGB
      case 0x80C8: values = [s.blend[1]]; break;      // GL_BLEND_DST_RGB
      case 0x80CB: values = [s.blend[2]]; break;      // GL_BLEND_SRC_ALPHA
      case 0x80CA: values = [s.blend[3]]; break;      // GL_BLEND_DST_ALPHA
      case 0x8009: values = [s.equation[0]]; break;   // GL_BLEND_EQUATION_RGB
      case 0x883D: values = [s.equation[1]]; break;   // GL_BLEND_EQUATION_ALPHA
      case 0x0BA2: values = s.viewport; break;        // GL_VIEWPORT
      case 0x0C10: values = s.scissor; break;         // GL_SCISSOR_BOX
    }
    if (!values || !p) { emscriptenWebGLGet(name_, p, 0); return; }
    for (var i = 0; i < values.length; i++) HEAP32[(p >> 2) + i] = values[i];
  },
});
