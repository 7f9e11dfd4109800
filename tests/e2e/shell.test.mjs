// The page shell: loading, language, idle behaviour, resizing, and text
// entry through an IME and the system clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  items,
  clickItemById,
  screenText,
  waitFrames,
  waitFor,
  typeText,
  press,
  imeCommit,
  exportPlan,
  jsonHasString,
  screenshot,
  assertNoErrors,
  frames,
  sleep,
  withPlanner,
  findItemById,
  clickAt,
} from './harness.mjs';

// A test that hangs (e.g. a frame that never comes) fails instead of blocking
// the run; software WebGL is slow, hence the generous figure.
const T = { timeout: 180_000 };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Chords are written with lowercase letters: Playwright's 'Control+A' sends
// key "A" (as if Shift were held), while a real Ctrl+A sends key "a".

/** Opens the planner, runs fn(page), and always closes the context. */
/** Waits until the exported plan's basics.name equals want (paste may be async). */
async function expectBasicsName(page, want) {
  let last;
  await waitFor(
    async () => {
      last = (await exportPlan(page))?.plan?.basics?.name;
      return last === want;
    },
    { message: () => `plan.basics.name to be ${JSON.stringify(want)}, last was ${JSON.stringify(last)}` },
  );
}

test('page loads with no console error', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await sleep(1000);
    await screenshot(page, 'shell-zh');
    assertNoErrors(page);
  });
});

test('Chinese labels in zh mode, English in en mode', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    const text = await screenText(page);
    await screenshot(page, 'shell-zh-basics');
    assert.ok(text.includes('基本信息'), `zh screen lacks 基本信息; it shows:\n${text}`);
  });
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    const text = await screenText(page);
    await screenshot(page, 'shell-en-basics');
    assert.ok(text.includes('Basics'), `en screen lacks "Basics"; it shows:\n${text}`);
    assert.ok(!text.includes('基本信息'), `en screen still shows 基本信息:\n${text}`);
  });
});

test('idle page draws no frames', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    // Park the pointer where it hovers nothing, and let hover effects settle.
    await page.mouse.move(5, 700);
    await sleep(500);
    const start = await frames(page);
    await sleep(2000);
    const idle = (await frames(page)) - start;
    console.log(`idle frames over 2 s: ${idle}`);
    assert.equal(idle, 0, `the page drew ${idle} frames in 2 s with no input`);
  });
});

test('resize re-lays out', T, async () => {
  await withPlanner(browser, { lang: 'zh', viewport: { width: 1280, height: 720 } }, async (page) => {
    const wide = await items(page);
    assert.ok(wide.length > 0, 'no items at 1280x720');

    const before = await frames(page);
    await page.setViewportSize({ width: 900, height: 700 });
    await waitFrames(page, 2, { since: before });

    // The frame that lays out for the new size may come a little after the
    // resize event: poll until nothing reaches past the new right edge.
    const rightEdge = (list) => Math.max(...list.map((it) => it.x + it.w));
    let narrow = [];
    await waitFor(
      async () => {
        narrow = await items(page);
        return narrow.length > 0 && rightEdge(narrow) <= 900.5;
      },
      {
        message: () =>
          `items to fit in 900 px; ${narrow.length} items, right edge ${narrow.length ? rightEdge(narrow) : '-'}` +
          ` (widest: ${JSON.stringify(narrow.reduce((a, b) => (b.x + b.w > a.x + a.w ? b : a), narrow[0] ?? {}))})`,
      },
    );
    await screenshot(page, 'shell-resized-900');

    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return c && { width: c.width, height: c.height, inner: innerWidth, dpr: devicePixelRatio };
    });
    assert.ok(canvas, 'no <canvas> on the page');
    assert.equal(canvas.width, Math.round(canvas.inner * canvas.dpr), `canvas backing store vs innerWidth*dpr: ${JSON.stringify(canvas)}`);
    assertNoErrors(page);
  });
});

test('IME text reaches a field and ends up in exportJson()', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await clickItemById(page, /##community_name/);
    await press(page, 'Control+a');   // the blank plan is named (the blank template's name)
    await imeCommit(page, '宝妈成长营');
    await press(page, 'Enter');
    await waitFrames(page);
    await expectBasicsName(page, '宝妈成长营');
    assert.ok((await screenText(page)).includes('宝妈成长营'), 'the committed name is not drawn');

    // A second single-line field, to be sure focus moves with the click.
    await clickItemById(page, /##owner/);
    await imeCommit(page, '张老师');
    await press(page, 'Enter');
    await waitFrames(page);
    await waitFor(async () => jsonHasString(await exportPlan(page), '张老师'), {
      message: 'the owner 张老师 in exportJson()',
    });
    assert.ok((await screenText(page)).includes('张老师'), 'the committed owner is not drawn');
    await screenshot(page, 'shell-ime');
    assertNoErrors(page);
  });
});

// A browser whose canvas cannot draw text: the app draws with the bundled font.
const canvasRefused = () => {
  CanvasRenderingContext2D.prototype.getImageData = () => { throw new Error('refused (test)'); };
};

test('without the browser\'s text, a rare hanzi fetches the bundled font\'s second slice when first drawn', T, async () => {
  // The first slice (assets/font/subset.py) has GB2312 level 1 and every
  // character the planner writes; 鑫 and 淼 (level 2) come in the second.
  // ?nosw: the service worker would otherwise fetch every file for offline use.
  await withPlanner(browser, { lang: 'zh', query: '&nosw', initScript: canvasRefused }, async (page) => {
    const requests = [];
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/planner-font-more.ttf.gz', async (route) => {
      requests.push(route.request().url());
      if (requests.length === 1) return route.abort();   // the first try fails
      await held;
      return route.continue();
    });
    const warnings = [];
    page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
    const slices = () => page.evaluate(() => window.planner.stats().fontSlices);

    await sleep(500);
    assert.equal(requests.length, 0, 'the second slice was fetched although no rare character was drawn');
    assert.equal(await slices(), 1);
    assert.equal(await page.evaluate(() => window.planner.hasGlyph('鑫')), false, '鑫 in the first slice');
    assert.equal(await page.evaluate(() => window.planner.hasGlyph('妈')), true, '妈 (level 1) missing');

    const field = await findItemById(page, /##community_name/);
    await clickAt(page, field);
    await press(page, 'Control+a');
    await imeCommit(page, '鑫');
    await waitFor(async () => warnings.some((w) => w.includes('font slice unavailable')), {
      message: 'the failed fetch to be reported (as a warning, not an error)',
    });
    assert.equal(requests.length, 1);
    assert.equal(await slices(), 1);

    // A new missing character asks again; hold the answer to see the placeholders first.
    await imeCommit(page, '淼母婴');
    await press(page, 'Enter');
    await waitFor(() => requests.length === 2, { message: 'a second request for the slice' });
    await expectBasicsName(page, '鑫淼母婴');
    await waitFrames(page);
    const clip = { x: field.x, y: field.y, width: field.w, height: field.h };
    const before = await page.screenshot({ clip });
    await screenshot(page, 'shell-font-slice-before');

    release();
    await waitFor(async () => (await slices()) === 2, { message: 'the second slice to be merged' });
    await waitFrames(page);
    assert.equal(await page.evaluate(() => window.planner.hasGlyph('鑫') && window.planner.hasGlyph('淼')), true);
    const afterMerge = await page.screenshot({ clip });
    assert.ok(!before.equals(afterMerge), 'the field looks the same after the slice arrived (placeholders still drawn?)');
    await screenshot(page, 'shell-font-slice-after');
    assert.ok((await screenText(page)).includes('鑫淼母婴'));
    await expectBasicsName(page, '鑫淼母婴');   // nothing typed was lost on the way
    assert.equal(requests.length, 2, 'the slice was fetched again after it was merged');
    // The browser itself logs the aborted request; anything else is the page's.
    page.__errors = page.__errors.filter((e) => !/Failed to load resource.*planner-font-more/.test(e));
    assertNoErrors(page);
  });
});

test('clipboard paste into a field', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), 'Pasted 粘贴');
    await clickItemById(page, /##community_name/);
    await press(page, 'Control+a');
    await press(page, 'Control+v');
    await press(page, 'Enter');
    await expectBasicsName(page, 'Pasted 粘贴');
    assertNoErrors(page);
  });
});

test('copy from a field reaches the system clipboard', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await clickItemById(page, /##community_name/);
    await press(page, 'Control+a');
    await typeText(page, 'copy me');
    await press(page, 'Control+a');
    await press(page, 'Control+c');
    let last;
    await waitFor(
      async () => {
        last = await page.evaluate(() => navigator.clipboard.readText());
        return last === 'copy me';
      },
      { message: () => `the clipboard to hold "copy me", it holds ${JSON.stringify(last)}` },
    );
    assertNoErrors(page);
  });
});
