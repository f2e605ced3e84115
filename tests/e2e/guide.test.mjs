// The guide end to end in real Chromium: a runner's whole journey to a
// plan, every red flag reaching its card, Back/Forward/reload, keyboard
// only, and axe on every kind of page in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot } from './support.mjs';
import { SAFE_SCREEN, RUNNER } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

async function openGuide(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

/** Answers the question on screen by its id, choosing these options. */
async function answer(page, question, ...choices) {
  await page.waitForSelector(`input[name="${question}"]`);
  // The emergency route stays one tap away on every question page.
  assert.ok(await page.$('.emergency-strip a[href^="tel:"]'), `no emergency link on ${question}`);
  for (const choice of choices) {
    await page.check(`#hg-${question}-${choice}`);
  }
  await page.click('button[type="submit"]');
}

async function passSafetyScreen(page) {
  for (const [question, choice] of SAFE_SCREEN) await answer(page, question, choice);
}

async function runnerWhoSitsAndSprints(page) {
  await page.click('.button--start');
  for (const [question, ...choices] of RUNNER) await answer(page, question, ...choices);
}

test('a runner whose pain comes on with sitting and sprinting gets a plan with the cushion and running changes', async () => {
  const page = await openGuide({ viewport: { width: 360, height: 740 } });
  await screenshot(page, 'start-360');
  await runnerWhoSitsAndSprints(page);
  await page.waitForSelector('h1:text("Check your answers")');
  await screenshot(page, 'check-360');
  await page.click('text=See my plan');
  await page.waitForSelector('.result .care-card');
  const text = await page.textContent('.hg-main');
  assert.match(text, /cushion|folded towel/i, 'sitting advice');
  assert.match(text, /sprint/i, 'running advice mentions sprints');
  assert.match(text, /hills/i, 'running advice mentions hills');
  assert.match(text, /Why we suggest this/);
  assert.match(text, /not a diagnosis/i);
  assert.ok(await page.$('.emergency-strip a[href^="tel:"]'), 'emergency link on the result page');
  await screenshot(page, 'result-360');
  await page.context().close();
});

const HISTORY = [
  ['onset', 'slowly'], ['training_change', 'none'], ['duration', 'over_3_months'], ['pain_now', 'moderate'],
  ['pain_after', 'moderate'], ['morning', 'yes'], ['tried', 'nothing'],
];

const upTo = (n) => SAFE_SCREEN.slice(0, n);
const RED_FLAGS = [
  { path: [['emergency_signs', 'saddle_numbness']], card: 'care-card--emergency' },
  { path: [['emergency_signs', 'bladder_bowel']], card: 'care-card--emergency' },
  { path: [...upTo(1), ['sudden_injury', 'yes']], card: 'care-card--urgent' },
  { path: [...upTo(2), ['general_health', 'night_pain']], card: 'care-card--urgent' },
  { path: [...upTo(3), ['age', 'under_16']], card: 'care-card--urgent' },
  { path: [...upTo(3), ['age', 'age_16_to_19'], ['teen_sprint', 'yes']], card: 'care-card--urgent' },
  { path: [...upTo(4), ['nerve_signs', 'numbness']], card: 'care-card--non-urgent' },
  { path: [...upTo(4), ['nerve_signs', 'numbness', 'weakness_worse']], card: 'care-card--urgent' },
  { path: [...upTo(5), ['pain_where', 'low_back']], card: 'care-card--non-urgent' },
];

test('each red flag stops the questions with its care card, and a misclick can go back', async () => {
  const page = await openGuide();
  for (const { path, card } of RED_FLAGS) {
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#hamstring-guide[data-ready="true"]');
    await page.click('.button--start');
    for (const [question, ...choices] of path) await answer(page, question, ...choices);
    await page.waitForSelector(`.${card}`, { timeout: 5000 }).catch(() => {
      throw new Error(`no ${card} after ${JSON.stringify(path)}`);
    });
    const [lastQuestion] = path[path.length - 1];
    await page.click('text=/by mistake/');
    await page.waitForSelector(`input[name="${lastQuestion}"]`);
    assert.ok(await page.isChecked(`#hg-${lastQuestion}-${path[path.length - 1][1]}`), 'answer kept after going back');
  }
  await page.context().close();
});

test('Back, Forward and reload keep the place and the answers', async () => {
  const page = await openGuide();
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'none');
  await answer(page, 'sudden_injury', 'no');
  await page.waitForSelector('input[name="general_health"]');
  await page.goBack();
  await page.waitForSelector('input[name="sudden_injury"]');
  assert.ok(await page.isChecked('#hg-sudden_injury-no'));
  await page.goForward();
  await page.waitForSelector('input[name="general_health"]');
  await page.reload();
  await page.waitForSelector('input[name="general_health"]');
  assert.match(page.url(), /#\/q\/general_health$/);
  await page.click('a.back-link');
  await page.waitForSelector('input[name="sudden_injury"]');
  assert.ok(await page.isChecked('#hg-sudden_injury-no'), 'the back link keeps the answer');
  await page.context().close();
});

test('Continue with nothing chosen shows an error summary that links to the field', async () => {
  const page = await openGuide();
  await page.click('.button--start');
  await page.waitForSelector('input[name="emergency_signs"]');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.error-summary');
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).className), 'error-summary');
  await expectNoAxeViolations(page);
  await page.click('.error-summary a');
  assert.equal(await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).id), 'hg-emergency_signs-saddle_numbness');
  await page.context().close();
});

test('the whole guide can be completed with the keyboard alone', async () => {
  const page = await openGuide();
  await page.keyboard.press('Tab'); // emergency link
  let focused = '';
  for (let i = 0; i < 10 && !focused.includes('button--start'); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).className);
  }
  await page.keyboard.press('Enter');
  let pages = 0;
  while (!(await page.$('.result')) && pages++ < 40) {
    await page.waitForFunction(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.matches('h1'));
    const onCheck = await page.$('h1:text("Check your answers")');
    // Tab to the first option (or to "See my plan" on the check page).
    const target = onCheck ? 'button' : 'input';
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).tagName.toLowerCase());
      if (tag === target) break;
    }
    if (!onCheck) {
      // The first option is focused: choose it, or for the safety questions
      // move to "None of these"/"No" with the keyboard.
      const name = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).name);
      const type = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).type);
      const safe = Object.fromEntries(SAFE_SCREEN)[name] ?? (name === 'morning' ? 'yes' : null);
      if (type === 'radio') {
        for (let i = 0; i < 6; i++) {
          const value = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).value);
          if (!safe || value === safe) break;
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Space');
      } else {
        for (let i = 0; i < 10; i++) {
          const value = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).value);
          if (!safe || value === safe) break;
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Space');
      }
    }
    // Tab on to the Continue (or "See my plan") button and press Enter.
    for (let i = 0; i < 20; i++) {
      const tag = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).tagName.toLowerCase());
      if (tag === 'button') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
  await page.waitForSelector('.result .care-card');
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations on any kind of page (${colorScheme})`, async () => {
    const page = await openGuide({ colorScheme, viewport: { width: 1280, height: 800 } });
    await expectNoAxeViolations(page, 'start');
    await screenshot(page, `start-1280-${colorScheme}`);
    await page.click('.button--start');
    await page.waitForSelector('input[name="emergency_signs"]');
    await expectNoAxeViolations(page, 'question');
    await screenshot(page, `question-1280-${colorScheme}`);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.error-summary');
    await expectNoAxeViolations(page, 'question with error');
    await answer(page, 'emergency_signs', 'saddle_numbness');
    await page.waitForSelector('.care-card--emergency');
    await expectNoAxeViolations(page, 'emergency card');
    await screenshot(page, `emergency-1280-${colorScheme}`);
    await page.click('text=/by mistake/');
    await page.uncheck('#hg-emergency_signs-saddle_numbness');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.error-summary');
    await runnerRestAfterEmergency(page);
    await page.waitForSelector('h1:text("Check your answers")');
    await expectNoAxeViolations(page, 'check answers');
    await page.click('text=See my plan');
    await page.waitForSelector('.result .care-card');
    await expectNoAxeViolations(page, 'result');
    await screenshot(page, `result-1280-${colorScheme}`);
    await page.context().close();
  });
}

async function runnerRestAfterEmergency(page) {
  await answer(page, 'emergency_signs', 'none');
  for (const [question, choice] of SAFE_SCREEN.slice(1)) await answer(page, question, choice);
  for (const q of ['sitting', 'driving', 'running', 'lunging', 'stretching', 'bending', 'stairs']) {
    await answer(page, q, 'no');
  }
  for (const [q, c] of HISTORY) await answer(page, q, c);
}

test('a Change link returns to its question and then straight back to check your answers', async () => {
  const page = await openGuide();
  await page.click('.button--start');
  await passSafetyScreen(page);
  for (const q of ['sitting', 'driving', 'running', 'lunging', 'stretching', 'bending', 'stairs']) await answer(page, q, 'no');
  for (const [q, c] of HISTORY) {
    await answer(page, q, c);
  }
  await page.waitForSelector('h1:text("Check your answers")');
  await page.click('a[href="#/q/driving"]');
  await answer(page, 'driving', 'yes');
  await page.waitForSelector('h1:text("Check your answers")');
  assert.equal(await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).tagName), 'H1', 'focus on the new heading');
  assert.match(await page.title(), /^Check your answers – /);
  await page.click('text=See my plan');
  await page.waitForSelector('#hg-section-driving');
  await page.context().close();
});

test('at 320 px there is no sideways scrolling and every control is at least 44 px tall', async () => {
  const page = await openGuide({ viewport: { width: 320, height: 640 } });
  const check = async (label) => {
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    assert.ok(scroll <= width, `${label}: page is ${scroll}px wide in a ${width}px window`);
    const small = await page.$$eval('.hg a, .hg button, .hg .choice__label', (els) => els
      .map((e) => ({ text: e.textContent.trim().slice(0, 30), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
      .filter((r) => r.h > 0 && (r.h < 44 || r.w < 44)));
    assert.deepEqual(small, [], `${label}: targets under 44px`);
  };
  await check('start');
  await page.click('.button--start');
  await page.waitForSelector('input[name="emergency_signs"]');
  await check('question');
  await page.context().close();
});

test('the guide works when hosted under a sub-path', async () => {
  const { serve } = await import('./server.mjs');
  const site = await serve('dist', { prefix: '/clinic/guide/' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
  await page.goto(site.url);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'none');
  await page.waitForSelector('input[name="sudden_injury"]');
  assert.ok(page.url().startsWith(`${site.url}#/q/sudden_injury`), page.url());
  await page.reload();
  await page.waitForSelector('input[name="sudden_injury"]');
  assert.deepEqual(failed, []);
  await context.close();
  await site.close();
});

test('the clinician view shows the source beside every piece of advice', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}?clinician`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await runnerWhoSitsAndSprints(page);
  await page.click('text=See my plan');
  await page.waitForSelector('.result .care-card');
  const advice = await page.$$eval('.plan-section[aria-labelledby^="hg-section-"] li', (lis) => lis.map((li) => !!li.querySelector('.source abbr[title]')));
  assert.ok(advice.length > 10, `only ${advice.length} advice items`);
  assert.ok(advice.every(Boolean), 'an advice item has no source');
  assert.ok(await page.$('.care-card .source'), 'the care level shows its source');
  assert.ok(await page.$('.references dd'), 'the reference list is shown');
  await expectNoAxeViolations(page, 'clinician view');
  // A red flag's card names its sources too: the clinician view runs the
  // full build from the start, since the first build leaves the view out.
  await context.close();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(`${baseUrl()}?clinician`);
  await fresh.waitForSelector('#hamstring-guide[data-ready="true"]');
  await fresh.click('.button--start');
  await answer(fresh, 'emergency_signs', 'saddle_numbness');
  await fresh.waitForSelector('.care-card--emergency .source abbr[title]');
  await fresh.context().close();
});
