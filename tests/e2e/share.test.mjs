// The summary for the physio: printed to one A4 page in the clinician's
// terms, grouped, with a week of diary; copied and downloaded as the same
// plain text, whose lines are the printed rows; and downloaded as a FHIR
// QuestionnaireResponse. Files land in target/e2e-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, SCREENSHOTS, expectNoAxeViolations } from './support.mjs';
import { SAFE_SCREEN, RUNNER, FOR_PHYSIO, answerAll, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const RUN = [
  ...SAFE_SCREEN, ['everyday', 'sit_short', 'driving', 'stretching'], ['sport', 'run_fast'],
  ['duration', 'from_6_to_12_weeks'], ['pain_after', 'moderate'], ['morning', 'yes'],
];

/** Opens "Share with your physio" (folded under every result). */
async function openSharing(page) {
  await page.click('details.share-details > summary');
  await page.waitForSelector('.share');
}

/**
 * Print in "Share with your physio": the summary alone is printed. (The
 * browser's own print is stubbed: a real print job would keep page.pdf
 * from printing.)
 */
async function printSummary(page) {
  await page.evaluate(() => { window.print = () => { window.hgPrinted = true; }; });
  await page.click('.share button:text-is("Print")');
  assert.equal(await page.evaluate(() => window.hgPrinted), true, 'Print opened the print dialogue');
}

async function completedResult(context, steps = RUN) {
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await completeGuide(page, steps);
  await openSharing(page);
  return page;
}

/** A week of diary up to today: sitting pain rising from 3 to 5, easy runs
 * at 2 out of 10, and two days ago 40 minutes of hills at 5, worse the next
 * morning. */
async function seedRisingWeek(page) {
  await page.evaluate(() => {
    const lines = ['hamstring-guide-diary 1'];
    const sitting = [5, 5, 4, 4, 4, 3, 3];
    for (let ago = 6; ago >= 0; ago--) {
      const d = new Date();
      d.setDate(d.getDate() - ago);
      const pad = (x) => String(x).padStart(2, '0');
      const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      lines.push(ago === 2
        ? `e ${iso} ${sitting[ago]} run 40 hills 5 worse -`
        : `e ${iso} ${sitting[ago]} run 30 easy 2 same -`);
    }
    localStorage.setItem('hamstring-guide:diary', lines.join('\n') + '\n');
  });
}

/** The runner (sitting and hill pain), with the questions for the physio and a week of diary. */
async function runnerWithDiary(context) {
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await seedRisingWeek(page);
  await completeGuide(page, RUNNER);
  // And the questions for the physio, after the result.
  await page.click('a.for-physio__link');
  await answerAll(page, FOR_PHYSIO);
  await page.waitForSelector('.do-dont');
  await openSharing(page);
  return page;
}

/** The printed rows as "label: value". */
const printedRows = (page) => page.$$eval('.print-summary__row', (rows) =>
  rows.map((r) => `${r.querySelector('dt').textContent}: ${r.querySelector('dd').textContent}`));

// A4 less the 14 mm margins of `@page` (assets/style.css), in CSS pixels.
const A4_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);
const A4_HEIGHT = Math.floor(((297 - 2 * 14) / 25.4) * 96);

for (const colorScheme of ['light', 'dark']) {
  test(`the summary prints on one A4 page, grouped in the clinician's terms, with a week of diary (${colorScheme})`, async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: A4_WIDTH, height: A4_HEIGHT } });
    const page = await runnerWithDiary(context);
    await printSummary(page);
    await page.emulateMedia({ media: 'print', colorScheme });
    assert.equal(await page.isVisible('.care-card'), false, 'only the summary is printed');
    assert.equal(await page.isVisible('.print-summary'), true);
    const top = await page.$eval('.print-summary', (el) => [el.querySelector('.print-summary__clinic').textContent, el.querySelector('.print-summary__title').textContent]);
    assert.deepEqual(top, ['The Injury Clinic Physiotherapy', 'Hamstring guide: summary for the physio']);
    const groups = await page.$$eval('.print-summary__group', (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(groups, ['Outcome', 'Safety screen', 'Aggravating and easing factors', 'Irritability', 'History',
      'Tried so far', 'Advice given', 'Pain diary, last 7 days']);
    const rows = await printedRows(page);
    for (const row of [
      'Name: ', 'Date of birth: ', 'Care level: self-management', 'Cauda equina, DVT and PE signs: none of 6', 'Serious pathology: none of 8',
      'Pain site: ischial tuberosity', 'Aggravating: sitting (pain after 20 min or more), hill running',
      'Worst pain: 4-6/10', 'Load change before onset: more hills', 'Treatments: rest from sport, stretching',
      'Sitting pain: rising; scores 3, 3, 4, 4, 4, 5, 5 (average 4)', 'Worse the next morning: 1 of 7 days: ',
    ]) {
      assert.ok(rows.some((r) => r.startsWith(row)), `no printed row "${row}" in:\n${rows.join('\n')}`);
    }
    assert.ok(rows.some((r) => /^Over the limit of 3: 1 of 7 days: \w{3} \d+ \w{3} \(A run, 40 min, Hills, 5\/10\)$/.test(r)), rows.join('\n'));
    assert.ok(rows.some((r) => r.startsWith("Don't: ") && r.includes('speed work, tempo runs, sprints and hills')), rows.join('\n'));
    // The blank lines are lines to write on.
    const blank = await page.$eval('.print-summary__blank', (dd) => [dd.textContent, getComputedStyle(dd).borderBottomStyle]);
    assert.deepEqual(blank, ['', 'solid']);
    // One A4 page: the printed height, at the page's width, fits.
    const height = await page.$eval('.print-summary', (el) => el.getBoundingClientRect().height);
    assert.ok(height <= A4_HEIGHT, `the summary is ${Math.round(height)} px tall; one A4 page holds ${A4_HEIGHT} px`);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, `summary-${colorScheme}.pdf`), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `the summary printed on ${pages} pages`);
    await page.screenshot({ path: join(SCREENSHOTS, `summary-print-${colorScheme}.png`), fullPage: true });
    // The guide as printed (page-level rules, like one h1 for the page, are
    // for the page on screen, which the guide tests check).
    await expectNoAxeViolations(page, `printed summary ${colorScheme}`, '#hamstring-guide');
    await page.emulateMedia({ media: 'screen', colorScheme });
    await expectNoAxeViolations(page, `results page with the summary ${colorScheme}`);
    await context.close();
  });
}

test('a red flag prints the flag, where the questions stopped and what the card said', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await page.check('#hg-emergency_signs-saddle_numbness');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.share-details');
  await openSharing(page);
  const rows = await printedRows(page);
  for (const row of ['Care level: emergency', 'Red flag: possible cauda equina syndrome',
    'Stopped at: Cauda equina, DVT and PE signs; later questions not asked', 'Cauda equina, DVT and PE signs: saddle numbness', 'Told to: Call 000']) {
    assert.ok(rows.some((r) => r.startsWith(row)), `no printed row "${row}" in:\n${rows.join('\n')}`);
  }
  await context.close();
});

test('Copy and Download give the same text, whose lines are the printed summary', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  const page = await runnerWithDiary(context);
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Copied")');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('text=Download text')]);
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, 'summary.txt');
  await file.saveAs(path);
  const downloaded = await readFile(path, 'utf8');
  assert.equal(copied, downloaded, 'copy and download differ');
  assert.match(copied, /^The Injury Clinic Physiotherapy\nHamstring guide: summary for the physio\n\nName: _+\nDate of birth: _+\nDate: \d{4}-\d{2}-\d{2}\n/);
  const lines = copied.split('\n');
  const groups = await page.$$eval('.print-summary__group', (hs) => hs.map((h) => h.textContent));
  for (const group of groups) assert.ok(lines.includes(group), `the text has no line "${group}"`);
  const rows = await printedRows(page);
  assert.ok(rows.length > 25, `only ${rows.length} printed rows`);
  for (const row of rows) {
    assert.ok(lines.includes(`- ${row}`) || lines.some((l) => l.startsWith(row)), `the text has no line for "${row}"`);
  }
  assert.doesNotMatch(copied, /Do you have any of these\?|your pain/i, 'written for the physio, not to the patient');
  await context.close();
});

test('Copy summary puts the plain text on the clipboard', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await completedResult(context);
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Copied")');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^The Injury Clinic Physiotherapy\nHamstring guide: summary for the physio\n/);
  assert.match(copied, /\n- Aggravating: sitting \(pain within 20 min\), driving, hamstring stretch, speed work or sprints\n/);
  await context.close();
});

test('Copy summary says so when the browser refuses the clipboard', async () => {
  const context = await browser.newContext();
  // The browser's answer when it refuses: the promise rejects.
  await context.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  });
  const page = await completedResult(context);
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Could not copy")');
  await context.close();
});

test('Copy summary works without the clipboard API, by selecting the text', async () => {
  const context = await browser.newContext();
  // As in an older browser, or a page that is not a secure context.
  await context.addInitScript(() => {
    delete Navigator.prototype.clipboard;
    window.copied = null;
    document.addEventListener('copy', (event) => {
      const area = event.target;
      window.copied = area.value?.slice(area.selectionStart, area.selectionEnd) ?? null;
    });
  });
  const page = await completedResult(context);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Copied")');
  assert.match(await page.evaluate(() => window.copied), /^The Injury Clinic Physiotherapy\nHamstring guide: summary for the physio\n/);
  assert.deepEqual(errors, []);
  // The selection's helper is gone and focus is back on the button.
  assert.equal(await page.evaluate(() => document.querySelectorAll('textarea').length), 0);
  assert.equal(await page.evaluate(() => document.getElementById('hamstring-guide').shadowRoot.activeElement?.textContent), 'Copy summary');
  await context.close();
});

test('Copy summary says so when there is no clipboard API and copying fails', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    delete Navigator.prototype.clipboard;
    Document.prototype.execCommand = () => false;
  });
  const page = await completedResult(context);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Could not copy")');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a download link is in the document when clicked, and its address is freed only after the click', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  // Safari and Firefox start no download from a link outside the document,
  // and cancel it when its address is freed at once.
  await context.addInitScript(() => {
    window.clicks = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const record = { href: this.href, connected: this.isConnected, revokedInClick: false, revoked: false };
      window.clicks.push(record);
      window.clicking = record;
      click.call(this);
      setTimeout(() => { window.clicking = null; });
    };
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url) => {
      for (const record of window.clicks) {
        if (record.href !== url) continue;
        record.revoked = true;
        if (window.clicking === record) record.revokedInClick = true;
      }
      revoke(url);
    };
  });
  const page = await completedResult(context);
  await Promise.all([page.waitForEvent('download'), page.click('text=Download text')]);
  await page.waitForFunction(() => window.clicks.length === 1 && window.clicks[0].revoked, null, { timeout: 10000 })
    .catch(() => {});
  const [record] = await page.evaluate(() => window.clicks);
  assert.ok(record, 'no link was clicked');
  assert.match(record.href, /^blob:/);
  assert.equal(record.connected, true, 'the link was not in the document when clicked');
  assert.equal(record.revokedInClick, false, 'the address was freed in the same task as the click');
  assert.equal(record.revoked, true, 'the address was never freed');
  assert.equal(await page.evaluate(() => document.querySelectorAll('a[download]').length), 0, 'the link was left in the page');
  await context.close();
});

test('the booking link opens with no opener and no referrer', async () => {
  const context = await browser.newContext();
  const page = await completedResult(context);
  const links = await page.$$eval('.book-box a[target="_blank"]', (all) => all.map((a) => a.rel));
  assert.ok(links.length > 0, 'no booking link');
  for (const rel of links) assert.deepEqual(rel.split(' ').sort(), ['noopener', 'noreferrer']);
  await context.close();
});

test('Download saves the text and a FHIR QuestionnaireResponse', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await completedResult(context);
  const [text] = await Promise.all([page.waitForEvent('download'), page.click('text=Download text')]);
  assert.match(text.suggestedFilename(), /^hamstring-guide-\d{4}-\d{2}-\d{2}\.txt$/);
  const [fhir] = await Promise.all([page.waitForEvent('download'), page.click('text=Download FHIR file')]);
  const path = join(SCREENSHOTS, 'questionnaire-response.json');
  await fhir.saveAs(path);
  const resource = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(resource.resourceType, 'QuestionnaireResponse');
  assert.equal(resource.status, 'completed');
  assert.equal(resource.item.length, RUN.length);
  assert.deepEqual(resource.item.map((i) => i.linkId), RUN.map(([q]) => q));
  await context.close();
});

test('the matching Questionnaire is published beside the guide', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(new URL('questionnaire.fhir.json', baseUrl()).href);
  const questionnaire = await response.json();
  assert.equal(questionnaire.resourceType, 'Questionnaire');
  assert.ok(questionnaire.item.some((i) => i.linkId === 'everyday'));
  await context.close();
});
