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
  file: 'A file of the planner failed to load: {file}', crash: 'The planner stopped because of an internal error. Your saved plans are safe; reload the page.',
  network: 'A file of the planner, {file}, could not be downloaded: this device is offline or the server cannot be reached. Check the connection, then reload the page.',
  missing: 'A file of the planner, {file}, is missing from the offline copy on this device, and it cannot be downloaded: this device is offline or the server cannot be reached. Connect to the internet, then reload the page.',
  damaged: 'A file of the planner, {file}, arrived damaged, and again when downloaded a second time: the copy on this server seems to be broken. Reload the page later; if this keeps happening, tell whoever runs this site.',
  damagedOffline: 'A file of the planner, {file}, is damaged in the offline copy on this device, and it cannot be downloaded again: this device is offline or the server cannot be reached. Connect to the internet, then reload the page.',
  damagedInside: 'This copy of the planner is damaged: {file}, stored inside it, cannot be read. Download the single-file planner again.',
  update: 'A new version of the planner is ready.', reload: 'Reload', later: 'Later',
  notText: 'Nothing was imported from {file}: it is not UTF-8 or UTF-16 text, so some of its characters cannot be read. Save it as UTF-8 in a text editor, then import it again.', close: 'OK',
  tooLarge: 'Nothing was imported from {file}: it is {size}, and a plan file is at most {limit}. Check that you picked the plan\'s JSON file.',
  notRead: 'Nothing was imported from {file}: the browser could not read the file. Check that it is still there, then try again.',
  noRoom: 'Nothing was imported from {file}: at {size} it does not fit in the page\'s memory. Close other tabs or reload the page, then try again.',
  image: 'Nothing was imported from {file}: it is a {kind} image, not a plan file. Import a .json file saved with the planner\'s Export JSON.',
  notPlan: 'Nothing was imported from {file}. {why}',
  copyTitle: 'This browser does not let the page copy',
  copyHint: 'The text is selected below: press and hold it, then choose Copy (on a computer, press {key}).', copyClose: 'Close',
  inApp: 'In WeChat or WeCom, tap ··· at the top right and choose Open in Browser.',
  noFont: 'The Chinese font ({file}) could not be loaded, so Chinese text may show as boxes. Your plans are safe and everything else works as usual; reload the page to try again.',
} : {
  title: '社群 SOP 规划器', loading: '正在加载…', font: '正在加载中文字体…',
  app: '正在启动…', failed: '规划器无法启动',
  noWasm: '此浏览器不支持 WebAssembly。请使用新版 Chrome、Edge、Firefox 或 Safari。',
  noGl: '此浏览器无法创建 WebGL 2 绘图环境。请开启硬件加速或更换新版浏览器。',
  file: '规划器的文件加载失败：{file}', crash: '规划器因内部错误停止运行。已保存的方案不受影响，请刷新页面。',
  network: '规划器的文件 {file} 无法下载：此设备已离线，或无法连接服务器。请检查网络连接后刷新页面。',
  missing: '此设备上的离线副本缺少规划器的文件 {file}，且目前无法下载：此设备已离线，或无法连接服务器。请连接网络后刷新页面。',
  damaged: '下载的规划器文件 {file} 已损坏，重新下载后依然如此，可能是此服务器上的副本有问题。请稍后刷新页面；如果一直如此，请联系本站的管理员。',
  damagedOffline: '此设备离线副本中的规划器文件 {file} 已损坏，且目前无法重新下载：此设备已离线，或无法连接服务器。请连接网络后刷新页面。',
  damagedInside: '此规划器文件已损坏：其中的 {file} 无法读取。请重新下载单文件版规划器。',
  update: '规划器有新版本可用。', reload: '刷新', later: '稍后',
  notText: '未从「{file}」导入任何内容：该文件不是 UTF-8 或 UTF-16 文本，部分字符无法识别。请用文本编辑器将它另存为 UTF-8 编码，再重新导入。', close: '知道了',
  tooLarge: '未从「{file}」导入任何内容：这个文件有 {size}，方案文件最大 {limit}。请确认选的是方案的 JSON 文件。',
  notRead: '未从「{file}」导入任何内容：浏览器读不了这个文件。请确认文件还在原处，再试一次。',
  noRoom: '未从「{file}」导入任何内容：它有 {size}，本页的内存放不下。请关掉其他标签页或刷新页面后再试。',
  image: '未从「{file}」导入任何内容：这是一张 {kind} 图片，不是方案文件。请导入从规划器“导出 JSON”得到的 .json 文件。',
  notPlan: '未从「{file}」导入任何内容。{why}',
  copyTitle: '此浏览器不允许网页直接复制',
  copyHint: '下面的文字已选中：长按它，选择“复制”即可（电脑上按 {key}）。', copyClose: '关闭',
  inApp: '如果是在微信或企业微信里打开的，请点右上角的“···”，选择“在浏览器打开”。',
  noFont: '中文字体（{file}）没能加载，中文可能会显示成方框。方案不受影响，其他功能照常可用；刷新页面可以再试一次。',
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
// Inside WeChat or WeCom (their built-in browsers name themselves in the
// user agent): a message about what the browser lacks also says how to
// leave for the system's browser.
const inChatApp = /MicroMessenger|wxwork/i.test(navigator.userAgent);
function showError(message, detail) {
  failed = true;
  splash.classList.remove('hidden');
  splash.classList.add('error');
  document.getElementById('splash-title').textContent = T.failed;
  document.getElementById('splash-message').textContent = message;
  document.getElementById('splash-detail').textContent = detail || '';
  canvas.style.visibility = 'hidden';
}

// ---- downloads with progress; packed files are unpacked here so any
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
// Bytes received and expected per file being fetched for the start ('wasm',
// and 'font…' for the bundled font on a system without a Chinese one).
const progress = { wasm: [0, 0] };
function reportProgress() {
  let done = 0, total = 0, fontLeft = false;
  for (const k in progress) {
    done += progress[k][0];
    total += progress[k][1] || progress[k][0] || 1;
    if (k.startsWith('font') && (!progress[k][1] || progress[k][0] < progress[k][1])) fontLeft = true;
  }
  setSplash(fontLeft ? T.font : T.app, total ? done / total : 0);
}
// A file's name in one of the messages above.
function withFile(message, url) {
  return message.replace('{file}', url);
}
// A file as a stream of its unpacked bytes, counted for the loading bar
// (key: 'wasm' or 'font…'; null for files fetched after start). Unpacking
// runs as the bytes arrive, so the wasm compiles while it downloads. A
// second try (again, from readFile) goes past the browser's HTTP cache.
async function openFile(url, key, again) {
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
    let response;
    try {
      response = await fetch(url, again ? { cache: 'reload' } : {});
    } catch (e) {
      // No answer at all: offline, or the server is gone. Under the service
      // worker that also means the offline copy lacks the file (sw.js
      // answers from it first).
      const error = new Error(withFile(offlineCopy() ? T.missing : T.network, url));
      error.detail = String(e && e.message || e);
      error.unreachable = true;
      throw error;
    }
    if (!response.ok) throw new Error(withFile(T.file, url) + ' (HTTP ' + response.status + ')');
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
// Passes gzip-packed bytes (the bundled font) through the browser's gunzip,
// xz-packed ones (the wasm) through the xz decoder, and others as they are
// (a host may already have unpacked a .gz file it served as gzip-encoded).
const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
async function unpacked(source) {
  const reader = source.getReader();
  const head = [];
  let headLength = 0, done = false;
  while (headLength < XZ_MAGIC.length && !done) {
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
  let out = stream, packing = 'none';
  if (first[0] === 0x1f && first[1] === 0x8b) {
    out = stream.pipeThrough(new DecompressionStream('gzip'));
    packing = 'gzip';
  } else if (XZ_MAGIC.every((b, i) => first[i] === b)) {
    out = new xzDecompress.XzReadableStream(stream);
    packing = 'xz';
  }
  out.packing = packing;   // how the bytes arrived, for fetchWasm
  return out;
}
// Whether a service worker answers this page's requests from its offline copy.
function offlineCopy() {
  return !!(navigator.serviceWorker && navigator.serviceWorker.controller);
}
// Drops a file from the offline copy (sw.js's caches, named planner-…), so
// the worker asks the network for it and keeps the new copy once its
// SHA-256 is the build's.
async function dropStoredCopy(url) {
  if (typeof caches === 'undefined') return;
  const href = new URL(url, location.href).href;
  for (const name of await caches.keys()) {
    if (name.startsWith('planner-')) await (await caches.open(name)).delete(href);
  }
}
// Opens a file and reads it with read(stream). A file that arrives but does
// not unpack (or compile) is damaged: perhaps only the stored copy (the
// offline copy, the HTTP cache), which a reload would serve again and again.
// So that copy is dropped and the file asked of the server once more; only
// if that one is damaged too, or cannot be had, does the page give up.
async function readFile(url, key, read) {
  const stream = await openFile(url, key, false);
  let reason;
  try {
    return await read(stream);
  } catch (e) {
    reason = String(e && e.message || e);
  }
  if (singleFile) throw damaged(T.damagedInside, url, reason);
  console.warn('damaged, fetching again: ' + url + ': ' + reason);
  try {
    await dropStoredCopy(url);
  } catch (e) {
    console.warn('offline copy not cleared:', e && e.message || e);
  }
  let again;
  try {
    again = await openFile(url, key, true);
  } catch (e) {
    if (e.unreachable && offlineCopy()) throw damaged(T.damagedOffline, url, reason);
    throw e;
  }
  try {
    return await read(again);
  } catch (e) {
    throw damaged(T.damaged, url, String(e && e.message || e));
  }
}
function damaged(message, url, reason) {
  const e = new Error(withFile(message, url));
  e.detail = reason;
  return e;
}
function fetchBytes(url, key) {
  return readFile(url, key, async stream => new Uint8Array(await new Response(stream).arrayBuffer()));
}
// The wasm, compiled as its bytes arrive. When they arrived xz-packed (a
// first visit) and the page keeps an offline copy, the unpacked bytes are
// kept too: offline.js hands them to sw.js, so that later visits start with
// nothing to unpack (BENCHMARKS.md: unpacking costs the start ~60 ms).
const wasmArrival = { packing: '', unpacked: null };   // unpacked: {name, bytes}
function fetchWasm(url, key) {
  return readFile(url, key, async stream => {
    wasmArrival.packing = stream.packing;
    let kept = null;
    if (stream.packing === 'xz' && keepsOfflineCopy()) {
      const [compiled, copy] = stream.tee();
      stream = compiled;
      kept = new Response(copy).arrayBuffer();
      kept.catch(() => {});   // the compile reports the same failure
    }
    const module = typeof WebAssembly.compileStreaming === 'function'
      ? await WebAssembly.compileStreaming(new Response(stream, { headers: { 'Content-Type': 'application/wasm' } }))
      : await WebAssembly.compile(await new Response(stream).arrayBuffer());
    if (kept) wasmArrival.unpacked = { name: url, bytes: await kept };
    return module;
  });
}

// No plan stored (a first visit): the app opens on the start screen.
function noPlanStored() {
  const keys = JSON.parse(storageKeys());
  return !!keys && !keys.some(key => key.startsWith('planner.plan.'));
}
// Start-up stages as performance marks (tests/bench/startup.mjs reports them).
function mark(name) {
  try { performance.mark('planner:' + name); } catch (e) { /* an old browser: no marks */ }
}

// ---- start: download, instantiate, initialize, then the app runs -------------
async function start() {
  const orLeave = message => inChatApp ? message + '\n' + T.inApp : message;
  if (typeof WebAssembly !== 'object') return showError(orLeave(T.noWasm));
  // No probe context here (creating one cost up to 150 ms): without the
  // API we stop now; a browser that has it but refuses a context fails in
  // planner_init, which shows the same message.
  if (typeof WebGL2RenderingContext === 'undefined') return showError(orLeave(T.noGl));
  // The browser draws the text (glyphs.js). Only a system without a Chinese
  // font (or ?font=bundled) fetches the bundled one, as a web font; only a
  // canvas that cannot draw text has the app draw it from the font file.
  // A bundled font that cannot be had (offline, or a damaged file) leaves
  // the system's fonts in place: the planner starts and says so.
  const fonts = probeFonts();
  const bundled = fonts.canvas && (!fonts.cjk || new URLSearchParams(location.search).get('font') === 'bundled');
  // A first visit (no plan stored) opens on the start screen: its glyphs
  // are drawn while the wasm downloads (glyphs.js, drawAhead).
  if (fonts.canvas && !bundled && noPlanStored()) drawAhead(lang);
  let fontBytes = null, wasmModule, noFont = null;   // the font file that could not be had
  const withoutFont = ({ file, error }) => {
    console.warn('bundled font unavailable:', file, error && error.message || error);
    noFont = file;
    return null;
  };
  try {
    [fontBytes, wasmModule] = await Promise.all([
      !fonts.canvas ? fetchBytes('planner-font.ttf.gz', 'font') : bundled ? useBundledFaces().then(() => null, withoutFont) : null,
      fetchWasm('planner.wasm.xz', 'wasm'),
    ]);
  } catch (e) {
    return showError(String(e.message || e), e.detail);
  }
  mark('downloaded');
  stopDrawingAhead();
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
  if (!wasm.init(fontBytes, lang, isMac)) return showError(orLeave(T.noGl));
  mark('initialized');
  // A phone or a tablet: sizes for a finger before the first touch.
  wasm.coarsePointer(!!(window.matchMedia && matchMedia('(pointer: coarse)').matches));
  wasm.textScale(textScale());
  resize();
  watchViewport();
  canvas.focus({ preventScroll: true });
  offerLink();
  restoreFileLinks();
  requestFrame(3);
  if (noFont) showNotice(T.noFont.replace('{file}', noFont));
}
