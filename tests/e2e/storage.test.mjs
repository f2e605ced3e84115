// Keeping answers on the device: resume later, erase everything, and keep
// working (and say so) when the browser refuses storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl } from './support.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

async function open(context) {
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

async function answerFirstTwo(page) {
  await page.click('.button--start');
  await page.check('#hg-emergency_signs-none');
  await page.click('button[type="submit"]');
  await page.check('#hg-general_health-none');
  await page.click('button[type="submit"]');
  await page.waitForSelector('input[name="bone_stress"]');
}

test('a patient who comes back can continue where they left off, or erase everything', async () => {
  const context = await browser.newContext();
  let page = await open(context);
  await answerFirstTwo(page);
  await page.close();
  page = await open(context);
  await page.goto(baseUrl().replace(/#.*$/, ''));
  await page.waitForSelector('text=Continue');
  await page.click('.resume button:text("Continue")');
  await page.waitForSelector('input[name="bone_stress"]');
  await page.click('text=Erase my answers');
  await page.click('text=Yes, erase my answers');
  await page.waitForSelector('.notice');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hamstring-guide')));
  assert.deepEqual(keys, []);
  await page.waitForSelector('.button--start');
  await context.close();
});

test('when the browser refuses storage the guide still works and says it cannot save', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const page = await open(context);
  await answerFirstTwo(page);
  const notice = await page.textContent('.notice');
  assert.match(notice, /could not save your answers on this device/);
  await context.close();
});
