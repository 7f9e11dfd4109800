// The offline service worker. After one visit it keeps the planner's own files
// in a cache named after this build and answers from that cache first, so the
// page opens with the network off. It never touches other sites' requests.
//
// script/build fills in VERSION (a content hash of the files and of this
// script), FILES (each file the planner needs, with its SHA-256), LATER and
// UNPACKED (below) when it copies this file to dist/sw.js. A new build
// therefore means a new sw.js: the browser installs it next to the running
// one, the page offers a reload, and on the user's word ("skip-waiting") it
// takes over and drops the old cache.
'use strict';

const VERSION = '@VERSION@';
const FILES = {/* @FILES@ */};   // { "index.html": "<sha256 hex>", ... }, relative to the scope
// Files of FILES the page fetches only when it needs them (the bundled font's
// two slices: the browser draws text in the system's fonts). The install leaves them out, so a first visit
// downloads what starting needs and no more; they are kept when the page
// first fetches one, and a later visit fills them in (the page sends
// {type: 'warm'}): from the second visit on the cache holds every file.
const LATER = [/* @LATER@ */];
// The SHA-256 of a packed file's unpacked bytes (the wasm: xz). A first
// visit's page unpacks the wasm anyway and hands the bytes over
// ({type: 'unpacked'}); they replace the packed copy, so that later visits
// start with nothing to unpack.
const UNPACKED = {/* @UNPACKED@ */};
const PREFIX = 'planner-';
const CACHE = PREFIX + VERSION;

const scope = () => self.registration.scope;   // ends with "/"

async function sha256Hex(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
}

// Fetches one file of this build, checks it is the one the build listed (a
// host half way through an upload must not leave a mixed set in a cache that
// is then served first for good), and stores it. The page has usually just
// downloaded the file: the browser's HTTP cache has it, and that copy is
// taken when its SHA-256 is this build's (whatever the host's cache headers
// say), so a first visit downloads each file once. Otherwise the server is
// asked again.
// index.html is the page itself: the browser fetched it under the address
// the user opened ("./?lang=zh" as often as "./index.html"), so the HTTP
// cache holds it under that address; the open pages' addresses are tried
// first.
async function cacheFile(cache, name) {
  const url = new URL(name, scope()).href;
  if (await cache.match(url)) return;   // stored (and checked) by an earlier, interrupted install
  for (const address of [...(name === 'index.html' ? await pageAddresses() : []), url]) {
    try {
      const kept = await fetch(address, { cache: 'force-cache', credentials: 'same-origin' });
      if (kept.ok) return await store(cache, name, await kept.arrayBuffer(), kept.headers.get('Content-Type'));
    } catch (e) { /* not this build's, or not there: the next, then the server */ }
  }
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  await store(cache, name, await response.arrayBuffer(), response.headers.get('Content-Type'));
}

// The addresses of this scope's open pages (the page, without its #…).
async function pageAddresses() {
  const base = new URL(scope());
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return [...new Set(pages.map(c => new URL(c.url)).filter(u => u.origin === base.origin &&
    (u.pathname === base.pathname || u.pathname === base.pathname + 'index.html')).map(u => u.origin + u.pathname + u.search))];
}

// Stores a file's bytes if they are the ones the build listed (packed, or
// unpacked for a file of UNPACKED).
async function store(cache, name, body, type, hash = FILES[name]) {
  if (await sha256Hex(body) !== hash) throw new Error(`${name} is not the file of build ${VERSION}`);
  // A fresh response: never a redirected one (a navigation refuses those),
  // and with the length the page uses for its progress bar.
  await cache.put(new URL(name, scope()).href, new Response(body, {
    status: 200,
    headers: {
      'Content-Type': type || 'application/octet-stream',
      'Content-Length': String(body.byteLength),
    },
  }));
}

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache =>
    Promise.all(Object.keys(FILES).filter(name => !LATER.includes(name)).map(name => cacheFile(cache, name)))));
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();   // the first visit's page works offline without a reload
  })());
});

// The page asks for 'skip-waiting' when the user accepts the update, and for
// 'warm' on a visit after the first (see LATER).
self.addEventListener('message', event => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
  if (event.data && event.data.type === 'unpacked' && Object.prototype.hasOwnProperty.call(UNPACKED, event.data.name)) {
    const { name, bytes } = event.data;
    event.waitUntil(caches.open(CACHE)
      .then(cache => store(cache, name, bytes, 'application/wasm', UNPACKED[name]))
      .catch(e => console.warn('unpacked copy not kept:', e && e.message || e)));
  }
  if (event.data && event.data.type === 'warm') {
    event.waitUntil(caches.open(CACHE)
      .then(cache => Promise.all(LATER.map(name => cacheFile(cache, name))))
      .catch(e => console.warn('offline copy incomplete:', e && e.message || e)));
  }
});

// Which file of FILES a request is for, or null if it is not one of ours.
function fileOf(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const base = new URL(scope());
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  let name;
  try { name = decodeURIComponent(url.pathname.slice(base.pathname.length)); } catch (e) { return null; }
  if (name === '' && request.mode === 'navigate') name = 'index.html';   // "./?lang=en" is the page
  return Object.prototype.hasOwnProperty.call(FILES, name) ? name : null;
}

// Cache first; the network only for a file the cache lacks. Anything else
// (bench/, other sites) is left to the browser as if there were no worker.
// A file fetched from the network is kept, as the install would have: one
// of LATER, or one the page dropped from the cache because its copy there
// was damaged (loader.js, readFile), which it then asks for again.
self.addEventListener('fetch', event => {
  const name = fileOf(event.request);
  if (name === null) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(new URL(name, scope()).href);
    if (hit) return hit;
    const response = await fetch(event.request);
    if (response.ok) {
      const body = response.clone().arrayBuffer();
      event.waitUntil(body.then(b => store(cache, name, b, response.headers.get('Content-Type')))
        .catch(e => console.warn('not kept for offline use:', e && e.message || e)));
    }
    return response;
  })());
});
