// Mounted into a clinic's own page with embed.js, the guide is a guest: it
// keeps its route in its own history entries (the host's `#` links and
// skip link do not move it, and its moves do not rewrite the host's
// address), leaves the host's title alone, and takes no host stylesheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './support.mjs';
import { serve } from './server.mjs';

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<link rel="stylesheet" href="/style-clinic.css"></head><body>
<a class="host-skip" href="#main">Skip to content</a>
<nav><a class="host-contact" href="#contact">Contact</a></nav>
<main id="main"><h1>Our clinic</h1>
<div id="hamstring-guide"></div>
<h2 id="contact">Contact us</h2><p style="height:2000px">Phone 03 9999 1234</p></main>
<script type="module" src="/guide/embed.js"></script></body></html>`;

let browser;
let site;
before(async () => {
  browser = await launch();
  // The clinic's stylesheet sets its root font size to 10 px, as many sites do.
  site = await serve('dist', { prefix: '/guide/', pages: { '/host.html': HOST, '/style-clinic.css': 'html { font-size: 62.5%; }' } });
});
after(async () => { await browser?.close(); await site?.close(); });

const question = (page) => page.$eval('#hamstring-guide', (host) => host.shadowRoot.querySelector('fieldset')?.querySelector('input')?.name ?? null);
const waitForQuestion = (page, name) => page.waitForSelector(`input[name="${name}"]`);

test('mounted in a clinic page, the guide keeps its own route, title and styles', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${site.origin}/host.html`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await waitForQuestion(page, 'emergency_signs');
  await page.check('#hg-emergency_signs-none');
  await page.click('button[type="submit"]');
  await waitForQuestion(page, 'general_health');
  assert.equal(new URL(page.url()).hash, '', 'the host\'s address is not rewritten');
  assert.equal(await page.title(), 'Clinic', 'the host\'s title stays');

  // The host's own links move the host, not the guide.
  await page.click('.host-contact');
  assert.equal(new URL(page.url()).hash, '#contact');
  await page.click('.host-skip');
  assert.equal(new URL(page.url()).hash, '#main');
  assert.equal(await question(page), 'general_health', 'the guide stays where the patient was');

  // Back through the host's entries, then through the guide's own.
  await page.goBack();
  await page.goBack();
  assert.equal(await question(page), 'general_health');
  await page.goBack();
  await waitForQuestion(page, 'emergency_signs');
  assert.equal(new URL(page.url()).hash, '');
  await page.goForward();
  await waitForQuestion(page, 'general_health');

  // A reload comes back to the same question.
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await waitForQuestion(page, 'general_health');
  assert.equal(await page.title(), 'Clinic');

  // Only the guide's own stylesheet is in its shadow root.
  const sheets = await page.$eval('#hamstring-guide', (host) =>
    [...host.shadowRoot.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname));
  assert.ok(sheets.length >= 1 && sheets.every((p) => p.startsWith('/guide/')), sheets.join(', '));
  await page.context().close();
});

test("a host page's root font size does not shrink the guide's text", async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${site.origin}/host.html`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px', 'the host\'s root is 10 px');
  const size = (selector) => page.$eval('#hamstring-guide', (host, s) => getComputedStyle(host.shadowRoot.querySelector(s)).fontSize, selector);
  assert.equal(await size('.hg'), '19px', 'body text');
  assert.equal(await size('h1'), '40px', 'the heading (2.5 rem on a wide screen)');
  const padding = await page.$eval('#hamstring-guide', (host) => getComputedStyle(host.shadowRoot.querySelector('.hg-main')).paddingLeft);
  assert.equal(padding, '16px', 'spacing too');
  await page.context().close();
});
