// The loader: the loading and error screens, the downloads (or the files the
// single-file build carries inside), and start(), which brings the wasm
// module up and hands the canvas to the app (app.js).
const params = new URLSearchParams(location.search);
const canvas = document.getElementById('canvas');
const splash = document.getElementById('splash');
const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
let failed = false;   // once an error is shown, progress no longer overwrites it

// ---- loading and error screens (both languages, before the app can speak) --
const savedLang = storageGet('planner.lang');
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

// ---- start: download, instantiate, initialize, then the app runs -------------
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
    wasm.attach(await new Promise((resolve, reject) => {
      createPlannerModule({
        instantiateWasm: (imports, receive) => {
          WebAssembly.instantiate(wasmModule, imports).then(instance => receive(instance, wasmModule), reject);
          return {};
        },
        printErr: text => console.warn(text),
        onAbort: what => fatal(new Error('abort: ' + what)),
      }).then(resolve, reject);
    }));
  } catch (e) {
    return showError(T.crash, String(e.message || e));
  }
  mark('instantiated');
  if (!wasm.init(fontBytes, lang, isMac)) return showError(T.noGl);
  mark('initialized');
  resize();
  window.addEventListener('resize', resize);
  canvas.focus({ preventScroll: true });
  offerLink();
  requestFrame(3);
}
