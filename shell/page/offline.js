// ---- offline: the service worker (sw.js) and its "new version" banner --------------
// Registered once the app runs, so its first download does not compete with
// the page's own; never from file:// or the single-file build, nor with ?nosw.
const updateBanner = document.getElementById('update');
let updateAccepted = false;
// Whether a worker already served this load: then this is not the first
// visit, and the worker may fetch the files it keeps for later (sw.js, LATER).
const controlledAtLoad = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
function keepsOfflineCopy() {
  return !singleFile && !params.has('nosw') && /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator;
}
function registerServiceWorker() {
  if (!keepsOfflineCopy()) return;
  navigator.serviceWorker.register('sw.js').then(watchForUpdates, e => {
    console.warn('offline use unavailable:', e && e.message || e);
    wasmArrival.unpacked = null;
  });
  // The wasm as this visit unpacked it (loader.js, fetchWasm), for the
  // offline copy: the worker keeps it if it is its build's.
  navigator.serviceWorker.ready.then(registration => {
    const unpacked = wasmArrival.unpacked;
    wasmArrival.unpacked = null;
    if (unpacked && registration.active) {
      registration.active.postMessage({ type: 'unpacked', name: unpacked.name, bytes: unpacked.bytes }, [unpacked.bytes]);
    }
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
