// Embedding in a clinic's own page: mounted into <div id="hamstring-guide">
// on a host page with aggressive CSS (neither side's styles reach the
// other), with data-* overrides; and in an iframe whose height follows the
// guide through postMessage, checked by origin as in the README snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, expectNoAxeViolations } from './support.mjs';
import { serve } from './server.mjs';

const AGGRESSIVE_CSS = `
  * { font-family: "Comic Sans MS", cursive !important; color: #ff00ff !important; }
  h1 { font-size: 80px !important; }
  button, a { background: yellow !important; }
  input { display: none !important; }
  div { padding: 40px !important; }
  p { margin: 0 0 0 200px !important; }`;

const MOUNTED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<style>${AGGRESSIVE_CSS}</style></head><body>
<main><h1 class="host-title">Our clinic</h1><p class="host-text">Clinic news</p>
<div id="hamstring-guide" data-phone="03 9999 1234" data-booking-url="javascript:alert(1)"></div></main>
<script type="module" src="/guide/embed.js"></script></body></html>`;

// The README's iframe snippet, with the guide's origin filled in.
const framed = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main>
<iframe id="hamstring-guide-frame" src="/guide/" title="Hamstring guide" style="width:100%;border:0;height:150px"></iframe>
<script>
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}') return;
    const match = /^hamstring-guide:height:(\\d+)$/.exec(event.data);
    if (match) document.getElementById('hamstring-guide-frame').style.height = match[1] + 'px';
  });
</script></main></body></html>`;

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serve('dist', { prefix: '/guide/', pages: { '/mounted.html': MOUNTED } });
});
after(async () => { await browser?.close(); await site?.close(); });

test('mounted into a host page, neither side\'s CSS reaches the other', async () => {
  const page = await (await browser.newContext()).newPage();
  const warnings = [];
  page.on('console', (m) => warnings.push(m.text()));
  await page.goto(`${site.origin}/mounted.html`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  const style = (selector, property) => page.$eval(selector, (el, p) => getComputedStyle(el)[p], property);
  // The host's rules do not reach the guide.
  assert.notEqual(await style('.hg h1', 'fontSize'), '80px');
  assert.notEqual(await style('.hg h1', 'color'), 'rgb(255, 0, 255)');
  assert.doesNotMatch(await style('.hg h1', 'fontFamily'), /Comic/);
  assert.equal(await style('.hg .button--start', 'backgroundColor'), 'rgb(0, 112, 60)');
  // The guide's rules do not reach the host.
  assert.equal(await style('.host-title', 'fontSize'), '80px');
  assert.equal(await style('.host-text', 'marginLeft'), '200px');
  // It works: questions can be answered on the host page.
  await page.click('.hg .button--start');
  await page.check('#hg-emergency_signs-none');
  await page.click('.hg button[type="submit"]');
  await page.waitForSelector('input[name="clot_signs"]');
  // Data attributes: a good phone is used, an unsafe link refused with a message.
  assert.ok(warnings.some((w) => /data-booking-url ignored/.test(w)), warnings.join('\n'));
  await page.check('#hg-clot_signs-leg_swelling');
  await page.click('.hg button[type="submit"]');
  await page.waitForSelector('.care-card--urgent');
  assert.ok(await page.$('.care-card a[href="tel:0399991234"]'), 'the host\'s phone number is used');
  await expectNoAxeViolations(page, 'mounted guide', '#hamstring-guide');
  await page.context().close();
});

test('in an iframe, the frame grows to the guide\'s height', async () => {
  // The host page is another document; the guide comes from `site`.
  const page = await (await browser.newContext()).newPage();
  await page.setContent(framed(site.origin).replace('src="/guide/"', `src="${site.url}"`));
  const frame = await (await page.waitForSelector('#hamstring-guide-frame')).contentFrame();
  await frame.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.waitForFunction(() => parseInt(document.getElementById('hamstring-guide-frame').style.height, 10) > 400);
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
  const outer = await page.$eval('#hamstring-guide-frame', (f) => parseInt(f.style.height, 10));
  assert.equal(outer, inner);
  await page.context().close();
});
