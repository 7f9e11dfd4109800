// Every section and tab with the largest plan the limits allow (issue 22):
// for each, the cost of opening it (the longest frame drawn in answer to the
// click that opens it) and the frame CPU time while the pointer moves over
// it and the wheel scrolls it (median, p95), as Markdown rows for
// BENCHMARKS.md. "Frame CPU" is the time planner_frame takes
// (window.planner.stats(), as in frames.mjs). The tabs are found on the page
// (every visible item whose id names a tab), so a new tab is measured without
// a change here.
//
//   build/native/bench_json --limits --write build/bench/limits-plan.json
//   node tests/bench/sections.mjs [build/bench/limits-plan.json] [--lang en] [--phone]
//
// Figures only: nothing here passes or fails on a time.
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, PHONE, launchBrowser, openPlanner, findItemById, clickAt, items, waitFrames, waitFor, sleep,
} from '../e2e/harness.mjs';
import { median, p95, framesDuring } from './frame_stats.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--lang'));
const file = path.resolve(positional[0] ?? path.join(REPO_ROOT, 'build', 'bench', 'limits-plan.json'));
if (!fs.existsSync(file)) {
  console.error(`sections.mjs: ${file} is missing; write it with: build/native/bench_json --limits --write ${file}`);
  process.exit(1);
}
const lang = option('--lang', 'zh');
const phone = flag('--phone');
const text = fs.readFileSync(file, 'utf8');
const fmt = (x, d = 1) => Number(x).toFixed(d);

const SECTIONS = ['library', 'today', 'dashboard', 'basics', 'setup', 'rhythm', 'content', 'incentives', 'kpis', 'review'];
const TAB_ID = /(^|###)([a-z]+_)?tab_[a-z_]+$/;

// Frames while the pointer wanders over the page and the wheel scrolls down
// then up: hover highlights, tooltips and scrolled-in rows all drawn.
async function workFrames(page, viewport) {
  const all = [];
  const { width, height } = viewport;
  for (let i = 0; i < 24; i++) {
    all.push(...await framesDuring(page, async () => {
      const x = width * (0.3 + 0.6 * ((i * 7) % 10) / 10);
      const y = height * (0.25 + 0.6 * ((i * 3) % 10) / 10);
      await page.mouse.move(x, y);
      if (i % 2 === 0) await page.mouse.wheel(0, i < 12 ? 300 : -300);
    }));
  }
  return all;
}

// The longest frame drawn in answer to a click on the item (the section or
// tab draws its first frame, with whatever it computes on opening).
async function openCost(page, item) {
  const f = await framesDuring(page, async () => {
    await clickAt(page, item);
    await waitFrames(page, 2);
  });
  return Math.max(0, ...f);
}

const browser = await launchBrowser();
const rows = [];
try {
  const viewport = phone ? PHONE.viewport : { width: 1280, height: 720 };
  const { page } = await openPlanner(browser, { lang, phone });
  const answer = await page.evaluate((t) => window.planner.importJson(t), text);
  if (!answer.ok) throw new Error(`the plan at the limits was refused: ${answer.error}`);
  await waitFrames(page, 3);
  await sleep(1000);   // the autosave of the new plan
  for (const section of SECTIONS) {
    let nav;
    if (phone) {
      // The drawer's list is drawn from the next frame on; a click that
      // lands while a long frame is drawn may be lost: click again.
      const listed = async () => (await items(page)).some((it) => it.id.endsWith(`###nav_${section}`));
      for (let attempt = 0; attempt < 4 && !(await listed()); attempt++) {
        await clickAt(page, await findItemById(page, /###nav_menu$/));
        await waitFor(listed, { message: `the drawer's ${section}` }).catch(() => {});
      }
      nav = await findItemById(page, new RegExp(`###nav_${section}$`));
    } else {
      nav = await findItemById(page, new RegExp(`###nav_${section}$`));
    }
    const open = await openCost(page, nav);
    const work = await workFrames(page, viewport);
    rows.push([section, '', open, work]);
    const tabs = (await items(page)).filter((it) => TAB_ID.test(it.id));
    for (const tab of tabs.slice(1)) {   // the first tab is the one just measured
      const current = (await items(page)).find((it) => it.id === tab.id);
      if (!current) continue;
      const tabOpen = await openCost(page, current);
      const tabWork = await workFrames(page, viewport);
      rows.push([section, tab.id.replace(/^.*###/, ''), tabOpen, tabWork]);
    }
    // Back to the first tab, so the next visit opens where a user starts.
    if (tabs.length > 1) {
      const first = (await items(page)).find((it) => it.id === tabs[0].id);
      if (first) await clickAt(page, first);
    }
  }
} finally {
  await browser.close();
}
const size = `${fmt(Buffer.byteLength(text) / 1e6, 2)} MB`;
console.log(`| section › tab (${lang}, ${phone ? '390×844 touch' : '1280×720'}; plan at the limits, ${size}) | open: longest frame, ms | frame CPU median / p95, ms | frames |`);
console.log('|---|---:|---:|---:|');
for (const [section, tab, open, work] of rows) {
  console.log(`| ${section}${tab ? ` › ${tab}` : ''} | ${fmt(open)} | ${fmt(median(work), 2)} / ${fmt(p95(work), 2)} | ${work.length} |`);
}
