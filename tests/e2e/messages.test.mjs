// What a line sends, as a new operator meets it: pick the mother & baby
// template, rewrite the morning message with an input method (emoji
// included), copy it from the calendar and read the system clipboard, then
// schedule a Q&A night for next Wednesday with its topic and guest, and find
// its steps on the calendar and in the .ics (read back with Debian's
// python3-icalendar and python3-recurring-ical-events). Both languages;
// screenshots at 1280×720 and 1920×1080.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  launchBrowser, openPlanner, clickItemById, findItemById, screenText, typeText, press, imeCommit,
  exportPlan, screenshot, assertNoErrors, waitFrames, clickTab, items,
} from './harness.mjs';

const T = { timeout: 300_000 };
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const WORDS = {
  zh: {
    morning: '早安☀️ 今天降温了，出门记得给宝宝加件外套 🧥 {群名}的妈妈们冲鸭！',
    topic: '宝宝秋冬护肤',
    guest: '李医生',
    title: '周三护肤答疑夜',
  },
  en: {
    morning: 'Good morning ☀️ It turned cold: an extra layer for the little ones today 🧥 Go {group}!',
    topic: 'Baby skin in winter',
    guest: 'Dr Li',
    title: 'Wednesday skincare Q&A',
  },
};

async function menu(page, id) {
  await clickItemById(page, /###menu_file$/);
  await clickItemById(page, new RegExp(`###${id}$`));
}

async function setText(page, idRegex, value) {
  await clickItemById(page, idRegex);
  await press(page, 'Control+a');
  await typeText(page, value);
  await press(page, 'Enter');
}

const iso = (d) => d.toISOString().slice(0, 10);

// A daily slot that is on the calendar on `day` as itself: not skipped that
// day, and no weekly column placed on it that weekday (the template may skip
// its greeting on the first day, depending on the weekday it starts).
function slotOn(plan, day) {
  const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return plan.rhythm.slots.find((s) =>
    s.message.text &&
    !plan.calendar.overrides.some((o) => o.kind === 'skip' && o.rule === s.id && o.date === day) &&
    !plan.rhythm.columns.some((c) => c.slot === s.id && c.weekday === weekday));
}

// The page's today and the Wednesday after it (in the next week or later).
async function dates(page) {
  const today = await page.evaluate(() => {
    const d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  });
  const t = new Date(today);
  const weekday = (t.getUTCDay() + 6) % 7;   // 0 = Monday
  const toNextMonday = 7 - weekday;
  const wednesday = new Date(today + (toNextMonday + 2) * 86400_000);
  return { today: iso(t), wednesday: iso(wednesday) };
}

// The .ics expanded by recurring-ical-events for one day: its events.
function eventsOn(file, day) {
  const script = `
import icalendar, recurring_ical_events, json, sys, datetime
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
day = datetime.date.fromisoformat(sys.argv[2])
out = []
for ev in recurring_ical_events.of(cal).between(day, day + datetime.timedelta(days=1)):
    start = ev.decoded('DTSTART')
    out.append({'summary': str(ev.get('SUMMARY')), 'start': start.isoformat(),
                'description': str(ev.get('DESCRIPTION') or ''),
                'alarms': len(list(ev.walk('VALARM')))})
print(json.dumps(out, ensure_ascii=False))
`;
  const r = spawnSync('/usr/bin/python3', ['-c', script, file, day], { encoding: 'utf8' });
  assert.equal(r.status, 0, `the .ics could not be read and expanded:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

for (const lang of ['zh', 'en']) {
  test(`a line says what to send: write it with the IME, copy it from the calendar, schedule a Q&A night (${lang})`, T, async () => {
    const w = WORDS[lang];
    const { context, page } = await openPlanner(browser, { lang });
    try {
      await menu(page, 'new_from_template');
      await clickItemById(page, /###tpl_mother_baby$/);
      let plan = (await exportPlan(page)).plan;
      const { today, wednesday } = await dates(page);
      const slot = slotOn(plan, today);
      assert.ok(slot, 'a slot with its own message today');

      // ---- the morning slot's message, typed with an input method
      await clickItemById(page, /###nav_rhythm$/);
      await clickTab(page, /###tab_slots$/);
      await screenshot(page, `messages-slots-${lang}`);
      await clickItemById(page, new RegExp(`###slot_message_${slot.id}$`));
      await clickItemById(page, /##msg_text_dialog$/);
      await press(page, 'Control+a');
      await imeCommit(page, w.morning);
      await waitFrames(page, 3);
      await screenshot(page, `messages-dialog-${lang}`);
      await clickItemById(page, /###message_done$/);
      plan = (await exportPlan(page)).plan;
      assert.equal(plan.rhythm.slots.find((s) => s.id === slot.id).message.text, w.morning);

      // ---- copied from the calendar cell, filled for the plan, emoji kept
      await clickItemById(page, /###nav_content$/);
      await clickTab(page, /###content_tab_calendar$/);
      await screenshot(page, `messages-calendar-${lang}`);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await clickItemById(page, new RegExp(`###cal_copy_slot:${slot.id}@${today}$`));
      const expected = w.morning.replace(lang === 'zh' ? '{群名}' : '{group}', plan.basics.name);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);

      // ---- a run-sheet for next Wednesday, with its topic and guest
      await clickItemById(page, /###nav_rhythm$/);
      await clickTab(page, /###tab_runsheets$/);
      const before = new Set(plan.rhythm.runsheets.map((r) => r.id));
      await clickItemById(page, /###add_runsheet$/);
      plan = (await exportPlan(page)).plan;
      const sheet = plan.rhythm.runsheets.find((r) => !before.has(r.id));
      assert.ok(sheet, 'a new run-sheet');
      assert.equal(sheet.date, null);
      await setText(page, new RegExp(`##runsheet_title_${sheet.id}$`), w.title);
      await setText(page, new RegExp(`##runsheet_date_${sheet.id}$`), wednesday);
      await clickItemById(page, new RegExp(`##runsheet_topic_${sheet.id}$`));
      await imeCommit(page, w.topic);
      await press(page, 'Enter');
      await setText(page, new RegExp(`##runsheet_guest_${sheet.id}$`), w.guest);
      plan = (await exportPlan(page)).plan;
      const saved = plan.rhythm.runsheets.find((r) => r.id === sheet.id);
      assert.equal(saved.date, wednesday);
      assert.equal(saved.topic, w.topic);
      assert.equal(saved.guest, w.guest);
      const text = await screenText(page);
      assert.doesNotMatch(text, /「」|“”|""/, 'no empty quotes in the steps');
      await screenshot(page, `messages-runsheet-${lang}`);

      // On the calendar: next week, the guest's introduction at its time.
      await clickItemById(page, /###nav_content$/);
      await clickTab(page, /###content_tab_calendar$/);
      await clickItemById(page, /###cal_nav_next$/);
      await waitFrames(page, 2);
      const prepare = saved.steps.find((s) => s.day === -1);
      assert.ok(prepare, 'a preparation step the day before');
      const tuesday = iso(new Date(Date.parse(wednesday) - 86400_000));
      await findItemById(page, new RegExp(`###cal_run_step:${prepare.id}@${tuesday}$`));
      await screenshot(page, `messages-calendar-event-${lang}`);
      // The guest's step is at 20:00, low in Wednesday's column: on a week
      // with many lines it is below the fold, and the calendar scrolls to it.
      const guestStep = saved.steps.find((s) => s.id.endsWith('-guest'));
      const guestId = new RegExp(`###cal_run_step:${guestStep.id}@${wednesday}$`);
      for (let i = 0; i < 15 && !(await items(page)).some((it) => guestId.test(it.id)); i++) {
        await page.mouse.move(700, 450);
        await page.mouse.wheel(0, 240);
        await waitFrames(page, 2);
      }
      await findItemById(page, guestId);
      for (const [width, height] of [[1920, 1080]]) {
        await page.setViewportSize({ width, height });
        await waitFrames(page, 3);
        await screenshot(page, `messages-calendar-event-${lang}-${width}`);
        await clickItemById(page, /###nav_rhythm$/);
        await clickTab(page, /###tab_runsheets$/);
        await screenshot(page, `messages-runsheet-${lang}-${width}`);
        await page.setViewportSize({ width: 1280, height: 720 });
        await waitFrames(page, 3);
      }

      // In the .ics: the steps that day, the guest and topic in their messages.
      await clickItemById(page, /###nav_content$/);
      await clickTab(page, /###content_tab_export$/);
      await clickItemById(page, /###export_range_4w$/);
      const download = page.waitForEvent('download');
      await clickItemById(page, /###export_ics$/);
      const file = await (await download).path();
      const events = eventsOn(file, wednesday);
      const steps = events.filter((e) => e.summary.startsWith(w.title));
      assert.ok(steps.length >= 8, `the event's steps that day: ${JSON.stringify(events.map((e) => e.summary))}`);
      assert.ok(steps.some((e) => e.description.includes(w.guest) && e.description.includes(w.topic)),
                'a step sends a message naming the guest and the topic');
      assert.ok(steps.every((e) => e.alarms === 1), 'a reminder before each step');
      // The slot is a series: that day too it carries the new message.
      const morning = events.find((e) => e.start.includes(`T${slot.time}`));
      assert.ok(morning, `the ${slot.time} slot that day`);
      assert.ok(morning.description.includes(lang === 'zh' ? '出门记得给宝宝加件外套 🧥' : 'an extra layer for the little ones today 🧥'),
                morning.description);

      // ---- the dashboard's list for today, with a copy button per line
      await clickItemById(page, /###nav_dashboard$/);
      await findItemById(page, new RegExp(`###copy_today_slot:${slot.id}@${today}$`));
      await screenshot(page, `messages-dashboard-${lang}`);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
}
