// The return-to-running ladder end to end in real Chromium: a hill runner
// sees it in the plan's running part; the diary follows their runs (start,
// ready after a week of easy runs, on strides after the first strides run,
// back to easy after a flare), with the step marked; axe in light and dark
// mode; a patient stopped by a red flag that says not to run never sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot } from './support.mjs';
import { HILL_RUNNER, SAFE_SCREEN, answerAll, completeGuide } from './journeys.mjs';
import { openDiary, isoDaysAgo, logDay } from './diary-days.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const KEY = 'hamstring-guide:diary';
const RUNGS = ['Easy and flat', 'Easy with strides', 'Tempo', 'Hills', 'Sprints'];

/** What the diary's ladder says: its verdict, step, advice title and marked rung. */
const ladder = (page) => page.$eval('.diary-ladder', (s) => ({
  verdict: s.getAttribute('data-ladder'),
  step: s.querySelector('.diary-ladder__step')?.textContent,
  advice: s.querySelector('.diary-advice__title')?.textContent,
  current: s.querySelector('[aria-current="step"] strong')?.textContent ?? null,
}));

/** Easy runs within the rule, settled the next morning, `agos` days back. */
async function seedEasyRuns(page, agos) {
  const lines = ['hamstring-guide-diary 1'];
  for (const ago of agos) lines.push(`e ${await isoDaysAgo(page, ago)} 2 run 30 easy 1 same -`);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, lines.join('\n') + '\n']);
}

test('a hill runner sees the ladder in the plan, and the diary moves them up one step after a week and down after a flare', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await completeGuide(page, HILL_RUNNER);

  // The plan: the running part lists the rungs, in order.
  await page.click('a[href="#hg-part-running"]');
  const part = await page.$eval('#hg-part-running', (d) => ({
    open: d.open,
    title: d.querySelector('.ladder-part h3')?.textContent,
    rungs: [...d.querySelectorAll('.ladder__rung strong')].map((s) => s.textContent),
  }));
  assert.deepEqual(part, { open: true, title: 'Back to running, step by step', rungs: RUNGS });

  // The diary: no run yet, so start with easy runs.
  await page.click('.diary-link a');
  await page.waitForSelector('h1:text("Your pain diary")');
  assert.deepEqual(await ladder(page), {
    verdict: 'start', step: 'You are on step 1 of 5: Easy and flat.',
    advice: 'Start with easy runs', current: 'Easy and flat',
  });
  await expectNoAxeViolations(page, 'diary with the ladder');

  // Three easy runs within the rule, the first 8 days ago: the next step may come.
  for (const ago of [8, 6]) await logDay(page, { ago, pain: 1 });
  assert.equal((await ladder(page)).verdict, 'stay', 'a week on the step needs 3 runs');
  await logDay(page, { ago: 4, pain: 1 });
  assert.deepEqual(await ladder(page), {
    verdict: 'ready', step: 'You are on step 1 of 5: Easy and flat.',
    advice: 'You can try the next step: Easy with strides', current: 'Easy and flat',
  });
  await screenshot(page, 'diary-ladder-ready');

  // Today's run with strides, within the rule: on the second step.
  await logDay(page, { ago: 0, kind: 'strides', pain: 2 });
  assert.deepEqual(await ladder(page), {
    verdict: 'stay', step: 'You are on step 2 of 5: Easy with strides.',
    advice: 'Stay on this step: Easy with strides', current: 'Easy with strides',
  });

  // The same run over the limit: one step down, to easy runs.
  await logDay(page, { ago: 0, kind: 'strides', pain: 5 });
  assert.deepEqual(await ladder(page), {
    verdict: 'back', step: 'You are on step 1 of 5: Easy and flat.',
    advice: 'Go back one step, to Easy and flat', current: 'Easy and flat',
  });
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the diary's ladder passes axe, the step marked for screen readers (${colorScheme})`, async () => {
    const page = await openDiary(browser, { colorScheme });
    await seedEasyRuns(page, [9, 7, 5, 3, 1]);
    await page.reload();
    await page.waitForSelector('.diary-ladder[data-ladder="ready"]');
    assert.equal(await page.$$eval('.ladder__rung[aria-current="step"]', (r) => r.length), 1);
    await expectNoAxeViolations(page, `diary ladder ${colorScheme}`);
    await screenshot(page, `diary-ladder-${colorScheme}`);
    await page.context().close();
  });
}

test('a patient told not to run until checked never sees the ladder, even with runs in the diary', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await answerAll(page, [...SAFE_SCREEN.slice(0, 2), ['bone_stress', 'hop_walk']]);
  await page.waitForSelector('.care-card--urgent');
  assert.match(await page.textContent('.care-card--urgent'), /Do not run until you have been checked/);
  await seedEasyRuns(page, [3, 1]);
  await page.goto(`${baseUrl()}#/diary`);
  await page.reload();
  await page.waitForSelector('h1:text("Your pain diary")');
  assert.equal(await page.$$eval('.diary-entry', (e) => e.length), 2, 'the runs are there');
  assert.equal(await page.$('.diary-ladder'), null);
  await context.close();
});
