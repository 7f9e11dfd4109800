// Sharing a plan as a new user would (issue 20): pick the mother & baby
// template on the start screen, ask for a share link, read the dialog's QR
// code from a screenshot with Debian's zbarimg (zbar-tools), check it is the
// very link the app copies, and open it in a second browser: the same plan.
// Screenshots of the dialog in zh and en, at 1280×720 and on a phone, go to
// tests/e2e/artifacts/share-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  launchBrowser, baseUrl, openPlanner, clickItemById, findItemById, tapItem, screenText, exportPlan, screenshot,
  assertNoErrors, gotoPlanner, watchErrors, waitFor, ARTIFACTS_DIR,
} from './harness.mjs';
import path from 'node:path';

const T = { timeout: 240_000 };
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The text zbarimg reads from the QR code in a PNG (one code, raw). */
function readQr(file) {
  return execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).replace(/\n$/, '');
}

/** A screenshot of the dialog's QR code (its item, quiet zone included) to artifacts/<name>.png. */
async function qrShot(page, name) {
  const qr = await findItemById(page, /share_qr$/);
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, clip: { x: qr.x - 8, y: qr.y - 8, width: qr.w + 16, height: qr.h + 16 } });
  return file;
}

/** From the start screen: the template chosen, then File › Share as a link. */
async function shareTemplate(page, key, { touch = false } = {}) {
  const press = touch ? async (re) => tapItem(page, await findItemById(page, re)) : (re) => clickItemById(page, re);
  await press(new RegExp(`###welcome_tpl_${key}$`));
  await waitFor(async () => (await exportPlan(page)).plan.basics.industry === 'mother_baby',
    { message: `the ${key} template to open` });
  await press(/###menu_file$/);
  await press(/###share_link$/);
  await findItemById(page, /share_qr$/);
}

test('the mother & baby template shared by QR code opens as the same plan in another browser', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'zh', welcome: true });
  let url, plan;
  try {
    await shareTemplate(page, 'mother_baby');
    plan = (await exportPlan(page)).plan;
    await clickItemById(page, /###share_copy$/);
    url = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(url, /#p2\.[A-Za-z0-9_-]+$/);
    assert.ok(url.length < 2000, `a link of ${url.length} characters`);
    assert.match(await screenText(page), /扫一扫/);
    await screenshot(page, 'share-dialog-zh');
    assert.equal(readQr(await qrShot(page, 'share-qr-zh')), url);   // the QR code is the link, exactly
    assertNoErrors(page);
  } finally {
    await context.close();
  }
  // The link, as scanned, in a browser that has never seen the planner.
  const origin = await baseUrl();
  const second = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = watchErrors(await second.newPage());
    await gotoPlanner(page, url.replace(/^https?:\/\/[^/]+/, origin), { welcome: true });
    assert.ok((await screenText(page)).includes(plan.basics.name), 'the link\'s dialog names the plan');
    await clickItemById(page, /###link_import$/);
    await waitFor(async () => (await exportPlan(page)).plan.basics.name === plan.basics.name,
      { message: 'the shared plan to open' });
    assert.deepEqual((await exportPlan(page)).plan, plan);
    assertNoErrors(page);
  } finally {
    await second.close();
  }
});

test('on a phone the share dialog shows a QR code that reads back to the link (en)', T, async () => {
  const { context, page } = await openPlanner(browser, { lang: 'en', phone: true, welcome: true });
  try {
    await shareTemplate(page, 'mother_baby', { touch: true });
    assert.match(await screenText(page), /Scan it with WeChat/);
    await screenshot(page, 'share-dialog-phone-en');
    const qr = await findItemById(page, /share_qr$/);
    assert.ok(qr.x >= 0 && qr.x + qr.w <= 390, `the QR code (${qr.x}+${qr.w}) fits the phone's width`);
    const text = readQr(await qrShot(page, 'share-qr-phone-en'));
    assert.match(text, /#p2\.[A-Za-z0-9_-]+$/);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});
