// Coming back, and what every page does (issue 17, points 3 and 6): a
// returning patient's start page leads with their last result and two
// action links; each new page opens at its top; a compact header on a
// phone and at 200 % text; no frame around the guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot, largeTextContext } from './support.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const PHONE = { width: 360, height: 740 };

async function open(context, address = baseUrl()) {
  const page = await context.newPage();
  await page.goto(address);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

/** The bottom of `selector` in the first screen's coordinates, at the page's top. */
const bottomOf = (page, selector) => page.$eval(selector, (e) => e.getBoundingClientRect().bottom + scrollY);

for (const colorScheme of ['light', 'dark']) {
  test(`coming back, the start page leads with the last result, the plan and the diary, above the fold (${colorScheme})`, async () => {
    const context = await browser.newContext({ viewport: PHONE, colorScheme });
    const page = await open(context);
    await completeGuide(page, RUNNER);
    await page.waitForSelector('.plan-section');
    const care = (await page.textContent('.result .care-card__heading')).trim();
    // Next visit: the guide's address, as the installed app opens it.
    await page.goto(baseUrl().replace(/#.*$/, ''));
    await page.waitForSelector('#hamstring-guide[data-ready="true"]');
    await page.waitForSelector('.resume--result');
    assert.equal((await page.textContent('.resume__care')).trim(), care);
    const links = await page.$$eval('.resume--result .action-link', (as) => as.map((a) => a.textContent));
    assert.deepEqual(links, ['See your plan', 'Add today to your pain diary']);
    for (const i of [1, 2]) {
      const bottom = await bottomOf(page, `.resume--result .action-link:nth-of-type(${i})`);
      assert.ok(bottom <= PHONE.height, `action link ${i} ends at ${bottom} px`);
    }
    await expectNoAxeViolations(page, `returning start page ${colorScheme}`);
    await screenshot(page, `returning-start-360-${colorScheme}`);
    await page.click('text=See your plan');
    await page.waitForSelector('.plan-section');
    await page.goto(baseUrl().replace(/#.*$/, ''));
    await page.waitForSelector('.resume--result');
    await page.click('text=Add today to your pain diary');
    await page.waitForSelector('.diary-form, form.diary');
    await context.close();
  });
}

test('coming back after a red flag, the start page offers the result again, and no diary', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await open(context);
  await page.click('.button--start');
  await page.check('#hg-emergency_signs-chest_breathing');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.care-card--emergency');
  await page.goto(baseUrl().replace(/#.*$/, ''));
  await page.waitForSelector('.resume--result');
  assert.match(await page.textContent('.resume__care'), /Call 000 now/);
  const links = await page.$$eval('.resume--result .action-link', (as) => as.map((a) => a.textContent));
  assert.deepEqual(links, ['See your result']);
  await page.click('text=See your result');
  await page.waitForSelector('.care-card--emergency');
  await context.close();
});

test('each new page opens at its top with its heading focused, and no frame surrounds the guide', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await open(context);
  const margin = await page.evaluate(() => getComputedStyle(document.body).margin);
  assert.equal(margin, '0px', 'no white frame around the guide');
  await page.click('.button--start');
  for (const [question, choice] of RUNNER.slice(0, 4)) {
    await page.waitForSelector(`input[name="${question}"]`);
    assert.equal(await page.evaluate(() => scrollY), 0, `${question} opens at its top`);
    const focused = await page.evaluate(() => document.getElementById('hamstring-guide').shadowRoot.activeElement?.tagName);
    assert.equal(focused, 'H1', `${question}: the heading has the focus`);
    await page.check(`#hg-${question}-${choice}`);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.click('button[type="submit"]');
  }
  await context.close();
});

test('on a phone, and at 200 % text, the header is compact and the question starts on the first screen', async () => {
  const normal = await browser.newContext({ viewport: PHONE });
  const page = await open(normal);
  await page.click('.button--start');
  await page.waitForSelector('input[name="emergency_signs"]');
  const header = await page.$eval('.hg-header', (h) => h.getBoundingClientRect().height);
  assert.ok(header <= 100, `header ${header} px tall at 360 px`);
  await normal.close();

  const large = await largeTextContext({ viewport: PHONE });
  const zoomed = await open(large);
  assert.equal(await zoomed.$eval('.hg', (e) => getComputedStyle(e).fontSize), '38px', 'text at 200 %');
  await zoomed.click('.button--start');
  await zoomed.waitForSelector('input[name="emergency_signs"]');
  const tall = await zoomed.$eval('.hg-header', (h) => h.getBoundingClientRect().height);
  const heading = await zoomed.$eval('h1', (h) => h.getBoundingClientRect().top);
  assert.ok(heading < PHONE.height / 2, `the question's heading starts at ${heading} px (header ${tall} px)`);
  const { scroll, width } = await zoomed.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px window at 200 % text`);
  await screenshot(zoomed, 'question-360-200-percent');
  await large.close();
});
