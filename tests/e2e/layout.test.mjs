// Layouts for every width (docs/architecture.md, "Layout"), in the real
// browser: a phone held upright (touch, 3 device pixels per CSS pixel), a
// tablet, a laptop and a large screen, in Chinese and in English. For each,
// screenshots of the start screen, a form (basics) and a table (rhythm) go
// to tests/e2e/artifacts/layout-<size>-<lang>-<screen>.png, and no
// interactive item may reach past the right edge of the screen or start
// left of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  withPlanner,
  items,
  findItemById,
  clickAt,
  waitFrames,
  screenshot,
  assertNoErrors,
} from './harness.mjs';

const T = { timeout: 300_000 };

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, touch: true },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, deviceScaleFactor: 1 },
  { name: 'laptop', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: 'large', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Items of the last frame that reach outside [0, width] (their whole rectangle, clipped or not). */
async function outside(page, width) {
  const list = await items(page);
  return list.filter((it) => it.fx < -0.5 || it.fx + it.fw > width + 0.5).map((it) => `${it.id} x=${it.fx} w=${it.fw}`);
}

/** A tap with a finger on a phone, a click with the mouse elsewhere. */
async function press(page, size, id) {
  const item = await findItemById(page, id);
  if (!size.touch) return clickAt(page, item, `id ${id}`);
  const before = await page.evaluate(() => window.planner.frames());
  await page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
  await waitFrames(page, 3, { since: before, atLeastOne: true });
  return item;
}

/** The section, from the list or, on a phone, from the drawer. */
async function goTo(page, size, section) {
  if ((await items(page)).some((it) => it.id.endsWith('###nav_menu'))) {
    await press(page, size, /###nav_menu$/);
    await waitFrames(page, 2);
  }
  await press(page, size, new RegExp(`###nav_${section}$`));
  await waitFrames(page, 3);
}

async function shoot(page, size, lang, screen) {
  await waitFrames(page, 3);
  await screenshot(page, `layout-${size.name}-${lang}-${screen}`);
  const out = await outside(page, size.viewport.width);
  assert.deepEqual(out, [], `${size.name} ${lang} ${screen}: items beyond the screen's width`);
}

for (const size of SIZES) {
  for (const lang of ['zh', 'en']) {
    test(`${size.name} (${size.viewport.width}×${size.viewport.height}), ${lang}: start, basics, rhythm and Today fit the width`, T, async () => {
      const contextOptions = size.touch ? { isMobile: true, hasTouch: true } : {};
      await withPlanner(
        browser,
        { lang, viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor, contextOptions },
        async (page) => {
          await shoot(page, size, lang, 'start');
          await goTo(page, size, 'basics');
          await shoot(page, size, lang, 'basics');
          await goTo(page, size, 'rhythm');
          // A slot, so the table has a row (on a phone, a card) to show.
          await press(page, size, /###add_slot$/);
          await waitFrames(page, 3);
          await shoot(page, size, lang, 'rhythm');
          // Today, with that slot's line on it.
          await goTo(page, size, 'today');
          await findItemById(page, /###today_sent_slot:/);
          await shoot(page, size, lang, 'today');
          if (size.name === 'large') {
            assert.ok((await items(page)).some((it) => it.id.endsWith('###preview_copy')), 'the document preview beside the section');
          }
          assertNoErrors(page);
        },
      );
    });
  }
}
