// The byte budget of the first load (html, css, js and wasm, gzip), counted
// from what the page really fetches until the guide is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl } from './support.mjs';
import { BUDGET, firstLoad } from './first-load.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

test('the first load fetches the page, its stylesheet, its scripts and the wasm, and fits the byte budget', async () => {
  const load = await firstLoad(browser, baseUrl(), 'dist');
  const kinds = new Set(load.files.map((f) => f.kind));
  assert.ok(!load.files.some((f) => f.name.startsWith('hamstring-guide-full-')), 'the full build is not fetched');
  assert.deepEqual([...kinds].sort(), ['css', 'html', 'js', 'wasm'], 'every kind is counted');
  const listing = load.files.map((f) => `${f.name} ${f.gzip} B`).join(', ');
  console.log(`first load: ${load.total} B gzip (budget ${BUDGET} B): ${listing}`);
  assert.ok(load.total <= BUDGET, `first load ${load.total} B gzip is over the budget of ${BUDGET} B: ${listing}`);
});

test('the diary address starts the full build, and the guide works from it too', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(`${baseUrl()}#/diary`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.ok(fetched.some((u) => /hamstring-guide-full-[0-9a-f]+_bg\.wasm$/.test(u)), 'the full build was fetched');
  assert.ok(await page.locator('.diary-form, form').first().isVisible(), 'the diary page shows');
  await page.click('a.back-link');
  await page.waitForSelector('.button--start');
  await context.close();
});
