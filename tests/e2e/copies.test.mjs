// Master and group copies, as a new user meets them: copy a template to three
// groups, change the master's Wednesday column and one copy's own slot,
// update the copies from the master, and find both changes in each copy; the
// same with a finger on a phone, in English, where both dialogs must fit; and
// a teammate's file of a copy whose change meets this browser's, imported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlanner, clickItemById, clickTab, findItemById, screenText, press, imeCommit,
  screenshot, assertNoErrors, waitFrames, waitFor, storedPlans, exportPlan, items, tapItem, tapSection, revealItem,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const WEDNESDAY = 'col-expert-qa';   // the mother-and-baby template's Wednesday column

async function menu(page, id) {
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, new RegExp(`###${id}$`));
}

async function openStored(page, id) {
  await clickItemById(page, /###nav_library$/);
  await clickItemById(page, new RegExp(`###lib_open_${id}$`));
  await waitFrames(page, 2);
}

// Replaces a text field's text with `text` through the input method.
async function retype(page, idRegex, text) {
  await clickItemById(page, idRegex);
  await press(page, 'Control+a');
  await imeCommit(page, text);
  await press(page, 'Enter');
}

// The master of the copies in storage (they name it), once `n` are there.
async function masterOfCopies(page, n) {
  let id = null;
  await waitFor(async () => {
    const copies = (await storedPlans(page)).filter((p) => p.plan.master?.plan);
    id = copies.length === n ? copies[0].plan.master.plan : null;
    return id !== null;
  }, { message: `${n} linked copies` });
  return id;
}

async function copiesOf(page, masterId) {
  return (await storedPlans(page))
    .filter((p) => p.plan.master?.plan === masterId)
    .sort((a, b) => a.plan.basics.name.localeCompare(b.plan.basics.name));
}

// The mother-and-baby template, copied to a group for each line (name, city, owner).
async function copyTemplate(page, lines) {
  await menu(page, 'new_from_template');
  await clickItemById(page, /###tpl_mother_baby$/);
  await waitFrames(page, 2);
  await menu(page, 'replicate');
  await clickItemById(page, /##replicate_text$/);
  for (const line of lines) {
    await imeCommit(page, line);
    await press(page, 'Enter');
  }
  await clickItemById(page, /###replicate_do$/);
}

test('copy to three groups, change the master and a copy, update the copies: both changes in each (zh)', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh' });
  try {
    await copyTemplate(page, ['宝妈 2 群, 上海, 小周', '宝妈 3 群, 苏州, 小林', '宝妈 4 群, 杭州, 小王']);
    const masterId = await masterOfCopies(page, 3);
    assert.ok((await storedPlans(page)).some((p) => p.id === masterId && p.plan.basics.name === '宝妈成长营 1 群'));
    const made = await copiesOf(page, masterId);
    const slotId = made[1].plan.rhythm.slots[0].id;

    // The second group's own morning slot.
    await openStored(page, made[1].id);
    const basics = await screenText(page);
    assert.match(basics, /的副本/);
    assert.match(basics, /宝妈 3 群/);
    await screenshot(page, 'copies-copy-basics-zh');
    await clickItemById(page, /###nav_rhythm$/);
    await clickTab(page, /###tab_slots$/);
    await retype(page, new RegExp(`##slot_purpose_${slotId}$`), '苏州早安📣');

    // The master's Wednesday column.
    await openStored(page, masterId);
    await clickItemById(page, /###nav_rhythm$/);
    await clickTab(page, /###tab_week$/);
    await clickItemById(page, new RegExp(`###col_${WEDNESDAY}$`));
    await retype(page, new RegExp(`##column_name_${WEDNESDAY}$`), '周三专家直播夜');

    await menu(page, 'update_copies');
    await findItemById(page, /###copies_apply$/);
    const text = await screenText(page);
    assert.match(text, /宝妈 2 群/);
    assert.match(text, /主方案的修改 1 处，保留副本自己的修改 0 处，冲突 0 处/);
    assert.match(text, /主方案的修改 1 处，保留副本自己的修改 1 处，冲突 0 处/);
    await screenshot(page, 'copies-update-zh');
    await clickItemById(page, /###copies_apply$/);
    await waitFrames(page, 2);
    assert.match(await screenText(page), /已更新 3 个副本/);

    const now = await copiesOf(page, masterId);
    assert.equal(now.length, 3);
    for (const copy of now) {
      assert.equal(copy.plan.rhythm.columns.find((c) => c.id === WEDNESDAY).name, '周三专家直播夜', copy.name);
    }
    assert.equal(now[1].plan.rhythm.slots.find((s) => s.id === slotId).purpose, '苏州早安📣');
    assert.equal(now[0].plan.rhythm.slots.find((s) => s.id === slotId).purpose, made[0].plan.rhythm.slots[0].purpose);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

// The dialogs on a 390 px phone: every item within the screen.
async function assertWithinScreen(page, what) {
  for (const it of await items(page)) assert.ok(it.fx >= -1 && it.fx + it.fw <= 391, `${what}: ${it.id} within the screen`);
}

async function tapMenu(page, id) {
  await tapItem(page, await findItemById(page, /###menu_file$/));
  await tapItem(page, await findItemById(page, new RegExp(`###${id}$`)));
}

test('on a phone in English: copy to two groups, change the master, update the copies with a finger', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'en', phone: true });
  try {
    await tapMenu(page, 'new_from_template');
    await tapItem(page, await revealItem(page, /###tpl_mother_baby$/));
    await waitFrames(page, 2);
    await tapMenu(page, 'replicate');
    await tapItem(page, await findItemById(page, /##replicate_text$/));
    for (const line of ['Mums group 2, Shanghai, Zhou', '宝妈 3 群, 苏州, 小林']) {
      await imeCommit(page, line);
      await press(page, 'Enter');
    }
    await waitFrames(page, 2);
    await screenshot(page, 'copies-replicate-phone-en');
    await assertWithinScreen(page, 'the copy dialog');
    await tapItem(page, await revealItem(page, /###replicate_do$/));
    const masterId = await masterOfCopies(page, 2);

    // The master stays open; its Wednesday column, with a finger.
    const master = (await storedPlans(page)).find((p) => p.id === masterId);
    const open = (await exportPlan(page)).plan;
    assert.equal(open.basics.name, master.plan.basics.name);
    assert.ok(!open.master?.plan, 'the open plan is the master, not a copy');
    await tapSection(page, 'rhythm');
    await tapItem(page, await findItemById(page, /###tab_week$/));
    await tapItem(page, await revealItem(page, new RegExp(`###col_${WEDNESDAY}$`)));
    await tapItem(page, await revealItem(page, new RegExp(`##column_name_${WEDNESDAY}$`)));
    await press(page, 'Control+a');
    await imeCommit(page, 'Wednesday expert night 🎤');
    await press(page, 'Enter');

    await tapMenu(page, 'update_copies');
    await findItemById(page, /###copies_apply$/);
    const text = await screenText(page);
    assert.match(text, /Mums group 2/);
    assert.match(text, /宝妈 3 群/);
    assert.match(text, /Changes from the master: 1; its own changes kept: 0; conflicts: 0/);
    await screenshot(page, 'copies-update-phone-en');
    await assertWithinScreen(page, 'the update dialog');
    await tapItem(page, await revealItem(page, /###copies_apply$/));
    await waitFor(async () => /2 copies updated/.test(await screenText(page)), { message: 'the copies updated' });
    for (const copy of await copiesOf(page, masterId))
      assert.equal(copy.plan.rhythm.columns.find((c) => c.id === WEDNESDAY).name, 'Wednesday expert night 🎤', copy.name);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a teammate\'s file of the same copy: the conflict is listed with both values, and the file\'s is taken (zh)', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh' });
  try {
    await copyTemplate(page, ['宝妈 2 群, 上海, 小周', '宝妈 3 群, 苏州, 小林']);
    const masterId = await masterOfCopies(page, 2);
    const copy = (await copiesOf(page, masterId))[0];
    await openStored(page, copy.id);

    // The teammate's version of this copy changes the morning slot ...
    const file = await exportPlan(page);
    const slotId = file.plan.rhythm.slots[0].id;
    file.plan.rhythm.slots[0].purpose = '同事的早安🌞';
    // ... and so does this browser, differently.
    await clickItemById(page, /###nav_rhythm$/);
    await clickTab(page, /###tab_slots$/);
    await retype(page, new RegExp(`##slot_purpose_${slotId}$`), '我的早安🌸');

    const chooser = page.waitForEvent('filechooser');
    await menu(page, 'import_json');
    await (await chooser).setFiles({ name: '宝妈 2 群.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await findItemById(page, /###import_merge_do$/);
    const text = await screenText(page);
    assert.match(text, /两边改了同一处的有 1 处/);
    assert.match(text, /文件中：同事的早安🌞/);
    assert.match(text, /方案库中：我的早安🌸/);
    await clickItemById(page, /###take_file$/);
    await waitFrames(page, 2);
    await screenshot(page, 'copies-import-conflict-zh');
    await clickItemById(page, /###import_merge_do$/);
    await waitFor(async () => (await exportPlan(page)).plan.rhythm.slots.find((x) => x.id === slotId).purpose === '同事的早安🌞',
      { message: 'the file\'s value merged in' });
    assert.equal((await copiesOf(page, masterId)).length, 2, 'merged into the copy, not added');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});
