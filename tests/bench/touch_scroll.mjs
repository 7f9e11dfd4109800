// Frame CPU time while a finger scrolls the large plan on a phone's screen
// (390×844 CSS px, 3 device pixels each, touch: the e2e harness's phone
// option), as Markdown rows for BENCHMARKS.md:
//   - finger drags through the browser's own input pipeline (DevTools
//     protocol touch events, 20 px moves), up then down the content table;
//   - flicks that the page turns into flings (touch pointer events sent from
//     the page 16 ms apart, as a phone reports a quick flick), each frame of
//     the fling included;
//   - as a control, the mouse wheel over the same table on the same screen.
// "Frame CPU" is the time planner_frame takes (window.planner.stats(), as in
// frames.mjs): the app's work per frame, not the browser's compositing.
//
//   build/native/bench_json --write build/bench/large-plan.json
//   node tests/bench/touch_scroll.mjs [build/bench/large-plan.json]
//
// Figures only: nothing here passes or fails on a time.
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, launchBrowser, openPlanner, findItemById, tapItem, touchDrag, waitFrames, waitFor,
} from '../e2e/harness.mjs';
import { median, p95, stats, framesDuring } from './frame_stats.mjs';

const file = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'build', 'bench', 'large-plan.json'));
if (!fs.existsSync(file)) {
  console.error(`touch_scroll.mjs: ${file} is missing; write it with: build/native/bench_json --write ${file}`);
  process.exit(1);
}
const text = fs.readFileSync(file, 'utf8');

const fmt = (x, d = 2) => Number(x).toFixed(d);

const browser = await launchBrowser();
const rows = [];
try {
  const { page } = await openPlanner(browser, { lang: 'zh', phone: true });
  const answer = await page.evaluate((t) => window.planner.importJson(t), text);
  if (!answer.ok) throw new Error(`the large plan was refused: ${answer.error}`);
  await waitFrames(page, 3);
  await tapItem(page, await findItemById(page, /###nav_content$/));
  await tapItem(page, await findItemById(page, /###content_tab_production$/));
  await waitFrames(page, 3);
  const x = 300;   // inside the section, right of the navigation

  // Finger drags: 300 px each, 15 moves, resting before the lift (no fling).
  const drags = [];
  for (let i = 0; i < 16; i++) {
    const up = i < 8;
    drags.push(...await framesDuring(page, () => touchDrag(page,
      { x, y: up ? 700 : 300 }, { x, y: up ? 400 : 600 }, { steps: 15, restMs: 120 })));
  }
  rows.push(['frame CPU, finger dragging the content table (3,000 items), 16 drags of 300 px',
             `median ${fmt(median(drags))} ms, p95 ${fmt(p95(drags))} ms (${drags.length} frames)`]);

  // Flicks: 8 moves of 30 px, 16 ms apart, lifted moving; the fling runs out.
  const flings = [];
  for (let i = 0; i < 12; i++) {
    const up = i % 2 === 0;
    flings.push(...await framesDuring(page, async () => {
      await page.evaluate(async ({ x, up, id }) => {
        const canvas = document.getElementById('canvas');
        const send = (type, y) => canvas.dispatchEvent(new PointerEvent(type, {
          pointerType: 'touch', pointerId: id, isPrimary: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        const y0 = up ? 700 : 300, step = up ? -30 : 30;
        send('pointerdown', y0);
        for (let k = 1; k <= 8; k++) {
          await new Promise((r) => setTimeout(r, 16));
          send('pointermove', y0 + k * step);
        }
        send('pointerup', y0 + 8 * step);
      }, { x, up, id: 100 + i });
      await waitFor(() => page.evaluate(() => !window.planner.input().flinging), { timeout: 20_000, message: 'the fling to stop' });
    }));
  }
  rows.push(['frame CPU, flicking the content table: 12 flicks, every frame of each fling',
             `median ${fmt(median(flings))} ms, p95 ${fmt(p95(flings))} ms (${flings.length} frames)`]);
  // The control: the mouse wheel over the same table on the same screen,
  // 40 notches of 240 px as frames.mjs scrolls (the desktop's way in).
  const wheel = [];
  for (let i = 0; i < 40; i++) {
    wheel.push(...await framesDuring(page, async () => {
      await page.mouse.move(x, 500);
      await page.mouse.wheel(0, i < 20 ? 240 : -240);
    }));
  }
  rows.push(['control: frame CPU, mouse wheel over the same table on the same screen (40 notches)',
             `median ${fmt(median(wheel))} ms, p95 ${fmt(p95(wheel))} ms (${wheel.length} frames)`]);
  const all = drags.concat(flings);
  rows.push(['frame CPU, all touch-scrolling frames (drags and flings)', `median ${fmt(median(all))} ms, p95 ${fmt(p95(all))} ms, max ${fmt(Math.max(...all))} ms (${all.length} frames)`]);
} finally {
  await browser.close();
}
console.log('| figure (390×844, DPR 3, touch) | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
