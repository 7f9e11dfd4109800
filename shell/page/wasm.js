// The wasm module's exports, all in one place.
// Every call into the app (the planner_* functions of src/web/*.cpp) goes
// through `wasm`, which also copies strings and bytes into the wasm heap and
// strings out of it: the rest of the page deals in JS values only. Callers
// check wasm.live first: the module is there from instantiation until a crash.
// Text from the page as well-formed UTF-16: each lone surrogate becomes
// U+FFFD (the replacement character), so it can never be joined with a
// neighbour. Strings from the page's own inputs never have one; names and
// values other scripts or crafted files put in storage or links may.
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
// No room in the wasm heap for something the page hands the app.
class OutOfMemory extends Error {
  constructor(bytes) {
    super(`out of memory: ${bytes} bytes`);
    this.bytes = bytes;
  }
}
// A size as the user reads it: "300 MB", "16 MB", "2.5 MB", "812 KB".
function sizeText(bytes) {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
// The largest plan file the importer takes (kMaxFileBytes, src/core/json/plan_json.hpp):
// a larger file is refused before it is read, so it never fills the page's memory.
const MAX_PLAN_FILE_BYTES = 16 * 1024 * 1024;

const wasm = (function () {
  let module = null;

  // A JS string as a C string for the length of fn(pointer). A lone
  // surrogate becomes U+FFFD: stringToUTF8 would join it with the character
  // after it ("a\uD800b" into "a" and a bogus U+10062). No room for the
  // copy throws OutOfMemory before anything reaches the app.
  function withCString(text, fn) {
    text = wellFormed(String(text));
    const size = module.lengthBytesUTF8(text) + 1;
    const ptr = module._malloc(size);
    if (!ptr) throw new OutOfMemory(size);
    try {
      module.stringToUTF8(text, ptr, size);
      return fn(ptr);
    } finally {
      module._free(ptr);
    }
  }
  function readCString(ptr) {
    return ptr ? module.UTF8ToString(ptr) : '';
  }
  // Bytes copied into a malloc'd block the callee takes ownership of.
  function copyBytes(bytes) {
    const ptr = module._malloc(bytes.length);
    if (!ptr) throw new OutOfMemory(bytes.length);
    module.HEAPU8.set(bytes, ptr);
    return ptr;
  }

  return {
    get live() { return module !== null; },
    attach(instantiated) { module = instantiated; },
    detach() { module = null; },   // after a crash: nothing calls in again

    // Lifecycle and frames (web_app.cpp). init() answers whether WebGL 2
    // works; fontBytes null: the browser draws the text (glyphs.js).
    init(fontBytes, lang, isMac) {
      const font = fontBytes ? copyBytes(fontBytes) : 0;   // the font atlas takes ownership
      const size = fontBytes ? fontBytes.length : 0;
      return withCString(lang, p => module._planner_init(font, size, p, isMac ? 1 : 0)) !== 0;
    },
    useBundledFont: bytes => module._planner_use_bundled_font(copyBytes(bytes), bytes.length) !== 0,
    coarsePointer: coarse => module._planner_coarse_pointer(coarse ? 1 : 0),
    textScale: scale => module._planner_text_scale(scale),
    resize: (cssWidth, cssHeight, dpr) => module._planner_resize(cssWidth, cssHeight, dpr),
    frame: (nowSeconds, captureText) => module._planner_frame(nowSeconds, captureText ? 1 : 0) !== 0,
    inputPending: () => module._planner_input_pending() !== 0,
    afterFrame: () => module._planner_after_frame(),
    flush: () => module._planner_flush(),
    shown: () => module._planner_shown(),
    glRestored: () => module._planner_gl_restored(),
    addFontSlice: bytes => module._planner_add_font_slice(copyBytes(bytes), bytes.length) !== 0,   // merged?
    fontSliceFailed: () => module._planner_font_slice_failed(),

    // Input (web_input.cpp). key() answers whether the app knows the key.
    mousePos: (x, y, touch) => module._planner_mouse_pos(x, y, touch ? 1 : 0),
    mouseButton: (button, down) => module._planner_mouse_button(button, down ? 1 : 0),
    mouseWheel: (dx, dy) => module._planner_mouse_wheel(dx, dy),
    touchStart: () => module._planner_touch_start(),
    touchScroll: (dx, dy) => module._planner_touch_scroll(dx, dy),   // CSS px the content follows
    popupCount: () => module._planner_popup_count(),
    rightClicks: () => module._planner_right_clicks(),   // right-button releases the app saw
    key: (code, down, mods) => withCString(code, p => module._planner_key(p, down ? 1 : 0, mods)) !== 0,
    focus: focused => module._planner_focus(focused ? 1 : 0),
    text: text => withCString(text, p => module._planner_text(p)),
    setClipboard: text => withCString(text, p => module._planner_set_clipboard(p)),

    // What the page hands the app (web_app.cpp).
    pasteOutsideText: text => withCString(text, p => module._planner_paste_outside_text(p)),
    importTable: (text, name) => withCString(text, t => withCString(name, n => module._planner_import_table(t, n))),
    storageChanged: key => withCString(key, p => module._planner_storage_changed(p)),
    openLink: fragment => withCString(fragment, p => module._planner_open_link(p)),
    // The importer's answer, as JSON text: {"ok":…, …}.
    importJson: text => withCString(text, p => readCString(module._planner_import_json(p))),
    exportJson: () => readCString(module._planner_export_json()),
    // Saving back to a plan's file (files.js): the file the page keeps for a
    // plan, and how writing it ended (0 saved, 1 not allowed, 2 not found,
    // 3 no space, 4 failed); the answer is the message to show ("" when saved).
    linkFile: (planId, name) => withCString(planId, p => withCString(name, n => module._planner_link_file(p, n))),
    fileWritten: (planId, result, detail) =>
      withCString(planId, p => withCString(detail, d => readCString(module._planner_file_written(p, result, d)))),

    // For the test API (test_api.js) and the benchmarks (bench_exports.cpp).
    itemsJson: () => readCString(module._planner_items_json()),
    screenText: () => readCString(module._planner_screen_text()),
    fontSlices: () => module._planner_font_slices(),
    hasGlyph: codePoint => module._planner_has_glyph(codePoint) === 1,
    glyphJson: text => withCString(text, p => readCString(module._planner_glyph_json(p))),
    heapSize: () => module._planner_heap_size(),
    heapUsed: () => module._planner_heap_used(),
    parseOnly: text => withCString(text, p => module._planner_parse_only(p)) === 1,
  };
})();
