// ---- test API (stable names; other issues and the browser tests rely on them) ---
function p95(values) {
  if (!values.length) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}
window.planner = {
  ready,
  frames: () => frameCount,
  items: () => wasm.live ? JSON.parse(wasm.itemsJson()) : [],
  screenText: () => new Promise(resolve => { textWaiters.push(resolve); requestFrame(1); }),
  exportJson: () => wasm.exportJson(),
  // Benchmarks: parses JSON text with nlohmann/json only (no plan), true when it parsed.
  parseOnly: text => wasm.parseOnly(String(text)),
  importJson: text => {
    const result = JSON.parse(wasm.importJson(String(text)));
    requestFrame(3);
    return result;
  },
  stats: () => ({ frames: frameCount, frameMsLast: frameTimes.length ? frameTimes[frameTimes.length - 1] : 0,
                  frameMsP95: p95(frameTimes), frameMs: frameTimes.slice(),
                  heapBytes: wasm.live ? wasm.heapSize() : 0,
                  heapUsedBytes: wasm.live ? wasm.heapUsed() : 0,
                  fontSlices: wasm.live ? wasm.fontSlices() : 0,
                  // How the wasm arrived: 'xz' (unpacked by the page), 'gzip', or
                  // 'none' (unpacked already: the offline copy after a first visit).
                  wasmPacking: wasmArrival.packing,
                  // The start screen's glyphs drawn while the wasm downloaded (glyphs.js):
                  // how many, how many the first frame took, what it asked for that was not.
                  glyphsAhead: { drawn: ahead.drawn, used: ahead.used, missed: ahead.missed.join('') },
                  // 'system': the browser draws in the system's fonts; 'bundled-web': the
                  // browser draws in the bundled font; 'bundled': the app's own rasterizer.
                  font: !wasm.live ? '' : wasm.fontSlices() > 0 ? 'bundled' :
                    glyphs.stack === SYSTEM_FONTS ? 'system' : 'bundled-web' }),
  // Input as the app took it (touch.js, app.js): right clicks Dear ImGui saw
  // and the long presses that sent them, where the input field last took the
  // focus (inside which touch event, with the user's activation), whether it
  // has it now, whether a fling is running, and the canvas's box (the visual
  // viewport's, CSS px).
  input: () => ({ rightClicks: wasm.live ? wasm.rightClicks() : 0, longPresses: rightClicksSent,
                  imeFocus, imeFocused: document.activeElement === ime, flinging: !!fling,
                  canvas: { x: canvasX, y: canvasY, w: canvas.clientWidth, h: canvas.clientHeight } }),
  // Whether the font (with the slices loaded so far) draws this character.
  hasGlyph: ch => wasm.live && wasm.hasGlyph(String(ch).codePointAt(0)),
  // How the font draws a character or an emoji sequence at the text size:
  // {whole (a sequence as one glyph), advance (CSS px), colour}, or {} when
  // it has not been drawn as one glyph.
  glyph: text => wasm.live ? JSON.parse(wasm.glyphJson(String(text))) : {},
};
