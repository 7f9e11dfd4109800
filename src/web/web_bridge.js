// Functions the C++ side calls on the page (an emscripten --js-library).
// Each forwards to window.plannerPage, defined by shell/page/app.js, so the
// page logic stays in the page's script and this file stays a thin seam.
mergeInto(LibraryManager.library, {
  // A string handed to C++: a malloc'd UTF-8 copy the caller frees. A lone
  // surrogate becomes U+FFFD (stringToUTF8 would join it with the next
  // character); no room for the copy is an error, never a null taken for
  // "absent" (a stored plan read as missing).
  $mallocString__deps: ['malloc'],
  $mallocString: function (value) {
    value = window.plannerPage.wellFormed(value);
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    if (!ptr) throw new Error('out of memory: ' + size + ' bytes for a string');
    stringToUTF8(value, ptr, size);
    return ptr;
  },
  js_clipboard_write: function (text) {
    window.plannerPage.copyText(UTF8ToString(text));
  },
  js_ime: function (wantText, visible, x, y, lineHeight) {
    window.plannerPage.imeState(!!wantText, !!visible, x, y, lineHeight);
  },
  js_cursor: function (cursor) {
    window.plannerPage.setCursor(cursor);
  },
  js_wake_in: function (ms) {
    window.plannerPage.wakeIn(ms);
  },
  js_after_frame: function () {
    window.plannerPage.afterFrame();
  },
  // The browser's glyphs (browser_font.cpp, shell/page/glyphs.js).
  js_font_metrics: function (px, out) {
    var m = window.plannerPage.fontMetrics(px);
    if (!m) return 0;
    HEAPF32[out >> 2] = m[0];
    HEAPF32[(out >> 2) + 1] = m[1];
    return 1;
  },
  js_glyph: function (utf8, px, out) {
    var g = window.plannerPage.glyph(UTF8ToString(utf8), px);
    if (!g) return 0;
    for (var i = 0; i < 6; i++) HEAPF32[(out >> 2) + i] = g[i];
    return 1;
  },
  js_glyph_pixels: function (dst) {
    HEAPU8.set(window.plannerPage.glyphPixels(), dst);
  },
  js_font_missing: function () {
    window.plannerPage.loadFontSlice();
  },
  js_download: function (name, mime, data, length) {
    var bytes = HEAPU8.slice(data, data + length);
    window.plannerPage.download(UTF8ToString(name), UTF8ToString(mime), bytes);
  },
  js_open_print_view: function (html, length) {
    // Decoded by length: UTF8ToString stops at a NUL even when given one.
    window.plannerPage.openPrintView(new TextDecoder().decode(HEAPU8.subarray(html, html + length)));
  },
  js_storage_get__deps: ['$mallocString'],
  js_storage_get: function (key) {
    // Returns a malloc'd UTF-8 copy (caller frees), or 0 when absent/unavailable.
    var value = window.plannerPage.storageGet(UTF8ToString(key));
    if (value === null || value === undefined) return 0;
    return mallocString(value);
  },
  js_storage_set: function (key, value) {
    // 0 ok, 1 quota exceeded, 2 unavailable, 3 read-back mismatch.
    return window.plannerPage.storageSet(UTF8ToString(key), UTF8ToString(value));
  },
  js_storage_remove: function (key) {
    window.plannerPage.storageRemove(UTF8ToString(key));
  },
  js_storage_keys__deps: ['$mallocString'],
  js_storage_keys: function () {
    return mallocString(window.plannerPage.storageKeys());
  },
  js_page_url__deps: ['$mallocString'],
  js_page_url: function () {
    return mallocString(window.plannerPage.pageUrl());
  },
  js_clear_fragment: function () {
    window.plannerPage.clearFragment();
  },
  js_pick_file: function () {
    window.plannerPage.pickFile();
  },
  // Ctrl+S for a plan opened from a file the page keeps (shell/page/files.js):
  // the page writes the bytes there and answers with planner_file_written.
  js_write_file: function (planId, data, length) {
    var bytes = HEAPU8.slice(data, data + length);
    window.plannerPage.writeFile(UTF8ToString(planId), bytes);
  },
  js_pick_table: function () {
    window.plannerPage.pickTable();
  },
  js_now_ms: function () {
    return Date.now();
  },
  js_random_u32: function () {
    return crypto.getRandomValues(new Uint32Array(1))[0];
  },
  js_local_time__deps: ['$mallocString'],
  js_local_time: function (isoPtr) {
    // "2026-11-30T02:05:09.123Z" → "2026-11-30 10:05" in Beijing; other text as it is.
    var iso = UTF8ToString(isoPtr);
    var d = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(iso) ? new Date(iso) : null;
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    var value = d && !isNaN(d.getTime())
      ? d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes())
      : iso;
    return mallocString(value);
  },
  js_local_date: function () {
    // Days since 1970-01-01 of the browser's local calendar date.
    var d = new Date();
    return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000);
  },
});
