// Shared by the frame benchmarks (frames.mjs, touch_scroll.mjs): the frame
// times the page records (planner.stats()) and their median and 95th
// percentile.
import { waitFrames } from '../e2e/harness.mjs';

export const median = (v) => { const s = v.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? 0; };
export const p95 = (v) => { const s = v.slice().sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0; };
export const stats = (page) => page.evaluate(() => window.planner.stats());

/** Frame times (ms) of the frames drawn while fn() runs. */
export async function framesDuring(page, fn) {
  const before = (await stats(page)).frames;
  await fn();
  await waitFrames(page, 2);
  const s = await stats(page);
  const n = Math.min(s.frames - before, s.frameMs.length);
  return s.frameMs.slice(s.frameMs.length - n);
}
