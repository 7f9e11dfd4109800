// The app as a new user meets it: typing Chinese in long fields, settings
// that are remembered, undo, refused files, the error screens, a lost
// WebGL context, sharp text on high-DPI screens, and a page that talks to
// no one but its own server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import {
  launchBrowser,
  baseUrl,
  findItemById,
  clickItemById,
  screenText,
  waitFrames,
  waitFor,
  press,
  imeCommit,
  exportPlan,
  screenshot,
  assertNoErrors,
  sleep,
  withPlanner,
  gotoPlanner,
  watchErrors,
  DIST_DIR,
} from './harness.mjs';

const T = { timeout: 180_000 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('Chinese typed with an input method lands in a multi-line field at the cursor', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await clickItemById(page, /##positioning_solution$/);
    await imeCommit(page, '每周三次育儿干货');
    await press(page, 'Enter');                       // a new line, not the end of editing
    await imeCommit(page, '会员专属福利');
    await press(page, 'Home');                         // the cursor moves: text goes where it is
    await imeCommit(page, '并且');
    await clickItemById(page, /##community_name$/);    // leaving the field commits it
    const plan = await exportPlan(page);
    assert.equal(plan.plan.basics.positioning.solution, '每周三次育儿干货\n并且会员专属福利');
    assertNoErrors(page);
  });
});

test('the text being composed is shown next to the cursor before it is committed', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    const field = await clickItemById(page, /##owner$/);
    const session = await page.context().newCDPSession(page);
    await session.send('Input.imeSetComposition', { text: 'zhang', selectionStart: 5, selectionEnd: 5 });
    const shown = await page.evaluate(() => {
      const ime = document.getElementById('ime');
      const r = ime.getBoundingClientRect();
      return { composing: ime.classList.contains('composing'), value: ime.value,
               opacity: getComputedStyle(ime).opacity, x: r.left, y: r.top };
    });
    assert.equal(shown.composing, true);
    assert.equal(shown.value, 'zhang');
    assert.equal(shown.opacity, '1');
    // Placed on the field being edited, so the candidate window appears there.
    assert.ok(shown.y >= field.y - 2 && shown.y <= field.y + field.h, `composition at y=${shown.y}, field ${field.y}`);
    await screenshot(page, 'ime-composing-zh');
    await session.send('Input.insertText', { text: '张老师' });
    await press(page, 'Enter');
    assert.equal((await exportPlan(page)).plan.basics.owner, '张老师');
    assert.equal(await page.evaluate(() => document.getElementById('ime').classList.contains('composing')), false);
  });
});

test('the language chosen in the menu is remembered after a reload', T, async () => {
  await withPlanner(browser, { lang: null }, async (page) => {
    assert.match(await screenText(page), /基本信息/);       // Chinese by default
    await clickItemById(page, /###menu_view$/);
    await clickItemById(page, /###menu_language$/);
    await clickItemById(page, /###lang_en$/);
    assert.match(await screenText(page), /Basics/);
    await page.reload();
    await page.evaluate(() => window.planner.ready);
    const text = await screenText(page);
    assert.match(text, /Community name/);
    assert.doesNotMatch(text, /社群名称/);
    // The loading screen speaks the remembered language too.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  });
});

test('the font size setting scales the interface and is remembered', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    const before = await findItemById(page, /##community_name$/);
    await clickItemById(page, /###menu_view$/);
    await clickItemById(page, /###menu_font$/);
    await clickItemById(page, /###font_3$/);
    await waitFrames(page, 3);
    const after = await findItemById(page, /##community_name$/);
    assert.ok(after.h > before.h * 1.15, `field height ${before.h} → ${after.h}`);
    await screenshot(page, 'font-xlarge-en');
    await page.reload();
    await page.evaluate(() => window.planner.ready);
    await waitFrames(page, 3);
    const reloaded = await findItemById(page, /##community_name$/);
    assert.ok(Math.abs(reloaded.h - after.h) < 1, `after reload ${reloaded.h}, expected ${after.h}`);
  });
});

test('Ctrl+Z undoes an edit and Ctrl+Shift+Z redoes it', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await clickItemById(page, /##city$/);
    await page.keyboard.type('Hangzhou');
    await press(page, 'Enter');
    assert.equal((await exportPlan(page)).plan.basics.city, 'Hangzhou');
    await press(page, 'Control+z');
    assert.equal((await exportPlan(page)).plan.basics.city, '');
    await press(page, 'Control+Shift+z');
    assert.equal((await exportPlan(page)).plan.basics.city, 'Hangzhou');
    assert.match(await screenText(page), /Hangzhou/);
  });
});

test('a refused import names the problem and its place, and keeps the open plan', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    await clickItemById(page, /##community_name$/);
    await press(page, 'Control+a');   // the blank plan is named (the blank template's name)
    await page.keyboard.type('Keep me');
    await press(page, 'Enter');
    const good = await page.evaluate(() => window.planner.exportJson());
    const bad = JSON.parse(good);
    bad.plan.basics.member_count = 'lots';
    const r = await page.evaluate((t) => window.planner.importJson(t), JSON.stringify(bad));
    assert.equal(r.ok, false);
    assert.match(r.error, /^Basics › Members: should be a number, not text$/);
    assert.equal(r.detail, 'Where in the file: plan.basics.member_count');
    const r2 = await page.evaluate((t) => window.planner.importJson(t), '{"format":"sop-planner/plan","version":99,"plan":{}}');
    assert.equal(r2.ok, false);
    assert.match(r2.error, /newer planner/);
    assert.equal((await exportPlan(page)).plan.basics.name, 'Keep me');
    // The message is on screen, in the user's language.
    assert.match(await screenText(page), /Nothing imported\. /);
    await screenshot(page, 'import-refused-en');
    const ok = await page.evaluate((t) => window.planner.importJson(t), good.replace('Keep me', '导入的方案'));
    assert.equal(ok.ok, true);
    assert.match(ok.id, /^[A-Za-z0-9_-]+$/);
    assert.equal((await exportPlan(page)).plan.basics.name, '导入的方案');
    assertNoErrors(page);
  });
});

test('the copy button puts the positioning statement on the system clipboard', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    for (const [id, text] of [['positioning_users', '新手妈妈'], ['positioning_pain', '育儿知识零散']]) {
      await clickItemById(page, new RegExp(`##${id}$`));
      await imeCommit(page, text);
      await press(page, 'Enter');
    }
    await clickItemById(page, /##positioning_solution$/);
    await imeCommit(page, '每周三次干货');
    await clickItemById(page, /##community_name$/);
    await press(page, 'Escape');
    await clickItemById(page, /##copy_positioning$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, '这个群面向新手妈妈。他们的困扰是育儿知识零散；我们的做法是每周三次干货。');
    assert.match(await screenText(page), /已复制到剪贴板/);
  });
});

test('a lost WebGL context is restored with the drawing and the data intact', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    await clickItemById(page, /##community_name$/);
    await press(page, 'Control+a');   // the blank plan is named (the blank template's name)
    await imeCommit(page, '不丢数据');
    await press(page, 'Enter');
    await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      window.__lose = gl.getExtension('WEBGL_lose_context');
      window.__lose.loseContext();
    });
    await sleep(300);
    await page.evaluate(() => window.__lose.restoreContext());
    await waitFor(async () => (await page.evaluate(() => window.planner.frames())) > 0);
    await waitFrames(page, 3);
    const text = await screenText(page);
    assert.match(text, /基本信息/);
    assert.match(text, /不丢数据/);
    assert.equal((await exportPlan(page)).plan.basics.name, '不丢数据');
    await screenshot(page, 'context-restored-zh');
    // Pixels are drawn again: the canvas is not a single flat colour.
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 400, height: 120 } });
    assert.ok(png.length > 3000, `restored canvas screenshot is ${png.length} bytes`);
    assertNoErrors(page);
  });
});

test('high-DPI screens get a full-resolution canvas', T, async () => {
  await withPlanner(browser, { lang: 'zh', deviceScaleFactor: 2 }, async (page) => {
    const size = await page.evaluate(() => ({
      w: document.getElementById('canvas').width, css: innerWidth, dpr: devicePixelRatio }));
    assert.equal(size.dpr, 2);
    assert.equal(size.w, size.css * 2);
    // Items stay in CSS pixels, so layout is the same as at 1x.
    const field = await findItemById(page, /##community_name$/);
    assert.ok(field.x > 100 && field.x + field.w <= size.css);
    await screenshot(page, 'hidpi-2x-zh');
  });
});

test('the page requests nothing but its own files', T, async () => {
  const origin = await baseUrl();
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${origin}/?lang=zh`);
  await page.evaluate(() => window.planner.ready);
  await sleep(500);
  await context.close();
  assert.deepEqual(foreign, []);
});

test('without WebGL 2 the page explains why it cannot start, in the user language', T, async () => {
  const origin = await baseUrl();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=zh`);
  await page.waitForSelector('#splash.error');
  assert.match(await page.textContent('#splash'), /WebGL 2/);
  assert.match(await page.textContent('#splash'), /规划器无法启动/);
  await screenshot(page, 'error-no-webgl-zh');
  await context.close();
});

test('a file that fails to load shows an error screen naming it', T, async () => {
  const origin = await baseUrl();
  const context = await browser.newContext();
  await context.route('**/planner.wasm.xz', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await page.waitForSelector('#splash.error');
  const text = await page.textContent('#splash');
  assert.match(text, /could not start/);
  assert.match(text, /planner\.wasm\.xz.*404/);
  await screenshot(page, 'error-missing-file-en');
  await context.close();
});

test('a file damaged twice shows an error screen naming it, in the user language', T, async () => {
  const origin = await baseUrl();
  // An xz stream cut short, one with a byte changed (its checksum fails),
  // and whole xz and gzip files that hold no wasm; the page asks for a
  // damaged file a second time before it gives up.
  const packed = fs.readFileSync(path.join(DIST_DIR, 'planner.wasm.xz'));
  const flipped = Buffer.from(packed);
  flipped[flipped.length >> 1] ^= 0x40;
  const xzOf = (text) => execFileSync('xz', ['--format=xz', '--check=crc32', '-c'], { input: Buffer.from(text) });
  const zhDamaged = /下载的规划器文件 planner\.wasm\.xz 已损坏，重新下载后依然如此.*服务器上的副本有问题/;
  const enDamaged = /A file of the planner, planner\.wasm\.xz, arrived damaged, and again when downloaded a second time: the copy on this server seems to be broken/;
  const cases = [
    { lang: 'zh', body: packed.subarray(0, packed.length >> 1), expect: zhDamaged },
    { lang: 'en', body: flipped, expect: enDamaged },
    { lang: 'zh', body: xzOf('not a wasm module'), expect: zhDamaged },
    { lang: 'en', body: zlib.gzipSync(Buffer.from('not a wasm module')), expect: enDamaged },
  ];
  for (const c of cases) {
    const context = await browser.newContext();
    let asked = 0;
    await context.route('**/planner.wasm.xz', (route) => { asked++; route.fulfill({ status: 200, body: c.body }); });
    const page = await context.newPage();
    await page.goto(`${origin}/?lang=${c.lang}`);
    await page.waitForSelector('#splash.error');
    assert.match(await page.textContent('#splash'), c.expect);
    assert.equal(asked, 2, 'planner.wasm.xz asked for once more after it arrived damaged');
    assert.notEqual((await page.textContent('#splash-detail')).trim(), '');   // the browser's own reason
    await screenshot(page, `error-damaged-file-${c.lang}`);
    await context.close();
  }
});

test('a file that arrives damaged once is downloaded again and the app starts', T, async () => {
  const packed = fs.readFileSync(path.join(DIST_DIR, 'planner-font.ttf.gz'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    let asked = 0;
    await context.route('**/planner-font.ttf.gz', (route) =>
      ++asked === 1 ? route.fulfill({ status: 200, body: packed.subarray(0, packed.length >> 1) }) : route.continue());
    const page = watchErrors(await context.newPage());
    // font=bundled: the page fetches the font (a system without a Chinese one).
    await gotoPlanner(page, `${await baseUrl()}/?lang=zh&font=bundled`);
    assert.equal(asked, 2);
    assert.equal(await page.evaluate(() => window.planner.stats().font), 'bundled-web');
    assert.match(await screenText(page), /社群档案/);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});

test('a host that unpacks the .gz files itself still serves a working page', T, async () => {
  // Some hosts send a .gz file with Content-Encoding: gzip; the browser then
  // hands the page the unpacked bytes. (No host does that for .xz.)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const name = 'planner-font.ttf.gz';
    const unpacked = zlib.gunzipSync(fs.readFileSync(path.join(DIST_DIR, name)));
    await context.route(`**/${name}`, (route) => route.fulfill({ status: 200, body: unpacked }));
    const page = watchErrors(await context.newPage());
    await gotoPlanner(page, `${await baseUrl()}/?lang=zh&font=bundled`);   // the font fetched too
    assert.match(await screenText(page), /社群档案/);
    assertNoErrors(page);
  } finally {
    await context.close();
  }
});
