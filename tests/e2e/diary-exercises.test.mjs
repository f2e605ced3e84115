// Today's exercises in the pain diary end to end in real Chromium: a
// self-managing patient ticks the starters their plan offers with the pain
// during each, logs them on 7 days within the pain rule and no worse the
// next mornings, and sees the advice move on (the face-down hold to the
// curl; the bridge hold to "ask your physio", as its next step is stage 2);
// a flare eases off; a ticked exercise without its pain is an error; the
// day cards and the CSV carry the exercises; each links to its page; axe
// in light and dark mode, at 320 px and 200 % text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot, SCREENSHOTS } from './support.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';
import { isoDaysAgo, logDay as logAnyDay } from './diary-days.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

async function shot(page, name) {
  await screenshot(page, name);
  if (process.env.SHOTS_DIR) {
    await mkdir(process.env.SHOTS_DIR, { recursive: true });
    await copyFile(join(SCREENSHOTS, `${name}.png`), join(process.env.SHOTS_DIR, `${name}.png`));
  }
}

/** A self-managing runner's diary: the guide answered, then the diary opened. */
async function runnerDiary(options = {}) {
  const context = await browser.newContext(options);
  const guide = await context.newPage();
  await guide.goto(baseUrl());
  await guide.waitForSelector('#hamstring-guide[data-ready="true"]');
  await completeGuide(guide, RUNNER);
  await guide.waitForSelector('.result .do-dont');
  await guide.close();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}#/diary`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.waitForSelector('h1:text("Your pain diary")');
  return page;
}

/** A rest day with these exercises done ({ id: pain }), saved. */
const logDay = (page, { ago = 0, exercises = {}, morning = 'same' }) =>
  logAnyDay(page, { ago, activity: 'rest', exercises, morning });

const step = (page, id) => page.getAttribute(`.diary-ex-advice [data-exercise="${id}"]`, 'data-step');
const BOTH = { bridge_hold: 2, prone_curl_hold: 3 };

test('a self-managing patient logs the starters for a week and sees the advice move on; a flare eases off', async () => {
  const page = await runnerDiary({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const group = page.locator('fieldset:has(legend:text("Today\'s exercises"))');
  await group.waitFor();
  assert.deepEqual(await group.locator('.choice__label').allTextContents(), ['Bridge hold', 'Hamstring hold lying face down']);
  assert.match(await group.locator('#hg-diary-ex-bridge_hold-hint').textContent(), /^4 to 5 holds of 30 to 45 seconds\. How to do it/);
  assert.equal(await page.getAttribute('#hg-diary-ex-bridge_hold', 'aria-describedby'), 'hg-diary-ex-bridge_hold-hint');

  // Ticked without its pain: an error naming the exercise, linked to its scale.
  await page.check('#hg-diary-sitting-2');
  await page.check('#hg-diary-activity-rest');
  await page.check('#hg-diary-ex-bridge_hold');
  await page.click('.diary-form button[type="submit"]');
  const error = page.locator('.error-summary a:text("Choose how bad the pain was during Bridge hold")');
  await error.waitFor();
  assert.equal(await error.getAttribute('href'), '#hg-diary-ex-bridge_hold-pain-0');
  await page.uncheck('#hg-diary-ex-bridge_hold');

  for (let ago = 6; ago >= 1; ago -= 1) {
    await logDay(page, { ago, exercises: BOTH });
    assert.equal(await step(page, 'bridge_hold'), 'keep-going', `${ago} days ago: fewer than 7 days`);
    assert.equal(await step(page, 'prone_curl_hold'), 'keep-going');
  }
  await logDay(page, { ago: 0, exercises: BOTH });
  // Seven days within the limit and no worse the next mornings: move on.
  assert.equal(await step(page, 'prone_curl_hold'), 'move-on');
  assert.match(await page.textContent('.diary-ex-advice [data-exercise="prone_curl_hold"]'),
    /^Hamstring hold lying face down: .*You can move on to Hamstring curl lying face down\.$/);
  // The bridge's next step is stage 2: never started alone.
  assert.equal(await step(page, 'bridge_hold'), 'ask-physio');
  const bridge = await page.textContent('.diary-ex-advice [data-exercise="bridge_hold"]');
  assert.match(bridge, /Ask your physio about the next step/);
  assert.doesNotMatch(bridge, /Bridge with slow lowering/);
  // The day cards name each exercise with its pain.
  assert.equal(
    await page.textContent('.diary-entry:nth-child(1) .diary-entry__row:has-text("Exercises") dd'),
    'Bridge hold, 2 out of 10; Hamstring hold lying face down, 3 out of 10',
  );
  // The trend sentence and the chart's legend include them.
  assert.match(await page.textContent('.diary-summary'), /Pain during your exercises averaged 2\.5 out of 10\. It was within your limit 14 of 14 times\.$/);
  assert.equal(await page.locator('.chart__point--exercise').count(), 8, 'a mark for each day, and one in the legend');
  await expectNoAxeViolations(page, 'diary with exercises, 390 px');
  await shot(page, 'diary-exercises-390');

  // A flare today during the bridge: ease off, for it and for the day.
  await page.click('.diary-entry:nth-child(1) .diary-entry__change');
  assert.ok(await page.isChecked('#hg-diary-ex-bridge_hold'), 'Change shows the ticked exercises');
  await page.check('#hg-diary-ex-bridge_hold-pain-5');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector('.diary-status:text("Saved.")');
  assert.equal(await step(page, 'bridge_hold'), 'ease-off');
  assert.match(await page.textContent('.diary-ex-advice [data-exercise="bridge_hold"]'), /^Bridge hold: ease off one step\./);
  assert.equal(await step(page, 'prone_curl_hold'), 'move-on', 'the other exercise keeps its own advice');
  assert.equal(await page.getAttribute('[data-advice]', 'data-advice'), 'ease-off');
  assert.match(await page.textContent('.diary-advice__facts'), /Your pain during your exercises was 5 out of 10\. That is above your limit of 3\./);

  // The CSV: a column per exercise, the pain during it each day.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
  const path = join(SCREENSHOTS, 'diary-exercises.csv');
  await download.saveAs(path);
  const rows = (await readFile(path, 'utf8')).split('\r\n');
  assert.equal(rows[0], 'date,sitting_pain,activity,run_minutes,run_kind,activity_pain,next_morning,new_or_worrying_symptoms,pain_during:bridge_hold,pain_during:prone_curl_hold');
  assert.equal(rows[1], `${await isoDaysAgo(page, 6)},2,rest,,,,same,no,2,3`);
  assert.equal(rows[7], `${await isoDaysAgo(page, 0)},2,rest,,,,same,no,5,3`);

  // New or worrying symptoms: no exercise advice at all.
  await page.click('.diary-entry:nth-child(1) .diary-entry__change');
  await page.check('#hg-diary-alarm');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector('[data-advice="alarm"]');
  assert.equal(await page.locator('.diary-ex-advice').count(), 0);

  // Each exercise links to its page.
  await page.click('#hg-diary-ex-prone_curl_hold-hint a');
  await page.waitForSelector('.ex-page h1:text("Hamstring hold lying face down")');
  assert.match(page.url(), /#\/exercises\/prone_curl_hold$/);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the diary with today's exercises passes axe at 320 px and 200 % text (${colorScheme})`, async () => {
    const page = await runnerDiary({ colorScheme, viewport: { width: 320, height: 800 } });
    await logDay(page, { ago: 1, exercises: BOTH, morning: 'better' });
    await page.check('#hg-diary-ex-prone_curl_hold');
    await page.waitForSelector('#hg-diary-ex-prone_curl_hold-pain-0');
    await expectNoAxeViolations(page, `diary exercises ${colorScheme}`);
    const wide = await page.evaluate(() => {
      const root = document.querySelector('#hamstring-guide').shadowRoot ?? document;
      return [...root.querySelectorAll('.diary-form *, .diary-advice *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).length;
    });
    assert.equal(wide, 0, 'nothing wider than 320 px');
    await shot(page, `diary-exercises-320-${colorScheme}`);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await expectNoAxeViolations(page, `diary exercises 200% ${colorScheme}`);
  });
}
