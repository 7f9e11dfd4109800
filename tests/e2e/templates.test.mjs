// Templates as a new user meets them (issue 18): pick each template from the
// menu (File › New from template) and the dashboard shows no red warning —
// no day over the message budget, no mix off its targets. The dashboard and
// the rhythm's 消息量 (message load) tab show the same figure for every day
// of the week they name. Screenshots of both views, zh and en, at 1280×720
// and on a phone, go to tests/e2e/artifacts/templates-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlanner, clickItemById, findItemById, screenText, exportPlan, screenshot, assertNoErrors,
  waitFor, waitFrames, tapItem, tapSection, items,
} from './harness.mjs';

const T = { timeout: 600_000 };
const TEMPLATES = ['blank', 'mother_baby', 'education', 'ecommerce', 'local_life', 'fitness', 'revive', 'new_group_7day',
  'camp_5day', 'silent_wakeup'];
const WORDS = {
  zh: { over: '超出预算', mix: '配比偏离目标', week: /本周（\d+月\d+日–(\d+月)?\d+日）/ },
  en: { over: 'Over budget', mix: 'points off its targets', week: /This week \(\d+( [A-Z][a-z]{2} –)? ?\d+ [A-Z][a-z]{2}\)/ },
};

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The "[load <monday>] n n n n n n n" line the week chart logs into the screen text (ui/load_chart.hpp). */
function loadLine(text) {
  const m = text.match(/\[load \d{4}-\d{2}-\d{2}\]( \d+){7}/);
  return m ? m[0] : null;
}

async function fromTemplate(page, key, { touch = false } = {}) {
  const press = touch ? async (re) => tapItem(page, await findItemById(page, re)) : (re) => clickItemById(page, re);
  const before = JSON.stringify((await exportPlan(page)).plan);
  await press(/###menu_file$/);
  await press(/###new_from_template$/);
  await press(new RegExp(`###tpl_${key}$`));
  // Opened: the plan changed (every template differs from the others; the
  // blank one after a blank start is the same plan again), and it counts
  // its days from a founding or a takeover date.
  await waitFor(async () => {
    const { basics } = (await exportPlan(page)).plan;
    const changed = key === 'blank' || JSON.stringify((await exportPlan(page)).plan) !== before;
    return changed && (basics.start_date != null || basics.takeover_date != null);
  }, { message: `the ${key} template to open` });
}

async function goTo(page, section, { touch = false } = {}) {
  if (touch) await tapSection(page, section);
  else await clickItemById(page, new RegExp(`###nav_${section}$`));
  await waitFrames(page, 2);
}

async function loadTab(page, opts) {
  await goTo(page, 'rhythm', opts);
  for (let attempt = 1; ; attempt++) {   // a tab click is retried, as sop.test.mjs does
    const tab = await findItemById(page, /###tab_load$/);
    if (opts?.touch) await tapItem(page, tab);
    else await clickItemById(page, /###tab_load$/);
    await waitFrames(page, 2);
    if ((await items(page)).some((it) => /###load_week_next$/.test(it.id)) || attempt === 3) break;
  }
  await findItemById(page, /###load_week_next$/);
}

for (const lang of ['zh', 'en']) {
  test(`every template opens without a red warning on the dashboard (${lang})`, T, async () => {
    // Tall, so the whole dashboard (the mix and the load at the bottom) is on screen.
    const { context, page } = await openPlanner(browser, { lang, viewport: { width: 1280, height: 2000 } });
    try {
      for (const key of TEMPLATES) {
        await fromTemplate(page, key);
        await goTo(page, 'dashboard');
        const text = await screenText(page);
        assert.ok(!text.includes(WORDS[lang].over), `${key}: a day over the message budget on the dashboard`);
        assert.ok(!text.includes(WORDS[lang].mix), `${key}: the content mix is off its targets on the dashboard`);
        assert.match(text, WORDS[lang].week, `${key}: the dashboard names the week it counts`);
        assert.ok(loadLine(text), `${key}: the dashboard shows the week's messages per day`);
      }
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  for (const size of ['laptop', 'phone']) {
    test(`the dashboard and the 消息量 tab show the same week's figures (${lang}, ${size})`, T, async () => {
      const phone = size === 'phone';
      const { context, page } = await openPlanner(browser, { lang, phone });
      const opts = { touch: phone };
      try {
        await fromTemplate(page, 'mother_baby', opts);
        await goTo(page, 'dashboard', opts);
        await screenshot(page, `templates-dashboard-${lang}-${size}`);
        await loadTab(page, opts);
        await screenshot(page, `templates-load-${lang}-${size}`);
        const tab = await screenText(page);
        assert.match(tab, WORDS[lang].week);
        const tabLine = loadLine(tab);
        assert.ok(tabLine, 'the load tab shows the week');
        if (!phone) {
          // The dashboard's load is at the bottom of a tall page: read it on a tall screen.
          await page.setViewportSize({ width: 1280, height: 2000 });
          await goTo(page, 'dashboard', opts);
          const dash = await screenText(page);
          assert.equal(loadLine(dash), tabLine, 'the dashboard and the load tab show the same figures');
          assert.match(dash, WORDS[lang].week);
        }
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    });
  }
}
