// Dates on the patient's own clock, in real Chromium with the time zone and
// the clock set by the test: the diary's "today" moves on at midnight
// without a reload, and the summary for the physio, its files and the FHIR
// `authored` carry the local date, not the UTC one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, SCREENSHOTS } from './support.mjs';
import { HILL_RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const KEY = 'hamstring-guide:diary';

/** A context in `timezoneId` whose clock reads `time` (it keeps its timers). */
async function pageAt(timezoneId, time, options = {}) {
  const context = await browser.newContext({ timezoneId, ...options });
  const page = await context.newPage();
  await page.clock.setFixedTime(time);
  return page;
}

/** Fills in and saves an entry for the day the form offers (its date untouched). */
async function logToday(page, { sitting = 2, pain = 2 } = {}) {
  await page.check(`#hg-diary-sitting-${sitting}`);
  await page.check('#hg-diary-activity-exercises');
  await page.check(`#hg-diary-pain-${pain}`);
  await page.check('#hg-diary-morning-same');
  await page.click('.diary-form button[type="submit"]');
}

const rowLabels = (page) => page.$$eval('.diary-entry__title', (ths) => ths.map((th) => th.textContent));

test('after midnight without a reload, Save keeps yesterday and the form and advice are on the new day', async () => {
  // Tuesday 10 March 2026, 21:00 in Melbourne (UTC+11).
  const page = await pageAt('Australia/Melbourne', '2026-03-10T21:00:00+11:00');
  await page.goto(`${baseUrl()}#/diary`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.waitForSelector('h1:text("Your pain diary")');
  assert.equal(await page.inputValue('#hg-diary-date'), '2026-03-10');
  await logToday(page, { sitting: 3 });
  await page.waitForSelector('.diary-status:text("Tue 10 Mar")');

  // The next morning, the page still open.
  await page.clock.setFixedTime('2026-03-11T09:00:00+11:00');
  await page.check('#hg-diary-sitting-1');
  await page.waitForSelector('#hg-diary-date[max="2026-03-11"]', { timeout: 5000 }); // the new day can be picked
  assert.equal(await page.inputValue('#hg-diary-date'), '2026-03-11', 'the form offers the new day');
  assert.equal(await page.$('.diary-replaces'), null, 'nothing is kept for the new day yet');
  await logToday(page, { sitting: 1 });
  await page.waitForSelector('.diary-status:text("Wed 11 Mar")');

  assert.deepEqual(await rowLabels(page), ['Wed 11 Mar', 'Tue 10 Mar'], 'both days are kept');
  await page.waitForFunction((key) => /2026-03-11/.test(localStorage.getItem(key) ?? ''), KEY, { timeout: 5000 });
  assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /2026-03-10/, 'yesterday is still on the device');
  assert.match(await page.textContent('.diary-advice__when'), /Wed 11 Mar/, 'the advice rests on the new day');

  // A day later still, the advice and trend re-render on the current day.
  await page.clock.setFixedTime('2026-03-12T09:00:00+11:00');
  await page.check('#hg-diary-sitting-2');
  await page.waitForSelector('#hg-diary-date[max="2026-03-12"]', { timeout: 5000 });
  assert.equal(await page.inputValue('#hg-diary-date'), '2026-03-12');
  const days = await page.$$eval('.chart__svg text', (t) => t.map((x) => x.textContent).filter((x) => /^[A-Z][a-z]{2}$/.test(x)));
  assert.equal(days.at(-1), 'Thu', 'the 7-day chart ends today, Thursday');
  await page.context().close();
});

const RUN = HILL_RUNNER;

// Each zone's local date differs from the UTC date at that moment.
for (const { timezoneId, time, date, label, authored } of [
  { timezoneId: 'Australia/Melbourne', time: '2026-03-11T08:00:00+11:00', date: '2026-03-11', label: 'Wed 11 Mar', authored: '2026-03-11T08:00:00+11:00' },
  { timezoneId: 'America/Los_Angeles', time: '2026-03-10T20:30:00-07:00', date: '2026-03-10', label: 'Tue 10 Mar', authored: '2026-03-10T20:30:00-07:00' },
]) {
  test(`the summary, its files and FHIR authored carry the local date (${timezoneId})`, async () => {
    const page = await pageAt(timezoneId, time, { acceptDownloads: true });
    await page.goto(`${baseUrl()}#/diary`);
    await page.waitForSelector('#hamstring-guide[data-ready="true"]');
    await page.waitForSelector('h1:text("Your pain diary")');
    // Over the limit, so the summary names its day.
    await logToday(page, { pain: 5 });
    await page.waitForSelector(`.diary-status:text("${label}")`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
    assert.equal(csv.suggestedFilename(), `hamstring-diary-${date}.csv`);

    await page.goto(baseUrl());
    await page.waitForSelector('#hamstring-guide[data-ready="true"]');
    await completeGuide(page, RUN);
    await page.click('details.share-details > summary'); // Share with your physio, folded
    await page.waitForSelector('.share');
    const printed = await page.$$eval('.print-summary__row', (rows) => rows.map((r) => `${r.querySelector('dt').textContent}: ${r.querySelector('dd').textContent}`));
    assert.ok(printed.includes(`Date: ${date}`), printed.join('\n'));
    assert.ok(printed.some((r) => r.startsWith(`Over the limit of 3: 1 of 1 days: ${label} `)), 'the diary line is on the same day');

    const [text] = await Promise.all([page.waitForEvent('download'), page.click('text=Download text')]);
    assert.equal(text.suggestedFilename(), `hamstring-guide-${date}.txt`);
    const textPath = join(SCREENSHOTS, `summary-${date}.txt`);
    await text.saveAs(textPath);
    const saved = await readFile(textPath, 'utf8');
    assert.match(saved, new RegExp(`\nDate: ${date}\n`));
    assert.match(saved, new RegExp(`\n- Over the limit of 3: 1 of 1 days: ${label} `), 'the diary line is on the same day');

    const [fhir] = await Promise.all([page.waitForEvent('download'), page.click('text=Download FHIR file')]);
    assert.equal(fhir.suggestedFilename(), `hamstring-guide-${date}.fhir.json`);
    const fhirPath = join(SCREENSHOTS, `questionnaire-response-${date}.json`);
    await fhir.saveAs(fhirPath);
    const resource = JSON.parse(await readFile(fhirPath, 'utf8'));
    assert.equal(resource.authored, authored, 'a local date-time with its offset');
    await page.context().close();
  });
}
