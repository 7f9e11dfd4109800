// Today on a phone (390×844, touch, 3× pixels), as the group owner uses it
// at the end of the day: the planner opens on Today; pick the mother & baby
// template and the role 群主 (or Owner); the day's lines are the owner's and
// the unowned ones, in time order; copy a line and read exactly its text on
// the clipboard; mark it sent; reload — the mark and the role are still
// there, and the dashboard counts it; skip another with a reason typed by
// an input method (emoji included). Both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlanner, findItemById, items, screenText, imeCommit, exportPlan,
  screenshot, assertNoErrors, waitFrames, reloadPlanner, tapItem, tapSection, longPress, touchDrag,
} from './harness.mjs';

const T = { timeout: 300_000 };
const EVENING = {
  zh: '今晚 8 点福利 🧧 前 20 位下单的妈妈多送一包湿巾 👇',
  en: "Tonight's perk at 8 🧧 the first 20 orders get an extra pack of wipes 👇",
};
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A finger's tap on the item with that id (no mouse on a phone: a mouse
// would switch the layout to mouse sizes under the next tap).
async function tapId(page, re) {
  return tapItem(page, await findItemById(page, re));
}

async function menu(page, id) {
  await tapId(page, /###menu_file$/);
  await tapId(page, new RegExp(`###${id}$`));
}

// What a calendar key ("slot:slot-perk@2026-12-03") is in the plan: its
// time in minutes (-1 all day), its owner role and the text it sends.
function lineOf(plan, key) {
  const m = /^([a-z_]+):(.+)@(\d{4}-\d{2}-\d{2})$/.exec(key);
  assert.ok(m, `a calendar key: ${key}`);
  const [, source, id] = m;
  const r = plan.rhythm;
  const minutes = (t) => (t ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3)) : -1);
  const slotTime = (slotId) => minutes(r.slots.find((s) => s.id === slotId)?.time);
  const text = (message) => (message.script ? plan.setup.scripts.find((s) => s.id === message.script).text : message.text);
  switch (source) {
    case 'slot': { const s = r.slots.find((x) => x.id === id); return { time: minutes(s.time), owner: s.owner_role, text: text(s.message) }; }
    case 'column': { const c = r.columns.find((x) => x.id === id); return { time: c.slot ? slotTime(c.slot) : -1, owner: c.owner_role, text: text(c.message) }; }
    case 'month_task': { const t = r.month_tasks.find((x) => x.id === id); return { time: -1, owner: t.owner_role, text: text(t.message) }; }
    case 'line': { const l = r.routine.find((x) => x.id === id); return { time: minutes(l.timing.time), owner: l.owner_role, text: text(l.message) }; }
    case 'campaign': { const c = r.campaigns.find((x) => x.id === id); return { time: -1, owner: '', text: text(c.message) }; }
    case 'run_step': {
      for (const sheet of r.runsheets) {
        const st = sheet.steps.find((x) => x.id === id);
        if (st) return { time: minutes(st.time), owner: st.owner_role, text: text(st.message) };
      }
      break;
    }
    case 'content': { const c = plan.content.items.find((x) => x.id === id); return { time: c.time ? minutes(c.time) : slotTime(c.slot), owner: '', text: text(c.message) }; }
  }
  assert.fail(`no line for ${key}`);
}

// Scrolls the list by `dy` CSS px as a finger does (a drag, held still
// before lifting so that it does not fling): positive dy shows what is below.
async function wheel(page, dy) {
  const d = Math.max(-400, Math.min(400, dy));
  const y0 = d > 0 ? 700 : 300;
  await touchDrag(page, { x: 200, y: y0 }, { x: 200, y: y0 - d }, { restMs: 120 });
  await waitFrames(page, 2);
}
const visibleIds = async (page) => (await items(page)).map((it) => `${it.id}@${Math.round(it.y)}`).join('|');

async function toTop(page) {
  for (let i = 0; i < 40; i++) {
    const before = await visibleIds(page);
    await wheel(page, -400);
    if ((await visibleIds(page)) === before) return;
  }
}

// The keys of the lines shown, top to bottom, scrolling the whole list.
async function shownKeys(page) {
  await toTop(page);
  const keys = [];
  for (let round = 0; round < 60; round++) {
    const visible = (await items(page))
      .map((it) => ({ it, m: /###today_(?:sent|unmark)_(.+)$/.exec(it.id) }))
      .filter((x) => x.m)
      .sort((a, b) => a.it.y - b.it.y)
      .map((x) => x.m[1]);
    keys.push(...visible.filter((k) => !keys.includes(k)));
    const before = await visibleIds(page);
    await wheel(page, 300);
    if ((await visibleIds(page)) === before) break;   // the end of the list
  }
  await toTop(page);
  return keys;
}

// Unless an item with this id is on screen already, scrolls down from the
// top until it is; clicks it (or only returns it).
async function reveal(page, idRegex, click = true) {
  const inSight = async () => (await items(page)).find((it) => idRegex.test(it.id) && it.y > 0 && it.y + it.h < 820);
  let hit = await inSight();   // already on screen: no scrolling
  if (!hit) {
    await toTop(page);
    for (let round = 0; round < 60 && !(hit = await inSight()); round++) {
      const before = await visibleIds(page);
      await wheel(page, 200);
      if ((await visibleIds(page)) === before) break;
    }
  }
  if (hit) return click ? tapId(page, idRegex) : hit;
  return tapId(page, idRegex);   // fails, listing what is there
}

for (const lang of ['zh', 'en']) {
  test(`Today on a phone: the owner's lines in time order, copy, mark sent, reload, skip with a reason (${lang})`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang, phone: true });
    try {
      // A phone opens on Today.
      await findItemById(page, /###today_role$/);
      await menu(page, 'new_from_template');
      await tapId(page, /###tpl_mother_baby$/);
      // A group a month old whose owner runs every slot and column, and
      // whose evening perk is a red packet: the owner has lines every day.
      const file = await exportPlan(page);
      let plan = file.plan;
      const owner = plan.setup.roles.find((r) => r.kind === 'owner');
      const start = new Date(Date.now() - 30 * 86400_000);
      plan.basics.start_date = start.toISOString().slice(0, 10);
      for (const line of [...plan.rhythm.slots, ...plan.rhythm.columns]) line.owner_role = owner.id;
      plan.rhythm.slots.find((s) => s.id === 'slot-perk').message = { text: EVENING[lang], script: '', attachments: [] };
      for (const c of plan.rhythm.columns.filter((c) => c.slot === 'slot-perk'))
        c.message = { text: EVENING[lang], script: '', attachments: [] };
      const r = await page.evaluate((t) => window.planner.importJson(t), JSON.stringify(file));
      assert.equal(r.ok, true, JSON.stringify(r));
      await waitFrames(page, 2);
      await tapSection(page, 'today');
      await tapId(page, /###today_role$/);
      await tapId(page, new RegExp(`###today_role_${owner.id}$`));
      await waitFrames(page, 2);
      await screenshot(page, `today-phone-${lang}`);

      const keys = await shownKeys(page);
      assert.ok(keys.length >= 3, `the owner has the day's lines: ${keys.join(', ')}`);
      const today = keys[0].slice(-10);
      let last = -2;
      for (const key of keys) {
        const line = lineOf(plan, key);
        assert.equal(key.slice(-10), today, `${key} is today's`);
        assert.ok(line.owner === owner.id || line.owner === '', `${key} is the owner's or nobody's (${line.owner})`);
        assert.ok(line.time >= last, `${key} in time order`);
        last = line.time;
      }
      // Copy the evening line, red packet and all: exactly its text.
      plan = (await exportPlan(page)).plan;
      const key = keys.find((k) => lineOf(plan, k).text === EVENING[lang]);
      assert.ok(key, `the evening line among ${keys.join(', ')}`);
      const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await tapItem(page, await reveal(page, new RegExp(`###copy_today_${esc}$`), false));
      // The browser's clipboard may be written a moment after the tap (the async clipboard API).
      let copied = '';
      for (let i = 0; i < 20 && copied !== lineOf(plan, key).text; i++) {
        await page.waitForTimeout(100);
        copied = await page.evaluate(() => navigator.clipboard.readText());
      }
      await screenshot(page, `today-phone-copied-${lang}`);
      assert.equal(copied, lineOf(plan, key).text);

      // Sent, then reloaded: still marked, the role remembered, the dashboard counts it.
      await tapItem(page, await reveal(page, new RegExp(`###today_sent_${esc}$`), false));
      await reveal(page, new RegExp(`###today_unmark_${esc}$`), false);
      await waitFrames(page, 2);
      await screenshot(page, `today-phone-marked-${lang}`);
      await page.waitForTimeout(1200);   // the save is written ~0.5 s after the edit
      await reloadPlanner(page);
      await reveal(page, new RegExp(`###today_unmark_${esc}$`), false);
      // The role picked on this device, not "every role".
      assert.ok(!(await screenText(page)).includes(lang === 'zh' ? '全部角色' : 'All roles'), 'the role is remembered');
      plan = (await exportPlan(page)).plan;
      assert.equal(plan.execution.length, 1);
      assert.equal(plan.execution[0].status, 'sent');
      assert.equal(plan.execution[0].by, owner.id);
      await tapSection(page, 'dashboard');
      await reveal(page, /###dash_open_today$/, false);
      await screenshot(page, `today-phone-dashboard-${lang}`);
      const dash = await screenText(page);
      assert.ok(dash.includes(lang === 'zh' ? '已发 1 条' : '1 sent'), 'the dashboard counts the mark');

      // Skip another line (or the same one, unmarked) with a reason from the input method.
      await tapSection(page, 'today');
      await reveal(page, new RegExp(`###today_unmark_${esc}$`));
      await reveal(page, new RegExp(`###today_skip_${esc}$`));
      await tapId(page, /###today_skip_reason$/);
      // (With a family in it: the field draws it whole, ui::text_input, and the record keeps it.)
      const reason = lang === 'zh' ? '宝宝发烧了，明天补 🧧👨‍👩‍👧' : 'Baby has a fever, tomorrow instead 🧧👨‍👩‍👧';
      await imeCommit(page, reason);
      await waitFrames(page, 2);
      await screenshot(page, `today-phone-skip-${lang}`);
      await tapId(page, /###today_skip_confirm$/);
      plan = (await exportPlan(page)).plan;
      assert.equal(plan.execution.length, 1);
      assert.equal(plan.execution[0].status, 'skipped');
      assert.equal(plan.execution[0].reason, reason);

      // A long press on another line opens its marks as a menu: sent late.
      const other = keys.find((k) => k !== key);
      const escOther = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const copy = await reveal(page, new RegExp(`###copy_today_${escOther}$`), false);
      await longPress(page, copy.x + copy.w / 2, copy.y + copy.h / 2);
      await waitFrames(page, 3);
      await screenshot(page, `today-phone-menu-${lang}`);
      await tapItem(page, await findItemById(page, new RegExp(`###menu_today_late_${escOther}$`)));
      plan = (await exportPlan(page)).plan;
      const late = plan.execution.find((m) => m.status === 'late');
      assert.ok(late, 'marked late from the long-press menu');
      assert.equal(`${late.source}:${late.rule}@${late.date}`, other);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}

test('text follows the browser\'s font size: a reader who set 20 px gets larger text', T, async () => {
  const widths = [];
  for (const px of [16, 20]) {
    const { context, page } = await openPlanner(browser, { lang: 'zh', phone: true });
    try {
      if (px !== 16) {
        const session = await context.newCDPSession(page);
        await session.send('Page.setFontSizes', { fontSizes: { standard: px } });
        await reloadPlanner(page);
      }
      // The role picker comes after its label, "我的角色": four hanzi.
      const combo = await findItemById(page, /###today_role$/);
      widths.push(combo.x);
    } finally {
      await context.close();
    }
  }
  // Four hanzi 4 px wider each (20 against 16 px), give or take the spacing.
  const shift = widths[1] - widths[0];
  assert.ok(shift >= 12 && shift <= 24, `the role picker starts at ${widths.join(' → ')} px`);
});
