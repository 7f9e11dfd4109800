// Offline use: the service worker (dist/sw.js) that keeps the planner's files
// after the first visit, its "new version" banner, and the single-file build
// (dist/planner-offline.html) opened from disk.
//
// The served-build tests run on their own server over a copy of dist/, so
// they can stop it (the network really is gone, not only emulated as off) or
// change sw.js as a new build would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';
import {
  launchBrowser,
  serveFolder,
  copyDist,
  watchErrors,
  gotoPlanner,
  reloadPlanner,
  clickItemById,
  screenText,
  screenshot,
  assertNoErrors,
  waitFor,
  sleep,
  READY_TIMEOUT_MS,
  DIST_DIR,
} from './harness.mjs';

const T = { timeout: 240_000 };
const VIEWPORT = { width: 1280, height: 720 };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The version and file list script/build wrote into a dist folder's sw.js. */
function builtWorker(dir) {
  const text = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const version = /const VERSION = "([0-9a-f]{16})";/.exec(text)?.[1];
  assert.ok(version, 'sw.js has no build version (placeholder not replaced by script/build?)');
  const files = /const FILES = (\{[\s\S]*?\});/.exec(text)?.[1];
  assert.ok(files, 'sw.js has no file list');
  const unpacked = /const UNPACKED = (\{[^\n]*?\});/.exec(text)?.[1];
  assert.ok(unpacked, 'sw.js has no SHA-256 of the unpacked wasm');
  return { text, version, files: Object.keys(JSON.parse(files)).sort(), unpacked: JSON.parse(unpacked) };
}

/** The SHA-256 (hex) of each file, as script/build listed it in a dist folder's sw.js. */
function builtHashes(dir) {
  return JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(builtWorker(dir).text)[1]);
}

/** Waits until a service worker is active and controls the page. */
async function waitControlled(page) {
  const active = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((reg) => reg.active?.scriptURL ?? null),
      new Promise((resolve) => setTimeout(() => resolve(null), 60_000)),
    ]),
  );
  assert.ok(active && active.endsWith('/sw.js'), `no active service worker (got ${active})`);
  await waitFor(() => page.evaluate(() => !!navigator.serviceWorker.controller), {
    timeout: 30_000,
    message: 'the service worker to control the page',
  });
}

/** {cacheName: [paths]} of the page's origin. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const key of await caches.keys()) {
      const requests = await (await caches.open(key)).keys();
      out[key] = requests.map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

/** Records every request of a context that is not to `allowed` (a URL prefix) or data:/blob:. */
function recordForeign(context, allowed) {
  const foreign = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(allowed) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/** Puts bytes in the offline cache as the file `name` (sw.js's own headers), or drops the file (bytes null). */
function setCached(page, cache, name, bytes) {
  return page.evaluate(async ({ cache, name, bytes }) => {
    const c = await caches.open(cache);
    const url = new URL(name, location.href).href;
    if (!bytes) return c.delete(url);
    await c.put(url, new Response(new Uint8Array(bytes), {
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.length) },
    }));
  }, { cache, name, bytes: bytes && [...bytes] });
}

/** The SHA-256 (hex) of a file's copy in the offline cache, or null. */
function cachedHash(page, cache, name) {
  return page.evaluate(async ({ cache, name }) => {
    const hit = await (await caches.open(cache)).match(new URL(name, location.href).href);
    if (!hit) return null;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await hit.arrayBuffer()));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  }, { cache, name });
}

/** Waits for the page to start (the first frame) or to show its error screen: {ready} or {error}. */
async function started(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const poll = () => {
      const splash = document.getElementById('splash');
      if (splash.classList.contains('error')) resolve({ error: splash.textContent.replace(/\s+/g, ' ').trim() });
      else setTimeout(poll, 100);
    };
    window.planner.ready.then(() => resolve({ ready: true }));
    poll();
    setTimeout(() => resolve({ error: 'neither started nor an error screen within 60 s' }), 60_000);
  }));
}

/** Cuts the network: the server is gone, the browser is offline, any request that reaches the network fails. */
async function goOffline(context, server) {
  await server.close();
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

/**
 * With the bundled font (?font=bundled: a system without a Chinese font),
 * opens a copy of the plan named with two GB2312 level-2 hanzi: both slices
 * of the font must have come from the offline copy (or the single file).
 */
async function drawRareHanzi(page) {
  assert.equal(await page.evaluate(() => window.planner.stats().font), 'bundled-web');
  const result = await page.evaluate(() => {
    const doc = JSON.parse(window.planner.exportJson());
    doc.plan.basics.name = '鑫淼母婴群';
    return window.planner.importJson(JSON.stringify(doc));
  });
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.ok(await page.evaluate(() => document.fonts.check('16px "Planner CJK"', '母婴群') &&
                                      document.fonts.check('16px "Planner CJK More"', '鑫淼')));
  assert.ok((await screenText(page)).includes('鑫淼母婴群'));
}

test('dist/sw.js lists the files the planner needs, and only those', () => {
  const dist = DIST_DIR;
  const { text, files } = builtWorker(dist);
  assert.ok(!text.includes('@VERSION@') && !text.includes('@FILES@'), 'placeholders left in sw.js');
  for (const need of ['index.html', 'page.js', 'planner.js', 'planner.wasm.xz', 'planner-font.ttf.gz',
                     'planner-font-more.ttf.gz']) {
    assert.ok(files.includes(need), `sw.js does not cache ${need}: ${files.join(', ')}`);
  }
  for (const name of files) {
    assert.ok(!name.startsWith('bench/'), `sw.js caches the benchmark page's ${name}`);
    assert.ok(fs.existsSync(path.join(dist, name)), `sw.js lists ${name}, which dist/ lacks`);
  }
  assert.ok(!files.includes('sw.js') && !files.includes('planner-offline.html'), files.join(', '));
});

test('after one visit the planner opens with the network off; after two the bundled font works offline too', T, async () => {
  const dir = copyDist();
  const server = await serveFolder(dir);
  const origin = server.url;
  const { version, files } = builtWorker(dir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const foreign = recordForeign(context, origin + '/');
  const slice = [];
  context.on('request', (req) => { if (req.url().includes('planner-font')) slice.push(req.url()); });
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${origin}/?lang=zh`);
    await waitControlled(page);   // the first visit's page is taken over (clients.claim), no reload needed
    await sleep(3000);
    // The first visit keeps what starting needs: the browser draws the text, so no font is downloaded.
    const first = await cacheContents(page);
    assert.deepEqual(Object.keys(first), [`planner-${version}`], 'one cache, named after the build');
    const later = ['/planner-font.ttf.gz', '/planner-font-more.ttf.gz'];
    assert.deepEqual(first[`planner-${version}`], files.map((f) => `/${f}`).filter((f) => !later.includes(f)).sort(),
      'after the first visit the cache holds every listed file but the bundled font');
    assert.deepEqual(slice, [], 'the first visit downloaded the bundled font');

    // The next visit fills in the rest: from then on the cache holds every file.
    await reloadPlanner(page);
    await waitFor(async () => (await cacheContents(page))[`planner-${version}`].length === files.length, {
      timeout: 30_000,
      message: 'the second visit to complete the offline copy',
    });
    const cached = await cacheContents(page);
    assert.deepEqual(cached[`planner-${version}`], files.map((f) => `/${f}`).sort(), 'the cache holds every listed file');

    // Network off: the server is gone, the browser is offline, and any request
    // that still reaches the network layer is refused.
    await server.close();
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));

    await reloadPlanner(page);
    const text = await screenText(page);
    assert.ok(text.includes('基本信息'), `offline reload: the zh screen lacks 基本信息; it shows:\n${text}`);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await screenshot(page, 'offline-reload-zh');
    await gotoPlanner(page, `${origin}/?lang=zh&font=bundled`);
    await drawRareHanzi(page);

    // A new tab with another address of the page (the query differs) works too.
    const tab = watchErrors(await context.newPage());
    await gotoPlanner(tab, `${origin}/index.html?lang=en`);
    const en = await screenText(tab);
    assert.ok(en.includes('Basics'), `offline new tab: the en screen lacks "Basics"; it shows:\n${en}`);
    await screenshot(tab, 'offline-new-tab-en');

    assert.deepEqual(foreign, [], 'requests to anything but the planner\'s own files');
    assertNoErrors(page);
    assertNoErrors(tab);
  } finally {
    await context.close();
    await server.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Each file crosses the network once on a first visit, the service worker's
// install included (it takes the page's copies from the HTTP cache when
// their SHA-256 is the build's), on this project's server (Cache-Control:
// no-cache) and on a plain host that sends no cache headers at all.
for (const plain of [false, true]) {
  test(`a first visit downloads each file once, the offline copy included (${plain ? 'a plain host' : 'no-cache headers'})`, T, async () => {
    const server = await serveFolder(DIST_DIR, { plain });
    const { version, files, unpacked } = builtWorker(DIST_DIR);
    const later = ['planner-font.ttf.gz', 'planner-font-more.ttf.gz'];
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = watchErrors(await context.newPage());
      await gotoPlanner(page, `${server.url}/?lang=zh`);
      await waitControlled(page);
      await waitFor(async () => ((await cacheContents(page))[`planner-${version}`] ?? []).length === files.length - later.length,
                    { timeout: 30_000, message: 'the offline copy to be complete' });
      // The favicon is the browser's own request: it races the install and
      // may miss the HTTP cache on a host without cache headers (seen once
      // in CI, 187 bytes), so it is left out of the count.
      const counts = {};
      for (const { path: p } of server.sent) if (p !== '/icon.svg') counts[p] = (counts[p] ?? 0) + 1;
      assert.deepEqual(Object.entries(counts).filter(([, n]) => n > 1), [], `files sent twice: ${JSON.stringify(server.sent)}`);
      assert.ok(!server.sent.some((s) => /planner-font/.test(s.path)), 'a font file was downloaded');
      const bytes = server.sent.reduce((n, s) => n + s.bytes, 0);
      console.log(`first visit (${plain ? 'plain host' : 'no-cache'}): ${server.sent.length} files, ${bytes} bytes: ` +
                  server.sent.map((s) => `${s.path} ${s.bytes}`).join(', '));
      // Issue 16's budget for a whole first visit.
      assert.ok(bytes <= 600_000, `a first visit transferred ${bytes} bytes, over 600,000`);
      // The page unpacked the wasm (xz) and handed the bytes to the worker,
      // which keeps them in place of the packed file: a second visit starts
      // with nothing to unpack, and the server sends no file again.
      assert.equal((await page.evaluate(() => window.planner.stats())).wasmPacking, 'xz');
      await waitFor(async () => (await cachedHash(page, `planner-${version}`, 'planner.wasm.xz')) === unpacked['planner.wasm.xz'],
                    { timeout: 30_000, message: 'the unpacked wasm in the offline copy' });
      const sentBefore = server.sent.length;
      await reloadPlanner(page);
      assert.equal((await page.evaluate(() => window.planner.stats())).wasmPacking, 'none');
      assert.match(await screenText(page), /基本信息/);
      assert.deepEqual(server.sent.slice(sentBefore).filter((s) => s.path !== '/sw.js'), [], 'files sent again on the second visit');
      assertNoErrors(page);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('a new build shows the update banner, and Reload switches to it', T, async () => {
  const dir = copyDist();
  const server = await serveFolder(dir);
  const origin = server.url;
  const { text, version } = builtWorker(dir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const foreign = recordForeign(context, origin + '/');
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${origin}/?lang=zh`);
    await waitControlled(page);
    assert.equal(await page.isHidden('#update'), true, 'the banner shows before there is any new version');

    // A new build: the server now has another sw.js (another version, same files).
    const next = version.split('').reverse().join('');
    assert.notEqual(next, version);
    fs.writeFileSync(path.join(dir, 'sw.js'), text.replace(`"${version}"`, `"${next}"`));

    // The navigation checks for a new sw.js; it installs and waits; the page offers it.
    await reloadPlanner(page);
    await page.waitForSelector('#update:not([hidden])', { timeout: READY_TIMEOUT_MS });
    assert.equal(await page.textContent('#update-text'), '规划器有新版本可用。');
    assert.equal(await page.textContent('#update-reload'), '刷新');
    await sleep(300);
    await screenshot(page, 'offline-update-banner-zh');

    // Another tab, in English, gets the same offer at once; "Later" hides it.
    const tab = watchErrors(await context.newPage());
    await gotoPlanner(tab, `${origin}/?lang=en`);
    await tab.waitForSelector('#update:not([hidden])', { timeout: 30_000 });
    assert.equal(await tab.textContent('#update-text'), 'A new version of the planner is ready.');
    assert.equal(await tab.textContent('#update-reload'), 'Reload');
    await screenshot(tab, 'offline-update-banner-en');
    await tab.click('#update-later');
    assert.equal(await tab.isHidden('#update'), true, '"Later" does not hide the banner');
    assertNoErrors(tab);
    await tab.close();

    // Reload: the waiting worker takes over, the page reloads under it, and
    // the old version's cache is gone.
    await page.evaluate(() => { window.__beforeUpdate = true; });
    const reloaded = page.waitForEvent('load', { timeout: READY_TIMEOUT_MS });
    await page.click('#update-reload');
    await reloaded;
    await page.waitForFunction(() => !window.__beforeUpdate && !!window.planner?.ready, null, { timeout: READY_TIMEOUT_MS });
    await page.evaluate(() => window.planner.ready.then(() => true));
    await waitFor(async () => JSON.stringify(Object.keys(await cacheContents(page))) === JSON.stringify([`planner-${next}`]), {
      timeout: 30_000,
      message: `only the cache planner-${next} left (old version deleted on activate)`,
    });
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { controlled: !!navigator.serviceWorker.controller, waiting: !!reg?.waiting, banner: document.getElementById('update').hidden };
    });
    assert.deepEqual(state, { controlled: true, waiting: false, banner: true });
    assert.ok((await screenText(page)).includes('基本信息'));
    await screenshot(page, 'offline-after-update-zh');
    assert.deepEqual(foreign, []);
    assertNoErrors(page);
  } finally {
    await context.close();
    await server.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged file in the offline copy is fetched again: one reload starts the app; offline, the page says what to do', T, async () => {
  const dir = copyDist();
  let server = await serveFolder(dir);
  const origin = server.url;
  const { version } = builtWorker(dir);
  const cache = `planner-${version}`;
  // The wasm the offline copy ends up with: unpacked (the page hands it over).
  const good = builtWorker(dir).unpacked['planner.wasm.xz'];
  // The packed wasm with a run of bytes in its middle flipped: it no longer unpacks.
  const bad = fs.readFileSync(path.join(dir, 'planner.wasm.xz'));
  for (let i = bad.length >> 1, end = i + 64; i < end; i++) bad[i] ^= 0xff;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${origin}/?lang=zh`);
    await waitControlled(page);
    await waitFor(async () => (await cachedHash(page, cache, 'planner.wasm.xz')) === good, {
      timeout: 30_000,
      message: 'the offline copy of planner.wasm.xz',
    });

    // Damaged in the cache: one reload starts the app, and the cache holds the build's file again.
    await setCached(page, cache, 'planner.wasm.xz', bad);
    await page.reload({ waitUntil: 'load' });
    const outcome = await started(page);
    assert.deepEqual(outcome, { ready: true }, `one reload after the cached wasm was damaged: ${outcome.error}`);
    assert.ok((await screenText(page)).includes('基本信息'));
    await waitFor(async () => (await cachedHash(page, cache, 'planner.wasm.xz')) === good, {
      timeout: 30_000,
      message: 'the build\'s planner.wasm.xz back in the offline copy',
    });
    assertNoErrors(page);

    // The mended copy serves offline.
    const port = new URL(origin).port;
    await goOffline(context, server);
    await reloadPlanner(page);
    assert.ok((await screenText(page)).includes('基本信息'), 'offline after the repair');

    // Damaged again while offline: the error names the file and says to connect and reload.
    const offline = {
      zh: /此设备离线副本中的规划器文件 planner\.wasm\.xz 已损坏，且目前无法重新下载：此设备已离线，或无法连接服务器。请连接网络后刷新页面。/,
      en: /A file of the planner, planner\.wasm\.xz, is damaged in the offline copy on this device, and it cannot be downloaded again: this device is offline or the server cannot be reached\. Connect to the internet, then reload the page\./,
    };
    for (const lang of ['zh', 'en']) {
      await setCached(page, cache, 'planner.wasm.xz', bad);
      await page.goto(`${origin}/?lang=${lang}`, { waitUntil: 'load' });
      const { error } = await started(page);
      assert.match(error ?? 'it started', offline[lang]);
      await screenshot(page, `offline-damaged-file-${lang}`);
    }

    // Back online (the same address): a reload fetches the file and keeps it again.
    server = await startServer({ root: dir, port: Number(port) });
    await context.unroute('**/*');
    await context.setOffline(false);
    await page.goto(`${origin}/?lang=zh`, { waitUntil: 'load' });
    assert.deepEqual(await started(page), { ready: true }, 'back online');
    await waitFor(async () => (await cachedHash(page, cache, 'planner.wasm.xz')) === good, {
      timeout: 30_000,
      message: 'planner.wasm.xz kept for offline use again',
    });
  } finally {
    await context.close();
    await server.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('offline, a file missing from the offline copy: the page names it and says what to do', T, async () => {
  const dir = copyDist();
  const server = await serveFolder(dir);
  const origin = server.url;
  const { version } = builtWorker(dir);
  const cache = `planner-${version}`;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${origin}/?lang=zh`);
    await waitControlled(page);
    await waitFor(async () => (await cachedHash(page, cache, 'planner.wasm.xz')) !== null, {
      timeout: 30_000,
      message: 'the offline copy of planner.wasm.xz',
    });
    await setCached(page, cache, 'planner.wasm.xz', null);
    await goOffline(context, server);
    const missing = {
      zh: /此设备上的离线副本缺少规划器的文件 planner\.wasm\.xz，且目前无法下载：此设备已离线，或无法连接服务器。请连接网络后刷新页面。/,
      en: /A file of the planner, planner\.wasm\.xz, is missing from the offline copy on this device, and it cannot be downloaded: this device is offline or the server cannot be reached\. Connect to the internet, then reload the page\./,
    };
    for (const lang of ['zh', 'en']) {
      await page.goto(`${origin}/?lang=${lang}`, { waitUntil: 'load' });
      const { error } = await started(page);
      assert.match(error ?? 'it started', missing[lang]);
      await screenshot(page, `offline-missing-file-${lang}`);
    }
  } finally {
    await context.close();
    await server.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('?nosw keeps the service worker out', T, async () => {
  const dir = copyDist();
  const server = await serveFolder(dir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${server.url}/?lang=zh&nosw`);
    await sleep(1500);
    const registrations = await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    assert.equal(registrations, 0);
    assertNoErrors(page);
  } finally {
    await context.close();
    await server.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the single-file build works opened from disk, with local storage', T, async () => {
  const dir = copyDist('planner-offline.html');
  const file = path.join(dir, 'planner-offline.html');
  console.log(`planner-offline.html: ${(fs.statSync(file).size / 1048576).toFixed(2)} MB`);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.setOffline(true);
  const foreign = recordForeign(context, url);
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, url);   // as a double click opens it: no query, Chinese by default
    const zh = await screenText(page);
    assert.ok(zh.includes('基本信息'), `the zh screen lacks 基本信息; it shows:\n${zh}`);
    await screenshot(page, 'offline-single-file-zh');
    await gotoPlanner(page, `${url}?font=bundled`);   // the bundled font is inside the file
    await drawRareHanzi(page);
    await gotoPlanner(page, url);
    const sw = await page.evaluate(async () => {
      if (!navigator.serviceWorker) return { controlled: false, registrations: 0 };
      let registrations = 0;
      try { registrations = (await navigator.serviceWorker.getRegistrations()).length; } catch { /* file:// */ }
      return { controlled: !!navigator.serviceWorker.controller, registrations };
    });
    assert.deepEqual(sw, { controlled: false, registrations: 0 }, 'no service worker in the single file');

    // A setting chosen in the interface is kept in local storage across a reload.
    await clickItemById(page, /###menu_view$/);
    await clickItemById(page, /###menu_language$/);
    await clickItemById(page, /###lang_en$/);
    assert.equal(await page.evaluate(() => localStorage.getItem('planner.lang')), 'en');
    await reloadPlanner(page);
    const en = await screenText(page);
    assert.match(en, /Community name/, 'the language chosen before the reload is gone');
    assert.doesNotMatch(en, /社群名称/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await screenshot(page, 'offline-single-file-en-after-reload');

    assert.deepEqual(foreign, [], 'the single file asked for something besides itself');
    assertNoErrors(page);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
