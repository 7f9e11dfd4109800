// The page: loads the font and the wasm module, feeds browser events to the
// app, bridges the input method and the clipboard, draws a frame only when
// something happened, and exposes window.planner for tests.
(function () {
  'use strict';

  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
  const ime = document.getElementById('ime');
  const splash = document.getElementById('splash');
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  let failed = false;   // once an error is shown, progress no longer overwrites it

  // ---- loading and error screens (both languages, before the app can speak) --
  const savedLang = safeStorageGet('planner.lang');
  const lang = params.get('lang') === 'en' || params.get('lang') === 'zh'
    ? params.get('lang') : (savedLang === 'en' ? 'en' : 'zh');
  const T = lang === 'en' ? {
    title: 'Community SOP Planner', loading: 'Loading…', font: 'Loading the Chinese font…',
    app: 'Starting…', failed: 'The planner could not start',
    noWasm: 'This browser has no WebAssembly. Please use a current Chrome, Edge, Firefox or Safari.',
    noGl: 'This browser could not create a WebGL 2 drawing surface. Turn on hardware acceleration or use a current browser.',
    file: 'A file of the planner failed to load: ', damaged: 'A file of the planner arrived damaged. Reload the page; if this happens again, the copy on this server is broken: ', crash: 'The planner stopped because of an internal error. Your saved plans are safe; reload the page.',
    update: 'A new version of the planner is ready.', reload: 'Reload', later: 'Later',
  } : {
    title: '社群 SOP 规划器', loading: '正在加载…', font: '正在加载中文字体…',
    app: '正在启动…', failed: '规划器无法启动',
    noWasm: '此浏览器不支持 WebAssembly。请使用新版 Chrome、Edge、Firefox 或 Safari。',
    noGl: '此浏览器无法创建 WebGL 2 绘图环境。请开启硬件加速或更换新版浏览器。',
    file: '规划器的文件加载失败：', damaged: '规划器的文件已损坏。请刷新页面；如果仍然出现，说明此服务器上的副本有问题：', crash: '规划器因内部错误停止运行。已保存的方案不受影响，请刷新页面。',
    update: '规划器有新版本可用。', reload: '刷新', later: '稍后',
  };
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = T.title;
  document.getElementById('splash-title').textContent = T.title;
  setSplash(T.loading, 0);

  function setSplash(message, fraction) {
    if (failed) return;   // an error stays on screen
    document.getElementById('splash-message').textContent = message;
    document.getElementById('splash-progress').style.width = Math.round(fraction * 100) + '%';
  }
  function showError(message, detail) {
    failed = true;
    splash.classList.remove('hidden');
    splash.classList.add('error');
    document.getElementById('splash-title').textContent = T.failed;
    document.getElementById('splash-message').textContent = message;
    document.getElementById('splash-detail').textContent = detail || '';
    canvas.style.visibility = 'hidden';
  }
  function safeStorageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  // ---- downloads with progress; gzip-packed files are unpacked here so any
  //      static host serves the small form. The single-file build
  //      (planner-offline.html) carries the same files inside the page, as
  //      base64 in <script type="application/x-planner-file" data-name="…">
  //      blocks: then they are read from there instead of fetched. ------------
  function packedFile(name) {
    return document.querySelector('script[type="application/x-planner-file"][data-name="' + name + '"]');
  }
  const singleFile = !!document.querySelector('script[type="application/x-planner-file"]');
  function base64Bytes(text) {
    text = text.replace(/\s+/g, '');
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  const progress = { font: [0, 0], wasm: [0, 0] };
  function reportProgress() {
    let done = 0, total = 0;
    for (const k in progress) { done += progress[k][0]; total += progress[k][1] || progress[k][0] || 1; }
    setSplash(progress.font[0] < progress.font[1] || !progress.font[1] ? T.font : T.app, total ? done / total : 0);
  }
  // A file as a stream of its unpacked bytes, counted for the loading bar
  // (key: 'font' or 'wasm'; null for files fetched after start). Unpacking
  // runs as the bytes arrive, so the wasm compiles while it downloads.
  async function openFile(url, key) {
    const packed = packedFile(url);
    let source;
    if (packed) {   // the single-file build: the bytes are already in the page
      const bytes = base64Bytes(packed.textContent);
      packed.textContent = '';   // the base64 text is not needed twice
      if (key) {
        progress[key] = [bytes.length, bytes.length];
        reportProgress();
      }
      source = new Blob([bytes]).stream();
    } else {
      const response = await fetch(url);
      if (!response.ok) throw new Error(T.file + url + ' (HTTP ' + response.status + ')');
      const total = Number(response.headers.get('Content-Length')) || 0;
      source = response.body;
      if (key) {
        progress[key] = [0, total];
        let received = 0;
        source = source.pipeThrough(new TransformStream({
          transform(chunk, out) {
            received += chunk.length;
            progress[key] = [received, Math.max(total, received)];
            reportProgress();
            out.enqueue(chunk);
          },
        }));
      }
    }
    return unpacked(source);
  }
  // Passes gzip-packed bytes through the browser's gunzip, others as they are
  // (a host may already have unpacked a .gz file it served as gzip-encoded).
  async function unpacked(source) {
    const reader = source.getReader();
    const head = [];
    let headLength = 0, done = false;
    while (headLength < 2 && !done) {
      const r = await reader.read();
      if (r.done) done = true;
      else { head.push(r.value); headLength += r.value.length; }
    }
    const first = new Uint8Array(headLength);
    let offset = 0;
    for (const c of head) { first.set(c, offset); offset += c.length; }
    const stream = new ReadableStream({
      start(c) {
        if (first.length) c.enqueue(first);
        if (done) c.close();
      },
      async pull(c) {
        const r = await reader.read();
        if (r.done) c.close();
        else c.enqueue(r.value);
      },
      cancel(reason) { return reader.cancel(reason); },
    });
    return first[0] === 0x1f && first[1] === 0x8b ? stream.pipeThrough(new DecompressionStream('gzip')) : stream;
  }
  // A file that arrived but does not unpack (or compile) is damaged.
  function damaged(url, error) {
    const e = new Error(T.damaged + url);
    e.detail = String(error && error.message || error);
    return e;
  }
  async function fetchBytes(url, key) {
    const stream = await openFile(url, key);
    try {
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (e) {
      throw damaged(url, e);
    }
  }
  // The wasm, compiled as its bytes arrive.
  async function fetchWasm(url, key) {
    const stream = await openFile(url, key);
    try {
      if (typeof WebAssembly.compileStreaming === 'function') {
        return await WebAssembly.compileStreaming(new Response(stream, { headers: { 'Content-Type': 'application/wasm' } }));
      }
      return await WebAssembly.compile(await new Response(stream).arrayBuffer());
    } catch (e) {
      throw damaged(url, e);
    }
  }

  // Start-up stages as performance marks (tests/bench/startup.mjs reports them).
  function mark(name) {
    try { performance.mark('planner:' + name); } catch (e) { /* an old browser: no marks */ }
  }

  // ---- frame scheduling: draw only when something happened -----------------
  let module = null;
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
    if (!rafPending && module && !glLost) {
      rafPending = true;
      requestAnimationFrame(onAnimationFrame);
    }
  }
  function onAnimationFrame() {
    rafPending = false;
    drawFrame();
  }
  function drawFrame() {
    if (!module || glLost) return;
    const captureText = textWaiters.length > 0;
    const t0 = performance.now();
    let wantMore;
    try {
      wantMore = module._planner_frame(performance.now() / 1000, captureText ? 1 : 0);
    } catch (e) {
      fatal(e);
      return;
    }
    const ms = performance.now() - t0;
    frameTimes.push(ms);
    if (frameTimes.length > 240) frameTimes.shift();
    frameCount++;
    if (captureText) {
      const text = module.UTF8ToString(module._planner_screen_text());
      const waiters = textWaiters;
      textWaiters = [];
      waiters.forEach(resolve => resolve(text));
    }
    if (frameCount === 1) {
      mark('first-frame');
      splash.classList.add('hidden');
      readyResolve();
    }
    if (settleFrames > 0) settleFrames--;
    if (wantMore || settleFrames > 0) requestFrame(settleFrames);
  }
  // Input handlers draw at once (not on the next animation frame) so that
  // what the app does in answer — copy to the clipboard, focus the text field —
  // happens inside the user's gesture, where browsers allow it.
  function drawNow() {
    if (!module) return;
    drawFrame();
    requestFrame(2);
  }

  // ---- canvas size follows the window and the device pixel ratio -------------
  let dprQuery = null;
  function resize() {
    if (!module) return;
    const dpr = window.devicePixelRatio || 1;
    const w = window.innerWidth, h = window.innerHeight;
    canvas.width = Math.max(1, Math.round(w * dpr));
    canvas.height = Math.max(1, Math.round(h * dpr));
    module._planner_resize(w, h, dpr);
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

  // ---- strings in and out of the wasm heap -----------------------------------
  function withCString(text, fn) {
    const size = module.lengthBytesUTF8(text) + 1;
    const ptr = module._malloc(size);
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

  // ---- pointer and wheel -----------------------------------------------------
  function pointerPos(e) {
    module._planner_mouse_pos(e.clientX, e.clientY, e.pointerType === 'touch' ? 1 : 0);
  }
  canvas.addEventListener('pointermove', e => {
    if (!module) return;
    pointerPos(e);
    requestFrame();
  });
  canvas.addEventListener('pointerdown', e => {
    if (!module) return;
    e.preventDefault();                 // keep focus where the app put it
    canvas.setPointerCapture(e.pointerId);
    pointerPos(e);
    // Dear ImGui takes queued input a step per frame: a key released just
    // before, or a pointer that arrives with the press (a touch), is taken
    // first. Draw that frame now, so the item under the pointer has seen it
    // arrive; tabs and table headers take a press only then.
    if (module._planner_input_pending()) drawFrame();
    module._planner_mouse_button(e.button, 1);
    drawNow();
  });
  canvas.addEventListener('pointerup', e => {
    if (!module) return;
    pointerPos(e);
    module._planner_mouse_button(e.button, 0);
    drawNow();
  });
  canvas.addEventListener('pointercancel', e => {
    if (!module) return;
    module._planner_mouse_button(e.button < 0 ? 0 : e.button, 0);
    requestFrame();
  });
  canvas.addEventListener('pointerleave', e => {
    if (!module || e.buttons) return;
    module._planner_mouse_pos(-3.4e38, -3.4e38, 0);   // ImGui's "no mouse"
    requestFrame();
  });
  canvas.addEventListener('contextmenu', e => e.preventDefault());
  canvas.addEventListener('wheel', e => {
    if (!module) return;
    e.preventDefault();
    // One ImGui wheel unit is one notch; browsers report pixels or lines.
    const scale = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 1 : 1 / 100;
    let dx = -e.deltaX * scale, dy = -e.deltaY * scale;
    if (e.shiftKey && dx === 0) { dx = dy; dy = 0; }
    module._planner_mouse_wheel(dx, dy);
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
    if (!module) return;
    if (composing || e.isComposing || e.keyCode === 229) return;   // the input method owns these keys
    const clip = shortcutKey(e) && !e.altKey && (e.code === 'KeyC' || e.code === 'KeyX' || e.code === 'KeyV');
    if (clip && e.code === 'KeyV' && textWanted) return;   // handled by the paste event below
    const known = withCString(e.code, p => module._planner_key(p, 1, mods(e)));
    // Let the browser run its copy/cut default so the copy event fires; and
    // let printable keys through to the text field when text is wanted.
    const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey;
    if (!clip && known && !(printable && textWanted)) e.preventDefault();
    if (!clip && !known && !printable && shortcutKey(e)) e.preventDefault();
    drawNow();
  }, true);
  window.addEventListener('keyup', e => {
    if (!module) return;
    withCString(e.code, p => module._planner_key(p, 0, mods(e)));
    requestFrame();
  }, true);
  window.addEventListener('blur', () => {
    if (!module) return;
    module._planner_focus(0);
    requestFrame();
  });
  window.addEventListener('focus', () => {
    if (!module) return;
    module._planner_focus(1);
    requestFrame();
  });

  // ---- input method bridge -----------------------------------------------------
  // ImGui reports where its text cursor is; the hidden field sits there so the
  // input method's candidate window appears next to the text being edited.
  let textWanted = false;
  function imeState(wantText, visible, x, y, lineHeight) {
    textWanted = wantText;
    ime.style.left = Math.round(x) + 'px';
    ime.style.top = Math.round(y) + 'px';
    ime.style.height = Math.round(lineHeight) + 'px';
    ime.style.fontSize = Math.max(10, Math.round(lineHeight * 0.8)) + 'px';
    if (wantText && document.activeElement !== ime) {
      ime.focus({ preventScroll: true });
    } else if (!wantText && document.activeElement === ime) {
      canvas.focus({ preventScroll: true });
    }
  }
  function commitText() {
    const text = ime.value;
    ime.value = '';
    if (text && module) {
      withCString(text, p => module._planner_text(p));
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
  function copyText(text) {
    pendingCopy = text;
    let done = false;
    try { done = document.execCommand('copy'); } catch (e) { done = false; }
    if (!done && navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => {});
    }
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
    if (!module) return;
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    if (textWanted) {
      withCString(text, p => module._planner_set_clipboard(p));
      const ctrl = isMac ? 8 : 1;
      withCString('KeyV', p => module._planner_key(p, 1, ctrl));
      drawNow();
      withCString('KeyV', p => module._planner_key(p, 0, ctrl));
      requestFrame();
    } else {
      withCString(text, p => module._planner_paste_outside_text(p));
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
      if (module) module._planner_after_frame();
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
  function openPrintView(html) {
    const w = window.open('', '_blank');
    // A blocked pop-up still gets the page: as a file the user can open and print.
    if (!w) return download('sop-print.html', 'text/html', new TextEncoder().encode(html));
    w.document.open();
    w.document.write(html);
    w.document.close();
  }

  // Local storage, with every browser's way of saying "full" folded into one
  // answer and a read-back after each write (a write can fail silently).
  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function isQuotaError(e) {
    return e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
                 e.name === 'QUOTA_EXCEEDED_ERR' || e.code === 22 || e.code === 1014);
  }
  function storageSet(key, value) {
    let store;
    try { store = window.localStorage; if (!store) return 2; } catch (e) { return 2; }
    try {
      store.setItem(key, value);
    } catch (e) {
      return isQuotaError(e) ? 1 : 2;
    }
    try { return store.getItem(key) === value ? 0 : 3; } catch (e) { return 3; }
  }
  function storageRemove(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing to do */ }
  }
  function storageKeys() {
    try {
      const keys = [];
      for (let i = 0; i < window.localStorage.length; i++) keys.push(window.localStorage.key(i));
      return JSON.stringify(keys);
    } catch (e) {
      return 'null';
    }
  }
  window.addEventListener('storage', e => {
    if (!module || e.storageArea !== window.localStorage || !e.key) return;
    withCString(e.key, p => module._planner_storage_changed(p));
    requestFrame();
  });
  function flush() {
    if (module) module._planner_flush();
  }
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);

  // Import: a file picker, or a .json file dropped anywhere on the page.
  function importText(text) {
    if (!module) return;
    withCString(text, p => module._planner_import_json(p));
    requestFrame(3);
  }
  function pickFile() {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      if (input.files && input.files[0]) input.files[0].text().then(importText);
    });
    input.click();
  }
  window.addEventListener('dragover', e => { e.preventDefault(); });
  window.addEventListener('drop', e => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) file.text().then(importText);
  });

  // Share links: a plan in the fragment (#p1.…), which never reaches a server.
  function pageUrl() { return location.href.split('#')[0]; }
  function clearFragment() {
    try { history.replaceState(null, '', pageUrl()); } catch (e) { /* file:// in some browsers */ }
  }
  function offerLink() {
    const fragment = location.hash.slice(1);
    if (!module || !fragment) return;
    withCString(fragment, p => module._planner_open_link(p));
    requestFrame(3);
  }
  window.addEventListener('hashchange', offerLink);

  // ---- the font's second slice (GB2312's rarer hanzi, assets/font/subset.py):
  //      fetched the first time the app draws a character the first slice
  //      lacks, then merged into the font; until then such a character shows
  //      the placeholder glyph. A failed fetch is tried again at the next miss.
  let fontSliceLoading = false;
  function loadFontSlice() {
    if (fontSliceLoading || !module) return;
    fontSliceLoading = true;
    fetchBytes('planner-font-more.ttf.gz', null).then(bytes => {
      if (!module) return;
      const ptr = module._malloc(bytes.length);   // the font atlas takes ownership
      module.HEAPU8.set(bytes, ptr);
      if (!module._planner_add_font_slice(ptr, bytes.length)) throw new Error('not a font');
      requestFrame(2);
    }).catch(e => {
      console.warn('font slice unavailable:', e && e.message || e);
      fontSliceLoading = false;
      if (module) module._planner_font_slice_failed();
    });
  }

  window.plannerPage = { copyText, loadFontSlice, imeState, setCursor, wakeIn, afterFrame, download, openPrintView,
                         storageGet, storageSet, storageRemove, storageKeys, pickFile,
                         pageUrl, clearFragment };

  // ---- WebGL context loss: restore the drawing, keep the data ----------------------
  canvas.addEventListener('webglcontextlost', e => {
    e.preventDefault();
    glLost = true;
  });
  canvas.addEventListener('webglcontextrestored', () => {
    glLost = false;
    if (module) module._planner_gl_restored();
    requestFrame(3);
  });

  function fatal(error) {
    console.error(error);
    module = null;
    showError(T.crash, String(error && error.message || error));
  }

  // ---- start -------------------------------------------------------------------
  async function start() {
    if (typeof WebAssembly !== 'object') return showError(T.noWasm);
    // No probe context here (creating one cost up to 150 ms): without the
    // API we stop now; a browser that has it but refuses a context fails in
    // planner_init, which shows the same message.
    if (typeof WebGL2RenderingContext === 'undefined') return showError(T.noGl);
    let fontBytes, wasmModule;
    try {
      [fontBytes, wasmModule] = await Promise.all([
        fetchBytes('planner-font.ttf.gz', 'font'),
        fetchWasm('planner.wasm.gz', 'wasm'),
      ]);
    } catch (e) {
      return showError(String(e.message || e), e.detail);
    }
    mark('downloaded');
    try {
      module = await new Promise((resolve, reject) => {
        createPlannerModule({
          instantiateWasm: (imports, receive) => {
            WebAssembly.instantiate(wasmModule, imports).then(instance => receive(instance, wasmModule), reject);
            return {};
          },
          printErr: text => console.warn(text),
          onAbort: what => fatal(new Error('abort: ' + what)),
        }).then(resolve, reject);
      });
    } catch (e) {
      return showError(T.crash, String(e.message || e));
    }
    mark('instantiated');
    const fontPtr = module._malloc(fontBytes.length);   // the font atlas takes ownership
    module.HEAPU8.set(fontBytes, fontPtr);
    const ok = withCString(lang, p => module._planner_init(fontPtr, fontBytes.length, p, isMac ? 1 : 0));
    if (!ok) return showError(T.noGl);
    mark('initialized');
    resize();
    window.addEventListener('resize', resize);
    canvas.focus({ preventScroll: true });
    offerLink();
    requestFrame(3);
  }

  // ---- offline: the service worker (sw.js) and its "new version" banner --------------
  // Registered once the app runs, so its first download does not compete with
  // the page's own; never from file:// or the single-file build, nor with ?nosw.
  const updateBanner = document.getElementById('update');
  let updateAccepted = false;
  // Whether a worker already served this load: then this is not the first
  // visit, and the worker may fetch the files it keeps for later (sw.js, LATER).
  const controlledAtLoad = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  function registerServiceWorker() {
    if (singleFile || params.has('nosw') || !/^https?:$/.test(location.protocol) ||
        !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('sw.js').then(watchForUpdates, e => {
      console.warn('offline use unavailable:', e && e.message || e);
    });
    if (controlledAtLoad) {
      setTimeout(() => {
        const worker = navigator.serviceWorker.controller;
        if (worker) worker.postMessage({ type: 'warm' });
      }, 2000);
    }
  }
  function watchForUpdates(registration) {
    // A new worker that finishes installing while an older one controls the
    // page is a new version (on the first visit there is no older one).
    const offer = () => { if (navigator.serviceWorker.controller) showUpdate(registration); };
    const follow = worker => {
      if (worker) worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(); });
    };
    if (registration.waiting) offer();
    follow(registration.installing);
    registration.addEventListener('updatefound', () => follow(registration.installing));
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (updateAccepted) { flush(); location.reload(); }
    });
    // A tab left open for days still hears of new versions.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }
  function showUpdate(registration) {
    if (!updateBanner || !updateBanner.hidden) return;
    document.getElementById('update-text').textContent = T.update;
    const reload = document.getElementById('update-reload');
    const later = document.getElementById('update-later');
    reload.textContent = T.reload;
    later.textContent = T.later;
    reload.onclick = () => {
      updateAccepted = true;
      reload.disabled = true;
      // The waiting worker takes over, then controllerchange reloads; if another
      // tab already let it take over, a plain reload picks it up.
      if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
      else { flush(); location.reload(); }
    };
    later.onclick = () => { updateBanner.hidden = true; canvas.focus({ preventScroll: true }); };
    updateBanner.hidden = false;
  }

  // ---- test API (stable names; other issues and the browser tests rely on them) ---
  function p95(values) {
    if (!values.length) return 0;
    const sorted = values.slice().sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  }
  window.planner = {
    ready,
    frames: () => frameCount,
    items: () => module ? JSON.parse(readCString(module._planner_items_json())) : [],
    screenText: () => new Promise(resolve => { textWaiters.push(resolve); requestFrame(1); }),
    exportJson: () => readCString(module._planner_export_json()),
    // Benchmarks: parses JSON text with nlohmann/json only (no plan), true when it parsed.
    parseOnly: text => withCString(String(text), p => module._planner_parse_only(p)) === 1,
    importJson: text => {
      const result = JSON.parse(withCString(String(text), p => readCString(module._planner_import_json(p))));
      requestFrame(3);
      return result;
    },
    stats: () => ({ frames: frameCount, frameMsLast: frameTimes.length ? frameTimes[frameTimes.length - 1] : 0,
                    frameMsP95: p95(frameTimes), frameMs: frameTimes.slice(),
                    heapBytes: module ? module._planner_heap_size() : 0,
                    heapUsedBytes: module ? module._planner_heap_used() : 0,
                    fontSlices: module ? module._planner_font_slices() : 0 }),
    // Whether the font (with the slices loaded so far) draws this character.
    hasGlyph: ch => !!module && module._planner_has_glyph(String(ch).codePointAt(0)) === 1,
  };

  start();
  ready.then(registerServiceWorker);
})();
