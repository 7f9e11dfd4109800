// Browser figures on the large plan, as Markdown (BENCHMARKS.md):
//   - import / export of the plan file in wasm, MB/s, against nlohmann/json's
//     bare parse of the same bytes in the same wasm (planner.parseOnly);
//   - frame CPU time (median, p95) while scrolling the calendar's month view
//     and the content table;
//   - frames drawn per second while idle, with and without a focused field;
//   - the longest frame around each of 200 edits (the autosave included);
//   - wasm heap after loading the plan and after the 200 edits.
//
//   build/native/bench_json --write build/bench/large-plan.json
//   node tests/bench/frames.mjs [build/bench/large-plan.json]
//
// Figures only: nothing here passes or fails on a time.
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, launchBrowser, openPlanner, clickItemById, waitFrames, press, typeText, sleep,
} from '../e2e/harness.mjs';
import { median, p95, stats, framesDuring } from './frame_stats.mjs';

const file = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'build', 'bench', 'large-plan.json'));
if (!fs.existsSync(file)) {
  console.error(`frames.mjs: ${file} is missing; write it with: build/native/bench_json --write ${file}`);
  process.exit(1);
}
const text = fs.readFileSync(file, 'utf8');
const mb = Buffer.byteLength(text) / 1e6;

const fmt = (x, d = 1) => Number(x).toFixed(d);

async function scrollFrames(page, steps) {
  const all = [];
  for (let i = 0; i < steps; i++) {
    all.push(...await framesDuring(page, async () => {
      await page.mouse.move(760, 420);
      await page.mouse.wheel(0, i < steps / 2 ? 240 : -240);
    }));
  }
  return all;
}

async function idleRate(page, ms) {
  const before = (await stats(page)).frames;
  await sleep(ms);
  return ((await stats(page)).frames - before) / (ms / 1000);
}

const browser = await launchBrowser();
const rows = [];
try {
  const { page } = await openPlanner(browser, { lang: 'zh' });
  // Wasm JSON: the importer (parse + read + validate + open as a new plan)
  // against the bare parse of the same bytes, then the exporter.
  const json = await page.evaluate((t) => {
    const time = (fn) => { const t0 = performance.now(); const r = fn(); return [performance.now() - t0, r]; };
    const runs = { parse: [], imp: [], exp: [] };
    for (let i = 0; i < 3; i++) runs.parse.push(time(() => window.planner.parseOnly(t))[0]);
    const [imp, answer] = time(() => window.planner.importJson(t));
    runs.imp.push(imp);
    for (let i = 0; i < 3; i++) runs.exp.push(time(() => window.planner.exportJson())[0]);
    return { runs, answer };
  }, text);
  if (!json.answer.ok) throw new Error(`the large plan was refused: ${json.answer.error}`);
  await waitFrames(page, 3);
  const heapLoaded = await stats(page);
  const parse = median(json.runs.parse), imp = median(json.runs.imp), exp = median(json.runs.exp);
  rows.push(['large plan file', `${fmt(mb, 2)} MB`]);
  rows.push(['wasm: nlohmann::json parse only (reference)', `${fmt(parse)} ms, ${fmt(mb / parse * 1000)} MB/s`]);
  rows.push(['wasm: import (parse + read + validate + open)', `${fmt(imp)} ms, ${fmt(mb / imp * 1000)} MB/s, ${fmt(imp / parse, 2)}× the parse`]);
  rows.push(['wasm: export', `${fmt(exp)} ms, ${fmt(mb / exp * 1000)} MB/s`]);
  rows.push(['wasm heap after loading (size / in use)', `${fmt(heapLoaded.heapBytes / 1048576)} MiB / ${fmt(heapLoaded.heapUsedBytes / 1048576)} MiB`]);

  // Scrolling the content table and the calendar month view.
  await clickItemById(page, /###nav_content$/);
  await clickItemById(page, /###content_tab_production$/);
  const table = await scrollFrames(page, 40);
  rows.push(['frame CPU, scrolling the content table (3,000 items)', `median ${fmt(median(table), 2)} ms, p95 ${fmt(p95(table), 2)} ms (${table.length} frames)`]);
  await clickItemById(page, /###content_tab_calendar$/);
  await clickItemById(page, /###cal_month_view$/);
  const cal = await scrollFrames(page, 40);
  rows.push(['frame CPU, scrolling the calendar month view', `median ${fmt(median(cal), 2)} ms, p95 ${fmt(p95(cal), 2)} ms (${cal.length} frames)`]);

  // Idle, then idle with a focused text field (the caret blinks).
  await page.mouse.move(5, 710);
  await sleep(800);
  const idle = await idleRate(page, 5000);
  await clickItemById(page, /###nav_basics$/);
  await clickItemById(page, /##community_name$/);
  const caret = await idleRate(page, 5000);
  rows.push(['frames per second while idle (no focused field / caret blinking in a field)', `${fmt(idle, 2)} / ${fmt(caret, 2)}`]);

  // 200 edits: type a character and commit, let the debounced autosave run.
  const longest = [];
  for (let i = 0; i < 200; i++) {
    const f = await framesDuring(page, async () => {
      await typeText(page, String(i % 10));
      await press(page, 'Enter');
      if (i % 20 === 19) await sleep(700);   // every 20th edit waits for the autosave
    });
    longest.push(Math.max(0, ...f));
  }
  await sleep(800);
  const heapEdited = await stats(page);
  rows.push(['longest frame per edit, 200 edits (autosave included), median / p95 / max', `${fmt(median(longest), 2)} / ${fmt(p95(longest), 2)} / ${fmt(Math.max(...longest), 2)} ms`]);
  rows.push(['wasm heap after 200 edits with undo history (size / in use)', `${fmt(heapEdited.heapBytes / 1048576)} MiB / ${fmt(heapEdited.heapUsedBytes / 1048576)} MiB`]);
} finally {
  await browser.close();
}
console.log('| figure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
