// The pain diary end to end in real Chromium: a week of back-filled entries
// changing the advice (keep going, ease off, one step more), new or
// worrying symptoms winning over everything, the keyboard-only entry, the
// draft kept over a reload, errors, the chart and table with axe, CSV,
// erasing, corrupt data set aside, and the way in from the results page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot, SCREENSHOTS } from './support.mjs';
import { HILL_RUNNER, completeGuide } from './journeys.mjs';
import { openDiary, isoDaysAgo, labelDaysAgo, logDay } from './diary-days.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const KEY = 'hamstring-guide:diary';
const active = (page) => page.evaluate(() => {
  const el = document.activeElement.shadowRoot?.activeElement ?? document.activeElement;
  return { id: el.id, tag: el.tagName.toLowerCase(), className: String(el.className), text: el.textContent?.trim() };
});

const advice = (page) => page.getAttribute('[data-advice]', 'data-advice');

test('a week of back-filled entries changes the advice: keep going, ease off, then one step more', async () => {
  const page = await openDiary(browser, { viewport: { width: 390, height: 844 } });
  assert.equal(await advice(page), 'no-recent');
  await expectNoAxeViolations(page, 'empty diary');

  await logDay(page, { ago: 6, pain: 2 });
  assert.equal(await advice(page), 'keep-going', 'within the limit, back to usual');
  assert.equal((await active(page)).id, 'hg-diary-advice', 'focus moves to the new advice');

  await logDay(page, { ago: 5, pain: 4, kind: 'tempo' });
  assert.equal(await advice(page), 'ease-off', 'one over the limit of 3');
  assert.match(await page.textContent('.diary-advice'), /Ease off one step/);

  for (const [ago, activity, pain, morning] of [[4, 'exercises', 1, 'same'], [3, 'run', 3, 'better'], [2, 'rest', 0, 'same'], [1, 'run', 2, 'same'], [0, 'exercises', 0, 'same']]) {
    await logDay(page, { ago, activity, pain, morning, kind: 'hills' });
    assert.equal(await advice(page), 'keep-going', `${ago} days ago: fewer than 7 days in a row within the rule`);
  }
  assert.match(await page.textContent('.diary-summary'), /within your limit on 5 of 6 days/);

  // The over-limit day was noted wrongly: Change it, and save it again.
  const dayLabel = await page.$$eval('.diary-entry__title', (ths) => ths.map((th) => th.textContent));
  assert.equal(dayLabel.length, 7);
  await page.click(`.diary-entry:nth-child(6) .diary-entry__change`);
  assert.equal((await active(page)).id, 'hg-diary-date', 'Change moves to the form');
  assert.equal(await page.inputValue('#hg-diary-date'), await isoDaysAgo(page, 5));
  assert.ok(await page.isChecked('#hg-diary-pain-4'), 'the form shows the saved day');
  assert.ok(await page.isChecked('#hg-diary-kind-tempo'));
  assert.match(await page.textContent('.diary-replaces'), /replace/);
  await page.check('#hg-diary-pain-3');
  await page.click('.diary-form button[type="submit"]');
  // The advice is for the day just saved (two days in a row within the
  // rule), with the latest entry's advice beside it: a full week now.
  await page.waitForSelector('.diary-status:text("Saved.")');
  assert.equal(await advice(page), 'keep-going', 'the advice is for the day saved');
  assert.match(await page.textContent('.diary-advice__when'), new RegExp(await labelDaysAgo(page, 5)));
  assert.match(await page.textContent('.diary-advice__facts'), /^Your pain during the run was 3 out of 10\. That is within your limit of 3\.$/);
  assert.match(await page.textContent('.diary-advice__latest'), new RegExp(`^Your latest entry, for ${await labelDaysAgo(page, 0)}, says: You can add one small step$`));
  // Any next action: the advice is the latest entry's again.
  await page.check('#hg-diary-sitting-1');
  await page.waitForSelector('[data-advice="progress"]');
  assert.match(await page.textContent('.diary-advice'), /You can add one small step/);
  assert.equal(await page.$$eval('.diary-entry', (rows) => rows.length), 7, 'saving a day again replaced it');
  assert.match(await page.textContent('.diary-summary'), /within your limit on 6 of 6 days/);
  await screenshot(page, 'diary-progress-390');

  // New or worrying symptoms today: the urgent card wins over everything.
  await page.click('.diary-entry:nth-child(1) .diary-entry__change');
  await page.check('#hg-diary-alarm');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector('[data-advice="alarm"] .care-card--urgent');
  assert.ok(await page.$('[data-advice="alarm"] a[href^="tel:"]'), 'the card has a number to call');
  assert.match(await page.textContent('[data-advice="alarm"]'), /Call 000 if you get numbness between your legs/);
  assert.equal(await page.$('.diary-nudge'), null, 'no other advice beside the card');
  await expectNoAxeViolations(page, 'diary with the alarm card');
  await screenshot(page, 'diary-alarm-390');
  await page.context().close();
});

test('an entry takes a few keystrokes with the keyboard alone, with visible focus', async () => {
  const page = await openDiary(browser);
  let keys = 0;
  const press = async (key) => { keys++; await page.keyboard.press(key); };
  // Tab from the top of the page to the first pain score.
  while ((await active(page)).id !== 'hg-diary-sitting-0') {
    await press('Tab');
    assert.ok(keys < 20, 'the pain scale is near the top of the page');
  }
  const outline = await page.evaluate(() => {
    const root = document.getElementById('hamstring-guide').shadowRoot;
    return getComputedStyle(root.querySelector('label[for="hg-diary-sitting-0"]')).outlineStyle;
  });
  assert.equal(outline, 'solid', 'the focused score is outlined');
  const tabsToScale = keys;
  await press('ArrowRight'); await press('ArrowRight'); // sitting 2
  await press('Tab'); // what did you do: A run
  await press('ArrowDown'); // My exercises
  await press('Tab'); // pain during the activity: 0
  await press('ArrowRight'); // 1
  await press('Tab'); // next morning: "Not yet" is chosen
  await press('ArrowUp'); await press('ArrowUp'); // Same as usual
  await press('Tab'); // new or worrying symptoms (left unticked)
  await press('Tab'); // Save
  assert.equal((await active(page)).text, 'Save');
  await press('Enter');
  await page.waitForSelector('[data-advice="keep-going"]');
  assert.ok(keys - tabsToScale <= 12, `${keys - tabsToScale} keys after reaching the form`);
  const row = await page.$$eval('.diary-entry__row', (rows) => rows.map((r) => `${r.querySelector('dt').textContent}: ${r.querySelector('dd').textContent}`));
  assert.deepEqual(row, ['Pain when sitting: 2 out of 10', 'What you did: My exercises', 'Pain during the activity: 1 out of 10', 'Next morning: Same as usual']);
  await page.context().close();
});

test('an unfinished entry is kept and resumes after a reload', async () => {
  const page = await openDiary(browser);
  await page.fill('#hg-diary-date', await isoDaysAgo(page, 1));
  await page.check('#hg-diary-sitting-5');
  await page.check('#hg-diary-activity-run');
  await page.fill('#hg-diary-minutes', '25');
  await page.reload();
  await page.waitForSelector('#hg-diary-minutes');
  assert.ok(await page.isChecked('#hg-diary-sitting-5'));
  assert.ok(await page.isChecked('#hg-diary-activity-run'));
  assert.equal(await page.inputValue('#hg-diary-minutes'), '25');
  assert.equal(await page.inputValue('#hg-diary-date'), await isoDaysAgo(page, 1));
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  assert.match(stored, /^hamstring-guide-diary 2\nd \d{4}-\d\d-\d\d 5 run 25 - - - - -\n$/);
  await page.context().close();
});

test('Save with answers missing shows an error summary that links to each field', async () => {
  const page = await openDiary(browser);
  await page.check('#hg-diary-activity-run');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector('.error-summary');
  assert.match(await page.title(), /^Error: /);
  assert.equal((await active(page)).className, 'error-summary');
  const links = await page.$$eval('.error-summary a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(links, [
    'Choose how bad the pain was when sitting',
    'Enter how many minutes you ran, from 1 to 600',
    'Choose what kind of run it was',
    'Choose how bad the pain was during the activity',
  ]);
  await expectNoAxeViolations(page, 'diary form with errors');
  await page.click('.error-summary a:text("minutes")');
  assert.equal((await active(page)).id, 'hg-diary-minutes');
  assert.match(page.url(), /#\/diary$/, 'the error links do not change the address');
  await page.context().close();
});

/** A diary blob with an entry every day for `days` days up to today. */
async function seed(page, days) {
  await page.evaluate(([key, n]) => {
    const lines = ['hamstring-guide-diary 1'];
    for (let ago = n - 1; ago >= 0; ago--) {
      const d = new Date();
      d.setDate(d.getDate() - ago);
      const pad = (x) => String(x).padStart(2, '0');
      const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      const pain = ago % 5 === 0 ? 4 : 2;
      lines.push(ago % 3 === 0
        ? `e ${iso} ${3 + (ago % 2)} rest - - - same -`
        : `e ${iso} 3 run ${20 + ago} easy ${pain} same -`);
    }
    localStorage.setItem(key, lines.join('\n') + '\n');
  }, [KEY, days]);
}

for (const colorScheme of ['light', 'dark']) {
  test(`the trend chart is one image with a name, a table and a sentence, and passes axe at 7 and 28 days (${colorScheme})`, async () => {
    const page = await openDiary(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    await seed(page, 30);
    await page.reload();
    await page.waitForSelector('.chart__svg');
    const svg = await page.$eval('.chart__svg', (s) => ({ role: s.getAttribute('role'), name: s.getAttribute('aria-label') }));
    assert.deepEqual(svg, { role: 'img', name: 'Chart of your pain when sitting and during activity – Last 7 days' });
    assert.equal(await page.$$eval('.diary-entry', (r) => r.length), 7);
    assert.equal(await page.$$eval('.chart__point--sitting', (p) => p.length), 7);
    assert.ok(await page.$('.chart__limit'), 'the limit is drawn');
    assert.match(await page.textContent('.diary-summary'), /^Over the last 7 days, pain during activity averaged [\d.]+ out of 10\. It was within your limit on \d of \d days\./);
    assert.equal(await page.getAttribute('button:text("Last 7 days")', 'aria-pressed'), 'true');
    await expectNoAxeViolations(page, `diary 7 days ${colorScheme}`);
    await screenshot(page, `diary-7-days-${colorScheme}`);
    await page.click('button:text("Last 28 days")');
    await page.waitForSelector('.chart__svg[aria-label$="Last 28 days"]');
    assert.equal(await page.$$eval('.diary-entry', (r) => r.length), 28);
    assert.equal(await page.$$eval('.chart__svg text', (t) => t.filter((x) => / [A-Z][a-z]{2}$/.test(x.textContent)).length), 4, 'a date under each week');
    assert.match(await page.textContent('.diary-summary'), /^Over the last 28 days/);
    await expectNoAxeViolations(page, `diary 28 days ${colorScheme}`);
    await screenshot(page, `diary-28-days-${colorScheme}`);
    await page.context().close();
  });
}

test('at 320 px the diary has no sideways scrolling and every control is at least 44 px', async () => {
  const page = await openDiary(browser, { viewport: { width: 320, height: 640 } });
  await seed(page, 10);
  await page.reload();
  await page.waitForSelector('.diary-entries');
  await page.check('#hg-diary-activity-run');
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px window`);
  const small = await page.$$eval(
    '.hg a, .hg button, .hg .choice__label, .hg .scale__label, .hg .input',
    (els) => els
      .map((e) => ({ text: e.textContent.trim().slice(0, 30) || e.id, h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
      .filter((r) => r.h > 0 && (r.h < 44 || r.w < 44)),
  );
  assert.deepEqual(small, [], 'targets under 44px');
  await screenshot(page, 'diary-320');
  await page.context().close();
});

test('the diary downloads as CSV; each erase asks first and removes only its own data', async () => {
  const page = await openDiary(browser, { acceptDownloads: true });
  await logDay(page, { ago: 1, activity: 'rest', sitting: 4, morning: 'better' });
  await logDay(page, { ago: 0, pain: 3, minutes: 45, kind: 'hills', morning: 'not-yet', alarm: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
  assert.match(download.suggestedFilename(), /^hamstring-diary-\d{4}-\d\d-\d\d\.csv$/);
  const path = join(SCREENSHOTS, 'diary.csv');
  await download.saveAs(path);
  const rows = (await readFile(path, 'utf8')).split('\r\n');
  assert.equal(rows[0], 'date,sitting_pain,activity,run_minutes,run_kind,activity_pain,next_morning,new_or_worrying_symptoms');
  assert.equal(rows[1], `${await isoDaysAgo(page, 1)},4,rest,,,,better,no`);
  assert.equal(rows[2], `${await isoDaysAgo(page, 0)},2,run,45,hills,3,,yes`);
  assert.equal(rows.length, 4);

  // Erase asks once, saying what goes and what stays; nothing goes before.
  await page.click('text=Erase my diary');
  await page.waitForSelector('.diary-files details[open]');
  assert.match(await page.textContent('.diary-files details'), /every day of your pain diary.*answers to the questions are kept/);
  assert.notEqual(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  await expectNoAxeViolations(page, 'diary, asking before it erases');
  await page.evaluate((key) => {
    localStorage.setItem(`${key}:set-aside`, 'an old diary');
    localStorage.setItem('hamstring-guide:set-aside', 'old answers');
  }, KEY);
  await page.click('text=Yes, erase my diary');
  await page.waitForSelector('.diary-notice:text("erased")');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ['hamstring-guide:set-aside'],
    'the diary and the diary set aside from it go; what belongs to the answers stays');
  assert.equal(await page.$('.diary-entries'), null);
  assert.equal(await advice(page), 'no-recent');

  // "Erase my answers" in the footer asks too, and leaves the diary.
  await logDay(page, { ago: 0 });
  assert.equal(await page.$('.diary-notice'), null, 'after a new entry, "erased" is no longer shown');
  await page.click('text=Erase my answers');
  await page.waitForSelector('.hg-footer details[open]');
  assert.match(await page.textContent('.hg-footer details'), /erases your answers.*pain diary stays/);
  await page.click('text=Yes, erase my answers');
  await page.waitForSelector('.notice:text("Your pain diary is kept")');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hamstring-guide')));
  assert.deepEqual(keys, [KEY]);
  assert.equal(await page.$$eval('.diary-entry', (rows) => rows.length), 1, 'the open diary keeps its day');
  await page.context().close();
});

test('a diary that cannot be read is set aside, and the diary starts clean', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.evaluate((key) => localStorage.setItem(key, 'hamstring-guide-diary 7\nfrom the future'), KEY);
  await page.goto(`${baseUrl()}#/diary`);
  await page.waitForSelector('.diary-notice');
  assert.match(await page.textContent('.diary-notice'), /could not read the diary/);
  const stored = await page.evaluate((key) => [localStorage.getItem(key), localStorage.getItem(`${key}:set-aside`)], KEY);
  assert.equal(stored[0], null);
  assert.match(stored[1], /from the future/);
  await logDay(page, { ago: 0 });
  assert.equal(await advice(page), 'keep-going');
  await context.close();
});

test('the diary opens when its address is reached while the first build is starting', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The address turns to the diary after the loader chose the first build
  // and before the app listens for it (once: not again after the reload).
  await page.addInitScript(() => {
    if (sessionStorage.getItem('hg-test-turned')) return;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => {
        sessionStorage.setItem('hg-test-turned', '1');
        location.hash = '#/diary';
        return original.apply(WebAssembly, args);
      };
    }
  });
  await page.goto(baseUrl());
  await page.waitForSelector('h1:text("Your pain diary")');
  assert.equal(new URL(page.url()).hash, '#/diary');
  await context.close();
});

const RUN = HILL_RUNNER;

test('the results page links to the diary; back in the guide, the summary for the physio holds the trend', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await completeGuide(page, RUN);
  await page.click('text=Track your pain day by day');
  await page.waitForSelector('h1:text("Your pain diary")');
  assert.match(page.url(), /#\/diary$/);
  assert.match(await page.title(), /^Your pain diary – /);
  await logDay(page, { ago: 0, pain: 5 });
  // Browser Back returns to the results, and Forward to the diary.
  await page.goBack();
  await page.waitForSelector('.result .care-card');
  await page.goForward();
  await page.waitForSelector('h1:text("Your pain diary")');
  await page.click('a.back-link:text("Back to the guide")');
  await page.waitForSelector('.result .care-card');
  assert.match(page.url(), /#\/result$/);
  const printed = await page.$$eval('.print-summary__row', (rows) => rows.map((r) => `${r.querySelector('dt').textContent}: ${r.querySelector('dd').textContent}`));
  for (const row of ['Entries: 1 of 7 days', 'Pain during activity: too few scores to tell; scores 5 (average 5)',
    'Diary advice shown: Ease off one step']) {
    assert.ok(printed.includes(row), `no printed row "${row}" in:\n${printed.join('\n')}`);
  }
  assert.ok(printed.some((r) => r.startsWith('Over the limit of 3: 1 of 1 days: ')), printed.join('\n'));
  await context.close();
});
