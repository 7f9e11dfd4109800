// A soak: SOAK_ACTIONS (default 1,200; it was 2,000 until CI outgrew its 30 minutes) seeded random actions a person could
// take — clicks on the items drawn, typing (keys and the input method), Enter,
// Tab, Escape, undo and redo, scrolling, import of a file and export, a
// second tab that edits the plan and closes — then a reload, with whatever
// was last typed possibly still in its field: the plan the page reopens
// from storage equals the plan it had in memory, and the page never threw. A failure prints the seed and the last
// actions; SOAK_SEED=N replays a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlanner, items, clickAt, typeText, press, imeCommit, exportPlan, reloadPlanner,
  waitFrames, sleep, assertNoErrors, screenshot, gotoPlanner, clickItemById, watchErrors,
} from './harness.mjs';

const ACTIONS = Number(process.env.SOAK_ACTIONS ?? 1200);
const SEED = Number(process.env.SOAK_SEED ?? 20261123);

// mulberry32: a small seeded generator, the same sequence on every machine.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Items left alone: ones that leave the page (print view), open the system
// file picker, or throw plans away (their own tests cover them).
const SKIP = /print_view|import_json|lib_import|lib_delete_|lib_purge_|lib_raw_|lib_aside_/;
const WORDS = ['早安', '群规', '宝妈', '12', '0', '-3', '2025-13-40', '20:30', 'abc', '😀', '"quoted"', ' '];

test(`soak: ${ACTIONS} random actions, then the reloaded plan equals the plan in memory`, { timeout: 3_600_000 }, async () => {
  const browser = await launchBrowser();
  const { context, page } = await openPlanner(browser, { lang: 'zh' });
  const random = rng(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const log = [];
  try {
    const imported = JSON.stringify((await exportPlan(page)));
    for (let i = 0; i < ACTIONS; i++) {
      const r = random();
      let what;
      if (r < 0.55) {
        const visible = (await items(page)).filter((it) => !SKIP.test(it.id) && it.w > 2 && it.h > 2 && it.y < 700);
        const item = pick(visible);
        what = `click ${item.id}`;
        log.push(what);
        await clickAt(page, item, item.id);
      } else if (r < 0.68) {
        const word = pick(WORDS);
        what = `type ${JSON.stringify(word)}`;
        log.push(what);
        if (/^[\x20-\x7e]*$/.test(word)) await typeText(page, word);
        else await imeCommit(page, word);
      } else if (r < 0.80) {
        const key = pick(['Enter', 'Tab', 'Escape', 'Backspace', 'Control+a']);
        what = `press ${key}`;
        log.push(what);
        await press(page, key);
      } else if (r < 0.90) {
        const key = pick(['Control+z', 'Control+Shift+z']);
        what = `press ${key}`;
        log.push(what);
        await press(page, key);
      } else if (r < 0.97) {
        what = 'scroll';
        log.push(what);
        await page.mouse.move(700, 400);
        await page.mouse.wheel(0, (random() - 0.5) * 1200);
        await waitFrames(page, 2);
      } else if (r < 0.975) {
        // Another tab of the same plan renames it and closes: this tab shows
        // the newer plan, or keeps its own unsaved changes as a new plan.
        what = 'another tab edits and closes';
        log.push(what);
        const other = watchErrors(await context.newPage());
        await gotoPlanner(other, page.url());
        await clickItemById(other, /###nav_basics$/);
        await clickItemById(other, /##community_name$/);
        await press(other, 'Control+a');
        await typeText(other, `tab ${i}`);
        await other.close({ runBeforeUnload: true });
        await sleep(300);
        await waitFrames(page, 2);
        assertNoErrors(other);
      } else if (r < 0.99) {
        what = 'export';
        log.push(what);
        const file = await exportPlan(page);
        assert.equal(file.format, 'sop-planner/plan', `after action ${i}: ${what}`);
      } else {
        what = 'import';
        log.push(what);
        const answer = await page.evaluate((t) => window.planner.importJson(t), imported);
        assert.equal(answer.ok, true, `after action ${i}: import refused: ${answer.error}`);
      }
      if (log.length > 30) log.shift();
    }
    // Reload with any text last typed still in its field: the export reads
    // it, and hiding the page saves it.
    await sleep(1200);
    await waitFrames(page, 3);
    const before = await exportPlan(page);
    await screenshot(page, 'soak-before-reload');
    await reloadPlanner(page);
    const after = await exportPlan(page);
    assert.deepEqual(after.plan, before.plan, 'the reopened plan differs from the plan in memory');
    assertNoErrors(page);
  } catch (e) {
    e.message += `\n(seed ${SEED}; last actions: ${log.join(' | ')})`;
    throw e;
  } finally {
    await context.close();
    await browser.close();
  }
});
