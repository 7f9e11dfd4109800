// Saving back to a file (docs/architecture.md, "Saving back to a file"):
// a plan opened through the File System Access API is written back to the
// same file by Ctrl+S, whole, and again after a reload (the handle kept in
// IndexedDB); a write that fails says so, naming the file, and the plan
// stays in the library. Chromium's origin-private file system gives real
// handles with real writable streams; the test puts its own picker in place
// of showOpenFilePicker, which the browser tests cannot answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  clickItemById,
  exportPlan,
  screenText,
  typeText,
  press,
  screenshot,
  assertNoErrors,
  reloadPlanner,
  waitFor,
  withPlanner,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function setName(page, name) {
  await clickItemById(page, /###nav_basics$/);
  await clickItemById(page, /##community_name$/);
  await press(page, 'Control+a');
  await typeText(page, name);
  await press(page, 'Enter');
}

async function openFromMenu(page) {
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, /###import_json$/);
}

/** The open plan's file under another name, as JSON text. */
async function planText(page, name) {
  const doc = await exportPlan(page);
  doc.plan.basics.name = name;
  return JSON.stringify(doc, null, 2);
}

function notice(page) {
  return page.evaluate(() => {
    const el = document.getElementById('notice');
    return el && !el.hidden ? document.getElementById('notice-text').textContent : null;
  });
}

/** The stored record of the plan named `name`: {plan, library}. */
function storedRecord(page, name) {
  return page.evaluate((name) => {
    for (const k of Object.keys(localStorage)) {
      if (!k.startsWith('planner.plan.')) continue;
      const r = JSON.parse(localStorage.getItem(k));
      if (r.plan.basics.name === name) return r;
    }
    return null;
  }, name);
}

const FILE = '宝妈成长营.json';
// The planner may be writing the file while the test reads it: a read that
// meets a write in progress fails with NotReadableError, so it is tried again.
const readFile = (page) =>
  page.evaluate(async (file) => {
    const dir = await navigator.storage.getDirectory();
    for (let attempt = 0; ; ++attempt) {
      try {
        return await (await (await dir.getFileHandle(file)).getFile()).text();
      } catch (e) {
        if (e.name !== 'NotReadableError' || attempt >= 50) throw e;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }, FILE);

test('a plan opened from a file is written back to it by Ctrl+S, whole, and again after a reload', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    const text = await planText(page, '宝妈成长营 🌸 一群');
    await page.evaluate(async ({ text, file }) => {
      const dir = await navigator.storage.getDirectory();
      const handle = await dir.getFileHandle(file, { create: true });
      const w = await handle.createWritable();
      await w.write(text);
      await w.close();
      window.showOpenFilePicker = async () => [handle];
    }, { text, file: FILE });
    await openFromMenu(page);
    await waitFor(async () => (await exportPlan(page)).plan.basics.name === '宝妈成长营 🌸 一群', { message: 'the file opened' });
    await waitFor(async () => (await screenText(page)).includes(`Ctrl+S 保存到 ${FILE}`), { message: 'where Ctrl+S saves' });

    await setName(page, '宝妈成长营 🌸 二群');
    await press(page, 'Control+s');
    await waitFor(async () => JSON.parse(await readFile(page)).plan.basics.name === '宝妈成长营 🌸 二群', {
      timeout: 10_000, message: 'the file written',
    });
    const written = JSON.parse(await readFile(page));
    assert.deepEqual(written.plan, (await exportPlan(page)).plan, 'the file holds the plan as it is');
    assert.equal(written.format, (await exportPlan(page)).format);
    await waitFor(async () => (await screenText(page)).includes(`已保存到 ${FILE}。`), { message: 'saved, said' });
    const record = await storedRecord(page, '宝妈成长营 🌸 二群');
    assert.ok(record?.library?.last_exported_at, 'the save counts as the last export');
    await clickItemById(page, /###menu_file$/);
    await screenshot(page, 'file-save-menu-zh');
    await press(page, 'Escape');

    // A reload: the handle comes back from IndexedDB, Ctrl+S writes there again.
    await reloadPlanner(page);
    await waitFor(async () => (await screenText(page)).includes(`Ctrl+S 保存到 ${FILE}`), { message: 'the file kept over a reload' });
    await setName(page, '宝妈成长营 🌸 三群');
    await press(page, 'Control+s');
    await waitFor(async () => JSON.parse(await readFile(page)).plan.basics.name === '宝妈成长营 🌸 三群', {
      timeout: 10_000, message: 'the file written after the reload',
    });
    assert.equal(await notice(page), null);
    assertNoErrors(page);
  });
});

test('a save the file refuses says so, naming the file, and keeps the plan in the library', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    const text = await planText(page, '写不进去的群');
    // A file whose permission is refused, then whose disk is full.
    await page.evaluate((text) => {
      window.__permission = 'denied';
      const handle = {
        kind: 'file',
        name: '坏盘.json',
        getFile: async () => new File([text], '坏盘.json', { type: 'application/json' }),
        queryPermission: async () => 'prompt',
        requestPermission: async () => window.__permission,
        createWritable: async () => { throw new DOMException('The disk is full.', 'QuotaExceededError'); },
      };
      window.showOpenFilePicker = async () => [handle];
    }, text);
    await openFromMenu(page);
    await waitFor(async () => (await screenText(page)).includes('Ctrl+S 保存到 坏盘.json'), { message: 'where Ctrl+S saves' });
    await setName(page, '写不进去的群 改');
    await press(page, 'Control+s');
    let said = await waitFor(() => notice(page), { message: 'the refusal' });
    assert.match(said, /^没能保存到“坏盘\.json”：浏览器没有得到写入这个文件的许可。文件保持原样，方案仍完好地保存在方案库中。/);
    await page.evaluate(() => { document.getElementById('notice-close').click(); window.__permission = 'granted'; });
    await press(page, 'Control+s');
    said = await waitFor(() => notice(page), { message: 'the full disk' });
    assert.match(said, /^没能保存到“坏盘\.json”：磁盘空间不足。/);
    assert.match(await screenText(page), /没能保存到“坏盘\.json”/);
    await screenshot(page, 'file-save-failed-zh');
    const record = await waitFor(() => storedRecord(page, '写不进去的群 改'), { message: 'the plan in the library' });
    assert.equal(record.library.last_exported_at ?? null, null, 'a failed save is no export');
    assert.equal((await exportPlan(page)).plan.basics.name, '写不进去的群 改');
    assertNoErrors(page);
  });
});
