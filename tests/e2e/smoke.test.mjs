// The built site loads, mounts and passes axe; nothing is requested from
// anywhere but the page's own origin, and the console shows no error (a
// file whose integrity hash no longer matches it, after minifying, would).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot } from './support.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

test('the start page loads and passes axe', async () => {
  const page = await (await browser.newContext()).newPage();
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.ok(await page.isVisible('h1'));
  // Before axe runs: axe itself adds inline styles that the CSP refuses.
  assert.deepEqual(consoleErrors, []);
  await expectNoAxeViolations(page, 'start page');
  await screenshot(page, 'smoke-start');
  assert.deepEqual([...origins], [new URL(baseUrl()).origin]);
  assert.deepEqual(errors, []);
  await page.close();
});
