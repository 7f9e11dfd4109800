// Nothing the user typed is lost: text still in a field when the tab reloads
// or closes, two tabs of one plan closed or reloaded together, text typed
// past a field's limit. Each case is the scenario that once lost data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  baseUrl,
  clickItemById,
  screenText,
  typeText,
  press,
  exportPlan,
  screenshot,
  assertNoErrors,
  reloadPlanner,
  gotoPlanner,
  watchErrors,
  waitFor,
  sleep,
  withPlanner,
  storedPlans,
} from './harness.mjs';

const T = { timeout: 600_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function focusField(page, id) {
  await clickItemById(page, /###nav_basics$/);
  await clickItemById(page, new RegExp(`##${id}$`));
}

test('text typed into a multi-line field survives a reload without leaving the field', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await focusField(page, 'positioning_solution');
    await press(page, 'Control+a');
    // 212 characters, as an operator writes a paragraph, in several bursts.
    const text = '每周三晚八点群内答疑，老师在线解答育儿难题。'.repeat(9) + '欢迎提问';
    for (let i = 0; i < text.length; i += 40) await typeText(page, text.slice(i, i + 40));
    assert.match(await screenText(page), /正在保存|未保存/, 'the status bar never says saved while text is only in the field');
    await sleep(300);
    await reloadPlanner(page);   // the field was never left
    assert.equal((await exportPlan(page)).plan.basics.positioning.solution, text);
    assertNoErrors(page);
  });
});

test('a single-line field without Enter survives closing the tab', T, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const origin = await baseUrl();
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${origin}/?lang=en`);
    await focusField(page, 'community_name');
    await press(page, 'Control+a');
    await typeText(page, 'Never left the field');
    await page.close({ runBeforeUnload: true });
    const again = watchErrors(await context.newPage());
    await gotoPlanner(again, `${origin}/?lang=en`);
    assert.equal((await exportPlan(again)).plan.basics.name, 'Never left the field');
    assertNoErrors(again);
  } finally {
    await context.close();
  }
});

test('typing in a field is one undo step and the text is in the plan while the field is still active', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await focusField(page, 'community_name');
    const before = (await exportPlan(page)).plan.basics.name;
    await press(page, 'Control+a');
    await typeText(page, 'Burst one');
    await sleep(800);   // a pause in typing: the text reaches the plan
    await typeText(page, ' and two');
    await sleep(800);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Burst one and two');
    await waitFor(async () => (await storedPlans(page)).some((p) => p.plan.basics.name === 'Burst one and two'),
                  { timeout: 10_000, message: 'stored while the field is active' });
    await press(page, 'Escape');
    await clickItemById(page, /###nav_basics$/);   // leave the field
    await press(page, 'Control+z');
    assert.equal((await exportPlan(page)).plan.basics.name, before, 'one undo step takes the whole burst back');
    assertNoErrors(page);
  });
});

// Tab A and tab B of one plan each make an edit and go away at once: every
// edit must be in the library, as the plan or as "the version from another tab".
async function twoTabRounds(mode, rounds) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const origin = await baseUrl();
    let a = watchErrors(await context.newPage());
    await gotoPlanner(a, `${origin}/?lang=en`);
    await focusField(a, 'community_name');
    await press(a, 'Control+a');
    await typeText(a, 'Shared');
    await press(a, 'Enter');
    await waitFor(async () => (await storedPlans(a)).some((p) => p.plan.basics.name === 'Shared'),
                  { timeout: 10_000, message: 'first save' });
    let b = watchErrors(await context.newPage());
    await gotoPlanner(b, `${origin}/?lang=en`);
    const expected = [];
    for (let round = 0; round < rounds; round++) {
      const nameA = `A${round} ${mode}`;
      const nameB = `B${round} ${mode}`;
      expected.push(nameA, nameB);
      // Both fields ready first, then the two edits within a moment of each
      // other, so that neither tab has saved (and told the other) before
      // both go away: the saves cross, as when two windows close together.
      for (const page of [a, b]) {
        await focusField(page, 'community_name');
        await press(page, 'Control+a');
      }
      await typeText(a, nameA);
      await typeText(b, nameB);
      if (mode === 'reload') {
        await Promise.all([reloadPlanner(a), reloadPlanner(b)]);
      } else {
        await Promise.all([a.close({ runBeforeUnload: true }), b.close({ runBeforeUnload: true })]);
        a = watchErrors(await context.newPage());
        await gotoPlanner(a, `${origin}/?lang=en`);
        b = watchErrors(await context.newPage());
        await gotoPlanner(b, `${origin}/?lang=en`);
      }
      // A save overwritten as both went away is kept a few seconds later,
      // once any write still on its way has landed (Library::check_lastsaves).
      let names = [];
      const bothKept = async () => {
        names = (await storedPlans(a)).map((p) => p.plan.basics.name);
        return names.includes(nameA) && names.includes(nameB);
      };
      await waitFor(bothKept, { timeout: 20_000, message: 'both edits in the library' }).catch(() => {});
      for (const name of [nameA, nameB])
        assert.ok(names.includes(name), `round ${round} (${mode}): "${name}" is in the library (${JSON.stringify(names)})`);
    }
    assertNoErrors(a);
    assertNoErrors(b);
  } finally {
    await context.close();
  }
}

// Both tabs reload at the same moment: they start in the same millisecond,
// which once gave them the same writer name, so each took the other's save
// for its own and one edit in ten was lost.
test('two tabs edit and reload together: every edit is kept, over 10 rounds', T, async () => {
  await twoTabRounds('reload', 10);
});

test('two tabs edit and close together: every edit is kept, over 10 rounds', T, async () => {
  await twoTabRounds('close', 10);
});

test('a field stops at its limit, keeps what fits and says so', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await focusField(page, 'community_name');
    await press(page, 'Control+a');
    // The name holds 200 characters: an emoji and 199 hanzi fit, the rest does not.
    const typed = '🧧' + '群'.repeat(204);
    await page.evaluate((t) => navigator.clipboard.writeText(t), typed);
    await press(page, 'Control+v');
    assert.match(await screenText(page), /已到长度上限/);
    await screenshot(page, 'field-limit-zh');
    await press(page, 'Enter');
    assert.equal((await exportPlan(page)).plan.basics.name, '🧧' + '群'.repeat(199));
    assert.doesNotMatch(await screenText(page), /too long|过长/);
    assertNoErrors(page);
  });
});
