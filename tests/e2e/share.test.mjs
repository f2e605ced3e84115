// The summary for the physio: printed to one A4 page holding the key lines,
// copied as plain text, and downloaded as text and as a FHIR
// QuestionnaireResponse. Files land in target/e2e-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startSite, stopSite, baseUrl, SCREENSHOTS } from './support.mjs';
import { SAFE_SCREEN, completeGuide } from './journeys.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

const RUN = [
  ...SAFE_SCREEN, ['sitting', 'yes'], ['sitting_time', 'under_20'],
  ['sitting_seat', 'hard'], ['driving', 'yes'], ['running', 'yes'], ['running_type', 'sprint'], ['cycling', 'no'], ['lunging', 'no'],
  ['stretching', 'yes'], ['bending', 'no'], ['stairs', 'no'], ['onset', 'after_increase'], ['training_change', 'more_speed'],
  ['duration', 'from_6_to_12_weeks'], ['pain_now', 'moderate'], ['pain_after', 'moderate'], ['morning', 'yes'], ['tried', 'rest'],
];

async function completedResult(context) {
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await completeGuide(page, RUN);
  await page.waitForSelector('.share');
  return page;
}

test('the summary prints on one A4 page with the key lines', async () => {
  const context = await browser.newContext();
  const page = await completedResult(context);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$eval('.print-summary', (el) => el.innerText);
  for (const line of ['summary for your physio', 'Date', 'Sitting', 'Running', 'Does sitting bring on the pain? Yes']) {
    assert.ok(printed.includes(line), `printed summary lacks "${line}"`);
  }
  assert.equal(await page.isVisible('.care-card'), false, 'only the summary is printed');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(join(SCREENSHOTS, 'summary.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `the summary printed on ${pages} pages`);
  await context.close();
});

test('Copy summary puts the plain text on the clipboard', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await completedResult(context);
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Copied")');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Hamstring guide: summary for your physio\nDate: \d{4}-\d{2}-\d{2}\n/);
  assert.match(copied, /Which runs bring on the pain\? Sprinting/);
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
  assert.match(await page.evaluate(() => window.copied), /^Hamstring guide: summary for your physio\nDate: /);
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
  assert.ok(questionnaire.item.some((i) => i.linkId === 'sitting'));
  await context.close();
});
