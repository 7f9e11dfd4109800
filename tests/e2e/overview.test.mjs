// All groups at a glance (the library's second tab): a row per plan with
// owner, city, day and stage, alerts and this week's execution, a damaged
// record shown as a row of its own, sorted by a column title, a click
// opening the plan; on a phone one card per group, sorted by a choice. The
// frame that reads fifty plans is timed for BENCHMARKS.md (not asserted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  clickItemById,
  findItemById,
  items,
  exportPlan,
  screenText,
  screenshot,
  assertNoErrors,
  waitFor,
  withPlanner,
  reloadPlanner,
  tapSection,
  tapItem,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * Imports groups made from the open plan: [name, owner, city, days since
 * the start (null: no start date), marks this week?, open rate (an alert below 20)].
 * Returns {name: id}.
 */
async function importGroups(page, groups) {
  const base = await exportPlan(page);
  return page.evaluate(({ base, groups }) => {
    const day = (n) => {
      const d = new Date();
      d.setDate(d.getDate() - n);
      const p = (x) => String(x).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    };
    const ids = {};
    for (const [name, owner, city, age, marked, openRate] of groups) {
      const doc = structuredClone(base);
      const b = doc.plan.basics;
      Object.assign(b, { name, owner, city });
      if (age === null) delete b.start_date;
      else b.start_date = day(age);
      // One line a day, at 20:00: seven a week.
      for (const [key, value] of Object.entries(doc.plan.rhythm)) if (Array.isArray(value)) doc.plan.rhythm[key] = [];
      doc.plan.rhythm.slots = [{ id: 's-pm', time: '20:00', purpose: '晚间福利' }];
      if (marked) doc.plan.execution = [{ id: 'mark-1', source: 'slot', rule: 's-pm', date: day(0), status: 'sent', at: new Date().toISOString() }];
      if (openRate !== undefined) {
        for (const stage of Object.values(doc.plan.kpis)) {
          const k = Array.isArray(stage.kpis) && stage.kpis.find((k) => k.metric === 'open_rate');
          if (k) k.log = [{ id: 'l-1', date: day(1), value: openRate }];
        }
      }
      const r = window.planner.importJson(JSON.stringify(doc));
      if (!r.ok) throw new Error(`${name}: ${r.error}`);
      ids[name] = r.id;
    }
    return ids;
  }, { base, groups });
}

const GROUPS = [
  ['宝妈成长营 🌸', '小美', '上海', 200, true, 12],
  ['新手妈妈群', '阿敏', '杭州', 3, true, 35],
  ['还没定日子的群', '', '', null, false],
];

async function rowOrder(page, ids) {
  const all = await items(page);
  return Object.entries(ids)
    .map(([name, id]) => [all.find((it) => it.id.endsWith(`###ov_open_${id}`))?.y, name])
    .filter(([y]) => y !== undefined)
    .sort((a, b) => a[0] - b[0])
    .map(([, name]) => name);
}

test('all groups at a glance: stage, alerts and week per group, a damaged record said, sorted, a row opens its plan', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    const ids = await importGroups(page, GROUPS);
    await page.evaluate(() => localStorage.setItem('planner.plan.damaged-1', '{"format": "sop-planner", "plan": {'));
    await clickItemById(page, /###nav_library$/);
    await clickItemById(page, /###lib_tab_overview$/);
    await waitFor(async () => (await items(page)).some((it) => it.id.endsWith(`###ov_open_${ids['新手妈妈群']}`)), { message: 'the rows' });
    const text = await screenText(page);
    for (const name of Object.keys(ids)) assert.ok(text.includes(name), `${name} listed`);
    assert.match(text, /第 200 天 · 留存期/);
    assert.match(text, /第 3 天 · 初建期/);
    assert.match(text, /未设建群日期/);
    assert.match(text, /1 条/);                 // the open rate of 12% fires
    assert.match(text, /已发 1 \/ 计划 \d/);   // marked today
    assert.match(text, /未记录/);
    assert.match(text, /无法读取/);
    await clickItemById(page, /###ov_sort_stage$/);
    assert.deepEqual(await rowOrder(page, ids), ['新手妈妈群', '宝妈成长营 🌸', '还没定日子的群']);
    await clickItemById(page, /###ov_sort_alerts$/);
    await clickItemById(page, /###ov_sort_alerts$/);   // most alerts first
    assert.deepEqual((await rowOrder(page, ids))[0], '宝妈成长营 🌸');
    await screenshot(page, 'overview-zh');

    // Fifty plans, after a start (nothing read yet): the frames that read
    // them all, for BENCHMARKS.md.
    await clickItemById(page, /###lib_tab_plans$/);
    await importGroups(page, Array.from({ length: 47 }, (_, i) => [`第 ${i + 4} 群`, '小周', '广州', i * 5, i % 2 === 0, 30]));
    await reloadPlanner(page);
    await clickItemById(page, /###nav_library$/);
    const before = await page.evaluate(() => window.planner.stats().frameMs.length);
    await clickItemById(page, /###lib_tab_overview$/);
    await waitFor(async () => {
      const shown = await screenText(page);
      return shown.includes('第 50 群') && !shown.includes('读取中');
    }, { timeout: 20_000, message: 'the fifty plans read' });
    const ms = await page.evaluate((n) => window.planner.stats().frameMs.slice(n), before);
    console.log(`overview of 50 plans: slowest frame ${Math.max(...ms).toFixed(0)} ms, ` +
                `all frames ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms (${ms.map((m) => m.toFixed(0)).join(' ')})`);

    await clickItemById(page, /###ov_sort_group$/);   // 宝妈… 新手… first, by code point
    await clickItemById(page, new RegExp(`###ov_open_${ids['新手妈妈群']}$`));
    assert.equal((await exportPlan(page)).plan.basics.name, '新手妈妈群');
    assertNoErrors(page);
  });
});

test('on a phone each group is a card, sorted by the choice above; English', T, async () => {
  await withPlanner(browser, { lang: 'en', phone: true }, async (page) => {
    const ids = await importGroups(page, GROUPS);
    await tapSection(page, 'library');
    await tapItem(page, await findItemById(page, /###lib_tab_overview$/));
    await tapItem(page, await waitFor(() => findItemById(page, /###ov_sort$/).catch(() => null), { message: 'the sort choice' }));
    await tapItem(page, await findItemById(page, /###ov_sort_stage$/));
    const text = await screenText(page);
    assert.match(text, /Day 3 · Launch/);
    assert.match(text, /Owner · city/);
    assert.match(text, /小美 · 上海/);
    assert.match(text, /1 of \d+ sent/);
    assert.match(text, /Choose the order below/);   // no column titles to click on a phone
    assert.doesNotMatch(text, /Click a column title/);
    await screenshot(page, 'overview-phone-en');
    for (const it of await items(page)) assert.ok(it.fx + it.fw <= 391, `${it.id} within the screen`);
    await tapItem(page, await findItemById(page, new RegExp(`###ov_open_${ids['宝妈成长营 🌸']}$`)));
    assert.equal((await exportPlan(page)).plan.basics.name, '宝妈成长营 🌸');
    assertNoErrors(page);
  });
});
