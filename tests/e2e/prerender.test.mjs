// The prerendered first paint: the start page is in index.html, so it shows
// before the wasm has arrived; a tap on it then is not lost; the app takes
// over without moving anything; and with JavaScript off the page still
// gives the essential advice and the clinic's details.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot } from './support.mjs';

let browser;
before(async () => {
  await startSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await stopSite();
});

/** A page whose wasm is held back until `release()` is called. */
async function withHeldWasm(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  return { page, release };
}

const startTitle = async () => {
  const toml = await readFile('content/guide.toml', 'utf8');
  return toml.match(/^start_title = "(.*)"$/m)[1];
};

test('the start page paints before the wasm arrives', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await withHeldWasm(context);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  const heading = page.locator('h1');
  await heading.waitFor();
  assert.equal(await heading.textContent(), await startTitle());
  assert.ok(await page.locator('.button--start').isVisible(), 'the start link is visible');
  assert.equal(await page.getAttribute('#hamstring-guide', 'data-ready'), null, 'the app has not started');
  const fcp = await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries()[0]?.startTime ?? null))
      .observe({ type: 'paint', buffered: true });
  }));
  assert.ok(fcp !== null, 'a contentful paint happened without the wasm');
  await expectNoAxeViolations(page, 'prerendered start page');
  await screenshot(page, 'prerendered-start');
  release();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await context.close();
});

test('the app takes over in place: same text, same positions, no layout shift', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await withHeldWasm(context);
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  await page.locator('h1').waitFor();
  const snapshot = () => page.evaluate(() => {
    const root = document.getElementById('hamstring-guide').shadowRoot;
    const visible = [...root.querySelectorAll('h1, p, .button--start, footer button')]
      .filter((e) => e.getClientRects().length > 0);
    return visible.map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} ${e.textContent.trim()}`;
    });
  });
  const before = await snapshot();
  release();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  const afterTakeover = await snapshot();
  assert.deepEqual(afterTakeover, before);
  const copies = await page.evaluate(() =>
    document.getElementById('hamstring-guide').shadowRoot.querySelectorAll('[data-prerendered]').length);
  assert.equal(copies, 0, 'the prerendered copy is gone');
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.evaluate(() => window.__shifts), 0);
  await context.close();
});

test('a tap on Start before the wasm arrives opens the first question', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await withHeldWasm(context);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  await page.click('.button--start');
  assert.match(page.url(), /#\/q\/emergency_signs$/);
  release();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.waitForSelector('input[name="emergency_signs"]');
  assert.match(await page.locator('h1').textContent(), /\S/);
  await context.close();
});

test('keyboard focus on the prerendered Start link stays on Start', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await withHeldWasm(context);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  await page.locator('.button--start').focus();
  release();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  const focused = await page.evaluate(() =>
    document.getElementById('hamstring-guide').shadowRoot.activeElement?.className ?? '');
  assert.match(focused, /button--start/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('input[name="emergency_signs"]');
  await context.close();
});

test('with JavaScript off, the page gives the essentials and how to reach the clinic', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseUrl());
  const toml = await readFile('content/clinic.toml', 'utf8');
  const phone = toml.match(/^phone = "(.*)"$/m)[1];
  // The prerendered page's <main> is in the hidden guide; one main shows.
  const main = page.locator('main:visible');
  assert.equal(await main.count(), 1, 'one main landmark shows');
  const text = await main.textContent();
  assert.match(text, /cushion/);
  assert.match(text, /stretch/i);
  assert.ok(text.includes(phone), 'the clinic phone number is shown');
  assert.ok(await page.locator('main a[href^="tel:"]').isVisible());
  assert.equal(await page.locator('#hamstring-guide').isVisible(), false, 'the inert guide is hidden');
  const footerNot = (await readFile('content/guide.toml', 'utf8')).match(/^footer_not = "(.*)"$/m)[1];
  assert.ok(await page.locator(`footer:visible:has-text("${footerNot}")`).isVisible(), 'says what the guide is not');
  await screenshot(page, 'no-javascript');
  await context.close();
});

test('the no-JavaScript page passes axe', async () => {
  // axe needs script, so the same markup is checked with script on: the
  // guide is kept from starting and the <noscript> content takes the body.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.evaluate(() => {
    const markup = document.querySelector('noscript').textContent;
    document.body.innerHTML = markup;
  });
  assert.equal(await page.locator('main').count(), 1);
  await expectNoAxeViolations(page, 'no-JavaScript page');
  await context.close();
});

const guideVisibility = (page) => page.evaluate(() =>
  getComputedStyle(document.getElementById('hamstring-guide')).visibility);

test('after a reload part-way, the start page is not flashed: the guide waits for the app', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await withHeldWasm(context);
  await page.goto(`${baseUrl()}#/q/sitting`, { waitUntil: 'domcontentloaded' });
  assert.equal(await guideVisibility(page), 'hidden');
  release();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await guideVisibility(page), 'visible');
  assert.notEqual(await page.locator('h1').textContent(), await startTitle());
  await context.close();
});

test('with answers saved on the device, the guide waits for the app to offer Continue', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('hamstring-guide', 'saved earlier');
    }
  });
  const { page, release } = await withHeldWasm(context);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  assert.equal(await guideVisibility(page), 'hidden');
  release();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await guideVisibility(page), 'visible');
  await context.close();
});

test('a first visit shows the prerendered start page at once', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await withHeldWasm(context);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  assert.equal(await guideVisibility(page), 'visible');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('hg-wait')), false);
  release();
  await context.close();
});
