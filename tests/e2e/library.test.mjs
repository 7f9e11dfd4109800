// The plan document in the browser: autosave and reload, the library, import
// by picker / drop / paste (always as a new plan), export that re-imports
// equal, share links, and every storage fault ending with a clear message
// and nothing lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  launchBrowser,
  baseUrl,
  clickItemById,
  findItemById,
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
  welcomeShown,
  passWelcome,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Types a new community name; it is committed (one edit) on Enter.
async function typeName(page, name) {
  await openName(page);
  await typeText(page, name);
}

// Opens the community name field with its text selected, changing nothing.
async function openName(page) {
  await clickItemById(page, /###nav_basics$/);
  await clickItemById(page, /##community_name$/);
  await press(page, 'Control+a');
}

async function setName(page, name) {
  await typeName(page, name);
  await press(page, 'Enter');
}

async function waitSaved(page, predicate, message) {
  await waitFor(async () => predicate(await storedPlans(page)), { timeout: 10_000, message });
}

async function menu(page, id) {
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, new RegExp(`###${id}$`));
}

function withName(planFile, name) {
  const copy = JSON.parse(planFile);
  copy.plan.basics.name = name;
  return JSON.stringify(copy);
}

test('a first visit stores nothing until a plan is chosen; the blank plan chosen is stored, and a reload opens it', T, async () => {
  await withPlanner(browser, { lang: 'en', welcome: true }, async (page) => {
    assert.ok(await welcomeShown(page), 'the start screen');
    assert.deepEqual(await storedPlans(page), []);
    await passWelcome(page);   // "blank plan"
    await waitSaved(page, (plans) => plans.length === 1, 'the blank plan stored');
    const [stored] = await storedPlans(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('planner.ui.open')), stored.id);
    assert.deepEqual(stored.plan, (await exportPlan(page)).plan);
    assert.match(await screenText(page), /Saved/);
    await reloadPlanner(page);
    const after = await storedPlans(page);
    assert.deepEqual(after.map((p) => p.id), [stored.id]);   // the same plan, not a second blank one
    await setName(page, 'Kept plan');
    await waitSaved(page, (plans) => plans.length === 1 && plans[0].name === 'Kept plan', 'saved on top');
    assertNoErrors(page);
  });
});

test('a first visit with full storage says so and keeps the blank plan in memory', T, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(() => {
      const realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k.startsWith('planner.plan.')) throw new DOMException('full', 'QuotaExceededError');
        return realSetItem.call(this, k, v);
      };
    });
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${await baseUrl()}/?lang=zh`);
    await waitFor(async () => /浏览器存储空间已满/.test(await screenText(page)), { message: 'the full-storage message' });
    const text = await screenText(page);
    assert.match(text, /这个新方案还没能保存，目前只在内存中/);   // nothing was saved before: no "saved version is intact"
    assert.doesNotMatch(text, /之前保存的版本完好/);
    assert.match(text, /未保存/);
    assert.deepEqual(await storedPlans(page), []);
    await setName(page, '内存中的群');
    assert.equal((await exportPlan(page)).plan.basics.name, '内存中的群');
    await screenshot(page, 'storage-full-first-visit-zh');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('edits are saved automatically and a reload brings them back', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await setName(page, 'Autosaved club');
    await waitSaved(page, (plans) => plans.some((p) => p.plan.basics.name === 'Autosaved club'), 'autosave');
    assert.match(await screenText(page), /Saved/);
    await reloadPlanner(page);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Autosaved club');
    assertNoErrors(page);
  });
});

test('a reload right after an edit keeps it (the page saves when hidden)', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await setName(page, 'Quick reload');
    await reloadPlanner(page);   // no wait for the debounce: pagehide flushes
    assert.equal((await exportPlan(page)).plan.basics.name, 'Quick reload');
  });
});

test('an import opens as a new plan and the earlier plan stays in the library', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await setName(page, 'First plan');
    const file = await page.evaluate(() => window.planner.exportJson());
    const r = await page.evaluate((t) => window.planner.importJson(t), withName(file, 'Second plan'));
    assert.equal(r.ok, true);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Second plan');
    await clickItemById(page, /###nav_library$/);
    const text = await screenText(page);
    assert.match(text, /First plan/);
    assert.match(text, /Second plan/);
    await screenshot(page, 'library-en');
    await waitSaved(page, (plans) => plans.length === 2, 'two stored plans');
    const first = (await storedPlans(page)).find((p) => p.name === 'First plan');
    await clickItemById(page, new RegExp(`###lib_open_${first.id}$`));
    assert.equal((await exportPlan(page)).plan.basics.name, 'First plan');
    assertNoErrors(page);
  });
});

test('the library shows when each plan was saved in the browser\'s time zone', T, async () => {
  await withPlanner(browser, { lang: 'zh', contextOptions: { timezoneId: 'Asia/Shanghai' } }, async (page) => {
    await setName(page, '时区测试');
    await waitSaved(page, (plans) => plans.length === 1, 'stored');
    const updated = await page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k.startsWith('planner.plan.')) return JSON.parse(localStorage.getItem(k)).library.updated_at;
      }
      return null;
    });
    assert.match(updated, /Z$/, 'stored in UTC');
    // Beijing is UTC+8 all year.
    const beijing = new Date(Date.parse(updated) + 8 * 3600_000).toISOString();
    const shown = `${beijing.slice(0, 10)} ${beijing.slice(11, 16)}`;
    const utc = `${updated.slice(0, 10)} ${updated.slice(11, 16)}`;
    await clickItemById(page, /###nav_library$/);
    const text = await screenText(page);
    assert.ok(text.includes(shown), `the library shows ${shown}:\n${text}`);
    assert.ok(!text.includes(utc), `not the UTC time ${utc}`);
    await screenshot(page, 'library-local-time-zh');
    assertNoErrors(page);
  });
});

test('the library renames, duplicates, deletes to the trash and restores', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await setName(page, 'Library test');
    await clickItemById(page, /###nav_library$/);
    await waitSaved(page, (plans) => plans.length === 1, 'stored');
    const [{ id }] = await storedPlans(page);
    await clickItemById(page, new RegExp(`###lib_rename_${id}$`));
    await press(page, 'Control+a');
    await typeText(page, 'Renamed');
    await press(page, 'Enter');
    assert.match(await screenText(page), /Renamed/);
    await clickItemById(page, new RegExp(`###lib_dup_${id}$`));
    assert.match(await screenText(page), /Renamed（副本）/);
    await clickItemById(page, new RegExp(`###lib_delete_${id}$`));
    let text = await screenText(page);
    assert.match(text, /回收站/);
    await screenshot(page, 'library-trash-zh');
    await clickItemById(page, new RegExp(`###lib_restore_${id}$`));
    text = await screenText(page);
    assert.doesNotMatch(text, /回收站/);
    const plans = await storedPlans(page);
    assert.equal(plans.length, 2);
    assert.ok(plans.find((p) => p.id === id && p.name === 'Renamed' && p.plan.basics.name === 'Library test'));
    assertNoErrors(page);
  });
});

test('import by the file picker, by dropping a file and by pasting text', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    const file = await page.evaluate(() => window.planner.exportJson());
    // File picker, from the menu.
    const chooser = page.waitForEvent('filechooser');
    await menu(page, 'import_json');
    await (await chooser).setFiles({ name: 'picked.json', mimeType: 'application/json', buffer: Buffer.from(withName(file, 'Picked 选择')) });
    await waitFor(async () => (await exportPlan(page)).plan.basics.name === 'Picked 选择', { message: 'picked import' });
    // Drop on the page.
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, withName(file, 'Dropped'));
    await waitFor(async () => (await exportPlan(page)).plan.basics.name === 'Dropped', { message: 'dropped import' });
    // Paste into the dialog.
    await menu(page, 'paste_json');
    await page.evaluate((t) => navigator.clipboard.writeText(t), withName(file, 'Pasted'));
    await clickItemById(page, /##paste_text$/);
    await press(page, 'Control+v');
    await screenshot(page, 'paste-dialog-en');
    await clickItemById(page, /###paste_do$/);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Pasted');
    // A bad paste names the problem in the dialog and imports nothing.
    await menu(page, 'paste_json');
    await page.evaluate(() => navigator.clipboard.writeText('{"format":"sop-planner/plan","version":2,"plan":{"basics":{"member_count":-5}}}'));
    await clickItemById(page, /##paste_text$/);
    await press(page, 'Control+a');
    await press(page, 'Control+v');
    await clickItemById(page, /###paste_do$/);
    // Named where the user sees it, the file's path only on a detail line under it.
    const refused = await screenText(page);
    assert.match(refused, /Basics › Members: must be between 0–10000000; it is -5/);
    assert.doesNotMatch(refused.replace(/.*plan\.basics\.member_count\s*$/m, ''), /plan\./);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Pasted');
    // Picked, dropped and pasted: the blank plan the test started on, untouched, was not kept.
    await waitSaved(page, (plans) => plans.length === 3, 'three plans stored');
    assertNoErrors(page);
  });
});

test('export downloads a file that imports back equal', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await setName(page, '宝妈成长营 3 群');
    const download = page.waitForEvent('download');
    await menu(page, 'export_json');
    const d = await download;
    assert.match(d.suggestedFilename(), /^宝妈成长营 3 群-\d{4}-\d{2}-\d{2}\.json$/);
    const text = fs.readFileSync(await d.path(), 'utf8');
    const before = await exportPlan(page);
    const r = await page.evaluate((t) => window.planner.importJson(t), text);
    assert.equal(r.ok, true);
    assert.deepEqual((await exportPlan(page)).plan, before.plan);
    // The library remembers the export.
    await clickItemById(page, /###nav_library$/);
    assert.match(await screenText(page), /从未导出/);   // the imported copy
    assert.match(await screenText(page), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });
});

test('a share link carries the plan to another browser, which imports it as a new plan', T, async () => {
  let url;
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await setName(page, 'Shared 分享');
    await menu(page, 'share_link');
    await clickItemById(page, /###share_copy$/);
    url = await page.evaluate(() => navigator.clipboard.readText());
    await screenshot(page, 'share-dialog-en');
  });
  assert.match(url, /#p2\.[A-Za-z0-9_-]+$/);
  const origin = await baseUrl();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = watchErrors(await context.newPage());
    // A first visit: the link's dialog opens over the start screen, and importing it leaves the start screen.
    await gotoPlanner(page, url.replace(/^https?:\/\/[^/]+/, origin).replace('/#', '/?lang=en#'), { welcome: true });
    assert.match(await screenText(page), /Shared 分享/);
    await clickItemById(page, /###link_import$/);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Shared 分享');
    assert.equal(await page.evaluate(() => location.hash), '');   // the link is handled once
    // A damaged link says so and imports nothing.
    await gotoPlanner(page, `${origin}/?lang=en#${url.split('#')[1].slice(0, 40)}`);
    assert.match(await screenText(page), /This share link cannot be opened\. The share link is damaged or incomplete/);
    await screenshot(page, 'share-link-damaged-en');
    await clickItemById(page, /###link_close$/);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Shared 分享');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a corrupted stored value is kept aside, the app starts, and the raw text can be exported', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await setName(page, 'Good plan');
    await waitSaved(page, (plans) => plans.length === 1, 'stored');
    await page.evaluate(() => localStorage.setItem('planner.plan.broken-1', '{"format": "sop-planner/plan", "plan": {'));
    await reloadPlanner(page);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Good plan');
    await clickItemById(page, /###nav_library$/);
    const text = await screenText(page);
    assert.match(text, /无法读取/);
    assert.match(text, /已另存的损坏数据/);
    await screenshot(page, 'library-corrupt-zh');
    const download = page.waitForEvent('download');
    await clickItemById(page, /###lib_raw_broken-1$/);
    const raw = fs.readFileSync(await (await download).path(), 'utf8');
    assert.equal(raw, '{"format": "sop-planner/plan", "plan": {');
    // Kept as it was: the original key and an aside copy both hold it.
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k) === '{"format": "sop-planner/plan", "plan": {'));
    assert.ok(kept.includes('planner.plan.broken-1'));
    assert.ok(kept.some((k) => k.startsWith('planner.aside.')));
    assertNoErrors(page);
  });
});

test('a full storage says so, keeps the saved version, and saves once there is room', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await setName(page, 'Before full');
    await waitSaved(page, (plans) => plans.some((p) => p.plan.basics.name === 'Before full'), 'first save');
    await page.evaluate(() => {
      window.__realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k.startsWith('planner.plan.') || k.startsWith('planner.snap.')) throw new DOMException('full', 'QuotaExceededError');
        return window.__realSetItem.call(this, k, v);
      };
    });
    await setName(page, 'After full');
    // The save comes after a pause in typing; a loaded machine draws slowly.
    await waitFor(async () => /Browser storage is full/.test(await screenText(page)), {
      timeout: 15_000, message: 'the full-storage notice',
    });
    await screenshot(page, 'storage-full-en');
    assert.equal((await storedPlans(page))[0].plan.basics.name, 'Before full');
    assert.equal((await exportPlan(page)).plan.basics.name, 'After full');   // still in memory
    await page.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
    await setName(page, 'After room');
    await waitSaved(page, (plans) => plans.some((p) => p.plan.basics.name === 'After room'), 'saved after room');
  });
});

test('without local storage the app works in memory and says so', T, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${await baseUrl()}/?lang=en`);
    assert.match(await screenText(page), /Browser storage is unavailable/);
    await setName(page, 'In memory');
    assert.equal((await exportPlan(page)).plan.basics.name, 'In memory');
    assert.match(await screenText(page), /Kept in memory only/);
    await screenshot(page, 'storage-unavailable-en');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a key of another script whose name is not well-formed text hides no plan', T, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${await baseUrl()}/?lang=en`);
    await setName(page, 'Kept beside a stranger');
    await waitSaved(page, (plans) => plans.some((p) => p.plan.basics.name === 'Kept beside a stranger'), 'saved');
    // Another script on the same origin (a shared host) keeps a key whose name
    // holds a lone surrogate; and the planner has forgotten which plan was open.
    await page.evaluate(() => {
      localStorage.setItem('other-app:\uD800draft', 'theirs');
      localStorage.removeItem('planner.ui.open');
    });
    await reloadPlanner(page);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Kept beside a stranger');
    await clickItemById(page, /###nav_library$/);
    assert.match(await screenText(page), /Kept beside a stranger/);
    assert.doesNotMatch(await screenText(page), /cannot be read|unavailable/);
    assert.equal(await page.evaluate(() => localStorage.getItem('other-app:\uD800draft')), 'theirs', 'the other key is left alone');
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('storage that takes writes but cannot be read says so once, and the saved plans are not touched', T, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${await baseUrl()}/?lang=en`);
    await setName(page, 'Saved before');
    await waitSaved(page, (plans) => plans.some((p) => p.plan.basics.name === 'Saved before'), 'saved');
    const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    // From the next load on, every read throws (getItem, key(), length) while setItem works.
    await context.addInitScript(() => {
      const fail = () => { throw new DOMException('denied', 'SecurityError'); };
      Storage.prototype.getItem = fail;
      Storage.prototype.key = fail;
      Object.defineProperty(Storage.prototype, 'length', { get: fail });
    });
    // Nothing can be read, so the start screen shows: with the notice above it,
    // never as if the library were empty.
    await reloadPlanner(page, { welcome: true });
    const notice = /Browser storage cannot be read: your saved plans cannot be shown right now, but they are not changed or deleted/;
    assert.ok(await welcomeShown(page), 'the start screen');
    assert.match(await screenText(page), notice);
    await screenshot(page, 'storage-unreadable-start-en');
    await passWelcome(page);
    assert.match(await screenText(page), notice);
    await setName(page, 'Typed while unreadable');
    await setName(page, 'Typed again');
    const text = await screenText(page);
    assert.match(text, /Kept in memory only/);
    assert.doesNotMatch(text, /previous version was put back/);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Typed again');
    await screenshot(page, 'storage-unreadable-en');
    // What was stored is exactly as it was (read past the broken getItem).
    const after = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage[k]])));
    for (const [key, value] of Object.entries(before)) {
      if (key.startsWith('planner.plan.')) assert.equal(after[key], value, `${key} changed`);
    }
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('two tabs: a saved change reaches the other tab, and simultaneous edits keep both versions', T, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const origin = await baseUrl();
    const a = watchErrors(await context.newPage());
    await gotoPlanner(a, `${origin}/?lang=en`);
    await setName(a, 'Shared start');
    await waitSaved(a, (plans) => plans.length === 1 && plans[0].plan.basics.name === 'Shared start', 'tab A saved');
    const b = watchErrors(await context.newPage());
    await gotoPlanner(b, `${origin}/?lang=en`);
    assert.equal((await exportPlan(b)).plan.basics.name, 'Shared start');
    // A saves; B has no unsaved changes and shows A's version.
    await setName(a, 'From A');
    await waitFor(async () => (await exportPlan(b)).plan.basics.name === 'From A', { timeout: 10_000, message: 'B reloads' });
    assert.match(await screenText(b), /Another tab changed this plan/);
    // Both edit before either saves: neither version is lost. Typed text
    // reaches the plan after a pause in typing, and is saved half a second
    // later, so the fields are opened first (no edit yet) and both are typed
    // into at once: each tab has its own change before the other's save can
    // arrive, however slow the machine.
    await openName(b);
    await openName(a);
    await Promise.all([typeText(b, 'Edit in B'), typeText(a, 'Edit in A')]);
    await Promise.all([press(b, 'Enter'), press(a, 'Enter')]);
    await waitSaved(a, (plans) => {
      const names = plans.map((p) => p.plan.basics.name);
      return names.includes('Edit in A') && names.includes('Edit in B');
    }, 'both versions stored');
    const texts = (await screenText(a)) + (await screenText(b));
    assert.match(texts, /saved as a new plan/);
    await screenshot(a, 'two-tabs-a-en');
    await screenshot(b, 'two-tabs-b-en');
    assertNoErrors(a);
    assertNoErrors(b);
  } finally {
    await context.close();
  }
});
