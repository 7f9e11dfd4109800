// Messages a person understands, as a new user meets them: a slot time of
// 25:99 is refused naming the place as the screen shows it (never a path like
// plan.rhythm.slots[2].time), and the message goes once an edit goes
// through; a file picked by mistake (a CSV table, a PNG image, another app's
// JSON) is named for what it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlanner, clickItemById, screenText, typeText, press, exportPlan, screenshot, assertNoErrors,
  waitFor, waitFrames,
} from './harness.mjs';

const T = { timeout: 240_000 };
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function menu(page, id) {
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, new RegExp(`###${id}$`));
}

const WORDS = {
  zh: {
    place: '执行节奏 › 每日时段 › 第 3 行 › 时间：时间应写成 HH:MM',
    csv: /未从「schedule\.csv」导入任何内容。这是一个 CSV 表格，不是方案文件/,
    png: /未从「photo\.png」导入任何内容：这是一张 PNG 图片，不是方案文件/,
    json: /未从「notes\.json」导入任何内容。这是一个 JSON 文件，但不是规划器的方案文件/,
    overflow: /基本信息 › 成员数：数字 1e309 太大[\s\S]*\n文件中的位置：plan\.basics\.member_count/,
  },
  en: {
    place: 'Rhythm › Daily slots › row 3 › Time: write the time as HH:MM',
    csv: /Nothing was imported from schedule\.csv\. This is a CSV spreadsheet, not a plan file/,
    png: /Nothing was imported from photo\.png: it is a PNG image, not a plan file/,
    json: /Nothing was imported from notes\.json\. This is a JSON file, but not a planner file/,
    overflow: /Basics › Members: the number 1e309 is too large[\s\S]*\nWhere in the file: plan\.basics\.member_count/,
  },
};

for (const lang of ['zh', 'en']) {
  test(`25:99 in a slot time names the row and field, and a valid edit clears it (${lang})`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang });
    try {
      await menu(page, 'new_from_template');
      await clickItemById(page, /###tpl_mother_baby$/);
      await clickItemById(page, /###nav_rhythm$/);
      // The third row of the table, which lists the slots by time.
      const slots = (await exportPlan(page)).plan.rhythm.slots.slice().sort((a, b) => a.time.localeCompare(b.time));
      const third = slots[2];
      await clickItemById(page, new RegExp(`##slot_time_${third.id}$`));
      await press(page, 'Control+a');
      await typeText(page, '25:99');
      await press(page, 'Enter');
      await waitFrames(page, 2);
      let text = await screenText(page);
      assert.ok(text.includes(WORDS[lang].place), `the message names the place: ${text}`);
      assert.doesNotMatch(text, /plan\.|slots\[/);
      await screenshot(page, `problem-slot-time-${lang}`);

      await clickItemById(page, new RegExp(`##slot_time_${third.id}$`));
      await press(page, 'Control+a');
      await typeText(page, '21:45');
      await press(page, 'Enter');
      await waitFrames(page, 2);
      const stored = (await exportPlan(page)).plan.rhythm.slots.find((s) => s.id === third.id);
      assert.equal(stored.time, '21:45');
      text = await screenText(page);
      assert.ok(!text.includes(WORDS[lang].place), 'the message went with the good edit');
      await screenshot(page, `problem-slot-time-cleared-${lang}`);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}

function notice(page) {
  return page.evaluate(() => {
    const el = document.getElementById('notice');
    return el && !el.hidden ? document.getElementById('notice-text').textContent : null;
  });
}

async function pick(page, name, mimeType, bytes) {
  const chooser = page.waitForEvent('filechooser');
  await menu(page, 'import_json');
  await (await chooser).setFiles({ name, mimeType, buffer: bytes });
  return waitFor(() => notice(page), { message: `the message about ${name}` });
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d8c6e10000000049454e44ae426082', 'hex');

for (const [lang, phone] of [['zh', false], ['en', false], ['zh', true], ['en', true]]) {
  test(`a CSV, a PNG or another app's JSON picked to import is named as such (${lang}${phone ? ', phone' : ''})`, T, async () => {
    const { context, page } = await openPlanner(browser, { lang, phone });
    try {
      const before = await exportPlan(page);
      const files = [
        ['schedule.csv', 'text/csv', Buffer.from('\ufeff日期,星期,时间,标题\n2025-03-03,周一,20:00,晚安\n'), 'csv'],
        ['photo.png', 'image/png', PNG, 'png'],
        ['notes.json', 'application/json', Buffer.from(JSON.stringify({ type: 'excalidraw', elements: [] })), 'json'],
      ];
      for (const [name, mime, bytes, kind] of files) {
        const text = await pick(page, name, mime, bytes);
        assert.match(text, WORDS[lang][kind]);
        assert.doesNotMatch(text, /plan\./);
        await screenshot(page, `problem-file-${kind}-${lang}${phone ? '-phone' : ''}`);
        await page.click('#notice-close');
      }
      // A number too large for its field: out of range, and where; the path on a line of its own.
      const big = JSON.stringify(before, null, 2).replace(/"member_count": \d+/, '"member_count": 1e309');
      const text = await pick(page, 'big.json', 'application/json', Buffer.from(big));
      assert.match(text, WORDS[lang].overflow);
      await screenshot(page, `problem-file-overflow-${lang}${phone ? '-phone' : ''}`);
      assert.deepEqual((await exportPlan(page)).plan, before.plan, 'nothing was imported');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}
