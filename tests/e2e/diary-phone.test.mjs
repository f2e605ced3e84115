// The pain diary on a phone (360×740 and 320 px wide, and at 200 % zoom):
// each day a card with a visible Change and no sideways scrolling, axe in
// light and dark; "How did yesterday's run feel this morning?" at the top,
// answered in one tap into yesterday's entry; the advice naming its
// measure and belonging to the day just saved; the trend saying which way
// each measure is going.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot, SCREENSHOTS } from './support.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const KEY = 'hamstring-guide:diary';
const PHONE = { width: 360, height: 740 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The day `ago` days before today in the browser: ISO date and label ("Sat 5 Dec"). */
function dayAgo(page, ago) {
  return page.evaluate(([n, months, weekdays]) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    const pad = (x) => String(x).padStart(2, '0');
    return {
      iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      label: `${weekdays[d.getDay()]} ${d.getDate()} ${months[d.getMonth()]}`,
    };
  }, [ago, MONTHS, WEEKDAYS]);
}

/**
 * Opens the diary holding these days: each `{ ago, sitting, pain, morning }`
 * is a 30-minute easy run (`pain` null: a rest day; `morning` null: not rated).
 */
async function openWith(days, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}#/diary`);
  await page.waitForSelector('h1:text("Your pain diary")');
  const lines = ['hamstring-guide-diary 1'];
  for (const { ago, sitting, pain, morning } of days) {
    const { iso } = await dayAgo(page, ago);
    lines.push(pain == null
      ? `e ${iso} ${sitting} rest - - - ${morning ?? '-'} -`
      : `e ${iso} ${sitting} run 30 easy ${pain} ${morning ?? '-'} -`);
  }
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, `${lines.join('\n')}\n`]);
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.waitForSelector('h1:text("Your pain diary")');
  return page;
}

/** A week of runs: sitting pain rising 3 to 5, runs within the limit, yesterday's morning not rated. */
const WEEK = [
  { ago: 6, sitting: 3, pain: 2, morning: 'same' },
  { ago: 5, sitting: 3, pain: 2, morning: 'same' },
  { ago: 4, sitting: 4, pain: 3, morning: 'same' },
  { ago: 3, sitting: 4, pain: null, morning: 'same' },
  { ago: 2, sitting: 4, pain: 2, morning: 'better' },
  { ago: 1, sitting: 5, pain: 3, morning: null },
];

/** Where the page and each entry's Change sit, in CSS px of the window. */
const layout = (page) => page.evaluate(() => {
  const root = document.getElementById('hamstring-guide').shadowRoot;
  const cards = [...root.querySelectorAll('.diary-entry')].map((card) => {
    card.scrollIntoView({ block: 'start' });
    const c = card.getBoundingClientRect();
    const change = card.querySelector('.diary-entry__change');
    const b = change.getBoundingClientRect();
    const hit = root.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return {
      title: card.querySelector('.diary-entry__title').textContent,
      change: change.textContent,
      fromTop: Math.round(b.top - c.top),
      left: Math.round(b.left), right: Math.round(b.right), width: Math.round(c.width),
      onTop: change.contains(hit),
    };
  });
  // Anything in the diary wider than the window.
  const wide = [...root.querySelectorAll('.hg-main *')]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  return { scroll: document.documentElement.scrollWidth, width: innerWidth, height: innerHeight, cards, wide };
});

function assertFits(seen, label) {
  assert.deepEqual(seen.wide, [], `${label}: nothing in the diary is wider than the ${seen.width}px window`);
  assert.equal(seen.cards.length, 6, `${label}: one card a day`);
  for (const card of seen.cards) {
    assert.ok(card.left >= 0 && card.right <= seen.width, `${label}: Change of ${card.title} is inside the window (${card.left}–${card.right} of ${seen.width})`);
    assert.ok(card.fromTop < seen.height, `${label}: Change of ${card.title} is in the first screen of its card (${card.fromTop}px down)`);
    assert.ok(card.onTop, `${label}: Change of ${card.title} is not covered`);
  }
}

for (const colorScheme of ['light', 'dark']) {
  test(`on a 360×740 phone (${colorScheme}) each day is a card with a visible Change, with no sideways scrolling, and axe passes`, async () => {
    const page = await openWith(WEEK, { colorScheme });
    await page.waitForSelector('.diary-ask');
    await page.screenshot({ path: join(SCREENSHOTS, `diary-phone-360-first-screen-${colorScheme}.png`) });
    await expectNoAxeViolations(page, `diary at 360 px (${colorScheme})`);
    const seen = await layout(page);
    assert.equal(seen.scroll, seen.width, `the page is ${seen.scroll}px wide in a ${seen.width}px window`);
    assertFits(seen, `360 px ${colorScheme}`);
    const today = await dayAgo(page, 1);
    assert.equal(seen.cards[0].title, today.label, 'newest first');
    assert.equal(seen.cards[0].change, `Change ${today.label}`, 'Change says which day, for screen readers');
    // Each measure named in the card, as a summary list.
    const rows = await page.$$eval('.diary-entry:first-child .diary-entry__row', (rs) => rs.map((r) => `${r.querySelector('dt').textContent}: ${r.querySelector('dd').textContent}`));
    assert.deepEqual(rows, ['Pain when sitting: 5 out of 10', 'What you did: A run, 30 min, Easy and flat',
      'Pain during the activity: 3 out of 10', 'Next morning: Not yet']);
    // Change opens that day in the form.
    await page.click('.diary-entry:nth-child(3) .diary-entry__change');
    assert.equal(await page.inputValue('#hg-diary-date'), (await dayAgo(page, 3)).iso);
    assert.ok(await page.isChecked('#hg-diary-activity-rest'));
    await screenshot(page, `diary-phone-360-${colorScheme}`);
    await page.context().close();
  });
}

test('at 320 px, and at 200 % zoom on a 360 px phone, the cards fit and Change stays in view', async () => {
  const page = await openWith(WEEK, { viewport: { width: 320, height: 640 } });
  const seen = await layout(page);
  assert.equal(seen.scroll, seen.width, `the page is ${seen.scroll}px wide in a ${seen.width}px window`);
  assertFits(seen, '320 px');
  await screenshot(page, 'diary-phone-320');
  await page.context().close();

  // 200 %: a 360×740 phone zoomed to 200 % lays out 180×370 CSS px.
  const zoomed = await openWith(WEEK, { viewport: { width: 180, height: 370 }, deviceScaleFactor: 2 });
  const big = await layout(zoomed);
  assertFits(big, '200 % zoom');
  assert.ok(await zoomed.evaluate(() => document.getElementById('hamstring-guide').shadowRoot
    .querySelector('.diary-entry__value').getBoundingClientRect().height > 0));
  await screenshot(zoomed, 'diary-phone-200-percent');
  await zoomed.context().close();
});

test(`yesterday's run, its morning not rated: asked at the top, one tap saves it into yesterday's entry`, async () => {
  const page = await openWith(WEEK);
  const yesterday = await dayAgo(page, 1);
  const question = page.locator('.diary-ask h2');
  assert.equal(await question.textContent(), "How did yesterday's run feel this morning?");
  const box = await question.boundingBox();
  assert.ok(box.y + box.height < PHONE.height, `the question is in the first screen (${Math.round(box.y)}px down)`);
  const answers = await page.$$eval('.diary-ask button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(answers, ['Better', 'Same as usual', 'Worse']);
  const worse = await page.locator('#hg-diary-ask-worse').boundingBox();
  assert.ok(worse.y + worse.height < PHONE.height, 'every answer is in the first screen');

  await page.click('#hg-diary-ask-worse');
  await page.waitForSelector(`.diary-status:text("Saved. ${yesterday.label}")`);
  assert.equal(await page.$('.diary-ask'), null, 'asked once');
  const line = await page.evaluate(([key, iso]) => localStorage.getItem(key).split('\n').find((l) => l.startsWith(`e ${iso}`)), [KEY, yesterday.iso]);
  assert.equal(line, `e ${yesterday.iso} 5 run 30 easy 3 worse - -`, 'saved into yesterday\'s entry, nothing else changed');
  assert.equal(await page.getAttribute('[data-advice]', 'data-advice'), 'ease-off');
  assert.match(await page.textContent('.diary-advice__when'), new RegExp(`${yesterday.label}$`));
  assert.equal(await page.textContent('.diary-advice__facts'),
    'Your pain during the run was 3 out of 10. That is within your limit of 3. The next morning, it felt worse than usual.');
  const focused = await page.evaluate(() => document.getElementById('hamstring-guide').shadowRoot.activeElement?.id);
  assert.equal(focused, 'hg-diary-advice', 'focus moves to the advice');
  assert.equal(await page.textContent('.diary-entry:first-child .diary-entry__row:last-child dd'), 'Worse');

  // Not asked about a rest day, nor when the morning is rated.
  const rest = await openWith([{ ago: 1, sitting: 3, pain: null, morning: null }]);
  assert.equal(await rest.$('.diary-ask'), null);
  await rest.context().close();
  await page.context().close();
});

test('saving an earlier day gives the advice for that day, with its date, naming the measure', async () => {
  // Today a run over the limit; four days ago to be filled in.
  const page = await openWith([{ ago: 0, sitting: 2, pain: 5, morning: 'same' }]);
  const today = await dayAgo(page, 0);
  const earlier = await dayAgo(page, 4);
  assert.equal(await page.getAttribute('[data-advice]', 'data-advice'), 'ease-off');
  // The reading's case: sitting pain 4, pain during the run 3.
  await page.fill('#hg-diary-date', earlier.iso);
  await page.check('#hg-diary-sitting-4');
  await page.check('#hg-diary-activity-run');
  await page.fill('#hg-diary-minutes', '30');
  await page.check('#hg-diary-kind-easy');
  await page.check('#hg-diary-pain-3');
  await page.check('#hg-diary-morning-same');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector(`.diary-status:text("Saved. ${earlier.label}")`);
  assert.equal(await page.getAttribute('[data-advice]', 'data-advice'), 'keep-going', 'the advice is for the day saved');
  assert.equal(await page.textContent('.diary-advice__when'), `From your entry for ${earlier.label}`);
  const advice = await page.textContent('.diary-advice');
  assert.match(advice, /Your pain during the run was 3 out of 10\. That is within your limit of 3\./);
  assert.doesNotMatch(advice, /Your pain stayed/, 'no claim about "your pain" that sitting pain contradicts');
  assert.equal(await page.textContent('.diary-advice__latest'), `Your latest entry, for ${today.label}, says: Ease off one step`);
  await expectNoAxeViolations(page, 'advice for an earlier day');

  // The trend says which way each measure is going.
  const directions = await page.$$eval('.diary-directions li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(directions, [
    'Pain when sitting: too few scores yet to tell which way it is going.',
    'Pain during runs and exercises: too few scores yet to tell which way it is going.',
  ]);
  await page.context().close();
});

test('the weekly trend says sitting pain is rising while the averages alone would hide it', async () => {
  const page = await openWith(WEEK);
  const directions = await page.$$eval('.diary-directions li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(directions, [
    'Pain when sitting: rising over the last 7 days, from 3 to 5 out of 10.',
    'Pain during runs and exercises: steady over the last 7 days, from 2 to 3 out of 10.',
  ]);
  await page.click('button:text("Last 28 days")');
  await page.waitForSelector('.diary-directions li:text("over the last 28 days")');
  await page.context().close();
});
