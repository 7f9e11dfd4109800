// Helpers shared by the browser tests (tests/e2e/*.test.mjs).
//
// The planner draws everything with Dear ImGui on one <canvas>, so there is no
// DOM to query: the page exposes `window.planner` instead, with
//   ready        Promise resolved after the first UI frame
//   frames()     frames drawn since load
//   items()      [{label, id, x, y, w, h}] interactive items of the last frame
//                (CSS pixels; id is the full ImGui label, may hold "##suffix")
//   screenText() Promise<string> of all text drawn in the next frame
//   exportJson() / importJson(text) / stats()
// and these helpers drive it with real mouse, keyboard and IME input.
//
// The browser is Debian's chromium (never a downloaded one) driven by
// playwright-core. WebGL runs on SwiftShader, a software rasterizer, so
// frames are slow: timeouts below are generous on purpose.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const ARTIFACTS_DIR = path.join(HERE, 'artifacts');
// E2E_DIST lets the harness itself be exercised against another folder.
export const DIST_DIR = path.resolve(process.env.E2E_DIST || path.join(REPO_ROOT, 'dist'));

export const CHROMIUM_PATH = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  // We run as root in a container: chromium's sandbox cannot start there.
  '--no-sandbox',
  // No GPU on any machine: WebGL on ANGLE's SwiftShader (software) backend.
  // Recent chromium refuses the automatic software fallback unless told
  // it is fine, hence --enable-unsafe-swiftshader.
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Only the package registries are reachable: keep chromium from trying to
  // call home (and from stalling or logging errors when it cannot).
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Time for the page to load, compile the wasm and draw its first frame. */
export const READY_TIMEOUT_MS = 60_000;
/** Time for a frame to follow an input event. */
export const FRAME_TIMEOUT_MS = 5_000;

// ---------------------------------------------------------------- server

let serverPromise = null;

/**
 * URL (no trailing slash) of the one static server of this process, serving
 * dist/. Started on first use on an ephemeral loopback port.
 */
export async function baseUrl() {
  if (!serverPromise) {
    if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) {
      throw new Error(
        `${DIST_DIR}/index.html not found: build the site first (the browser tests serve dist/).`,
      );
    }
    serverPromise = startServer({ root: DIST_DIR }).then((server) => {
      // The server must not keep a test file's process alive once its tests
      // are done (node --test waits for the event loop to drain): unref it,
      // and close it for good at exit.
      server.unref();
      process.once('exit', () => server.close());
      return server;
    });
  }
  return (await serverPromise).url;
}

// ---------------------------------------------------------------- browser

/** Launches headless Debian chromium. One per test file; close it in after(). */
export async function launchBrowser(options = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium package (script/bootstrap does).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Opens the planner in a new context and page and waits for its first frame.
 * Console errors and uncaught page errors are collected in page.__errors.
 * @param {import('playwright-core').Browser} browser
 * @param {{lang?: string, query?: string, viewport?: {width:number,height:number},
 *          deviceScaleFactor?: number, phone?: boolean, contextOptions?: object, initScript?: Function}} opts
 *   initScript runs in every page of the context before the page's own scripts.
 *   query is appended verbatim after "?lang=<lang>", e.g. "&demo=1".
 *   phone: a phone's screen (PHONE: 390×844 CSS px at 3 device pixels each, a
 *   touch screen, mobile viewport rules); viewport and deviceScaleFactor
 *   given as well win. Drive it with tap(), touchDrag() and longPress().
 *   welcome: stay on the start screen a first visit opens on. Without it the
 *   harness goes past it as a user would, with "blank plan" (passWelcome),
 *   so a test starts on a plan, as before the start screen existed.
 * @returns {Promise<{context: import('playwright-core').BrowserContext, page: import('playwright-core').Page}>}
 */
export async function openPlanner(
  browser,
  { lang, query = '', viewport, deviceScaleFactor, phone = false, contextOptions = {}, initScript, welcome = false } = {},
) {
  const origin = await baseUrl();
  const screen = phone ? PHONE : { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 };
  const context = await browser.newContext({
    ...screen,
    ...(viewport ? { viewport } : {}),
    ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
    ...contextOptions,
  });
  try {
    // Files are picked through the page's file input, as in browsers without
    // the File System Access API (Firefox, Safari, phones): chromium has
    // showOpenFilePicker, but it fires no 'filechooser' event for a test to
    // answer (playwright refuses it). A test of saving back to a file puts
    // its own picker in its place (files.test.mjs).
    await context.addInitScript(() => { delete window.showOpenFilePicker; });
    if (initScript) await context.addInitScript(initScript);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    page.__errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        const where = loc?.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        page.__errors.push(`console.error: ${msg.text()}${where}`);
      }
    });
    page.on('pageerror', (err) => page.__errors.push(`pageerror: ${err.stack || err.message || err}`));
    page.on('crash', () => page.__errors.push('page crashed'));

    const search = lang != null ? `?lang=${encodeURIComponent(lang)}${query}` : query.replace(/^&/, '?');
    await page.goto(`${origin}/${search}`, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    await waitReady(page);
    if (!welcome) await passWelcome(page);
    return { context, page };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

async function waitReady(page) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const fail = (what) =>
    new Error(
      `planner not ready: ${what} within ${READY_TIMEOUT_MS / 1000} s` +
        (page.__errors?.length ? `; page errors:\n  ${page.__errors.join('\n  ')}` : ''),
    );
  try {
    // Return a boolean, not the promise: waitForFunction would await it.
    await page.waitForFunction(() => !!(window.planner && window.planner.ready), null, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    });
  } catch {
    throw fail('window.planner.ready did not appear');
  }
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(fail('window.planner.ready did not resolve')), Math.max(0, deadline - Date.now()));
  });
  try {
    await Promise.race([page.evaluate(() => window.planner.ready.then(() => true)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- frames

/** Frames drawn since load. */
export function frames(page) {
  return page.evaluate(() => window.planner.frames());
}

/** How long without a new frame counts as "the page has gone idle". */
export const QUIET_MS = 300;

/**
 * Waits until n more frames have been drawn since `since` (default: now), or
 * until the page goes idle (no new frame for `quiet` ms), or `timeout`.
 * The planner draws only when something happens, so a fixed frame count may
 * never come: this does not throw, it returns how many frames were drawn.
 * With atLeastOne, going idle does not end the wait before the first frame.
 */
export function waitFrames(page, n = 2, { since, timeout = FRAME_TIMEOUT_MS, quiet = QUIET_MS, atLeastOne = false } = {}) {
  return page.evaluate(
    async ({ n, since, timeout, quiet, atLeastOne }) => {
      const count = () => window.planner.frames();
      const start = since ?? count();
      const t0 = performance.now();
      let seen = count();
      let lastChange = t0;
      for (;;) {
        const f = count();
        const t = performance.now();
        if (f !== seen) {
          seen = f;
          lastChange = t;
        }
        if (f >= start + n || t - t0 >= timeout) break;
        if (t - lastChange >= quiet && (!atLeastOne || f > start)) break;
        // setTimeout, not requestAnimationFrame: rAF is throttled or paused
        // in some headless states, which would stall the poll itself.
        await new Promise((r) => setTimeout(r, 10));
      }
      return count() - start;
    },
    { n, since: since ?? null, timeout, quiet, atLeastOne },
  );
}

/**
 * Runs an input action and waits for the frame(s) that respond to it.
 * Throws if not even one frame follows within FRAME_TIMEOUT_MS, since an
 * input event that draws nothing means the page is stuck.
 */
async function afterInput(page, what, action, n = 2) {
  const before = await frames(page);
  await action();
  const drawn = await waitFrames(page, n, { since: before, atLeastOne: true });
  if (drawn < 1) {
    throw new Error(`no frame drawn within ${FRAME_TIMEOUT_MS / 1000} s after ${what}`);
  }
  return drawn;
}

/** Polls fn() until it returns a truthy value; throws message(lastValue) on timeout. */
export async function waitFor(fn, { timeout = FRAME_TIMEOUT_MS, interval = 50, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${typeof message === 'function' ? message(last) : message}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------- items

/** Interactive items drawn in the last frame: [{label, id, x, y, w, h}] in CSS px. */
export function items(page) {
  return page.evaluate(() => window.planner.items());
}

const matches = (value, want) => (want instanceof RegExp ? want.test(value) : value === want);

function describeItems(list, key) {
  const shown = list.map((it) => JSON.stringify(it[key])).slice(0, 80);
  return shown.join(', ') + (list.length > 80 ? `, … (${list.length} in all)` : '');
}

// An item may appear a frame after the input that shows it (a tab switches on
// the frame after its click), so lookups draw up to a few fresh frames.
async function findWhere(page, pred, describe) {
  let list = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    if (attempt > 0) await screenText(page);   // draws one more frame
    list = await items(page);
    const hit = list.find(pred);
    if (hit) return hit;
  }
  throw new Error(describe(list));
}

/** The first item whose label equals the string or matches the RegExp. */
export function findItem(page, labelOrRegex) {
  return findWhere(page, (it) => matches(it.label, labelOrRegex),
    (list) => `no item labelled ${labelOrRegex} among ${list.length} visible labels: ${describeItems(list, 'label')}`);
}

/** The first item whose full ImGui id matches the RegExp (or contains the string). */
export function findItemById(page, idOrRegex) {
  return findWhere(page, (it) => (idOrRegex instanceof RegExp ? idOrRegex.test(it.id) : it.id.includes(idOrRegex)),
    (list) => `no item with id ${idOrRegex} among ${list.length} visible ids: ${describeItems(list, 'id')}`);
}

/** Opens the planner in a fresh context of `browser`, runs fn(page, context), then closes the context. */
export async function withPlanner(browser, opts, fn) {
  const { context, page } = await openPlanner(browser, opts);
  try {
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

/** Clicks the centre of an item, then waits for the page to draw in response. */
export async function clickAt(page, item, what = JSON.stringify(item.label)) {
  const centre = (it) => [it.x + it.w / 2, it.y + it.h / 2];
  let [x, y] = centre(item);
  // Hover first, as a hand does: Dear ImGui lets an item that allows overlap
  // (tabs, for one) take a click only once it was hovered the frame before.
  // (No frame is drawn when the pointer is already there: that is fine.)
  // A window that just appeared may still be settling (a popup sizes itself
  // over its first frames): hover until the item stays where it is.
  for (let attempt = 0; attempt < 4; attempt++) {
    const before = await frames(page);
    await page.mouse.move(x, y);
    await waitFrames(page, 1, { since: before });
    const now = (await items(page)).find((it) => it.id === item.id);
    if (!now) break;
    const [nx, ny] = centre(now);
    if (Math.abs(nx - x) < 1 && Math.abs(ny - y) < 1) break;
    [x, y] = [nx, ny];
  }
  await afterInput(page, `clicking ${what} at (${x}, ${y})`, () => page.mouse.click(x, y));
  return item;
}

/** Clicks the item with that label (string or RegExp); returns the item. */
export async function clickItem(page, labelOrRegex) {
  return clickAt(page, await findItem(page, labelOrRegex), String(labelOrRegex));
}

/** Clicks the item whose id matches (RegExp, or substring); returns the item. */
export async function clickItemById(page, idOrRegex) {
  return clickAt(page, await findItemById(page, idOrRegex), `id ${idOrRegex}`);
}

// ---------------------------------------------------------------- text input

/** All text drawn in the next frame. */
export function screenText(page) {
  return page.evaluate(() => window.planner.screenText());
}

/** Types text as key presses (ASCII and anything the US layout can make). */
export async function typeText(page, text) {
  await afterInput(page, `typing ${JSON.stringify(text)}`, () => page.keyboard.type(text));
}

/**
 * Tabs (like every item ImGui lets others overlap) answer a click only once
 * the pointer has rested on them for a frame: hover first, then click.
 */
export async function clickTab(page, idRegex) {
  const tab = await findItemById(page, idRegex);
  await page.mouse.move(tab.x + tab.w / 2, tab.y + tab.h / 2);
  await waitFrames(page, 3);
  await clickItemById(page, idRegex);
  await waitFrames(page, 2);
}

/** Presses a key or chord (e.g. 'Enter', 'Control+A') and waits for frames. */
export async function press(page, key) {
  await afterInput(page, `pressing ${key}`, () => page.keyboard.press(key));
}

const cdpSessions = new WeakMap();
async function cdp(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, page.context().newCDPSession(page));
  return cdpSessions.get(page);
}

/**
 * Commits text the way a Chinese input method does: a composition update
 * (compositionstart/update, the text shown underlined), then the commit
 * (insertText ends the composition with the final text). No key events
 * carry the characters.
 */
export async function imeCommit(page, text) {
  const session = await cdp(page);
  await afterInput(page, `IME commit of ${JSON.stringify(text)}`, async () => {
    await session.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
    await session.send('Input.insertText', { text });
  });
}

// ---------------------------------------------------------------- touch (phone option of openPlanner)

/** A phone's screen for openPlanner({phone: true}): an iPhone 12–15's CSS size. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

/** Sends one touch event (touchStart, touchMove, touchEnd) through the DevTools protocol. */
export async function touchEvent(page, type, x, y) {
  const session = await cdp(page);
  await session.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }],
  });
}

// Touch events reach the page only as fast as it draws, and a phone-sized
// canvas at 3 device pixels per CSS pixel is slow to draw on SwiftShader:
// a finger's moves are sent once the page has gone idle, or a tap's release
// could arrive after the 500 ms that make it a long press.
async function idle(page) {
  await waitFrames(page, 1e9, { quiet: QUIET_MS, timeout: 10_000 });
}

/**
 * A finger's tap at (x, y) CSS px, then the frames that answer it. A tap
 * whose release reached the page only after the long-press time (the page
 * took it as a long press: a machine too busy) is tried again, twice at most.
 */
export async function tap(page, x, y) {
  for (let attempt = 1; ; attempt++) {
    await idle(page);
    const before = await page.evaluate(() => window.planner.input().longPresses);
    // Both sent at once (not the release after the press's answer): they
    // reach the page together, however slow the answer.
    await afterInput(page, `tapping (${x}, ${y})`, () => Promise.all([
      touchEvent(page, 'touchStart', x, y),
      touchEvent(page, 'touchEnd', x, y),
    ]));
    const pressed = (await page.evaluate(() => window.planner.input().longPresses)) > before;
    if (!pressed) return;
    if (attempt === 3) throw new Error(`tapping (${x}, ${y}) was taken as a long press ${attempt} times: the page is too slow`);
    console.warn(`tapping (${x}, ${y}) was taken as a long press (the page was slow to get the release); tapping again`);
  }
}

/**
 * Taps the centre of an item. A window that just appeared may still be
 * settling (a popup sizes itself over its first frames), and a finger does
 * not hover first: the item is looked up again until it stays where it is.
 */
export async function tapItem(page, item) {
  const centre = (it) => [it.x + it.w / 2, it.y + it.h / 2];
  let [x, y] = centre(item);
  for (let attempt = 0; attempt < 4; attempt++) {
    await idle(page);
    const now = (await items(page)).find((it) => it.id === item.id);
    if (!now) break;
    const [nx, ny] = centre(now);
    if (Math.abs(nx - x) < 1 && Math.abs(ny - y) < 1) break;
    [x, y] = [nx, ny];
  }
  await tap(page, x, y);
  return item;
}

/**
 * Goes to a section with a finger: on a phone the sections are behind the
 * "☰" button at the top (ui draw_section_drawer), elsewhere in the side list.
 */
export async function tapSection(page, section) {
  const drawer = (await items(page)).some((it) => it.id.endsWith('###nav_menu'));
  if (drawer) await tapItem(page, await findItemById(page, /###nav_menu$/));
  await tapItem(page, await findItemById(page, new RegExp(`###nav_${section}$`)));
  // The frame of the tap still draws the open drawer (its button named after
  // the section left): wait until the drawer's list has closed, so that the
  // caller reads the section as it stays.
  if (drawer) {
    await waitFor(async () => !(await items(page)).some((it) => /###nav_(?!menu$)[a-z_]+$/.test(it.id)),
      { message: 'the sections list to close' });
  }
}

/**
 * Scrolls the section with a finger until the item whose id matches is wholly
 * in sight (a phone's stacked form runs past the screen), and returns it.
 * Looks down the page first, then back up.
 */
export async function revealItem(page, idRegex) {
  const { height } = page.viewportSize();
  const inSight = async () => (await items(page)).find((it) => idRegex.test(it.id) && it.y >= 40 && it.y + it.h <= height - 50);
  // Where each item is, clipped or not (fy): items scrolled past the window's
  // top all read y = its top, and a stretch of the page without interactive
  // items (a table of figures) would otherwise look like the end of the page.
  const signature = async () => (await items(page)).map((it) => `${it.id}@${Math.round(it.fy ?? it.y)}`).join('|');
  for (const dy of [250, -250]) {
    for (let step = 0; step < 40; step++) {
      const hit = await inSight();
      if (hit) return hit;
      const before = await signature();
      const y0 = dy > 0 ? Math.round(height * 0.75) : Math.round(height * 0.35);
      await touchDrag(page, { x: 200, y: y0 }, { x: 200, y: y0 - dy }, { restMs: 120 });
      await waitFrames(page, 2);
      if ((await signature()) === before) break;   // the end of the page that way
    }
  }
  return findItemById(page, idRegex);   // fails, listing what is there
}

/**
 * A finger put down at `from`, moved to `to` in `steps` moves `stepMs` apart,
 * and lifted: after `holdMs` at `from` first (a long press, then a drag, with
 * holdMs ≥ 500), and `restMs` at `to` before lifting (0: lifted moving, a fling).
 */
export async function touchDrag(page, from, to, { steps = 12, stepMs = 16, holdMs = 0, restMs = 0 } = {}) {
  await idle(page);
  await afterInput(page, `a finger from (${from.x}, ${from.y}) to (${to.x}, ${to.y})`, async () => {
    const step = (i) => touchEvent(page, 'touchMove', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    let first = 1;
    if (holdMs) {
      await touchEvent(page, 'touchStart', from.x, from.y);
      await sleep(holdMs);
    } else {
      // The finger lands and starts moving in one go: on a slow machine the
      // page may take longer than the long-press time to see a move sent
      // after the landing's answer, and the scroll would become a long press.
      await Promise.all([touchEvent(page, 'touchStart', from.x, from.y), step(1)]);
      first = 2;
    }
    for (let i = first; i <= steps; i++) {
      await step(i);
      await sleep(stepMs);
    }
    if (restMs) await sleep(restMs);
    await touchEvent(page, 'touchEnd', to.x, to.y);
  });
}

/** A finger resting `ms` at (x, y), then lifted. */
export async function longPress(page, x, y, ms = 800) {
  await idle(page);
  await afterInput(page, `a long press at (${x}, ${y})`, async () => {
    await touchEvent(page, 'touchStart', x, y);
    await sleep(ms);
    await touchEvent(page, 'touchEnd', x, y);
  });
}

// ---------------------------------------------------------------- data

/** The browser's local date `offset` days from today, as YYYY-MM-DD (what the planner calls today). */
export function localDate(page, offset = 0) {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, offset);
}

/** The plan as exported by the app, parsed. */
export async function exportPlan(page) {
  const text = await page.evaluate(() => window.planner.exportJson());
  return JSON.parse(text);
}

/** True if some string anywhere in a parsed JSON value equals s. */
export function jsonHasString(value, s) {
  if (value === s) return true;
  if (value && typeof value === 'object') return Object.values(value).some((v) => jsonHasString(v, s));
  return false;
}

// ---------------------------------------------------------------- checks and artifacts

/** Saves a PNG of the viewport to tests/e2e/artifacts/<name>.png; returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * The pixels of a rectangle of the page as drawn (CSS pixels, clipped to
 * whole pixels): {width, height, data} with data RGBA, row by row.
 */
export async function regionPixels(page, { x, y, w, h }) {
  const clip = { x: Math.floor(x), y: Math.floor(y), width: Math.ceil(w), height: Math.ceil(h) };
  const png = await page.screenshot({ clip });
  const data = await page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    return [bitmap.width, bitmap.height, Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data)];
  }, png.toString('base64'));
  return { width: data[0], height: data[1], data: data[2] };
}

/** Throws if the page logged a console error or threw an uncaught error. */
export function assertNoErrors(page) {
  const errors = page.__errors ?? [];
  if (errors.length) {
    throw new Error(`${errors.length} error(s) on the page:\n  ${errors.join('\n  ')}`);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- other origins (offline tests)

/**
 * Starts another static server on a folder (e.g. a copy of dist/ that a test
 * changes), closed at exit like the main one. Returns {url, sent, close()};
 * options go to startServer (plain: no cache headers).
 */
export async function serveFolder(root, options = {}) {
  const server = await startServer({ root, ...options });
  server.unref();
  process.once('exit', () => server.close());
  return server;
}

/** Copies dist/ (or one file of it) into a fresh temporary folder; returns the folder. */
export function copyDist(only = null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-dist-'));
  if (only) fs.copyFileSync(path.join(DIST_DIR, only), path.join(dir, only));
  else fs.cpSync(DIST_DIR, dir, { recursive: true });
  return dir;
}

/**
 * Collects a page's console errors and uncaught errors in page.__errors, as
 * openPlanner does, for pages opened another way.
 */
export function watchErrors(page) {
  page.__errors = page.__errors ?? [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.__errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.__errors.push(`pageerror: ${err.stack || err.message || err}`));
  page.on('crash', () => page.__errors.push('page crashed'));
  return page;
}

/**
 * Goes to any URL (another server, a file:// URL) and waits for the planner's
 * first frame; past the start screen (passWelcome) unless {welcome: true}.
 */
export async function gotoPlanner(page, url, { welcome = false } = {}) {
  await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
  await waitReady(page);
  if (!welcome) await passWelcome(page);
}

/**
 * Reloads the page and waits for the planner's first frame; past the start
 * screen (an emptied library shows it) unless {welcome: true}.
 */
export async function reloadPlanner(page, { welcome = false } = {}) {
  await page.reload({ waitUntil: 'load', timeout: READY_TIMEOUT_MS });
  await waitReady(page);
  if (!welcome) await passWelcome(page);
}

/** The start screen's "blank plan" button when the start screen is shown (ui/welcome_panel.cpp), else null. */
export async function welcomeShown(page) {
  return (await items(page)).find((it) => it.id.endsWith('###welcome_blank')) || null;
}

/**
 * A first visit (or an emptied library) opens on the start screen: goes past
 * it as a user would, choosing "blank plan" (a tap on a touch screen, a click
 * otherwise), and waits for the plan to show. Does nothing on a plan.
 */
export async function passWelcome(page) {
  const blank = await welcomeShown(page);
  if (!blank) return;
  const touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
  if (touch) await tapItem(page, blank);
  else await clickAt(page, blank, 'blank plan');
  await waitFor(async () => !(await welcomeShown(page)), { message: 'the start screen to give way to the blank plan' });
}

/** The stored plan records, parsed: [{id, name, revision, plan}]. */
export async function storedPlans(page) {
  const records = await page.evaluate(() => {
    const out = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('planner.plan.')) out.push([k, localStorage.getItem(k)]);
    }
    return out;
  });
  return records.map(([k, v]) => {
    const r = JSON.parse(v);
    return { id: k.slice('planner.plan.'.length), name: r.library?.name, revision: r.library?.revision, plan: r.plan };
  });
}
