// A phone: 390×844 CSS px at 3 device pixels each, a touch screen (the harness's
// phone option). A finger scrolls a long section and the content follows it
// without clicking what it started on, and keeps sliding when flung; a tap
// clicks; a long press is a right click; a long press then a drag moves a
// weekly column; a tap in a field opens the keyboard (the focus happens
// inside the tap) and a phone keyboard's composition lands once; the field
// stays in sight when the keyboard shrinks the page; and where the page may
// not write the clipboard, the text is shown to copy by hand.
//
// The layout is not made for phones yet: targets are found with items(),
// wherever they are drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  baseUrl, PHONE, launchBrowser, openPlanner, items, findItemById, tap, tapItem, tapSection, revealItem, touchDrag, longPress, imeCommit,
  exportPlan, screenText, screenshot, assertNoErrors, waitFrames, waitFor, press, sleep,
} from './harness.mjs';

const T = { timeout: 300_000 };
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const input = (page) => page.evaluate(() => window.planner.input());
const centre = (it) => ({ x: it.x + it.w / 2, y: it.y + it.h / 2 });
const planText = async (page) => JSON.stringify((await exportPlan(page)).plan);

// A new plan from the mother & baby template, by taps on the menu.
async function fromTemplate(page) {
  await tapItem(page, await findItemById(page, /###menu_file$/));
  await tapItem(page, await findItemById(page, /###new_from_template$/));
  await tapItem(page, await findItemById(page, /###tpl_mother_baby$/));
  try {
    await waitFor(async () => (await exportPlan(page)).plan.rhythm.columns.length > 0, { message: 'the template to open' });
  } catch (e) {
    await screenshot(page, 'touch-template-failed');
    console.log(JSON.stringify(await items(page)), await page.evaluate(() => window.planner.input()));
    throw e;
  }
}

// The section's own window, and the items drawn inside it (not the navigation, not the menu).
async function sectionItems(page) {
  const list = await items(page);
  const section = list.find((it) => /###section_[0-9A-F]+$/.test(it.id));
  assert.ok(section, 'the section window is among the items');
  const inside = list.filter((it) => it !== section && it.x >= section.x && it.x < section.x + section.w &&
                                     it.y >= section.y && it.y + it.h <= section.y + section.h && it.w > 0);
  return { section, inside, list };
}

for (const lang of ['zh', 'en']) {
  test(`a finger scrolls a long section, following it, and clicks nothing (${lang})`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang, phone: true });
    try {
      await fromTemplate(page);
      await tapSection(page, 'setup');
      const { section, inside, list } = await sectionItems(page);
      const before = await planText(page);
      // Start on a button in the lower part of the section: a scroll must not press it.
      const start = inside.filter((it) => it.label && it.y > 450 && it.y < 700).pop();
      assert.ok(start, `a labelled item in the section's lower part among ${inside.map((i) => i.id).join(', ')}`);
      const from = centre(start);
      const to = { x: from.x, y: from.y - 300 };
      await touchDrag(page, from, to, { steps: 10, restMs: 250 });   // rests before lifting: no fling
      await waitFrames(page, 3);
      const after = await items(page);
      // Every item of the section moved up by the finger's 300 px, to the pixel.
      // (An item cut by the section's top edge is reported with its visible part only: left out.)
      const moved = inside.map((it) => [it, after.find((a) => a.id === it.id)])
        .filter(([, a]) => a && a.y > section.y + 4);
      assert.ok(moved.length >= 3, 'items of the section are still drawn after the scroll');
      for (const [b, a] of moved) assert.ok(Math.abs(a.y - (b.y - 300)) <= 1, `${b.id} moved from ${b.y} to ${a.y}, not by -300`);
      // The button that opens the sections did not move.
      const nav = list.find((it) => /###nav_menu$/.test(it.id));
      assert.equal(after.find((it) => it.id === nav.id).y, nav.y);
      // Nothing was clicked or pressed: the plan is as it was, no field took the focus, no right click.
      assert.equal(await planText(page), before);
      const state = await input(page);
      assert.equal(state.imeFocused, false);
      assert.equal(state.rightClicks, 0);
      assert.ok(section.h > 600);
      await screenshot(page, `touch-scrolled-${lang}`);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}

test('a flung list keeps sliding after the finger lifts, and a new finger stops it', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', phone: true });
  try {
    await fromTemplate(page);
    await tapSection(page, 'setup');
    const { inside } = await sectionItems(page);
    const probe = inside[inside.length - 1];
    // A quick flick, as the browser reports a real one: moves 16 ms apart
    // (sent from the page, at a phone's pace; the protocol's touch events
    // arrive only as fast as SwiftShader draws a phone-sized canvas).
    const lifted = await page.evaluate(async (x) => {
      const canvas = document.getElementById('canvas');
      const send = (type, y) => canvas.dispatchEvent(new PointerEvent(type, {
        pointerType: 'touch', pointerId: 41, isPrimary: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      send('pointerdown', 700);
      for (let i = 1; i <= 8; i++) {
        await new Promise((r) => setTimeout(r, 16));
        send('pointermove', 700 - i * 25);
      }
      send('pointerup', 500);
      return window.planner.input().flinging;
    }, probe.x + 2);
    assert.equal(lifted, true, 'a fling starts when the finger lifts while moving');
    const atLift = (await items(page)).find((it) => it.id === probe.id);
    await waitFor(async () => !(await input(page)).flinging, { timeout: 30_000, message: 'the fling to stop' });
    await waitFrames(page, 2);
    const atRest = (await items(page)).find((it) => it.id === probe.id);
    // It slid on: further than the finger's 200 px in all.
    assert.ok(!atRest || atRest.y < (atLift ? atLift.y : probe.y - 200) - 20,
      `the list slid on after the lift (${probe.y} → ${atLift?.y} → ${atRest?.y})`);
    // A new finger stops a fling at once.
    const stopped = await page.evaluate(async (x) => {
      const canvas = document.getElementById('canvas');
      const send = (type, id, y) => canvas.dispatchEvent(new PointerEvent(type, {
        pointerType: 'touch', pointerId: id, isPrimary: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      send('pointerdown', 42, 300);
      for (let i = 1; i <= 8; i++) {
        await new Promise((r) => setTimeout(r, 16));
        send('pointermove', 42, 300 + i * 25);
      }
      send('pointerup', 42, 500);
      const flung = window.planner.input().flinging;
      send('pointerdown', 43, 400);
      const after = window.planner.input().flinging;
      send('pointercancel', 43, 400);
      return [flung, after];
    }, probe.x + 2);
    assert.deepEqual(stopped, [true, false]);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a tap clicks: the navigation and a checkbox; a long press is a right click, not a click', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', phone: true });
  try {
    await tapSection(page, 'setup');
    assert.match(await screenText(page), /搭建五步/);
    await tapSection(page, 'basics');
    assert.match(await screenText(page), /社群档案/);
    const box = await revealItem(page, /##value_information$/);
    const had = (await exportPlan(page)).plan.basics.value_information;
    await tapItem(page, box);
    const values = (await exportPlan(page)).plan.basics.value_information;
    assert.equal(values, !had, 'the tap ticked the box');
    // A long press on the same box: Dear ImGui sees one right click, and the box keeps its state.
    const before = await input(page);
    await longPress(page, box.x + box.w / 2, box.y + box.h / 2);
    const after = await input(page);
    assert.equal(after.rightClicks, before.rightClicks + 1);
    assert.equal(after.longPresses, before.longPresses + 1);
    assert.equal((await exportPlan(page)).plan.basics.value_information, values, 'a long press does not click');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a long press then a drag moves a weekly column (a tablet held upright: the grid is a grid)', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', phone: true, viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2 });
  try {
    await fromTemplate(page);
    const plan = (await exportPlan(page)).plan;
    await tapSection(page, 'rhythm');
    const column = plan.rhythm.columns.find((c) => c.weekday === 1);
    await tapItem(page, await findItemById(page, /###tab_week$/));
    const freeDay = [2, 3, 4, 5, 6, 7].find((d) => !plan.rhythm.columns.some((c) => c.slot === column.slot && c.weekday === d));
    const source = await findItemById(page, new RegExp(`###col_${column.id}$`));
    const target = await findItemById(page, new RegExp(`###add_col_${column.slot}_${freeDay}$`));
    // A plain drag (no long press) over the same cells scrolls, and moves no column.
    await touchDrag(page, centre(source), centre(target), { steps: 6, restMs: 200 });
    assert.equal((await exportPlan(page)).plan.rhythm.columns.find((c) => c.id === column.id).weekday, 1);
    const src = await findItemById(page, new RegExp(`###col_${column.id}$`));
    const dst = await findItemById(page, new RegExp(`###add_col_${column.slot}_${freeDay}$`));
    await touchDrag(page, centre(src), centre(dst), { holdMs: 800, steps: 6, restMs: 300 });
    const moved = (await exportPlan(page)).plan.rhythm.columns.find((c) => c.id === column.id);
    assert.equal(moved.weekday, freeDay);
    assert.equal(moved.slot, column.slot);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a tap in a field opens the keyboard inside the gesture; a phone keyboard\'s composition lands once', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', phone: true });
  try {
    await tapSection(page, 'basics');   // a phone opens on Today
    // A new plan is named (the blank template's "我的社群"); a tap past the
    // end of the short name puts the cursor after it.
    const before = (await exportPlan(page)).plan.basics.name;
    await tapItem(page, await revealItem(page, /##community_name$/));
    const state = await input(page);
    assert.equal(state.imeFocused, true, 'the input field has the focus');
    assert.equal(state.imeFocus.during, 'pointerup', 'the focus was given inside the tap\'s pointerup');
    assert.equal(state.imeFocus.userActivation, true, 'with the user\'s activation');
    // As Android's keyboards compose: the word grows (compositionupdate, input
    // events of type insertCompositionText), then it is committed.
    const session = await page.context().newCDPSession(page);
    const inputTypes = await page.evaluate(() => {
      window.__inputTypes = [];
      document.getElementById('ime').addEventListener('input', (e) => window.__inputTypes.push(e.inputType));
      return true;
    });
    assert.ok(inputTypes);
    for (const text of ['h', 'hong', 'hongbao', '红包']) {
      await session.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await sleep(30);
    }
    await session.send('Input.insertText', { text: '红包' });
    await waitFrames(page, 2);
    await imeCommit(page, '🧧');
    await press(page, 'Enter');
    assert.ok((await page.evaluate(() => window.__inputTypes)).includes('insertCompositionText'));
    assert.equal((await exportPlan(page)).plan.basics.name, `${before}红包🧧`);
    assert.match(await screenText(page), /红包🧧/);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('the keyboard shrinks the page: the canvas follows the visible part and the field stays in sight', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', phone: true });
  try {
    await tapSection(page, 'basics');
    const city = await revealItem(page, /##city$/);
    await tapItem(page, city);
    assert.equal((await input(page)).imeFocused, true);
    // The on-screen keyboard takes the lower 600 px: what is visible is 244 px high.
    await page.setViewportSize({ width: 390, height: 244 });
    await waitFor(async () => (await input(page)).canvas.h === 244, { message: 'the canvas to follow the visible part' });
    await waitFrames(page, 4);
    const now = await findItemById(page, /##city$/);
    assert.ok(now.y + now.h <= 244 && now.y >= 30, `the field is in sight: y ${now.y}..${now.y + now.h} of 244`);
    await imeCommit(page, '杭州');
    await press(page, 'Enter');
    assert.equal((await exportPlan(page)).plan.basics.city, '杭州');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

// Where neither the copy command nor navigator.clipboard may write (some
// in-app browsers), the text is shown selected in a box, to copy by hand.
for (const lang of ['zh', 'en']) {
  test(`without a clipboard the text to copy is shown, selected, with a close button (${lang})`, T, async () => {
    const { context, page } = await openPlanner(browser, {
      lang, phone: true,
      initScript: () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
        Document.prototype.execCommand = () => false;
      },
    });
    try {
      const file = JSON.parse(await page.evaluate(() => window.planner.exportJson()));
      file.plan.basics.positioning = { users: '新手妈妈', pain: '育儿知识零散', solution: '每周三次干货 🧧' };
      const answer = await page.evaluate((t) => window.planner.importJson(t), JSON.stringify(file));
      assert.equal(answer.ok, true);
      const expected = lang === 'zh' ? '这个群面向新手妈妈。他们的困扰是育儿知识零散；我们的做法是每周三次干货 🧧。'
        : 'This group is for 新手妈妈. Their problem: 育儿知识零散. We offer 每周三次干货 🧧.';
      await tapSection(page, 'basics');
      await tapItem(page, await revealItem(page, /##copy_positioning$/));
      await waitFor(() => page.evaluate(() => !document.getElementById('copy').hidden), { message: 'the copy box' });
      const shown = await page.evaluate(() => {
        const t = document.getElementById('copy-text');
        return { text: t.value, selected: t.value.slice(t.selectionStart, t.selectionEnd),
                 title: document.getElementById('copy-title').textContent,
                 button: document.getElementById('copy-close').textContent };
      });
      assert.equal(shown.text, expected);
      assert.equal(shown.selected, expected);
      assert.equal(shown.title, lang === 'zh' ? '此浏览器不允许网页直接复制' : 'This browser does not let the page copy');
      assert.equal(shown.button, lang === 'zh' ? '关闭' : 'Close');
      await sleep(300);
      await screenshot(page, `touch-copy-fallback-${lang}`);
      await page.tap('#copy-close');
      await waitFor(() => page.evaluate(() => document.getElementById('copy').hidden), { message: 'the box to close' });
      // The app goes on: a tap still clicks.
      await tapSection(page, 'setup');
      assert.match(await screenText(page), lang === 'zh' ? /搭建五步/ : /Setup in five steps/);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}

// WeChat's built-in browser without WebGL 2: the start screen names what is
// missing and how to open the page in the system's browser, in both languages.
for (const lang of ['zh', 'en']) {
  test(`inside WeChat without WebGL 2, the page says what is missing and where to go (${lang})`, T, async () => {
    const context = await browser.newContext({
      ...PHONE,
      userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 MicroMessenger/8.0.50',
    });
    try {
      await context.addInitScript(() => { delete window.WebGL2RenderingContext; });
      const page = await context.newPage();
      await page.goto(`${await baseUrl()}/?lang=${lang}`);
      await page.waitForSelector('#splash.error');
      const text = await page.textContent('#splash');
      assert.match(text, /WebGL 2/);
      assert.match(text, lang === 'zh' ? /请点右上角的“···”，选择“在浏览器打开”/ : /tap ··· at the top right and choose Open in Browser/);
      await screenshot(page, `touch-wechat-no-webgl-${lang}`);
    } finally {
      await context.close();
    }
  });
}
