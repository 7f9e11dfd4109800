// The first minute of a new user (issue 18): a first visit opens on the
// start screen in either language, not on an empty form; picking a template
// opens it and a reload opens it again; a colleague's plan imported from the
// start screen leaves no untouched plan behind; on a phone the choice opens
// Today. And a dormant group taken over today: the revive template with the
// group's real founding date a year ago still shows its revival this week.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  openPlanner,
  clickItemById,
  findItemById,
  tapItem,
  exportPlan,
  screenText,
  screenshot,
  assertNoErrors,
  waitFor,
  waitFrames,
  press,
  typeText,
  reloadPlanner,
  storedPlans,
  welcomeShown,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const WORDS = {
  zh: { title: '从哪里开始？', import: '导入方案文件…', blank: '空白方案', card: '母婴：宝妈成长群', scenario: '激活沉寂老群' },
  en: { title: 'Where would you like to start?', import: 'Import a plan file…', blank: 'Blank plan', card: "Mother & baby: young parents' club", scenario: 'Revive a dormant group' },
};

for (const lang of ['zh', 'en']) {
  test(`a first visit shows the start screen (${lang}); picking a template opens it, and a reload opens it again`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang, welcome: true });
    try {
      const text = await screenText(page);
      for (const words of Object.values(WORDS[lang])) assert.ok(text.includes(words), `${words} on the start screen:\n${text}`);
      assert.ok(await welcomeShown(page));
      assert.deepEqual(await storedPlans(page), [], 'nothing is stored before a choice');
      await screenshot(page, `welcome-${lang}`);

      await clickItemById(page, /###welcome_tpl_mother_baby$/);
      await waitFor(async () => !(await welcomeShown(page)), { message: 'the template to open' });
      const plan = (await exportPlan(page)).plan;
      assert.equal(plan.basics.industry, 'mother_baby');
      await findItemById(page, /###nav_basics$/);
      await screenshot(page, `welcome-picked-${lang}`);
      await waitFor(async () => (await storedPlans(page)).length === 1, { message: 'the plan to be stored' });

      await reloadPlanner(page, { welcome: true });
      assert.equal(await welcomeShown(page), null, 'a library with a plan opens on it, not the start screen');
      assert.equal((await exportPlan(page)).plan.basics.name, plan.basics.name);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}

test('a colleague plan imported from the start screen leaves no untouched plan behind', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', welcome: true });
  try {
    const doc = JSON.parse(await page.evaluate(() => window.planner.exportJson()));
    doc.plan.basics.name = '同事的宝妈群';
    const chooser = page.waitForEvent('filechooser');
    await clickItemById(page, /###welcome_import$/);
    await (await chooser).setFiles({ name: '同事的宝妈群.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await waitFor(async () => !(await welcomeShown(page)), { message: 'the imported plan to open' });
    assert.equal((await exportPlan(page)).plan.basics.name, '同事的宝妈群');
    const stored = await storedPlans(page);
    assert.deepEqual(stored.map((p) => p.plan.basics.name), ['同事的宝妈群']);

    // The blank plan made from the menu, untouched, is not kept beside the next import either.
    await clickItemById(page, /###menu_file$/);
    await clickItemById(page, /###new_plan$/);
    await waitFor(async () => (await storedPlans(page)).length === 2, { message: 'the blank plan to be stored' });
    doc.plan.basics.name = '第二个同事的群';
    const r = await page.evaluate((t) => window.planner.importJson(t), JSON.stringify(doc));
    assert.equal(r.ok, true, JSON.stringify(r));
    await waitFrames(page, 2);
    const names = (await storedPlans(page)).map((p) => p.plan.basics.name).sort();
    assert.deepEqual(names, ['同事的宝妈群', '第二个同事的群']);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('on a phone the start screen fits, and the choice opens Today', T, async () => {
  for (const lang of ['zh', 'en']) {
    const { context, page } = await openPlanner(browser, { lang, phone: true, welcome: true });
    try {
      const card = await findItemById(page, /###welcome_tpl_mother_baby$/);
      assert.ok(card.x >= 0 && card.x + card.w <= 390, `the card fits the phone: ${JSON.stringify(card)}`);
      assert.ok(card.h >= 44, 'a finger-sized target');
      await screenshot(page, `welcome-phone-${lang}`);
      await tapItem(page, card);
      await waitFor(async () => !(await welcomeShown(page)), { message: 'the template to open' });
      const drawer = await findItemById(page, /###nav_menu$/);
      assert.ok(drawer.label.includes(lang === 'zh' ? '今日' : 'Today'), drawer.label);
      await screenshot(page, `welcome-phone-today-${lang}`);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  }
});

test('the revive template with a founding date a year ago shows the revival on this week\'s calendar', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', welcome: true });
  try {
    await clickItemById(page, /###welcome_tpl_revive$/);
    await waitFor(async () => !(await welcomeShown(page)), { message: 'the template to open' });
    // The operator enters when the group was really created: a year ago.
    const yearAgo = await page.evaluate(() => {
      const d = new Date();
      d.setFullYear(d.getFullYear() - 1);
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    await clickItemById(page, /##start_date$/);
    await press(page, 'Control+a');
    await typeText(page, yearAgo);
    await press(page, 'Enter');
    await waitFor(async () => (await exportPlan(page)).plan.basics.start_date === yearAgo, { message: 'the founding date' });
    const plan = (await exportPlan(page)).plan;
    assert.ok(plan.basics.takeover_date, 'the template takes the group over today');
    let text = await screenText(page);
    assert.match(text, /接手第 0 天/);
    await screenshot(page, 'welcome-revive-basics-zh');

    await clickItemById(page, /###nav_content$/);
    text = await screenText(page);
    assert.match(text, /接手第 0 天 · 初建期/);
    assert.match(text, /第一步：摸清成员/);
    assert.doesNotMatch(text, /留存期/);
    await screenshot(page, 'welcome-revive-calendar-zh');

    await clickItemById(page, /###nav_dashboard$/);
    text = await screenText(page);
    assert.match(text, /接手第 0 天 · 初建期/);
    await screenshot(page, 'welcome-revive-dashboard-zh');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});
