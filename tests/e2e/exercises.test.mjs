// The exercise library end to end in real Chromium: a self-managing patient
// sees two stage-1 starters in the plan with their dose and the pain rule,
// opens one and sees its drawing beside the steps, the dose and the way
// back; a patient told to book sees none; the library lists every stage,
// later ones "set by your physio"; axe in light and dark mode on the
// library and an exercise page; 320 px and 200 % text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot, SCREENSHOTS } from './support.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

// Where the closing note points for the screenshots, besides
// target/e2e-screenshots/ (set SHOTS_DIR to copy them there too).
// With `element`, only that part of the page.
async function shot(page, name, element = null) {
  if (element) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await element.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  } else {
    await screenshot(page, name);
  }
  if (process.env.SHOTS_DIR) {
    await mkdir(process.env.SHOTS_DIR, { recursive: true });
    await copyFile(join(SCREENSHOTS, `${name}.png`), join(process.env.SHOTS_DIR, `${name}.png`));
  }
}

async function open(options = {}, hash = '') {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${hash}`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

/** The runner's plan: self-managing. */
async function runnerPlan(options = {}, steps = RUNNER) {
  const page = await open(options);
  await completeGuide(page, steps);
  await page.waitForSelector('.result .do-dont');
  return page;
}

test('a self-managing patient sees two starters in the plan, opens one and sees its drawing, steps and dose', async () => {
  const page = await runnerPlan({ viewport: { width: 1024, height: 900 } });
  const starters = page.locator('.ex-starters');
  await starters.waitFor();
  assert.equal(await starters.locator('h3').textContent(), 'Exercises you can start now');
  assert.deepEqual(await starters.locator('.ex-card h4').allTextContents(), ['Bridge hold', 'Hamstring hold lying face down']);
  const card = starters.locator('.ex-card').first();
  assert.deepEqual(await card.locator('.ex-dose li').allTextContents(), [
    '4 to 5 holds of 30 to 45 seconds', 'Rest 60 to 120 seconds between them', '4 to 7 times a week',
  ]);
  assert.match(await card.textContent(), /goes above 3 out of 10/, 'the pain rule is beside the dose');
  await shot(page, 'exercises-starter-in-plan', starters);

  await card.locator('h4 a').click();
  await page.waitForSelector('.ex-page h1:text("Bridge hold")');
  assert.match(page.url(), /#\/exercises\/bridge_hold$/);
  assert.equal(await page.evaluate(() => document.title), 'Bridge hold – Hamstring guide');
  assert.equal(await page.textContent('.ex-page .tag--starter'), 'You can start this one on your own');
  // The drawing: one named picture, with the steps beside it.
  const drawing = page.locator('.ex-drawing svg');
  assert.equal(await drawing.getAttribute('role'), 'img');
  assert.match(await drawing.locator('title').textContent(), /^Bridge hold: /);
  assert.ok((await drawing.boundingBox()).width > 200, 'the drawing is shown');
  assert.equal(await page.locator('.ex-how ol li').count(), 5);
  assert.deepEqual(await page.locator('.ex-page .ex-dose li').allTextContents(), [
    '4 to 5 holds of 30 to 45 seconds', 'Rest 60 to 120 seconds between them', '4 to 7 times a week',
  ]);
  // Moving on leads to a stage set by the physio.
  await page.click('.ex-page a:text("Bridge with slow lowering")');
  await page.waitForSelector('.ex-page h1:text("Bridge with slow lowering")');
  assert.equal(await page.textContent('.ex-page p.tag:not(.tag--starter) >> nth=1'), 'Your physio sets this one');
  // Back twice: the first exercise, then the plan where it was left.
  await page.goBack();
  await page.waitForSelector('.ex-page h1:text("Bridge hold")');
  await page.click('.back-link');
  await page.waitForSelector('.result .ex-starters');
  await page.context().close();
});

test('a patient told to book sees no starter, and every exercise says the physio sets it', async () => {
  const longStanding = RUNNER.map(([q, ...c]) => (q === 'duration' ? [q, 'over_3_months'] : [q, ...c]));
  const page = await runnerPlan({}, longStanding);
  assert.match(await page.textContent('.care-card'), /Book/);
  assert.equal(await page.locator('.ex-starters').count(), 0);
  await page.goto(`${baseUrl()}#/exercises/bridge_hold`);
  await page.waitForSelector('.ex-page h1:text("Bridge hold")');
  assert.equal(await page.locator('.tag--starter').count(), 0);
  assert.equal(await page.textContent('.ex-page p.tag >> nth=1'), 'Your physio sets this one');
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the library and an exercise page pass axe (${colorScheme})`, async () => {
    const page = await open({ colorScheme, viewport: { width: 1024, height: 900 } }, '#/exercises');
    await page.waitForSelector('h1:text("Exercises, stage by stage")');
    assert.deepEqual(await page.locator('.ex-library h2').allTextContents(), ['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4']);
    assert.equal(await page.locator('.ex-list li').count(), 10);
    await expectNoAxeViolations(page, `library ${colorScheme}`);
    await shot(page, `exercises-library-${colorScheme}`);
    await page.click('.ex-list a:text("Romanian deadlift")');
    await page.waitForSelector('.ex-page h1:text("Romanian deadlift")');
    // The figure takes the page's colours: its lines are the text colour.
    const colours = {
      stroke: await page.locator('.ex-drawing .ex-body').first().evaluate((e) => getComputedStyle(e).stroke),
      text: await page.locator('.ex-page h1').evaluate((e) => getComputedStyle(e).color),
    };
    assert.equal(colours.stroke, colours.text);
    await expectNoAxeViolations(page, `exercise ${colorScheme}`);
    await shot(page, `exercise-page-${colorScheme}`);
    await page.context().close();
  });
}

test('an unknown exercise in the address shows the library with a note', async () => {
  const page = await open({}, '#/exercises/no_such_thing');
  await page.waitForSelector('h1:text("Exercises, stage by stage")');
  assert.match(await page.textContent('.ex-library .notice'), /could not find this exercise/);
  await page.context().close();
});

for (const [label, options, fontSize] of [
  ['at 320 px', { viewport: { width: 320, height: 640 } }, null],
  ['with text at 200 %', { viewport: { width: 640, height: 800 } }, '200%'],
]) {
  test(`${label} the exercise pages have no sideways scrolling and every target is at least 44 px tall`, async () => {
    const page = await open(options, '#/exercises/single_leg_bridge');
    await page.waitForSelector('.ex-page h1');
    if (fontSize) await page.evaluate((size) => { document.documentElement.style.fontSize = size; }, fontSize);
    for (const hash of ['#/exercises/single_leg_bridge', '#/exercises']) {
      await page.goto(`${baseUrl()}${hash}`);
      await page.waitForSelector('h1');
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
      assert.ok(scroll <= width, `${hash}: page is ${scroll}px wide in a ${width}px window`);
      const small = await page.$$eval('.hg .ex-page a, .hg .ex-library a', (els) => els
        .map((e) => ({ text: e.textContent.trim(), h: e.getBoundingClientRect().height }))
        .filter((r) => r.h > 0 && r.h < 44));
      assert.deepEqual(small, [], `${hash}: targets under 44px`);
    }
    await shot(page, `exercises-${fontSize ? '200-text' : '320'}`);
    await page.context().close();
  });
}
