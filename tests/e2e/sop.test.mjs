// The SOP editors as a new user meets them: start from a template, rename the
// community with an input method, move a weekly column by dragging it, watch
// the message budget warn about an overloaded day, and export the SOP as
// Markdown with the edits in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  launchBrowser, openPlanner, clickItemById, findItemById, screenText, typeText, press, imeCommit,
  exportPlan, screenshot, assertNoErrors, waitFrames, sleep,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function menu(page, id) {
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, new RegExp(`###${id}$`));
}

// Opens a tab and returns the item expected on it. A tab click right after a
// drag was seen not to switch (once, in CI). The likely cause, input left
// queued in Dear ImGui when the press arrived, is fixed (shell/page/app.js,
// pointerdown; content.test.mjs clicks a header right after Ctrl+Z without
// retrying); the click is still tried up to three times here.
async function openTab(page, tab, expected) {
  for (let attempt = 1; ; attempt++) {
    await clickItemById(page, tab);
    try {
      return await findItemById(page, expected);
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

async function drag(page, from, to) {
  const x0 = from.x + from.w / 2, y0 = from.y + from.h / 2;
  const x1 = to.x + to.w / 2, y1 = to.y + to.h / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * i) / 8);
    await sleep(30);
  }
  await sleep(100);
  await page.mouse.up();
  await waitFrames(page, 2);
}

for (const lang of ['zh', 'en']) {
  test(`a template becomes my plan: rename, drag a column, budget warning, Markdown (${lang})`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang });
    try {
      await menu(page, 'new_from_template');
      await screenshot(page, `templates-${lang}`);
      await clickItemById(page, /###tpl_mother_baby$/);
      let plan = (await exportPlan(page)).plan;
      assert.ok(plan.rhythm.slots.length >= 4);
      assert.ok(plan.setup.scripts.length >= 4);

      // Rename the community with the input method.
      await clickItemById(page, /##community_name$/);
      await press(page, 'Control+a');
      await imeCommit(page, '宝妈成长营 9 群');
      await press(page, 'Enter');
      assert.equal((await exportPlan(page)).plan.basics.name, '宝妈成长营 9 群');
      await screenshot(page, `basics-template-${lang}`);

      await clickItemById(page, /###nav_setup$/);
      assert.match(await screenText(page), lang === 'zh' ? /搭建五步/ : /Setup in five steps/);
      await screenshot(page, `setup-${lang}`);

      // Move Monday's column to Sunday's empty cell of the same slot by dragging.
      await clickItemById(page, /###nav_rhythm$/);
      const column = plan.rhythm.columns.find((c) => c.weekday === 1);
      await openTab(page, /###tab_week$/, new RegExp(`###col_${column.id}$`));
      await screenshot(page, `week-${lang}`);
      const freeDay = [7, 6, 5, 4, 3, 2].find((d) => !plan.rhythm.columns.some((c) => c.slot === column.slot && c.weekday === d));
      const source = await findItemById(page, new RegExp(`###col_${column.id}$`));
      const target = await findItemById(page, new RegExp(`###add_col_${column.slot}_${freeDay}$`));
      await drag(page, source, target);
      plan = (await exportPlan(page)).plan;
      const moved = plan.rhythm.columns.find((c) => c.id === column.id);
      assert.equal(moved.weekday, freeDay);
      assert.equal(moved.slot, column.slot);
      // One drag is one undo step.
      await press(page, 'Control+z');
      assert.equal((await exportPlan(page)).plan.rhythm.columns.find((c) => c.id === column.id).weekday, 1);
      await press(page, 'Control+Shift+z');

      // Overload the day: a slot that sends 12 messages pushes every day over budget.
      const slot = plan.rhythm.slots[0];
      await openTab(page, /###tab_slots$/, new RegExp(`##slot_messages_${slot.id}$`));
      await clickItemById(page, new RegExp(`##slot_messages_${slot.id}$`));
      await press(page, 'Control+a');
      await typeText(page, '12');
      await press(page, 'Enter');
      // (A tab click right after editing a field was once not taken in a
      // full run — the same rare miss as after a drag; see openTab.)
      const overBudget = lang === 'zh' ? /超过预算/ : /over the budget/;
      for (let attempt = 1; ; attempt++) {
        await clickItemById(page, /###tab_load$/);
        const shown = await screenText(page);
        if (overBudget.test(shown) || attempt === 3) {
          assert.match(shown, overBudget);
          break;
        }
      }
      await screenshot(page, `load-${lang}`);

      // Markdown export carries the edits.
      const download = page.waitForEvent('download');
      await menu(page, 'export_markdown');
      const md = fs.readFileSync(await (await download).path(), 'utf8');
      assert.match(md, /宝妈成长营 9 群/);
      assert.ok(md.includes(moved.name ?? column.name));
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}

test('the print view is a page with the SOP text', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh' });
  try {
    await menu(page, 'new_from_template');
    await clickItemById(page, /###tpl_fitness$/);
    const popup = context.waitForEvent('page');
    await menu(page, 'print_view');
    const view = await popup;
    await view.waitForLoadState();
    const text = await view.evaluate(() => document.body.innerText);
    assert.match(text, /群公告|群规/);
    assert.ok(text.includes((await exportPlan(page)).plan.basics.name));
    await view.screenshot({ path: 'tests/e2e/artifacts/print-view-zh.png' });
    // The Print button prints (the pop-up inherits the page's
    // Content-Security-Policy, so an inline handler would do nothing).
    const refused = [];
    view.on('console', (msg) => { if (msg.type() === 'error') refused.push(msg.text()); });
    await view.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await view.click('button.print');
    assert.equal(await view.evaluate(() => window.__printed), 1, 'the Print button calls print()');
    assert.deepEqual(refused, [], 'the print page runs nothing the policy refuses');
  } finally {
    await context.close();
  }
});

test('with pop-ups blocked, the print page is saved as a file whose Print button prints', T, async () => {
  const { context, page } = await openPlanner(browser, {
    lang: 'en',
    initScript: () => { window.open = () => null; },
  });
  try {
    const download = page.waitForEvent('download');
    await menu(page, 'print_view');
    const saved = await download;
    assert.equal(saved.suggestedFilename(), 'sop-print.html');
    const html = fs.readFileSync(await saved.path(), 'utf8');
    assert.match(html, /<button class="print" type="button">Print \/ save as PDF<\/button>/);
    assert.match(html, /<\/script>\n<\/body>\n<\/html>\n$/);
    const view = await context.newPage();
    await view.setContent(html);
    await view.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await view.click('button.print');
    assert.equal(await view.evaluate(() => window.__printed), 1, 'the saved page\'s Print button calls print()');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a role\'s run-sheet for a day prints with that role\'s lines', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh' });
  try {
    await menu(page, 'new_from_template');
    await clickItemById(page, /###tpl_mother_baby$/);
    const plan = (await exportPlan(page)).plan;
    await clickItemById(page, /###nav_rhythm$/);
    await clickItemById(page, /###tab_roles$/);
    // The admin (first role with slots) on the plan's start date, today.
    const role = plan.setup.roles.find((r) => plan.rhythm.slots.some((s) => s.owner_role === r.id));
    await clickItemById(page, /##sheet_role$/);
    await clickItemById(page, new RegExp(`##sheet_role_${role.id}$`));
    // One of its slots that is on today's calendar as itself (not skipped on
    // the first day, no weekly column placed on it today).
    const today = plan.basics.start_date;
    const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const slot = plan.rhythm.slots.find((s) => s.owner_role === role.id &&
      !plan.calendar.overrides.some((o) => o.kind === 'skip' && o.rule === s.id && o.date === today) &&
      !plan.rhythm.columns.some((c) => c.slot === s.id && c.weekday === weekday));
    assert.ok(slot, 'the role has a slot today');
    assert.ok((await screenText(page)).includes(slot.purpose));
    const popup = context.waitForEvent('page');
    await clickItemById(page, /###sheet_print$/);
    const view = await popup;
    await view.waitForLoadState();
    const text = await view.evaluate(() => document.body.innerText);
    assert.ok(text.includes(slot.purpose), 'the printed sheet lists the role\'s slot');
    assert.match(text, /每日清单/);
    await view.screenshot({ path: 'tests/e2e/artifacts/role-sheet-print-zh.png' });
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

// Every SOP screen, filled from a template, in both languages: the shots are
// looked at by a person (layout at 1280×720); the test checks each screen
// draws its own heading and no error.
const SCREENS = [
  ['basics', null, /定位公式|Positioning: target users/],
  ['setup', null, /搭建五步|Setup in five steps/],
  ['rhythm', 'tab_slots', /每日时段|Daily slots/],
  ['rhythm', 'tab_week', /周一|Mon/],
  ['rhythm', 'tab_month', /月度循环|Monthly cycle/],
  ['rhythm', 'tab_routine', /冷启动期|Cold start/],
  ['rhythm', 'tab_runsheets', /九个标准步骤|nine standard steps/],
  ['rhythm', 'tab_load', /消息预算|message budget/],
  ['rhythm', 'tab_roles', /每日清单|daily list for/],
  ['incentives', null, /积分规则|Points rules/],
];
for (const lang of ['zh', 'en']) {
  test(`every SOP screen in ${lang} at 1280×720`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang });
    try {
      await menu(page, 'new_from_template');
      await clickItemById(page, /###tpl_education$/);
      for (const [section, tab, heading] of SCREENS) {
        await clickItemById(page, new RegExp(`###nav_${section}$`));
        if (tab) await clickItemById(page, new RegExp(`###${tab}$`));
        await waitFrames(page, 2);
        assert.match(await screenText(page), heading, `${section}/${tab ?? ''} in ${lang}`);
        await screenshot(page, `sop-${section}${tab ? '-' + tab.replace('tab_', '') : ''}-${lang}`);
      }
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}
