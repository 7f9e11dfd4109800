// The app, once start() (loader.js) brought it up: feeds browser events to
// it, bridges the input method and the clipboard, draws a frame only when
// something happened, and serves what the app asks of the page
// (window.plannerPage, called by src/web/web_bridge.js).

// ---- frame scheduling: draw only when something happened -----------------
let frameCount = 0;
let rafPending = false;
let settleFrames = 0;        // ImGui may need a frame or two to settle after input
let wakeTimer = 0;
const frameTimes = [];
let readyResolve;
const ready = new Promise(resolve => { readyResolve = resolve; });
let textWaiters = [];
let glLost = false;

function requestFrame(settle) {
  settleFrames = Math.max(settleFrames, settle === undefined ? 2 : settle);
  if (!rafPending && wasm.live && !glLost) {
    rafPending = true;
    requestAnimationFrame(onAnimationFrame);
  }
}
function onAnimationFrame() {
  rafPending = false;
  flingStep();   // touch.js: a flung list keeps sliding, a step per frame
  drawFrame();
}
function drawFrame() {
  if (!wasm.live || glLost) return;
  const captureText = textWaiters.length > 0;
  const t0 = performance.now();
  let wantMore;
  try {
    wantMore = wasm.frame(performance.now() / 1000, captureText);
  } catch (e) {
    fatal(e);
    return;
  }
  const ms = performance.now() - t0;
  frameTimes.push(ms);
  if (frameTimes.length > 240) frameTimes.shift();
  frameCount++;
  if (captureText) {
    const text = wasm.screenText();
    const waiters = textWaiters;
    textWaiters = [];
    waiters.forEach(resolve => resolve(text));
  }
  if (frameCount === 1) {
    mark('first-frame');
    stopCountingAhead();   // glyphs.js
    splash.classList.add('hidden');
    readyResolve();
  }
  if (settleFrames > 0) settleFrames--;
  if (wantMore || settleFrames > 0) requestFrame(settleFrames);
  return wantMore;
}
// Input handlers draw at once (not on the next animation frame) so that
// what the app does in answer — copy to the clipboard, focus the text field —
// happens inside the user's gesture, where browsers allow it. The app runs
// what a frame asked for after drawing it (docs/architecture.md, "One
// direction of data"); when that changed anything, the frame that shows it
// is drawn at once too, not left to an animation frame the browser may hold
// back.
function drawNow() {
  if (!wasm.live) return;
  if (drawFrame()) drawFrame();
  requestFrame(2);
}

// ---- text follows the reader's text size ------------------------------------
// iOS's Dynamic Type body size (17 px unless the reader changed it in the
// system settings), else the browser's default font size (16 px unless
// changed): the app scales its font steps by it (App::set_text_scale).
function textScale() {
  try {
    const probe = document.createElement('span');
    probe.style.font = '-apple-system-body';
    if (probe.style.font) {
      document.body.appendChild(probe);
      const px = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      if (px > 0) return px / 17;
    }
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return root > 0 ? root / 16 : 1;
  } catch (e) {
    return 1;
  }
}

// ---- canvas size follows the visible part of the window and the device pixel ratio
// On a phone the on-screen keyboard shrinks the *visual* viewport (the part
// of the page on screen) and may pan it, while the window keeps its size:
// the canvas, and so the app's display, covers the visual viewport, so
// nothing the app draws is under the keyboard (web_input.cpp then scrolls
// the field being typed in into sight). Pinch-zoomed (a desktop trackpad),
// the canvas keeps to the window as before. Without window.visualViewport
// (old browsers), the window is all there is.
const visual = window.visualViewport || null;
let canvasX = 0, canvasY = 0;   // where the canvas is on the page, CSS px
function visibleBox() {
  if (visual && Math.abs(visual.scale - 1) < 0.01 && visual.width > 0 && visual.height > 0) {
    return { x: visual.offsetLeft, y: visual.offsetTop, w: visual.width, h: visual.height };
  }
  return { x: 0, y: 0, w: window.innerWidth, h: window.innerHeight };
}
let dprQuery = null;
function resize() {
  if (!wasm.live) return;
  const dpr = window.devicePixelRatio || 1;
  const box = visibleBox();
  canvas.style.left = box.x + 'px';
  canvas.style.top = box.y + 'px';
  canvas.style.width = box.w + 'px';
  canvas.style.height = box.h + 'px';
  canvasX = box.x;
  canvasY = box.y;
  // Setting a canvas's size clears it, even to the size it has: only a new one.
  const w = Math.max(1, Math.round(box.w * dpr)), h = Math.max(1, Math.round(box.h * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  wasm.resize(box.w, box.h, dpr);
  watchDpr();
  requestFrame(3);
}
function watchDpr() {
  // Zooming or moving to another screen changes the ratio without a resize
  // event on some browsers; a media query on the current ratio notices.
  if (dprQuery) dprQuery.removeEventListener('change', resize);
  dprQuery = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
  dprQuery.addEventListener('change', resize);
}
function watchViewport() {
  window.addEventListener('resize', resize);
  if (visual) {
    visual.addEventListener('resize', resize);
    visual.addEventListener('scroll', resize);
  }
}

// ---- pointer and wheel -----------------------------------------------------
// Mouse and pen go to Dear ImGui as they are; a finger goes through touch.js,
// which makes taps, scrolling, long presses and drags of its movements.
const NO_MOUSE = -3.4e38;   // ImGui's "no mouse" position
function canvasPoint(e) {
  return [e.clientX - canvasX, e.clientY - canvasY];
}
function pointerPos(e) {
  const [x, y] = canvasPoint(e);
  wasm.mousePos(x, y, e.pointerType === 'touch');
}
canvas.addEventListener('pointermove', e => {
  if (!wasm.live) return;
  if (e.pointerType === 'touch') return touchMove(e);
  pointerPos(e);
  requestFrame();
});
canvas.addEventListener('pointerdown', e => {
  if (!wasm.live) return;
  e.preventDefault();                 // keep focus where the app put it
  try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* the pointer is gone already */ }
  lastTouch = e.pointerType === 'touch';
  if (lastTouch) return touchDown(e);
  pointerPos(e);
  // Dear ImGui takes queued input a step per frame: a key released just
  // before, or a pointer that arrives with the press (a touch), is taken
  // first. Draw that frame now, so the item under the pointer has seen it
  // arrive; tabs and table headers take a press only then.
  if (wasm.inputPending()) drawFrame();
  wasm.mouseButton(e.button, true);
  drawNow();
});
canvas.addEventListener('pointerup', e => {
  if (!wasm.live) return;
  if (e.pointerType === 'touch') return touchUp(e);
  pointerPos(e);
  wasm.mouseButton(e.button, false);
  drawNow();
});
canvas.addEventListener('pointercancel', e => {
  if (!wasm.live) return;
  if (e.pointerType === 'touch') return touchCancel(e);
  wasm.mouseButton(e.button < 0 ? 0 : e.button, false);
  requestFrame();
});
canvas.addEventListener('pointerleave', e => {
  if (!wasm.live || e.buttons) return;
  // A lifted finger leaves too, and is still a finger (the layout keeps
  // its touch sizes).
  wasm.mousePos(NO_MOUSE, NO_MOUSE, e.pointerType === 'touch');
  requestFrame();
});
canvas.addEventListener('contextmenu', e => e.preventDefault());
canvas.addEventListener('wheel', e => {
  if (!wasm.live) return;
  e.preventDefault();
  // One ImGui wheel unit is one notch; browsers report pixels or lines.
  const scale = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 1 : 1 / 100;
  let dx = -e.deltaX * scale, dy = -e.deltaY * scale;
  if (e.shiftKey && dx === 0) { dx = dy; dy = 0; }
  wasm.mouseWheel(dx, dy);
  requestFrame();
}, { passive: false });

// ---- keyboard ----------------------------------------------------------------
function mods(e) {
  // ImGui swaps Cmd and Ctrl itself on macOS (io.ConfigMacOSXBehaviors).
  return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
}
let composing = false;
function shortcutKey(e) { return isMac ? e.metaKey : e.ctrlKey; }
window.addEventListener('keydown', e => {
  if (!wasm.live || forThePage(e)) return;
  if (composing || e.isComposing || e.keyCode === 229) return;   // the input method owns these keys
  const clip = shortcutKey(e) && !e.altKey && (e.code === 'KeyC' || e.code === 'KeyX' || e.code === 'KeyV');
  if (clip && e.code === 'KeyV' && textWanted) return;   // handled by the paste event below
  const known = wasm.key(e.code, true, mods(e));
  // Let the browser run its copy/cut default so the copy event fires; and
  // let printable keys through to the text field when text is wanted.
  const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey;
  if (!clip && known && !(printable && textWanted)) e.preventDefault();
  if (!clip && !known && !printable && shortcutKey(e)) e.preventDefault();
  drawNow();
}, true);
window.addEventListener('keyup', e => {
  if (!wasm.live || forThePage(e)) return;
  wasm.key(e.code, false, mods(e));
  requestFrame();
}, true);
window.addEventListener('blur', () => {
  if (!wasm.live) return;
  wasm.focus(false);
  requestFrame();
});
window.addEventListener('focus', () => {
  if (!wasm.live) return;
  wasm.focus(true);
  requestFrame();
});

// ---- input method bridge -----------------------------------------------------
// ImGui reports where its text cursor is; the hidden field sits there so the
// input method's candidate window appears next to the text being edited.
const ime = document.getElementById('ime');
let textWanted = false;
// On a phone, focusing the field is what opens the on-screen keyboard, and
// the browser allows that only inside the user's gesture: a tap reaches the
// app in pointerup (touch.js), which draws the frame that calls this, so
// the focus happens there. imeFocus records where it happened, for the tests.
let imeFocus = null;
function imeState(wantText, visible, x, y, lineHeight) {
  textWanted = wantText;
  ime.style.left = Math.round(canvasX + x) + 'px';
  ime.style.top = Math.round(canvasY + y) + 'px';
  ime.style.height = Math.round(lineHeight) + 'px';
  // Under 16 px, iOS zooms the page in to a field it focuses.
  ime.style.fontSize = Math.max(lastTouch ? 16 : 10, Math.round(lineHeight * 0.8)) + 'px';
  if (wantText && document.activeElement !== ime) {
    ime.focus({ preventScroll: true });
    imeFocus = { during: touchEventName, userActivation: !!(navigator.userActivation && navigator.userActivation.isActive),
                 focused: document.activeElement === ime };
  } else if (!wantText && document.activeElement === ime) {
    canvas.focus({ preventScroll: true });
  }
}
function commitText() {
  const text = ime.value;
  ime.value = '';
  if (text && wasm.live) {
    wasm.text(text);
    drawNow();
  }
}
ime.addEventListener('compositionstart', () => {
  composing = true;
  ime.classList.add('composing');
  requestFrame();
});
ime.addEventListener('compositionupdate', () => {
  ime.style.width = Math.max(2, ime.scrollWidth) + 'px';
});
ime.addEventListener('compositionend', () => {
  composing = false;
  ime.classList.remove('composing');
  ime.style.width = '';
  commitText();
});
ime.addEventListener('input', e => {
  if (composing || e.isComposing) {
    ime.style.width = Math.max(2, ime.scrollWidth) + 'px';
    return;   // still composing: shown in the field, not yet text
  }
  commitText();
});

// ---- clipboard ---------------------------------------------------------------
// The app's copy (Ctrl+C in a field or a "copy" button) calls copyText during
// a frame drawn inside the user's gesture; the browser's copy event then
// carries it to the system clipboard. Paste goes the other way: the paste
// event hands the text to the app, then Ctrl+V reaches ImGui.
let pendingCopy = null;
// When neither the copy command nor navigator.clipboard can write it, the
// text is shown for the user to copy by hand (copy.js) — unless a copy event
// still comes for it: Ctrl+C's own, which the browser fires after the key's
// handler, before any timer.
function copyText(text) {
  pendingCopy = text;
  let done = false;
  try { done = document.execCommand('copy'); } catch (e) { done = false; }
  if (done && pendingCopy === null) return;   // the copy event carried it
  const written = navigator.clipboard && navigator.clipboard.writeText
    ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard API'));
  written.catch(() => setTimeout(() => {
    if (pendingCopy !== text) return;
    pendingCopy = null;
    showCopyFallback(text);
  }, 0));
}
function onCopy(e) {
  if (pendingCopy === null) return;
  e.clipboardData.setData('text/plain', pendingCopy);
  pendingCopy = null;
  e.preventDefault();
}
document.addEventListener('copy', onCopy);
document.addEventListener('cut', onCopy);
document.addEventListener('paste', e => {
  if (!wasm.live || forThePage(e)) return;
  const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
  e.preventDefault();
  if (textWanted) {
    wasm.setClipboard(text);
    const ctrl = isMac ? 8 : 1;
    wasm.key('KeyV', true, ctrl);
    drawNow();
    wasm.key('KeyV', false, ctrl);
    requestFrame();
  } else {
    wasm.pasteOutsideText(text);
    drawNow();
  }
});

// ---- the rest of the page's services for the app ---------------------------------
const cursors = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize',
                 'pointer', 'wait', 'progress', 'not-allowed'];
let lastCursor = '';
function setCursor(c) {
  const css = c < 0 ? 'none' : (cursors[c] || 'default');
  if (css !== lastCursor) { canvas.style.cursor = css; lastCursor = css; }
}
// Work the app asked to do outside a frame (the autosave): a task of its
// own, queued after the frame so the frame reaches the screen first.
let afterFramePending = false;
function afterFrame() {
  if (afterFramePending) return;
  afterFramePending = true;
  setTimeout(() => {
    afterFramePending = false;
    if (wasm.live) wasm.afterFrame();
    requestFrame(1);   // show "saved"
  }, 0);
}
function wakeIn(ms) {
  clearTimeout(wakeTimer);
  if (ms >= 0) wakeTimer = setTimeout(() => requestFrame(1), ms);
}
function download(name, mime, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
// The print page (core/exports print_html) carries no script: its Print
// button gets its click here. The pop-up inherits this page's
// Content-Security-Policy, which blocks inline handlers, so the listener is
// attached from outside; a page saved as a file (pop-up blocked) has no such
// policy and carries one line of script for the same button.
function openPrintView(html) {
  const w = window.open('', '_blank');
  if (!w) {
    const script = "<script>document.querySelector('button.print').addEventListener('click', () => print());</script>";
    const page = html.replace(/<\/body>\s*<\/html>\s*$/, `${script}\n</body>\n</html>\n`);
    return download('sop-print.html', 'text/html', new TextEncoder().encode(page));
  }
  w.document.open();
  w.document.write(html);
  w.document.close();
  const button = w.document.querySelector('button.print');
  if (button) button.addEventListener('click', () => w.print());
}

window.addEventListener('storage', e => {
  if (!wasm.live || e.storageArea !== window.localStorage || !e.key) return;
  wasm.storageChanged(e.key);
  requestFrame();
});
// Going away: keys and text the page has delivered but no frame has taken
// yet are part of what the user typed, so frames take them first (Dear
// ImGui takes some input a step per frame); then the app saves.
function flush() {
  if (!wasm.live) return;
  for (let i = 0; i < 64 && wasm.inputPending(); i++) drawFrame();
  wasm.flush();
}
function shown() {
  if (!wasm.live) return;
  wasm.shown();
  requestFrame();
}
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
  else shown();
});
window.addEventListener('pagehide', flush);
window.addEventListener('pageshow', e => { if (e.persisted) shown(); });   // back from the back-forward cache

// Import: a file picker, or a .json file dropped anywhere on the page.
// The app's answer: {ok, id} or {ok: false, error, detail}; null when the
// text did not fit in the page's memory (said here, naming the file).
function importText(text, name) {
  if (!wasm.live) return null;
  let answer;
  try {
    answer = JSON.parse(wasm.importJson(text));
  } catch (e) {
    if (!(e instanceof OutOfMemory)) throw e;
    showNotice(T.noRoom.replace('{file}', () => name).replace('{size}', sizeText(e.bytes)));
    return null;
  }
  requestFrame(3);
  return answer;
}
// An image picked by mistake, by its first bytes (the app names the kinds
// that are text: a CSV table, another app's JSON).
function imageKind(b) {
  const starts = (...bytes) => bytes.every((x, i) => b[i] === x);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'PNG';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'GIF';
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'WebP';
  return null;
}
// A plan file's text. JSON travels as UTF-8, but Windows editors also save
// "Unicode" (UTF-16 with a byte-order mark); the mark says which encoding
// it is. Bytes that are not text in that encoding (a file saved as GBK, say)
// are refused with a message naming the file: a decoder that replaced them
// with U+FFFD would import the plan with characters silently changed.
function decodePlanFile(bytes) {
  let encoding = 'utf-8';   // with or without its mark: the decoder drops the mark
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (e) {
    return null;
  }
}
// The size is checked before the file is read: a huge file (a video dropped
// by mistake) is refused with its own size, without filling the memory.
// Resolves to the app's answer ({ok, id} …), or null when the file never
// reached the app.
function importFile(file) {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    showNotice(T.tooLarge.replace('{file}', () => file.name).replace('{size}', sizeText(file.size))
                                .replace('{limit}', sizeText(MAX_PLAN_FILE_BYTES)));
    return Promise.resolve(null);
  }
  return file.arrayBuffer().then(buffer => {
    const bytes = new Uint8Array(buffer);
    const image = imageKind(bytes);
    if (image) {
      showNotice(T.image.replace('{file}', () => file.name).replace('{kind}', image));
      return null;
    }
    const text = decodePlanFile(bytes);
    if (text === null) {
      showNotice(T.notText.replace('{file}', file.name));
      return null;
    }
    hideNotice();
    // A file the app refuses stays named until closed, with where in the
    // file the problem is on a line of its own.
    const answer = importText(text, file.name);
    if (answer && !answer.ok) {
      showNotice(T.notPlan.replace('{file}', () => file.name).replace('{why}', () => answer.error) +
                 (answer.detail ? '\n' + answer.detail : ''));
    }
    return answer;
  }, () => {
    showNotice(T.notRead.replace('{file}', () => file.name));
    return null;
  });
}
// Where the browser offers the File System Access API, the picker keeps the
// file's handle, so Ctrl+S can write the plan back to it (files.js);
// elsewhere a file input, and Ctrl+S downloads.
function pickFile() {
  if (typeof window.showOpenFilePicker === 'function') return pickFileHandle();
  pickFileInput();
}
function pickFileInput() {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.addEventListener('change', () => {
    if (input.files && input.files[0]) importFile(input.files[0]);
  });
  input.click();
}
// A statistics table for the KPI import (WeCom's daily group data, saved
// from Excel): picked from its dialog, or a .csv / .tsv / .txt file dropped
// on the page. Its text: UTF-16 when a byte-order mark says so (Excel's
// "Unicode text"), else UTF-8 when the bytes are UTF-8 (with or without the
// mark), else GB18030, what Excel on a Chinese Windows saves as CSV (GBK is
// part of it): the browser's decoder, so no table of ours. Bytes that are
// neither are refused, naming the file.
function decodeTable(bytes) {
  const tries = bytes[0] === 0xff && bytes[1] === 0xfe ? ['utf-16le']
    : bytes[0] === 0xfe && bytes[1] === 0xff ? ['utf-16be'] : ['utf-8', 'gb18030'];
  for (const encoding of tries) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch (e) { /* not this one */ }
  }
  return null;
}
function isTableFile(file) { return /\.(csv|tsv|txt)$/i.test(file.name); }
function importTableFile(file) {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    return showNotice(T.tooLarge.replace('{file}', () => file.name).replace('{size}', sizeText(file.size))
                                .replace('{limit}', sizeText(MAX_PLAN_FILE_BYTES)));
  }
  file.arrayBuffer().then(buffer => {
    const text = decodeTable(new Uint8Array(buffer));
    if (text === null) return showNotice(T.notText.replace('{file}', () => file.name));
    if (!wasm.live) return;
    hideNotice();
    try {
      wasm.importTable(text, file.name);
    } catch (e) {
      if (!(e instanceof OutOfMemory)) throw e;
      return showNotice(T.noRoom.replace('{file}', () => file.name).replace('{size}', sizeText(e.bytes)));
    }
    requestFrame(3);
  }, () => showNotice(T.notRead.replace('{file}', () => file.name)));
}
function pickTable() {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';
  input.addEventListener('change', () => {
    if (input.files && input.files[0]) importTableFile(input.files[0]);
  });
  input.click();
}
window.addEventListener('dragover', e => { e.preventDefault(); });
window.addEventListener('drop', e => {
  e.preventDefault();
  const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
  if (file) (isTableFile(file) ? importTableFile : importFile)(file);
});
// A message of the page's own (the app shows its messages in its status
// bar, but a file refused here never reached it), until the user closes it.
const notice = document.getElementById('notice');
function showNotice(text) {
  document.getElementById('notice-text').textContent = text;
  const close = document.getElementById('notice-close');
  close.textContent = T.close;
  close.onclick = () => { hideNotice(); canvas.focus({ preventScroll: true }); };
  notice.hidden = false;
}
function hideNotice() {
  notice.hidden = true;
}

// Share links: a plan in the fragment (#p1.…), which never reaches a server.
function pageUrl() { return location.href.split('#')[0]; }
function clearFragment() {
  try { history.replaceState(null, '', pageUrl()); } catch (e) { /* file:// in some browsers */ }
}
function offerLink() {
  const fragment = location.hash.slice(1);
  if (!wasm.live || !fragment) return;
  wasm.openLink(fragment);
  requestFrame(3);
}
window.addEventListener('hashchange', offerLink);

// ---- the font's second slice (GB2312's rarer hanzi, assets/font/subset.py):
//      fetched the first time the app draws a character the first slice
//      lacks, then merged into the font; until then such a character shows
//      the placeholder glyph. A failed fetch is tried again at the next miss.
let fontSliceLoading = false;
function loadFontSlice() {
  if (fontSliceLoading || !wasm.live) return;
  fontSliceLoading = true;
  fetchBytes('planner-font-more.ttf.gz', null).then(bytes => {
    if (!wasm.live) return;
    if (!wasm.addFontSlice(bytes)) throw new Error('not a font');
    requestFrame(2);
  }).catch(e => {
    console.warn('font slice unavailable:', e && e.message || e);
    fontSliceLoading = false;
    if (wasm.live) wasm.fontSliceFailed();
  });
}

// The browser could not draw text after all (glyphs.js): the bundled font,
// drawn by the app itself, takes over between frames.
function fontFailed() {
  fetchBytes('planner-font.ttf.gz', null).then(bytes => {
    if (!wasm.live) return;
    if (!wasm.useBundledFont(bytes)) throw new Error('not a font');
    requestFrame(3);
  }).catch(e => console.warn('bundled font unavailable:', e && e.message || e));
}

window.plannerPage = { copyText, loadFontSlice, glyph, fontMetrics, glyphPixels: () => glyphs.pixels, imeState, setCursor, wakeIn, afterFrame, download, openPrintView,
                       storageGet, storageSet, storageRemove, storageKeys, pickFile, writeFile, pickTable, wellFormed,
                       pageUrl, clearFragment };

// ---- WebGL context loss: restore the drawing, keep the data ----------------------
canvas.addEventListener('webglcontextlost', e => {
  e.preventDefault();
  glLost = true;
});
canvas.addEventListener('webglcontextrestored', () => {
  glLost = false;
  if (wasm.live) wasm.glRestored();
  requestFrame(3);
});

function fatal(error) {
  console.error(error);
  wasm.detach();
  showError(T.crash, String(error && error.message || error));
}
