// Importing WeCom's group statistics as a new user does: a week of the daily
// table pasted from the clipboard (Chinese headers) into the KPI section's
// import dialog, the preview, one confirm; the speaking rate's sparkline
// and the week-on-week alert follow. A GB18030 CSV (what Excel on a Chinese
// Windows saves) is decoded by the page and read the same way, on a phone.
// Screenshots: tests/e2e/artifacts/kpi-import-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  items,
  findItemById,
  clickItemById,
  typeText,
  press,
  screenText,
  waitFor,
  exportPlan,
  screenshot,
  assertNoErrors,
  withPlanner,
  tapItem,
  tapSection,
  revealItem,
  waitFrames,
  localDate,
} from './harness.mjs';

const T = { timeout: 300_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function setStartDate(page, date) {
  await clickItemById(page, /###nav_basics$/);
  await clickItemById(page, /##start_date$/);
  await press(page, 'Control+a');
  await typeText(page, date);
  await press(page, 'Enter');
  await waitFor(async () => (await exportPlan(page)).plan.basics.start_date === date, { message: `start date ${date}` });
}

// A week of WeCom's daily group data ending yesterday: 40% of the members
// spoke on the first day, about 20% since, so the speaking rate falls by
// half week on week.
async function weekTable(page, sep) {
  const rows = [['日期', '群成员数', '发言成员数', '消息数', '入群人数', '退群人数']];
  const spoke = [80, 42, 41, 40, 44, 40, 41];
  for (let i = 0; i < 7; i++) {
    const date = (await localDate(page, i - 7)).replace(/-0?/g, '/');   // 2026/12/1, as Excel writes it
    rows.push([date, String(200 + i), String(spoke[i]), i === 0 ? '"1,234"' : String(500 + i), '3', '1']);
  }
  return rows.map((r) => r.join(sep)).join('\r\n') + '\r\n';
}

test('a week of WeCom statistics pasted in: the preview, one confirm, the sparkline and the alert', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await setStartDate(page, await localDate(page, -12));   // day 12: the activation stage
    await clickItemById(page, /###nav_kpis$/);
    await clickItemById(page, /###kpi_import_open$/);
    await clickItemById(page, /##import_text$/);
    // Copied from Excel: tab-separated, on the clipboard; Ctrl+V in the field.
    const table = (await weekTable(page, '\t')).replace(/"1,234"/, '1,234');
    await page.evaluate((text) => navigator.clipboard.writeText(text), table);
    await press(page, 'Control+v');
    await waitFor(async () => /7 天：/.test(await screenText(page)), { message: 'the preview of 7 days' });
    const text = await screenText(page);
    assert.match(text, /发言成员数 ÷ 群成员数（%）/);
    assert.match(text, /将记录 21 个数值（3 个指标）/);   // members, who spoke, their share × 7 days
    await screenshot(page, 'kpi-import-preview-zh');

    await clickItemById(page, /###import_confirm$/);
    const plan = (await exportPlan(page)).plan;
    const speaking = plan.kpis.activation.kpis.find((k) => k.id === 'activation-speaking');
    assert.equal(speaking.log.length, 7);
    assert.equal(speaking.log[0].value, 40);
    assert.equal(plan.kpis.launch.kpis.find((k) => k.id === 'launch-members').log.length, 7);
    assert.ok(plan.kpis.import_columns.some((c) => c.column === '发言成员数' && c.per === '群成员数' && c.kpi === 'activation-speaking'));

    // The alert: the speaking rate fell by half week on week.
    await waitFor(async () => /已触发的提醒（1）/.test(await screenText(page)), { message: 'one triggered alert' });
    assert.match(await screenText(page), /发言密度周环比下降/);
    // The activation tab shows the speaking rate's sparkline with its 7 points.
    await clickItemById(page, /###kpi_tab_activation$/);
    const spark = await findItemById(page, /###spark_activation-speaking$/);
    assert.ok(spark.w > 20 && spark.h > 5);
    await screenshot(page, 'kpi-import-alert-zh');
    // The fast entry form of the same stage, for the eye.
    await clickItemById(page, /###kpi_entry_open$/);
    await waitFor(async () => /快速记录：激活期/.test(await screenText(page)), { message: 'the fast entry form' });
    await screenshot(page, 'kpi-entry-zh');
    assertNoErrors(page);
  });
});

test('a GB18030 CSV file from Excel, on a phone in English: decoded, its bad row named', T, async () => {
  await withPlanner(browser, { lang: 'en', phone: true }, async (page) => {
    await tapSection(page, 'kpis');   // a new plan: the launch stage
    await tapItem(page, await revealItem(page, /###kpi_import_open$/));
    const csv = (await weekTable(page, ',')) + '合计,1234,289,3540,21,7\r\n';   // Excel's total row
    await waitFrames(page, 4);   // the dialog settles where it opens
    const chooser = page.waitForEvent('filechooser');
    await tapItem(page, await findItemById(page, /###import_choose_file$/));
    await (await chooser).setFiles({ name: '群统计.csv', mimeType: 'text/csv', buffer: gb18030(csv) });
    await waitFor(async () => /7 days:/.test(await screenText(page)), { message: 'the file read as 7 days' });
    const text = await screenText(page);
    assert.match(text, /Row 9: “合计” is not a date/);
    assert.match(text, /群成员数/);                       // the headers, decoded
    await screenshot(page, 'kpi-import-gb18030-phone-en');
    // The confirm at the foot of the dialog, reached with a finger.
    await tapItem(page, await revealItem(page, /###import_confirm$/));
    await waitFor(async () => /21 values imported/.test(await screenText(page)), { message: 'the import said' });
    const plan = (await exportPlan(page)).plan;
    const logged = Object.values(plan.kpis).flatMap((s) => s?.kpis ?? []).flatMap((k) => k.log ?? []);
    assert.equal(logged.length, 21, 'three KPIs, seven days each');
    await screenshot(page, 'kpi-import-gb18030-phone-en-done');
    assertNoErrors(page);
  });
});

// GB18030 for the few characters the table uses (Python: '…'.encode('gb18030')).
const GB = {
  日: 'c8d5', 期: 'c6da', 群: 'c8ba', 成: 'b3c9', 员: 'd4b1', 数: 'cafd', 发: 'b7a2', 言: 'd1d4', 消: 'cffb',
  息: 'cfa2', 入: 'c8eb', 人: 'c8cb', 退: 'cdcb', 合: 'bacf', 计: 'bcc6',
};
function gb18030(text) {
  const parts = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) parts.push(Buffer.from(ch, 'latin1'));
    else if (GB[ch]) parts.push(Buffer.from(GB[ch], 'hex'));
    else throw new Error(`no GB18030 bytes for ${ch}`);
  }
  return Buffer.concat(parts);
}
