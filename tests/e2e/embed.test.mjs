// Embedding in a clinic's own page: mounted into <div id="hamstring-guide">
// on a host page with aggressive CSS (neither side's styles reach the
// other), with data-* overrides; and in an iframe whose height follows the
// guide through postMessage, checked by origin as in the README snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, expectNoAxeViolations } from './support.mjs';
import { serve } from './server.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';

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

// A clinic's page on another origin that frames the guide and keeps every
// height the guide posts, as the README's snippet would use them.
const recording = (guide, origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main>
<iframe id="hamstring-guide-frame" src="${guide}" title="Hamstring guide" style="width:100%;border:0;height:600px"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}') return;
    const match = /^hamstring-guide:height:(\\d+)$/.exec(event.data);
    if (!match) return;
    window.heights.push(Number(match[1]));
    document.getElementById('hamstring-guide-frame').style.height = match[1] + 'px';
  });
</script></main></body></html>`;

let browser;
let site;
let clinic;
before(async () => {
  browser = await launch();
  site = await serve('dist', { prefix: '/guide/', pages: { '/mounted.html': MOUNTED } });
  // Another port, so another origin: the clinic's own site.
  const framed = recording(site.url, site.origin);
  clinic = await serve('dist', {
    prefix: '/nothing/',
    pages: { '/framed.html': framed, '/unreferred.html': framed.replace('<iframe ', '<iframe referrerpolicy="no-referrer" ') },
  });
});
after(async () => { await browser?.close(); await site?.close(); await clinic?.close(); });

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
  await page.waitForSelector('input[name="general_health"]');
  // Data attributes: a good phone is used, an unsafe link refused with a message.
  assert.ok(warnings.some((w) => /data-booking-url ignored/.test(w)), warnings.join('\n'));
  await page.check('#hg-general_health-fever');
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
  const inner = await frame.evaluate(() => document.documentElement.offsetHeight);
  const outer = await page.$eval('#hamstring-guide-frame', (f) => parseInt(f.style.height, 10));
  assert.equal(outer, inner);
  await page.context().close();
});

// In the guide's frame, `parent` (a replaceable property) stands in for the
// clinic's window: it keeps the origin each height is posted to and passes
// the message on.
function recordTargets() {
  if (window === window.top) return;
  const real = window.parent;
  window.targets = [];
  Object.defineProperty(window, 'parent', {
    value: { postMessage: (message, target) => { window.targets.push(target); real.postMessage(message, target); } },
  });
}

test('in an iframe on the clinic site, the frame shrinks again when the guide does', async () => {
  const context = await browser.newContext();
  await context.addInitScript(recordTargets);
  const page = await context.newPage();
  await page.goto(`${clinic.origin}/framed.html`);
  const frame = await (await page.waitForSelector('#hamstring-guide-frame')).contentFrame();
  await frame.waitForSelector('#hamstring-guide[data-ready="true"]');
  // The height the frame was last given, once the guide's own height is reached.
  const settled = async () => {
    await frame.waitForFunction(() => document.documentElement.offsetHeight > 0);
    const own = await frame.evaluate(() => document.documentElement.offsetHeight);
    await page.waitForFunction((h) => window.heights.at(-1) === h, own).catch(async () => {
      const heights = await page.evaluate(() => window.heights);
      assert.fail(`the guide is ${own} px tall but posted ${JSON.stringify(heights)}`);
    });
    return own;
  };
  const start = await settled();
  const origins = async () => [...new Set((await frame.evaluate(() => window.targets)).map((t) => (t === '*' ? t : new URL(t).origin)))];
  assert.deepEqual(await origins(), [clinic.origin], 'the heights go to the clinic\'s origin, not to any page');
  await completeGuide(frame, RUNNER);
  await frame.click('details.share-details > summary'); // Share with your physio, folded
  await frame.waitForSelector('.share');
  const results = await settled();
  assert.ok(results > start + 1000, `the results (${results} px) are much taller than the start page (${start} px)`);
  await frame.click('text=Start again');
  await frame.waitForSelector('.button--start');
  const again = await settled();
  assert.ok(again < start + 100, `after Start again the frame is ${again} px, the start page was ${start} px`);
  // The frame shows all of the guide without a scroll bar of its own.
  assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight), again);
  assert.deepEqual(await origins(), [clinic.origin], 'the heights go to the clinic\'s origin, not to any page');
  await context.close();
});

test('in an iframe that sends no referrer, the heights still reach the page', async () => {
  const context = await browser.newContext();
  await context.addInitScript(recordTargets);
  const page = await context.newPage();
  await page.goto(`${clinic.origin}/unreferred.html`);
  const frame = await (await page.waitForSelector('#hamstring-guide-frame')).contentFrame();
  await frame.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await frame.evaluate(() => document.referrer), '');
  const own = await frame.evaluate(() => document.documentElement.offsetHeight);
  await page.waitForFunction((h) => window.heights.at(-1) === h, own);
  assert.deepEqual([...new Set(await frame.evaluate(() => window.targets))], ['*']);
  await context.close();
});
