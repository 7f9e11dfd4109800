// Saving a plan back to the file it was opened from (docs/architecture.md,
// "Saving back to a file"). Where the browser offers the File System Access
// API (desktop Chrome and Edge), "Import" opens the file with
// showOpenFilePicker and the page keeps its handle under the id of the plan
// it became; the app then says "Ctrl+S 保存到 <file>" and Ctrl+S writes there
// (js_write_file). Handles cannot go in localStorage; IndexedDB keeps them
// across reloads, and after a reload the browser asks again for permission
// to write (requestPermission, inside the Ctrl+S that asked). Elsewhere
// (Firefox, Safari, phones) the picker is a file input and Ctrl+S downloads.
//
// A file is never half-written: createWritable() writes into a swap file
// that replaces the file only when close() succeeds; on any failure the
// stream is aborted, the file stays as it was, and the app's message (which
// names the file, in the user's language) is shown until closed. The plan
// itself is in the library whatever happens.

const fileHandles = new Map();   // plan id → FileSystemFileHandle
const fileWrites = new Map();    // plan id → the write in progress (writes to one file go one after the other)

// ---- IndexedDB: the handles across reloads. Any failure (no IndexedDB, a
// private window, a handle the browser cannot store) leaves the handle in
// this page only.
function handleStore(mode, use) {
  return new Promise((resolve, reject) => {
    if (!window.indexedDB) return reject(new Error('no IndexedDB'));
    const open = indexedDB.open('planner-files', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('handles');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      let result;
      try {
        const tx = db.transaction('handles', mode);
        result = use(tx.objectStore('handles'));
        tx.oncomplete = () => { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = tx.onabort = () => { db.close(); reject(tx.error); };
      } catch (e) {
        db.close();
        reject(e);
      }
    };
  });
}
function linkFile(planId, handle) {
  fileHandles.set(planId, handle);
  if (wasm.live) wasm.linkFile(planId, handle.name);
  requestFrame(2);
  handleStore('readwrite', store => store.put(handle, planId))
    .catch(e => console.warn('the file handle is kept for this page only:', e && e.message || e));
}
// At start: the handles kept before, named to the app (none where the
// browser has no file handles to keep).
function restoreFileLinks() {
  if (typeof window.FileSystemFileHandle !== 'function' || !window.indexedDB) return;
  handleStore('readonly', store => {
    const all = {};
    store.openCursor().onsuccess = e => {
      const cursor = e.target.result;
      if (!cursor) return;
      all[cursor.key] = cursor.value;
      cursor.continue();
    };
    return { get result() { return all; } };
  }).then(all => {
    for (const [planId, handle] of Object.entries(all || {})) {
      if (!handle || fileHandles.has(planId)) continue;
      fileHandles.set(planId, handle);
      if (wasm.live) wasm.linkFile(planId, handle.name);
    }
    requestFrame(2);
  }).catch(e => console.warn('kept file handles unavailable:', e && e.message || e));
}

// ---- opening: the picker with a handle -------------------------------------
async function pickFileHandle() {
  let handle;
  try {
    [handle] = await window.showOpenFilePicker({
      types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
      excludeAcceptAllOption: false,
      multiple: false,
    });
  } catch (e) {
    if (e && e.name === 'AbortError') return;   // the user closed the picker
    console.warn('file picker unavailable, using the file input:', e && e.message || e);
    return pickFileInput();
  }
  if (!handle) return;
  let file;
  try {
    file = await handle.getFile();
  } catch (e) {
    return showNotice(T.notRead.replace('{file}', () => handle.name));
  }
  const answer = await importFile(file);
  if (answer && answer.ok && answer.id) linkFile(answer.id, handle);
}

// ---- writing: the whole file or nothing ------------------------------------
// The app's codes (src/web/page_app.hpp): 0 saved, 1 not allowed, 2 not
// found, 3 no space, 4 failed.
function writeErrorCode(e) {
  const name = e && e.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 1;
  if (name === 'NotFoundError') return 2;
  if (name === 'QuotaExceededError') return 3;
  return 4;
}
async function writeToHandle(handle, bytes) {
  if (!handle) throw new DOMException('no file is kept for this plan', 'NotFoundError');
  // After a reload the permission is asked again; this runs inside the
  // Ctrl+S that asked for the save, where the browser allows the question.
  if (typeof handle.queryPermission === 'function') {
    let state = await handle.queryPermission({ mode: 'readwrite' });
    if (state === 'prompt' && typeof handle.requestPermission === 'function') {
      state = await handle.requestPermission({ mode: 'readwrite' });
    }
    if (state !== 'granted') throw new DOMException('permission to write was not given', 'NotAllowedError');
  }
  const writable = await handle.createWritable();   // a swap file: the file is untouched until close()
  try {
    await writable.write(bytes);
    await writable.close();
  } catch (e) {
    try { await writable.abort(); } catch (ignored) { /* already closed or failed */ }
    throw e;
  }
}
function writeFile(planId, bytes) {
  const handle = fileHandles.get(planId);
  const previous = fileWrites.get(planId) || Promise.resolve();
  const done = previous.then(() => writeToHandle(handle, bytes)).then(
    () => ({ code: 0, detail: '' }),
    e => ({ code: writeErrorCode(e), detail: String(e && (e.message || e.name) || e) }));
  fileWrites.set(planId, done);
  // Answered after this frame: the app is drawing when it asks.
  done.then(({ code, detail }) => {
    if (fileWrites.get(planId) === done) fileWrites.delete(planId);
    if (!wasm.live) return;
    const message = wasm.fileWritten(planId, code, detail);
    if (code !== 0 && message) showNotice(message);
    requestFrame(2);
  });
}
