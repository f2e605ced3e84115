// The first build leaves the plan out; on the results page the full build
// loads and takes over in place. A red flag's card never waits for it, and
// when it cannot be loaded the care card stays with a way to try again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl } from './support.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const FULL = /hamstring-guide-full-[0-9a-f]+(_bg\.wasm|\.js)(\?.*)?$/;

/** A fresh page with no service worker (nothing precached). */
async function freshPage(blockFull) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  if (blockFull) await page.route(FULL, (route) => route.abort());
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return { context, page, fetched };
}

const apps = (page) => page.evaluate(() => document.getElementById('hamstring-guide').shadowRoot.querySelectorAll('[data-app]').length);

test('on the results page the full build takes over in place, once, with focus on the heading', async () => {
  const { context, page, fetched } = await freshPage(false);
  assert.ok(!fetched.some((u) => FULL.test(u)), 'the questions need no full build');
  await completeGuide(page, RUNNER);
  await page.waitForSelector('.do-dont');
  await page.waitForSelector('details.share-details');
  assert.ok(fetched.some((u) => FULL.test(u)), 'the full build was fetched for the plan');
  assert.equal(await apps(page), 1, 'one app shows');
  const focused = await page.evaluate(() => document.getElementById('hamstring-guide').shadowRoot.activeElement?.className);
  assert.equal(focused, 'care-card__heading');
  // Only the full build answers now: Back goes to the last question, once,
  // and the answers are still there.
  await page.click('a.back-link');
  await page.waitForSelector('#hg-morning-yes:checked');
  assert.equal(await apps(page), 1);
  await page.click('button[type="submit"]');
  await page.waitForSelector('.do-dont');
  const saved = await page.evaluate(() => localStorage.getItem('hamstring-guide'));
  assert.match(saved, /result/, 'the answers are saved with the page');
  await context.close();
});

test('a red flag shows its card without the full build', async () => {
  const { context, page } = await freshPage(true);
  await page.click('.button--start');
  await page.check('#hg-emergency_signs-saddle_numbness');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.care-card--emergency');
  assert.ok(await page.isVisible('.care-card__call'), 'the number to call shows');
  await context.close();
});

test('when the full build cannot be loaded, the care card stays and Try again brings the plan', async () => {
  const { context, page } = await freshPage(true);
  await completeGuide(page, RUNNER);
  await page.waitForSelector('.plan-status:text("could not be loaded")');
  assert.ok(await page.isVisible('.care-card'), 'the care card stays');
  await page.unroute(FULL);
  await page.click('button:has-text("Try again")');
  await page.waitForSelector('.do-dont');
  assert.equal(await apps(page), 1, 'one app shows');
  await context.close();
});
