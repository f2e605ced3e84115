// The clinician view (`?clinician`): source keys are visible links, large
// enough to tap, that move to the citation in the list of sources on the
// page (without changing the guide's address); and a question page notes
// beside each option the red flag or rule it leads to. Axe, light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot } from './support.mjs';
import { SAFE_SCREEN } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

/** Opens the clinician view on a tablet and answers `steps` from the start. */
async function clinicianAt(steps, options = {}) {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, ...options });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}?clinician`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  for (const [question, ...choices] of steps) {
    await page.waitForSelector(`input[name="${question}"]`);
    for (const choice of choices) await page.check(`#hg-${question}-${choice}`);
    await page.click('button[type="submit"]');
  }
  return page;
}

/** The notes beside each option of the page's question, by option id. */
const notes = (page, question) => page.$$eval('.choice', (choices, q) => Object.fromEntries(choices.map((c) => [
  c.querySelector('input').id.replace(`hg-${q}-`, ''),
  [...c.querySelectorAll('.choice__leads li')].map((li) => li.textContent),
])), question);

/** The id of the focused element inside the guide. */
const focused = (page) => page.evaluate(() => document.getElementById('hamstring-guide').shadowRoot.activeElement?.id ?? null);

for (const colorScheme of ['light', 'dark']) {
  test(`a question page notes which option leads to which red flag or rule, with tappable sources (${colorScheme})`, async () => {
    // The pain-site question: the sit bone counts towards a rule, the
    // other places stop the questions with a red flag.
    const page = await clinicianAt(SAFE_SCREEN.slice(0, 6), { colorScheme });
    await page.waitForSelector('input[name="pain_where"]');
    const byOption = await notes(page, 'pain_where');
    assert.deepEqual(byOption.sit_bone, ['→ Rule no_load_trigger (book), with everyday.none, sport.none [goom2016; review2026]']);
    for (const other of ['low_back', 'hip_groin', 'back_of_knee', 'elsewhere']) {
      assert.deepEqual(byOption[other], ['→ Red flag other_source (book_soon) [goom2016]'], other);
    }
    // Each source is a visible link to its entry in the list of sources.
    const links = await page.$$eval('.choice__leads a.source__link', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length >= 6, `only ${links.length} source links`);
    const listed = await page.$$eval('.references dt', (dts) => dts.map((dt) => `#${dt.id}`));
    assert.deepEqual(listed, ['#hg-source-goom2016', '#hg-source-review2026'], 'the page lists the sources it cites');
    for (const href of links) assert.ok(listed.includes(href), `${href} is not in the list`);
    // Large enough to tap (WCAG 2.2 target size, 24 by 24 px).
    const sizes = await page.$$eval('.choice__leads a.source__link', (as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
    for (const [w, h] of sizes) assert.ok(w >= 24 && h >= 24, `a source link is ${w} by ${h} px`);
    // A tap moves to the citation and keeps the guide's address.
    const address = page.url();
    await page.tap('.choice__leads a.source__link[href="#hg-source-review2026"]');
    assert.equal(await focused(page), 'hg-source-review2026');
    assert.ok(await page.isVisible('#hg-source-review2026 + dd'), 'the citation is shown');
    assert.match(await page.textContent('#hg-source-review2026 + dd'), /Clinical review of the guide's content/);
    assert.equal(page.url(), address, 'the address is unchanged');
    await page.waitForSelector('input[name="pain_where"]');
    await expectNoAxeViolations(page, `clinician question page ${colorScheme}`);
    await screenshot(page, `clinician-question-${colorScheme}`);
    await page.context().close();
  });
}

test('the first question notes its red flag on every sign and none on "None of these"', async () => {
  const page = await clinicianAt([]);
  await page.waitForSelector('input[name="emergency_signs"]');
  const byOption = await notes(page, 'emergency_signs');
  for (const sign of ['saddle_numbness', 'bladder_bowel', 'sexual', 'both_legs']) {
    assert.deepEqual(byOption[sign], ['→ Red flag cauda_equina (emergency) [finucane2020]'], sign);
  }
  assert.deepEqual(byOption.none, []);
  await page.context().close();
});

test('a rule that needs other answers names them', async () => {
  const page = await clinicianAt(SAFE_SCREEN);
  await page.waitForSelector('input[name="everyday"]');
  const byOption = await notes(page, 'everyday');
  assert.deepEqual(byOption.none, ['→ Rule no_load_trigger (book), with pain_where.sit_bone, sport.none [goom2016; review2026]']);
  assert.deepEqual(byOption.sit_long, []);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`a red flag's card in the clinician view links its sources to the list under it (${colorScheme})`, async () => {
    const page = await clinicianAt([['emergency_signs', 'saddle_numbness']], { colorScheme });
    await page.waitForSelector('.care-card--emergency .source a.source__link[href="#hg-source-finucane2020"]');
    const listed = await page.$$eval('.references dt', (dts) => dts.map((dt) => dt.id));
    assert.deepEqual(listed, ['hg-source-finucane2020']);
    await page.tap('.care-card--emergency a.source__link');
    assert.equal(await focused(page), 'hg-source-finucane2020');
    await expectNoAxeViolations(page, `clinician red flag ${colorScheme}`);
    await page.context().close();
  });
}

test('outside the clinician view a question page has no notes and no sources', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await page.waitForSelector('input[name="emergency_signs"]');
  assert.equal(await page.$('.choice__leads'), null);
  assert.equal(await page.$('.references'), null);
  await context.close();
});
