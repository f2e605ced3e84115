// Keeping the patient's data through what real devices do: two tabs of the
// guide writing the same storage (with and without the browser's storage
// events), storage that is full, a browser asked to keep the diary for
// good, absurdly large saved data, and a diary set aside on the results page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations } from './support.mjs';
import { SAFE_SCREEN, HILL_RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const ANSWERS = 'hamstring-guide';
const DIARY = 'hamstring-guide:diary';
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** A tab of the guide at `hash`; with `deaf`, the browser's storage events
 * never reach the guide (a tab that has not yet heard of another's write). */
async function tab(context, hash = '', { deaf = false } = {}) {
  const page = await context.newPage();
  if (deaf) {
    await page.addInitScript(() => addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  } else {
    // What the tab last heard another tab store, so a test can wait until
    // it has heard a write before acting on it.
    await page.addInitScript(() => addEventListener('storage', (e) => { window.__heard = e.newValue; }));
  }
  await page.goto(`${baseUrl()}${hash}`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

async function answer(page, question, ...choices) {
  await page.waitForSelector(`input[name="${question}"]`);
  for (const choice of choices) await page.check(`#hg-${question}-${choice}`);
  await page.click('button[type="submit"]');
}

const today = (page, ago = 0) => page.evaluate((ago) => {
  const d = new Date();
  d.setDate(d.getDate() - ago);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}, ago);

async function logRestDay(page, date, sitting = 2) {
  await page.fill('#hg-diary-date', date);
  await page.check(`#hg-diary-sitting-${sitting}`);
  await page.check('#hg-diary-activity-rest');
  await page.check('#hg-diary-morning-same');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector('.diary-status:text("Saved.")');
}

const rows = (page) => page.$$eval('.diary-entry', (r) => r.length).catch(() => 0);
const entryLines = (text) => (text ?? '').split('\n').filter((l) => l.startsWith('e '));

test('two tabs of the diary: each shows what the other saved, and an erase in one stays erased', async () => {
  const context = await browser.newContext();
  const a = await tab(context, '#/diary');
  const b = await tab(context, '#/diary');
  const day = await today(a);
  await logRestDay(a, day);
  // B hears of it and shows it without a reload.
  await b.waitForFunction(() => document.querySelector('#hamstring-guide')
    .shadowRoot.querySelectorAll('.diary-entry').length === 1);
  await logRestDay(b, await today(b, 1), 5);
  await a.waitForFunction(() => document.querySelector('#hamstring-guide')
    .shadowRoot.querySelectorAll('.diary-entry').length === 2);
  assert.equal(entryLines(await stored(a, DIARY)).length, 2, 'both days are kept');

  await a.click('text=Erase my diary');
  await a.click('text=Yes, erase my diary');
  await b.waitForFunction(() => !document.querySelector('#hamstring-guide')
    .shadowRoot.querySelector('.diary-entries'));
  // A click in B after the erase brings nothing back.
  await b.check('#hg-diary-sitting-3');
  assert.deepEqual(entryLines(await stored(b, DIARY)), []);
  await a.reload();
  await a.waitForSelector('h1:text("Your pain diary")');
  assert.equal(await rows(a), 0);
  await context.close();
});

test(`a tab that has not heard of another tab's diary saves never write over it`, async () => {
  const context = await browser.newContext();
  const b = await tab(context, '#/diary', { deaf: true });
  const a = await tab(context, '#/diary');
  await logRestDay(a, await today(a));
  // B, opened earlier and deaf to A, only ticks a radio: A's day stays.
  await b.check('#hg-diary-sitting-4');
  assert.equal(entryLines(await stored(b, DIARY)).length, 1);
  await a.reload();
  await a.waitForSelector('h1:text("Your pain diary")');
  assert.equal(await rows(a), 1, "A's entry is still there after a reload");
  // B saves a day of its own: both are kept, and B shows both.
  await logRestDay(b, await today(b, 1), 5);
  assert.equal(entryLines(await stored(b, DIARY)).length, 2);
  assert.equal(await rows(b), 2);
  // A erases; B, still deaf, ticks a radio: the erased days stay erased.
  await a.click('text=Erase my diary');
  await a.click('text=Yes, erase my diary');
  await b.check('#hg-diary-sitting-6');
  assert.deepEqual(entryLines(await stored(b, DIARY)), []);
  assert.equal(await rows(b), 0);
  await context.close();
});

test('two tabs of the questions: each takes the answers the other saved, and an erase stays erased', async () => {
  const context = await browser.newContext();
  const b = await tab(context);
  const a = await tab(context);
  await a.click('.button--start');
  await answer(a, 'emergency_signs', 'none');
  await answer(a, 'general_health', 'none');
  await a.waitForSelector('input[name="bone_stress"]');
  // B, opened earlier on the start page, carries on from A's answers: once
  // it has heard both of them (each write reaches it as its own event, so
  // Continue after the first alone would rightly stop at the second).
  await b.waitForFunction(() => /^a general_health /m.test(window.__heard ?? ''));
  await b.waitForSelector('.resume');
  await b.click('.resume button:text("Continue")');
  await b.waitForSelector('input[name="bone_stress"]');
  await answer(b, 'bone_stress', 'none');
  const both = await stored(b, ANSWERS);
  for (const q of ['emergency_signs', 'general_health', 'bone_stress']) assert.match(both, new RegExp(`^a ${q} `, 'm'));

  // A erases (it asks first); B, on a later question, answers it: A's erase stays.
  await a.click('text=Erase my answers');
  await a.click('text=Yes, erase my answers');
  await a.waitForSelector('.notice:text("Your answers are erased")');
  assert.equal(await stored(a, ANSWERS), null);
  await b.waitForSelector('input[name="emergency_signs"]');
  await b.check('#hg-emergency_signs-none');
  await b.click('button[type="submit"]');
  await b.waitForSelector('input[name="general_health"]');
  const after = await stored(b, ANSWERS) ?? '';
  assert.doesNotMatch(after, /^a (general_health|bone_stress) /m, 'erased answers do not come back');
  await context.close();
});

test(`a tab that hears of another tab's answers shows them at once`, async () => {
  const context = await browser.newContext();
  const b = await tab(context);
  const a = await tab(context);
  await a.click('.button--start');
  await answer(a, 'emergency_signs', 'none');
  // B, on the start page, now offers to carry on.
  await b.waitForSelector('.resume');
  await context.close();
});

/** Fills the origin's storage so that at most `room` more characters fit. */
const fillStorage = (page, room) => page.evaluate((room) => {
  let text = '';
  for (let chunk = 1 << 22; chunk >= 1;) {
    try { localStorage.setItem('filler', text + 'x'.repeat(chunk)); text += 'x'.repeat(chunk); } catch { chunk = Math.floor(chunk / 2); }
  }
  localStorage.setItem('filler', text.slice(room));
}, room);

test('with storage full, unreadable answers are kept where they are and the guide says it cannot save', async () => {
  const context = await browser.newContext();
  const page = await tab(context);
  const unreadable = `not the guide's ${'y'.repeat(10000)}`;
  await page.evaluate((t) => localStorage.setItem('hamstring-guide', t), unreadable);
  // Room for new answers, not for a set-aside copy of the unreadable ones.
  await fillStorage(page, 2000);
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.match(await page.textContent('.notice'), /could not save your answers on this device/);
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'none');
  await answer(page, 'general_health', 'none');
  await page.waitForSelector('input[name="bone_stress"]');
  assert.equal(await stored(page, ANSWERS), unreadable, 'the original is never written over');
  assert.equal(await stored(page, 'hamstring-guide:set-aside'), null);
  await expectNoAxeViolations(page, 'question page, cannot save');
  await context.close();
});

test('when storage fills up while answering, the guide says it could not save and keeps going', async () => {
  const context = await browser.newContext();
  const page = await tab(context);
  await fillStorage(page, 0);
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'none');
  await page.waitForSelector('.notice:text("could not save your answers on this device")');
  await answer(page, 'general_health', 'none');
  await page.waitForSelector('input[name="bone_stress"]');
  await context.close();
});

test('once there is a diary the guide asks the browser to keep it, and says so plainly if it will not', async () => {
  for (const granted of [false, true]) {
    const context = await browser.newContext();
    await context.addInitScript((granted) => {
      window.hgPersistCalls = 0;
      navigator.storage.persist = () => { window.hgPersistCalls += 1; return Promise.resolve(granted); };
    }, granted);
    const page = await tab(context, '#/diary');
    await page.waitForSelector('h1:text("Your pain diary")');
    assert.equal(await page.evaluate(() => window.hgPersistCalls), 0, 'not asked before there is a diary');
    await logRestDay(page, await today(page));
    await logRestDay(page, '2026-01-05');
    await page.waitForFunction(() => window.hgPersistCalls > 0);
    assert.equal(await page.evaluate(() => window.hgPersistCalls), 1, 'asked once');
    const warning = await page.$('.diary-files .notice');
    if (granted) {
      assert.equal(warning, null);
    } else {
      assert.match(await warning.textContent(), /may clear this diary/);
      await expectNoAxeViolations(page, 'diary, not kept for good');
    }
    await context.close();
  }
});

test('absurdly large saved data is set aside at once with a notice, and a long diary in any order loads quickly', async () => {
  const context = await browser.newContext();
  const page = await tab(context);
  // 4 MB of diary lines, newest first.
  await page.evaluate((key) => {
    const lines = [];
    for (let n = 120000; n > 0; n -= 1) {
      const d = new Date(Date.UTC(1970, 0, 1 + n)).toISOString().slice(0, 10);
      lines.push(`e ${d} 3 rest - - - same -`);
    }
    localStorage.setItem(key, `hamstring-guide-diary 1\n${lines.join('\n')}\n`);
  }, DIARY);
  let started = Date.now();
  const diary = await context.newPage();
  await diary.goto(`${baseUrl()}#/diary`);
  await diary.waitForSelector('.diary-notice');
  const huge = Date.now() - started;
  assert.match(await diary.textContent('.diary-notice'), /could not read the diary|could not save/);
  await diary.close();
  assert.ok(huge < 5000, `a 4 MB diary took ${huge} ms to set aside`);

  // Ten years of days, newest first, are read as they are.
  await page.evaluate((key) => {
    localStorage.clear();
    const lines = [];
    for (let n = 3650; n > 0; n -= 1) {
      const d = new Date(Date.UTC(2010, 0, 1 + n)).toISOString().slice(0, 10);
      lines.push(`e ${d} ${n % 11} rest - - - same -`);
    }
    localStorage.setItem(key, `hamstring-guide-diary 1\n${lines.join('\n')}\n`);
  }, DIARY);
  started = Date.now();
  const reread = await context.newPage();
  await reread.goto(`${baseUrl()}#/diary`);
  await reread.waitForSelector('h1:text("Your pain diary")');
  const long = Date.now() - started;
  assert.equal(await reread.$('.diary-notice'), null, 'nothing set aside');
  assert.equal(entryLines(await stored(reread, DIARY)).length, 3650);
  assert.ok(long < 5000, `ten years of diary took ${long} ms`);
  console.log(`# 4 MB diary set aside in ${huge} ms; ten years reversed read in ${long} ms`);
  await context.close();
});

test('a diary that cannot be read is set aside on the results page, and the page says so', async () => {
  const context = await browser.newContext();
  const page = await tab(context);
  await page.evaluate((key) => localStorage.setItem(key, 'hamstring-guide-diary 1\nnot a line'), DIARY);
  await completeGuide(page, HILL_RUNNER);
  await page.waitForSelector('.share__status:text("could not read the diary")');
  assert.equal(await page.getAttribute('.share__status', 'role'), 'status');
  assert.equal(await stored(page, `${DIARY}:set-aside`), 'hamstring-guide-diary 1\nnot a line');
  await context.close();
});
