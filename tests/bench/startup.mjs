// Start-up time of the planner against a bare Dear ImGui page, as Markdown.
//
//   node tests/bench/startup.mjs            (RUNS=5, WARMUP=1 by default)
//   RUNS=9 WARMUP=0 node tests/bench/startup.mjs
//
// Pages (served from dist/ by the loopback server of tests/e2e/harness.mjs,
// E2E_DIST overrides the folder, E2E_CHROMIUM the browser):
//   planner  /?lang=zh   ready = window.planner.ready (after its first frame)
//   bare     /bench/     ready = window.bareReady     (after its first frame)
// Runs are interleaved (planner, bare, planner, bare, ...) so that machine
// noise hits both, and each run opens a fresh browser context: nothing
// cached by one run (HTTP cache, storage) is seen by the next. One browser
// process serves all runs, after WARMUP discarded planner+bare pairs.
//
// Two figures per run:
//   in-page  performance.now() when the ready promise resolves, i.e. ms since
//            the navigation started (the page's time origin). The headline.
//   wall     ms from just before page.goto() to the moment node learns that
//            ready has resolved (so it also counts the DevTools round trips).
// For the planner, also the frames drawn in the 2 s after ready with no input
// (window.planner.frames() difference) and window.planner.stats(). The
// planner draws only when something happens, plus a couple of "settle"
// frames after the first one, so a small number here is expected; a number
// that grows with the idle time would mean it redraws continuously.
//
// Two options for the conditions an operator meets:
//   NET=20,40   throttles each page's network (Chrome's emulation) to 20
//               Mbit/s down with 40 ms round trips; loopback by default
//   VISIT=second  opens each page once, waits 3 s (the planner's offline
//               copy is filled in: sw.js), and measures the second visit
//               in the same context (the planner from its offline copy,
//               the bare page from the HTTP cache); the first by default
//
// Exits 0 on success; 1 if a page is not ready within 60 s (or fails to load).
import { launchBrowser, baseUrl, READY_TIMEOUT_MS, sleep } from '../e2e/harness.mjs';

const RUNS = (() => {
  const raw = process.env.RUNS ?? '5';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`startup.mjs: RUNS must be a positive integer, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
})();
// Warm-up pairs (planner + bare), run first and left out of the medians: the
// first page a fresh browser process opens pays one-off costs (GPU process
// and SwiftShader start-up), and with the planner always first that would
// land on the planner alone. WARMUP=0 disables it.
const WARMUP = (() => {
  const raw = process.env.WARMUP ?? '1';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`startup.mjs: WARMUP must be a non-negative integer, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
})();
const NET = (() => {
  const raw = process.env.NET;
  if (!raw) return null;
  const [mbit, rtt] = raw.split(',').map(Number);
  if (!(mbit > 0) || !(rtt >= 0)) {
    console.error(`startup.mjs: NET must be "Mbit/s,round-trip ms", got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return { mbit, rtt };
})();
const SECOND_VISIT = (() => {
  const raw = process.env.VISIT ?? 'first';
  if (raw !== 'first' && raw !== 'second') {
    console.error(`startup.mjs: VISIT must be first or second, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return raw === 'second';
})();
const IDLE_MS = 2000;
const VIEWPORT = { width: 1280, height: 720 };

const PAGES = [
  {
    name: 'planner',
    path: '/?lang=zh',
    exists: () => !!(window.planner && window.planner.ready),
    readyAt: () => window.planner.ready.then(() => performance.now()),
  },
  // The planner drawing with the bundled font through stb_truetype, as it
  // does when the browser's canvas cannot draw text: the first frame's
  // glyphs rasterized the old way, for the first-frame stage side by side.
  {
    name: 'planner-stb',
    path: '/?lang=zh',
    init: () => {
      CanvasRenderingContext2D.prototype.getImageData = () => { throw new Error('refused (benchmark)'); };
    },
    exists: () => !!(window.planner && window.planner.ready),
    readyAt: () => window.planner.ready.then(() => performance.now()),
  },
  {
    name: 'bare',
    path: '/bench/',
    exists: () => !!window.bareReady,
    readyAt: () => window.bareReady.then(() => performance.now()),
  },
];

class NotReady extends Error {}

/** Rejects after ms with a NotReady error; clear() cancels it. */
function deadline(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new NotReady(what)), Math.max(0, ms));
  });
  return { promise, clear: () => clearTimeout(timer) };
}

async function runOnce(browser, origin, spec) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (spec.init) await context.addInitScript(spec.init);
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message || err}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const url = msg.location()?.url;
      errors.push(`console.error: ${msg.text()}${url ? ` (${url.replace(origin, '')})` : ''}`);
    });
    page.on('crash', () => errors.push('page crashed'));
    // Chromium's "Failed to load resource" message omits the URL: log it here.
    page.on('response', (res) => {
      if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url().replace(origin, '')}`);
    });

    const failText = (what) =>
      `${spec.name} (${spec.path}) not ready within ${READY_TIMEOUT_MS / 1000} s: ${what}` +
      (errors.length ? `\n  page errors:\n    ${errors.join('\n    ')}` : '');

    if (NET) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: NET.rtt,
        downloadThroughput: NET.mbit * 1e6 / 8, uploadThroughput: NET.mbit * 1e6 / 8,
      });
    }
    if (SECOND_VISIT) {
      await page.goto(origin + spec.path, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
      await page.waitForFunction(spec.exists, null, { timeout: READY_TIMEOUT_MS, polling: 20 });
      await page.evaluate(spec.readyAt);
      await sleep(3000);
      await page.goto('about:blank');
    }

    const t0 = performance.now();
    const limit = t0 + READY_TIMEOUT_MS;
    const left = () => limit - performance.now();
    // 'commit': goto returns once the navigation is under way; the ready
    // promise is what we wait for, with one 60 s budget for the whole run.
    await page.goto(origin + spec.path, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    try {
      await page.waitForFunction(spec.exists, null, { timeout: Math.max(1, left()), polling: 20 });
    } catch {
      throw new NotReady(failText('the ready promise never appeared'));
    }
    const dl = deadline(left(), failText('the ready promise did not resolve'));
    let inPage;
    try {
      inPage = await Promise.race([page.evaluate(spec.readyAt), dl.promise]);
    } finally {
      dl.clear();
    }
    const wall = performance.now() - t0;
    // Stage marks (shell/page/loader.js and app.js, and bench/bare.html, set the same names).
    const marks = await page.evaluate(() => Object.fromEntries(
      performance.getEntriesByType('mark').filter((m) => m.name.startsWith('planner:'))
        .map((m) => [m.name.slice('planner:'.length), m.startTime])));

    const result = { inPage, wall, errors, marks };
    if (spec.name === 'planner') {
      const f0 = await page.evaluate(() => window.planner.frames());
      await sleep(IDLE_MS);
      const f1 = await page.evaluate(() => window.planner.frames());
      result.idleFrames = f1 - f0;
      result.stats = await page.evaluate(() => window.planner.stats());
    }
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => x.toFixed(1);
const round3 = (v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v);

async function main() {
  const origin = await baseUrl();
  const browser = await launchBrowser();
  const samples = Object.fromEntries(PAGES.map((p) => [p.name, []]));
  const warm = Object.fromEntries(PAGES.map((p) => [p.name, []]));
  try {
    const version = browser.version();
    for (let i = -WARMUP; i < RUNS; i++) {
      for (const spec of PAGES) {
        const r = await runOnce(browser, origin, spec);
        (i < 0 ? warm : samples)[spec.name].push(r);
        process.stderr.write(
          `${i < 0 ? `warm-up ${i + WARMUP + 1}/${WARMUP}` : `run ${i + 1}/${RUNS}`} ${spec.name}: ` +
            `in-page ${ms(r.inPage)} ms, wall ${ms(r.wall)} ms` +
            (r.idleFrames !== undefined ? `, idle frames ${r.idleFrames}` : '') +
            (r.errors.length ? `, ${r.errors.length} page error(s)` : '') +
            '\n',
        );
      }
    }

    const P = samples.planner;
    const B = samples.bare;
    const S = samples['planner-stb'];
    const med = (list, key) => median(list.map((r) => r[key]));
    const pIn = med(P, 'inPage');
    const bIn = med(B, 'inPage');
    const pWall = med(P, 'wall');
    const bWall = med(B, 'wall');

    const out = [];
    out.push(`### Start-up: planner vs bare Dear ImGui (${RUNS} runs each, interleaved, fresh context per run)`);
    out.push('');
    out.push(`Chromium ${version}, headless, SwiftShader WebGL, viewport ${VIEWPORT.width}×${VIEWPORT.height}, served from loopback` +
             (NET ? `, the network throttled to ${NET.mbit} Mbit/s with ${NET.rtt} ms round trips` : '') +
             (SECOND_VISIT ? '; the second visit of each context measured' : '; first visits') + '.');
    out.push('"in-page" = `performance.now()` when the ready promise resolves (ms since navigation start);');
    out.push('"wall" = ms from just before `page.goto()` until node sees ready resolved.');
    if (WARMUP) {
      out.push(
        `Left out: ${WARMUP} warm-up pair(s) run first (in-page ms: planner ${warm.planner.map((r) => ms(r.inPage)).join(', ')}; ` +
          `bare ${warm.bare.map((r) => ms(r.inPage)).join(', ')}).`,
      );
    }
    out.push('');
    out.push('| page | ready promise | median in-page ms | median wall ms | in-page samples (ms) | wall samples (ms) |');
    out.push('|---|---|---:|---:|---|---|');
    out.push(
      `| planner \`/?lang=zh\` | \`window.planner.ready\` | ${ms(pIn)} | ${ms(pWall)} | ${P.map((r) => ms(r.inPage)).join(', ')} | ${P.map((r) => ms(r.wall)).join(', ')} |`,
    );
    out.push(
      `| bare \`/bench/\` | \`window.bareReady\` | ${ms(bIn)} | ${ms(bWall)} | ${B.map((r) => ms(r.inPage)).join(', ')} | ${B.map((r) => ms(r.wall)).join(', ')} |`,
    );
    out.push('');
    out.push(
      `**Ratio planner / bare (medians): ${(pIn / bIn).toFixed(2)}× in-page, ${(pWall / bWall).toFixed(2)}× wall.**`,
    );
    // Where the time goes: median ms of each stage (from the previous mark).
    const STAGES = ['downloaded', 'instantiated', 'initialized', 'first-frame'];
    const stageMs = (r) => STAGES.map((name, i) => r.marks[name] - (i ? r.marks[STAGES[i - 1]] : 0));
    const stageRow = (list) => STAGES.map((_, i) => ms(median(list.map((r) => stageMs(r)[i]))));
    out.push('');
    out.push('Median ms per stage (navigation → files downloaded, unpacked and the wasm compiled, all as the bytes arrive → wasm instantiated → `init` done → first frame drawn):');
    out.push('');
    out.push(`| page | ${STAGES.join(' | ')} |`);
    out.push(`|---|${STAGES.map(() => '---:').join('|')}|`);
    out.push(`| planner (the browser draws the glyphs) | ${stageRow(P).join(' | ')} |`);
    out.push(`| planner-stb (stb_truetype, the bundled font) | ${stageRow(S).join(' | ')} |`);
    out.push(`| bare | ${stageRow(B).join(' | ')} |`);
    out.push('');
    out.push(`**First frame, browser glyphs / stb_truetype (medians): ` +
             `${(median(P.map((r) => stageMs(r)[3])) / median(S.map((r) => stageMs(r)[3]))).toFixed(2)}×; ` +
             `ready ${(pIn / med(S, 'inPage')).toFixed(2)}×.**`);
    out.push('');
    out.push(
      `Planner idle frames in the ${IDLE_MS / 1000} s after ready (window.planner.frames() difference), per run: ` +
        P.map((r) => r.idleFrames).join(', '),
    );
    out.push('');
    out.push('Planner `stats()` 2 s after ready, per run:');
    out.push('');
    for (const [i, r] of P.entries()) {
      const s = Object.fromEntries(Object.entries(r.stats).map(([k, v]) => [k, round3(v)]));
      out.push(`- run ${i + 1}: \`${JSON.stringify(s)}\``);
    }
    const errs = [...warm.planner, ...warm.bare, ...P, ...B].flatMap((r) => r.errors);
    if (errs.length) {
      out.push('');
      out.push(`Page errors seen (${errs.length}):`);
      for (const e of [...new Set(errs)]) out.push(`- ${e}`);
    }
    console.log(out.join('\n'));
  } finally {
    await browser.close().catch(() => {});
  }
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(err instanceof NotReady ? `startup.mjs: ${err.message}` : `startup.mjs: ${err.stack || err}`);
  process.exit(1);
}
