// The guide end to end in real Chromium: a runner's whole journey to a
// plan, every red flag reaching its card, Back/Forward/reload, keyboard
// only, and axe on every kind of page in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot } from './support.mjs';
import { SAFE_SCREEN, NO_TRIGGERS, RUNNER, FOR_PHYSIO } from './journeys.mjs';

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

async function runnerWhoSitsAndRunsHills(page) {
  await page.click('.button--start');
  for (const [question, ...choices] of RUNNER) await answer(page, question, ...choices);
}

test('the runner reaches the plan in at most 12 pages and 25 taps, with Continue on the first screen of every page', async () => {
  const page = await openGuide({ viewport: { width: 360, height: 740 } });
  await screenshot(page, 'start-360');
  let taps = 1;
  await page.click('.button--start');
  const parts = [];
  const below = [];
  for (const [question, ...choices] of RUNNER) {
    await page.waitForSelector(`input[name="${question}"]`);
    // The page opens at its top, and its Continue is on the first screen.
    assert.equal(await page.evaluate(() => scrollY), 0, `${question} opens scrolled`);
    const bottom = await page.$eval('button[type="submit"]', (b) => b.getBoundingClientRect().bottom);
    if (bottom > 740) below.push(`${question} (${Math.round(bottom)} px)`);
    parts.push(await page.textContent('.progress'));
    for (const choice of choices) await page.check(`#hg-${question}-${choice}`);
    // Scrolled down, as after reading a long page: the next opens at its top.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.click('button[type="submit"]');
    taps += choices.length + 1;
  }
  await page.waitForSelector('.result .care-card');
  const pages = RUNNER.length;
  console.log(`runner's journey: ${pages} question pages, ${taps} taps from the start page to the plan`);
  assert.ok(pages <= 12, `${pages} pages`);
  assert.ok(taps <= 25, `${taps} taps`);
  assert.deepEqual(below, [], 'Continue below the first screen');
  // Progress names the part of the guide, and never counts.
  assert.deepEqual([...new Set(parts)], ['Safety checks', 'Your pain', 'How long and how bad']);
  const text = await page.textContent('.hg-main');
  assert.match(text, /cushion|folded towel/i, 'sitting advice');
  assert.match(text, /hills/i, 'running advice mentions hills');
  assert.match(text, /not a diagnosis/i);
  assert.ok(await page.$('.emergency-strip a[href^="tel:"]'), 'emergency link on the result page');
  await screenshot(page, 'result-360');
  await page.context().close();
});

test('the questions for the physio come after the plan, may be left, and change nothing in it', async () => {
  const page = await openGuide({ viewport: { width: 360, height: 740 } });
  await runnerWhoSitsAndRunsHills(page);
  await page.waitForSelector('.plan-section');
  const planText = () => page.$$eval('.plan-section:not(.for-physio)', (els) => els.map((e) => e.textContent));
  const plan = await planText();
  await page.click('a.for-physio__link');
  for (const [question, ...choices] of FOR_PHYSIO) {
    assert.equal(await page.textContent('.progress'), 'For your physio (you can skip these)');
    await answer(page, question, ...choices);
  }
  await page.waitForSelector('.plan-section');
  assert.deepEqual(await planText(), plan, 'the plan is the same');
  assert.equal(await page.$('a.for-physio__link'), null, 'nothing left to answer');
  const saved = await page.evaluate(() => localStorage.getItem('hamstring-guide'));
  assert.match(saved, /a tried rest,stretching/);
  await page.context().close();
});

const HISTORY = [['duration', 'over_3_months'], ['pain_after', 'moderate'], ['morning', 'yes']];

// The safe screen up to (not including) a question: 0 emergency_signs,
// 1 general_health, 2 bone_stress, 3 age, 4 sudden_injury, 5 nerve_signs,
// 6 pain_where.
const upTo = (n) => SAFE_SCREEN.slice(0, n);
const YOUNG = [...upTo(3), ['age', 'age_20_to_24']];
const RED_FLAGS = [
  { path: [['emergency_signs', 'saddle_numbness']], card: 'care-card--emergency' },
  { path: [['emergency_signs', 'bladder_bowel']], card: 'care-card--emergency' },
  { path: [['emergency_signs', 'leg_swelling']], card: 'care-card--urgent', title: /today/ },
  { path: [['emergency_signs', 'leg_swelling', 'chest_breathing']], card: 'care-card--emergency' },
  { path: [...upTo(1), ['general_health', 'night_pain']], card: 'care-card--urgent' },
  { path: [...upTo(1), ['general_health', 'cancer']], card: 'care-card--urgent', title: /today/ },
  { path: [...upTo(1), ['general_health', 'steroids']], card: 'care-card--urgent' },
  { path: [...upTo(2), ['bone_stress', 'hop_walk', 'builds_on_runs']], card: 'care-card--urgent', title: /Stop running/ },
  { path: [...upTo(2), ['bone_stress', 'periods', 'under_eating']], card: 'care-card--urgent', title: /Stop running/ },
  { path: [...upTo(3), ['age', 'under_16']], card: 'care-card--urgent' },
  { path: [...YOUNG, ['sudden_young', 'sudden']], card: 'care-card--urgent' },
  { path: [...upTo(3), ['age', 'age_16_to_19'], ['sudden_young', 'pop']], card: 'care-card--urgent' },
  { path: [...upTo(4), ['sudden_injury', 'yes']], card: 'care-card--urgent' },
  { path: [...upTo(5), ['nerve_signs', 'shooting']], card: 'care-card--non-urgent', title: /few days/ },
  { path: [...upTo(5), ['nerve_signs', 'numbness', 'weakness_worse']], card: 'care-card--urgent' },
  { path: [...upTo(6), ['pain_where', 'low_back']], card: 'care-card--non-urgent' },
];

test('each red flag stops the questions with its care card, and a misclick can go back', async () => {
  const page = await openGuide();
  for (const { path, card, title } of RED_FLAGS) {
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#hamstring-guide[data-ready="true"]');
    await page.click('.button--start');
    for (const [question, ...choices] of path) await answer(page, question, ...choices);
    await page.waitForSelector(`.${card}`, { timeout: 5000 }).catch(() => {
      throw new Error(`no ${card} after ${JSON.stringify(path)}`);
    });
    if (title) assert.match(await page.textContent(`.${card} .care-card__heading`), title, JSON.stringify(path));
    const [lastQuestion] = path[path.length - 1];
    await page.click('text=/by mistake/');
    await page.waitForSelector(`input[name="${lastQuestion}"]`);
    assert.ok(await page.isChecked(`#hg-${lastQuestion}-${path[path.length - 1][1]}`), 'answer kept after going back');
  }
  await page.context().close();
});

/** Answers `screen`, the two trigger pages with `triggers[q] ?? 'none'`, then a short, mild history; returns the result's heading and text. */
async function resultAfter(page, screen, triggers = {}) {
  await page.click('.button--start');
  for (const [question, choice] of screen) await answer(page, question, choice);
  for (const [q] of NO_TRIGGERS) await answer(page, q, triggers[q] ?? 'none');
  for (const [q, c] of MILD_HISTORY) await answer(page, q, c);
  await page.waitForSelector('.result .care-card');
  return { title: await page.textContent('.result .care-card__heading'), text: await page.textContent('.hg-main') };
}

const MILD_HISTORY = [['duration', 'under_6_weeks'], ['pain_after', 'mild'], ['morning', 'yes']];

test('pain that began suddenly without a pop asks for a check within days, not self-care', async () => {
  const page = await openGuide();
  const screen = SAFE_SCREEN.map(([q, c]) => [q, q === 'sudden_injury' ? 'sudden' : c]);
  const { title, text } = await resultAfter(page, screen, { everyday: 'stretching' });
  assert.match(title, /next few days/);
  assert.match(text, /starts suddenly/);
  assert.doesNotMatch(text, /usual picture/, 'a sudden start does not fit the usual picture');
  await page.context().close();
});

test('when nothing brings the pain on, the guide asks to book and does not say it fits the usual picture', async () => {
  const page = await openGuide();
  const { title, text } = await resultAfter(page, SAFE_SCREEN);
  assert.match(title, /Book an appointment with a physio/);
  assert.match(text, /nothing you told us about brings on the pain/);
  assert.doesNotMatch(text, /usual picture/);
  await page.context().close();
  // The same answers with one trigger: self-care, and the usual picture.
  const other = await openGuide();
  const withSitting = await resultAfter(other, SAFE_SCREEN, { sport: 'cycling' });
  assert.match(withSitting.title, /looking after this yourself/);
  assert.match(withSitting.text, /usual picture/);
  await other.context().close();
});

test('a patient who saved answers before the safety screen changed is asked it again, and told why', async () => {
  const context = await browser.newContext();
  // Answers saved by the first edition (format 2, no fingerprints): the old
  // screen had no clot or bone stress questions and asked age as "20 or over".
  await context.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('hamstring-guide', [
      'hamstring-guide 2', 'content 2026-11-01', 'page check',
      'a emergency_signs none', 'a sudden_injury no', 'a general_health none', 'a age age_20_plus',
      'a nerve_signs none', 'a pain_where sit_bone', 'a sitting no', 'a driving no', 'a running no',
      'a lunging no', 'a stretching yes', 'a bending no', 'a stairs no', 'a onset slowly',
      'a training_change none', 'a duration under_6_weeks', 'a pain_now mild', 'a pain_after mild',
      'a morning yes', 'a tried nothing', '',
    ].join('\n'));
  });
  const page = await context.newPage();
  await page.goto(baseUrl().replace(/#.*$/, ''));
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.match(await page.textContent('.notice'), /updated/);
  await page.click('.resume button:text("Continue")');
  await page.waitForSelector('input[name="emergency_signs"]');
  assert.equal(await page.$$eval('input[name="emergency_signs"]:checked', (els) => els.length), 0, 'the screen starts unanswered');
  for (const [question, choice] of SAFE_SCREEN) {
    await page.waitForSelector(`input[name="${question}"]`);
    assert.equal(await page.$$eval(`input[name="${question}"]:checked`, (els) => els.length), 0, `${question} is asked again`);
    await answer(page, question, choice);
  }
  // The new questions are asked; answers to questions that did not change are kept.
  for (const [q] of NO_TRIGGERS) {
    await page.waitForSelector(`input[name="${q}"]`);
    assert.equal(await page.$$eval(`input[name="${q}"]:checked`, (els) => els.length), 0, `${q} is new`);
    await answer(page, q, 'none');
  }
  await page.waitForSelector('input[name="duration"]');
  assert.ok(await page.isChecked('#hg-duration-under_6_weeks'), 'the history is kept');
  await context.close();
});

test('Back, Forward and reload keep the place and the answers', async () => {
  const page = await openGuide();
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'none');
  await answer(page, 'general_health', 'none');
  await page.waitForSelector('input[name="bone_stress"]');
  await page.goBack();
  await page.waitForSelector('input[name="general_health"]');
  assert.ok(await page.isChecked('#hg-general_health-none'));
  await page.goForward();
  await page.waitForSelector('input[name="bone_stress"]');
  await page.reload();
  await page.waitForSelector('input[name="bone_stress"]');
  assert.match(page.url(), /#\/q\/bone_stress$/);
  await page.click('a.back-link');
  await page.waitForSelector('input[name="general_health"]');
  assert.ok(await page.isChecked('#hg-general_health-none'), 'the back link keeps the answer');
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
  // Each page, once shown, moves the focus to its heading (an effect after
  // the render): until then the focus stays on the link or button pressed,
  // and the page under it may still be the old one.
  const nextPage = () => page.waitForFunction(
    () => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.matches('h1'),
  ).catch((e) => { throw new Error(`after Enter, no page's heading took the focus: ${e.message}`); });
  await page.keyboard.press('Enter');
  await nextPage();
  let pages = 0;
  while (!(await page.$('.result')) && pages++ < 40) {
    // Tab to the first option.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).tagName.toLowerCase());
      if (tag === 'input') break;
    }
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
      for (let i = 0; i < 12; i++) {
        const value = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).value);
        if (!safe || value === safe) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Space');
    }
    // Tab on to the Continue button and press Enter.
    for (let i = 0; i < 20; i++) {
      const tag = await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).tagName.toLowerCase());
      if (tag === 'button') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await nextPage();
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
    await page.waitForSelector('.result .care-card');
    await expectNoAxeViolations(page, 'result');
    await screenshot(page, `result-1280-${colorScheme}`);
    await page.context().close();
  });
}

async function runnerRestAfterEmergency(page) {
  await answer(page, 'emergency_signs', 'none');
  for (const [question, choice] of SAFE_SCREEN.slice(1)) await answer(page, question, choice);
  for (const [q, c] of NO_TRIGGERS) await answer(page, q, c);
  for (const [q, c] of HISTORY) await answer(page, q, c);
}

test('a Change link in Your answers returns to its question and then straight back to the results', async () => {
  const page = await openGuide();
  await page.click('.button--start');
  for (const [q, c] of [...SAFE_SCREEN, ...NO_TRIGGERS, ...HISTORY]) await answer(page, q, c);
  await page.waitForSelector('.do-dont');
  await page.click('#hg-part-answers > summary');
  await page.click('a[href="#/q/everyday"]');
  await answer(page, 'everyday', 'driving');
  await page.waitForSelector('.do-dont');
  assert.equal(await page.evaluate(() => (document.activeElement.shadowRoot?.activeElement ?? document.activeElement).tagName), 'H1', 'focus on the new heading');
  await page.waitForSelector('#hg-part-driving', { state: 'attached' });
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
  await page.waitForSelector('input[name="general_health"]');
  assert.ok(page.url().startsWith(`${site.url}#/q/general_health`), page.url());
  await page.reload();
  await page.waitForSelector('input[name="general_health"]');
  assert.deepEqual(failed, []);
  await context.close();
  await site.close();
});

test('the clinician view shows the source beside every piece of advice, each a link to the list', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}?clinician`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await runnerWhoSitsAndRunsHills(page);
  await page.waitForSelector('.result .care-card');
  const advice = await page.$$eval('.result details[id^="hg-part-"]:not(#hg-part-why) .details__text > ul > li', (lis) => lis.map((li) => !!li.querySelector('.source a.source__link[href^="#hg-source-"]')));
  assert.ok(advice.length > 10, `only ${advice.length} advice items`);
  assert.ok(advice.every(Boolean), 'an advice item has no source');
  assert.ok(await page.$('.care-card .source'), 'the care level shows its source');
  assert.ok(await page.$('.references dd'), 'the reference list is shown');
  const targets = await page.$$eval('.source a.source__link', (as) => as.map((a) => a.getAttribute('href').slice(1)));
  const listed = await page.$$eval('.references dt', (dts) => dts.map((dt) => dt.id));
  assert.deepEqual(targets.filter((t) => !listed.includes(t)), [], 'every link has its entry in the list');
  await expectNoAxeViolations(page, 'clinician view');
  // A red flag's card names its sources too: the clinician view runs the
  // full build from the start, since the first build leaves the view out.
  await context.close();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(`${baseUrl()}?clinician`);
  await fresh.waitForSelector('#hamstring-guide[data-ready="true"]');
  await fresh.click('.button--start');
  await answer(fresh, 'emergency_signs', 'saddle_numbness');
  await fresh.waitForSelector('.care-card--emergency .source a.source__link[href="#hg-source-finucane2020"]');
  await fresh.waitForSelector('.references #hg-source-finucane2020');
  await fresh.context().close();
});
