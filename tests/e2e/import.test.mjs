// Plan files in the encodings editors save them in — UTF-8 with or without a
// byte-order mark, UTF-16 little- or big-endian with its mark — picked or
// dropped on the page, import with every character as it was; bytes that are
// text in none of them (a file saved as GBK) are refused with a message that
// names the file, and nothing is imported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  clickItemById,
  exportPlan,
  screenshot,
  assertNoErrors,
  waitFor,
  sleep,
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

// A name with hanzi, a character outside the BMP (a surrogate pair in
// UTF-16) and curly quotes: any decoding slip changes or drops one of them.
const NAME = '宝妈成长营 𠀀 群 “二期”';

/** The open plan's file with another name, as JSON text. */
async function planFile(page, name) {
  const doc = JSON.parse(await page.evaluate(() => window.planner.exportJson()));
  doc.plan.basics.name = name;
  return JSON.stringify(doc, null, 2);
}

function utf16be(text) {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.from(le).swap16();
}

/** The file's bytes in each encoding, with the mark where it has one. */
const ENCODINGS = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8 with BOM': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'utf-16le with BOM': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16be with BOM': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
};

async function pick(page, name, bytes) {
  const chooser = page.waitForEvent('filechooser');
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, /###import_json$/);
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: bytes });
}

async function drop(page, name, bytes) {
  await page.evaluate(({ name, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, bytes: [...bytes] });
}

function storedPlanCount(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('planner.plan.')).length);
}

function notice(page) {
  return page.evaluate(() => {
    const el = document.getElementById('notice');
    return el && !el.hidden ? document.getElementById('notice-text').textContent : null;
  });
}

test('a plan file in UTF-8 (with or without BOM) or UTF-16 (LE or BE, with BOM) imports unchanged, picked or dropped', T, async () => {
  await withPlanner(browser, { lang: 'zh' }, async (page) => {
    let n = 0;
    for (const [encoding, encode] of Object.entries(ENCODINGS)) {
      for (const [how, give] of [['picked', pick], ['dropped', drop]]) {
        const name = `${NAME} ${++n}`;
        await give(page, `plan-${encoding.replace(/ /g, '-')}.json`, encode(await planFile(page, name)));
        const imported = await waitFor(async () => (await exportPlan(page)).plan.basics.name === name, {
          message: `${encoding}, ${how}: the plan named ${JSON.stringify(name)} to be imported`,
        }).catch(async (e) => {
          throw new Error(`${e.message}; the open plan is ${JSON.stringify((await exportPlan(page)).plan.basics.name)}`);
        });
        assert.ok(imported);
      }
    }
    assert.equal(await notice(page), null);
    assertNoErrors(page);
  });
});

test('a plan file whose bytes are not UTF-8 or UTF-16 text is refused, naming the file, and nothing is imported', T, async () => {
  const messages = {
    zh: /未从「(.+)」导入任何内容：该文件不是 UTF-8 或 UTF-16 文本.*另存为 UTF-8 编码/,
    en: /Nothing was imported from (.+): it is not UTF-8 or UTF-16 text.*Save it as UTF-8/,
  };
  for (const lang of ['zh', 'en']) {
    await withPlanner(browser, { lang }, async (page) => {
      const before = (await exportPlan(page)).plan.basics.name;
      await waitFor(async () => (await storedPlanCount(page)) === 1, { message: 'the blank plan stored' });
      // The name saved as GBK (宝妈 is B1A6 C2E8 there), the rest as UTF-8:
      // read as UTF-8 it would become U+FFFD marks, silently.
      const [head, tail] = (await planFile(page, '@NAME@')).split('@NAME@');
      const gbk = Buffer.concat([Buffer.from(head), Buffer.from([0xb1, 0xa6, 0xc2, 0xe8]), Buffer.from(tail)]);
      // UTF-16 with half a surrogate pair: no character at all.
      const lone = ENCODINGS['utf-16le with BOM'](`${head}half \ud840 a pair${tail}`);
      for (const [file, bytes, give] of [['宝妈群 GBK.json', gbk, drop], ['lone-surrogate.json', lone, pick]]) {
        await give(page, file, bytes);
        const text = await waitFor(() => notice(page), { message: `the message refusing ${file}` });
        const m = messages[lang].exec(text);
        assert.ok(m, `the message for ${file} in ${lang}: ${text}`);
        assert.equal(m[1], file);
        await sleep(1000);
        assert.equal((await exportPlan(page)).plan.basics.name, before, `${file} was imported`);
        assert.equal(await storedPlanCount(page), 1, `${file} was stored`);
        if (file.includes('GBK')) await screenshot(page, `import-not-text-${lang}`);
        await page.click('#notice-close');
        assert.equal(await notice(page), null, 'the message stays after its button');
      }
      // A good file afterwards imports, and a message left open goes away.
      await drop(page, 'bad.json', gbk);
      await waitFor(() => notice(page), { message: 'the message refusing bad.json' });
      await drop(page, 'good.json', ENCODINGS['utf-8'](await planFile(page, NAME)));
      await waitFor(async () => (await exportPlan(page)).plan.basics.name === NAME, { message: 'good.json imported' });
      assert.equal(await notice(page), null, 'the refusal of bad.json still shows after good.json was imported');
      assertNoErrors(page);
    });
  }
});

test('a file larger than any plan file is refused before it is read, with its own size, in both languages', T, async () => {
  const messages = {
    zh: /未从「holiday\.mp4」导入任何内容：这个文件有 300 MB，方案文件最大 16 MB/,
    en: /Nothing was imported from holiday\.mp4: it is 300 MB, and a plan file is at most 16 MB/,
  };
  for (const lang of ['zh', 'en']) {
    await withPlanner(browser, { lang }, async (page) => {
      const before = (await exportPlan(page)).plan.basics.name;
      const heapBefore = (await page.evaluate(() => window.planner.stats())).heapBytes;
      // A 300 MB file dropped by mistake (its bytes made in the page: nothing crosses the wire).
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File([new ArrayBuffer(300 * 1024 * 1024)], 'holiday.mp4', { type: 'video/mp4' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      const text = await waitFor(() => notice(page), { message: 'the message refusing the 300 MB file' });
      assert.match(text, messages[lang]);
      await sleep(500);
      assert.equal((await exportPlan(page)).plan.basics.name, before);
      const heapAfter = (await page.evaluate(() => window.planner.stats())).heapBytes;
      assert.equal(heapAfter, heapBefore, 'the wasm heap did not grow for the refused file');
      if (lang === 'zh') await screenshot(page, 'import-too-large-zh');
      assertNoErrors(page);
    });
  }
});

test('text with a lone surrogate imports with U+FFFD in its place, never joined with the next character', T, async () => {
  await withPlanner(browser, { lang: 'en' }, async (page) => {
    const doc = JSON.parse(await page.evaluate(() => window.planner.exportJson()));
    doc.plan.basics.name = '@NAME@';
    // The lone surrogates are made in the page: JSON (and the test's wire) would escape them.
    const result = await page.evaluate((text) => {
      const name = `a${String.fromCharCode(0xd800)}b ${String.fromCharCode(0xdc00)}c 𠀀`;
      return window.planner.importJson(text.replace('@NAME@', name));
    }, JSON.stringify(doc));
    assert.equal(result.ok, true, JSON.stringify(result));
    const name = (await exportPlan(page)).plan.basics.name;
    assert.equal(name, 'a\uFFFDb \uFFFDc 𠀀');
    assert.deepEqual([...name].map((c) => c.codePointAt(0).toString(16)),
                     ['61', 'fffd', '62', '20', 'fffd', '63', '20', '20000']);
    assertNoErrors(page);
  });
});
