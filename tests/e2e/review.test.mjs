// The clinician's review sheet and the comparison page (`cargo xtask
// review`), as `cargo xtask test` writes them to target/review/: axe finds
// nothing in light and dark mode, the print view fits A4, and nothing is
// fetched from anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { launch, expectNoAxeViolations } from './support.mjs';
import { serve } from './server.mjs';

const DIR = 'target/review';
let site;
let browser;

before(async () => {
  await stat(`${DIR}/index.html`).catch(() => {
    throw new Error(`${DIR}/index.html is missing: cargo xtask test writes it (the review layer)`);
  });
  site = await serve(DIR);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(file, colorScheme, media = 'screen') {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme, media });
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin)) elsewhere.push(request.url());
  });
  await page.goto(`${site.url}${file}`, { timeout: 120000 });
  return { page, elsewhere };
}

for (const file of ['index.html', 'changes.html']) {
  for (const colorScheme of ['light', 'dark']) {
    // The sheet holds every outcome (over a thousand): axe takes its time.
    test(`the review page ${file} passes axe in ${colorScheme} mode and fetches nothing from elsewhere`, { timeout: 600000 }, async () => {
      const { page, elsewhere } = await open(file, colorScheme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, colorScheme === 'dark' ? 'rgb(21, 23, 26)' : 'rgb(255, 255, 255)');
      await expectNoAxeViolations(page, `${file} (${colorScheme})`);
      assert.deepEqual(elsewhere, []);
      await page.context().close();
    });
  }
}

test('the sheet prints on A4: nothing wider than the page, every part there, a place to sign', async () => {
  // A4 is 210 mm wide; the sheet's @page margins leave 186 mm, 703 CSS pixels.
  const { page } = await open('index.html', 'dark', 'print');
  await page.setViewportSize({ width: 703, height: 1000 });
  const layout = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    map: document.querySelector('.map svg').getBoundingClientRect().width,
    background: getComputedStyle(document.body).backgroundColor,
    parts: ['outcomes', 'map', 'questions', 'sentences', 'sign'].filter((id) => !document.getElementById(id)),
    sign: [...document.querySelectorAll('#sign th')].map((th) => th.textContent),
  }));
  assert.ok(layout.width <= 703, `the printed sheet is ${layout.width}px wide`);
  assert.ok(layout.map <= 703, `the map is ${layout.map}px wide`);
  assert.equal(layout.background, 'rgb(255, 255, 255)', 'print is light even in dark mode');
  assert.deepEqual(layout.parts, []);
  assert.deepEqual(layout.sign, ['Name', 'Role', 'Date', 'Signature']);
  const pdf = await page.pdf({ format: 'A4', pageRanges: '1-2', preferCSSPageSize: true });
  assert.ok(pdf.length > 1000);
  await page.context().close();
});

test('every box of the question map links to its text on the sheet', async () => {
  const { page } = await open('index.html', 'light');
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('.map a')]
      .map((a) => a.getAttribute('href'))
      .filter((href) => !document.getElementById(href.slice(1))));
  const boxes = await page.locator('.map a').count();
  assert.ok(boxes > 10, `only ${boxes} boxes`);
  assert.deepEqual(broken, []);
  await page.context().close();
});
