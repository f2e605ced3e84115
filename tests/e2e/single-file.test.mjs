// The single-file build opens from file:// with no server and works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the single HTML file works from file:// under its own strict CSP', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  const url = pathToFileURL(resolve('dist-single/hamstring-guide.html')).href;
  await page.goto(url);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await page.check('#hg-emergency_signs-saddle_numbness');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.care-card--emergency');
  assert.deepEqual(errors, []);
  assert.ok(requests.every((r) => r.startsWith('file:') || r.startsWith('data:')), requests.join('\n'));
  await context.close();
});
