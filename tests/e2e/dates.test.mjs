// Dates on the patient's own clock, in real Chromium with the time zone and
// the clock set by the test: the diary's "today" moves on at midnight
// without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl } from './support.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const KEY = 'hamstring-guide:diary';

/** A context in `timezoneId` whose clock reads `time` (it keeps its timers). */
async function pageAt(timezoneId, time) {
  const context = await browser.newContext({ timezoneId });
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

const rowLabels = (page) => page.$$eval('.diary-table tbody th', (ths) => ths.map((th) => th.textContent));

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
