// A physio's programme end to end in real Chromium: the physio opens the
// clinician view, builds a programme of 3 exercises with chosen numbers
// (a number out of range is refused with a message first) and reads the
// link, whose QR code decodes (jsQR) to exactly that link; a patient in a
// fresh browser opens the link, sees the programme, keeps it, reloads and
// still has it (also when the first build was running); a changed and a cut link say so and save nothing; a newer
// link asks before it replaces; a full programme prints on one A4 page
// with its drawings; axe in light and dark mode on the builder, the link's
// page and the kept programme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launch, startSite, stopSite, baseUrl, expectNoAxeViolations, screenshot, SCREENSHOTS } from './support.mjs';

const KEY = 'hamstring-guide:programme';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

// Screenshots also go to SHOTS_DIR when it is set (see exercises.test.mjs).
async function shot(page, name, element = null) {
  await mkdir(SCREENSHOTS, { recursive: true });
  if (element) await element.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  else await screenshot(page, name);
  if (process.env.SHOTS_DIR) {
    await mkdir(process.env.SHOTS_DIR, { recursive: true });
    await copyFile(join(SCREENSHOTS, `${name}.png`), join(process.env.SHOTS_DIR, `${name}.png`));
  }
}

/** A page of a fresh browser context (a new profile: nothing kept). */
async function open(suffix, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${suffix}`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

const kept = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/**
 * The physio's builder, reached from the library in the clinician view,
 * with `picks` ticked: [exercise name, { field label: value }].
 */
async function build(picks, options = {}) {
  const page = await open('?clinician#/exercises', options);
  await page.click('a:text("Make a programme for a patient")');
  await page.waitForSelector('.pg-build h1:text("Make a programme")');
  for (const [name, numbers] of picks) {
    await page.getByLabel(name, { exact: true }).check();
    const row = page.locator('.pg-row', { has: page.getByLabel(name, { exact: true }) });
    for (const [label, value] of Object.entries(numbers)) {
      await row.getByLabel(label, { exact: true }).fill(String(value));
    }
  }
  await page.click('button:text("Make the link")');
  return page;
}

const linkOf = async (page) => {
  await page.waitForSelector('#hg-pg-link');
  return page.inputValue('#hg-pg-link');
};

const THREE = [
  ['Bridge hold', { Sets: 5, 'Seconds in each hold': 40 }],
  ['Hamstring curl lying face down', { 'Repetitions in each set': 12, 'Times a week': 3 }],
  ['Bridge on one leg', {}],
];

test('a physio builds a programme and gets a link whose QR code decodes to exactly it; a patient opens it in a fresh browser, keeps it, still has it after a reload, and the diary offers its exercises', async () => {
  // A number out of range: a clear message, and no link.
  const physio = await build([['Bridge hold', { Sets: 99 }]], { viewport: { width: 1024, height: 900 } });
  await physio.waitForSelector('.error-summary');
  assert.match(await physio.textContent('.error-summary'), /Enter a number from 4 to 5/);
  assert.equal(await physio.locator('#hg-pg-link').count(), 0);
  await physio.context().close();

  const page = await build(THREE, { viewport: { width: 1024, height: 900 } });
  const link = await linkOf(page);
  assert.match(link, /^http:\/\/[^#?]+#\/programme\/1~bridge_hold\.5\.h40\.\d+\.\d+~prone_curl\.\d+\.r12\.\d+\.3~single_leg_bridge\.[^~]+~[0-9a-f]{8}$/);
  assert.doesNotMatch(link, /clinician/, 'the patient gets the guide, not the clinician view');
  // The QR code, as the screen shows it, decodes to the link.
  const qr = page.locator('.pg-qr svg');
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(decoded?.data, link);
  await shot(page, 'programme-clinician-qr', page.locator('.pg-made'));
  // A change takes the link away until it is made again.
  await page.getByLabel('Bridge hold', { exact: true }).uncheck();
  assert.equal(await page.locator('#hg-pg-link').count(), 0);
  await page.context().close();

  const patient = await open('', { viewport: { width: 1024, height: 900 } });
  await patient.goto(link);
  await patient.waitForSelector('.pg-offer h1:text("Your physio\'s programme")');
  assert.deepEqual(await patient.locator('.pg-name').allTextContents(), ['Bridge hold', 'Hamstring curl lying face down', 'Bridge on one leg']);
  assert.equal(await patient.textContent('.pg-item >> nth=0 >> .ex-dose li >> nth=0'), '5 holds of 40 seconds');
  assert.match(await patient.textContent('.pg-item >> nth=1 >> .ex-dose'), /sets of 12.*3 times a week/);
  assert.equal(await patient.locator('.pg-drawing svg').count(), 3);
  assert.equal(await kept(patient), null, 'nothing is kept before the patient says so');
  await patient.click('button:text("Keep this programme")');
  await patient.waitForSelector('.pg-kept h1:text("Your programme")');
  assert.match(patient.url(), /#\/programme$/);
  assert.equal(await kept(patient), link.split('#/programme/')[1]);
  await patient.reload();
  await patient.waitForSelector('.pg-kept .pg-item');
  assert.equal(await patient.locator('.pg-kept .pg-item').count(), 3);
  // The diary offers the programme's exercises, in its order, for today.
  await patient.goto(`${baseUrl()}#/diary`);
  await patient.waitForSelector('h1:text("Your pain diary")');
  const offered = await patient.$$eval('input[type="checkbox"][id^="hg-diary-ex-"]', (boxes) => boxes.map((b) => b.id));
  assert.deepEqual(offered, ['hg-diary-ex-bridge_hold', 'hg-diary-ex-prone_curl', 'hg-diary-ex-single_leg_bridge']);
  await patient.context().close();
});

test('a changed or a cut link says so and keeps nothing; a newer link asks before it replaces the kept one', async () => {
  const page = await build(THREE);
  const link = await linkOf(page);
  const other = await (async () => {
    await page.getByLabel('Bridge on one leg', { exact: true }).uncheck();
    await page.click('button:text("Make the link")');
    return linkOf(page);
  })();
  await page.context().close();
  const changed = link.replace('bridge_hold.5.h40', 'bridge_hold.5.h45');
  const patient = await open('');
  for (const [label, bad] of [['changed', changed], ['cut', link.slice(0, -5)]]) {
    await patient.goto(bad);
    await patient.waitForSelector('.pg-offer .pg-problem');
    assert.match(await patient.textContent('.pg-problem'), /not whole, or it was changed\. Nothing was saved/, label);
    assert.equal(await patient.locator('button:text("Keep this programme")').count(), 0, label);
    assert.equal(await kept(patient), null, label);
  }
  await patient.goto(link);
  await patient.click('button:text("Keep this programme")');
  await patient.waitForSelector('.pg-kept .pg-item');
  await patient.goto(other);
  await patient.waitForSelector('.pg-offer .pg-replaces');
  assert.match(await patient.textContent('.pg-replaces'), /This newer one will replace it/);
  assert.equal(await kept(patient), link.split('#/programme/')[1], 'the old one stays until the patient says');
  await patient.click('button:text("Keep this programme")');
  await patient.waitForSelector('.pg-kept .pg-item');
  assert.equal(await patient.locator('.pg-kept .pg-item').count(), 2);
  assert.equal(await kept(patient), other.split('#/programme/')[1]);
  await patient.context().close();
});

test('a link opened where the first build runs starts the full build and shows the programme', async () => {
  const page = await build(THREE);
  const link = await linkOf(page);
  await page.context().close();
  const patient = await open('');
  const first = await patient.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.wasm')));
  assert.ok(first.length && first.every((n) => !n.includes('-full-')), `the first build runs: ${first}`);
  // The link typed into the address bar of the running first build.
  await patient.evaluate((l) => { location.href = l; }, link);
  await patient.waitForSelector('.pg-offer h1:text("Your physio\'s programme")');
  assert.equal(await patient.locator('.pg-offer .pg-item').count(), 3);
  assert.equal(patient.url(), link, 'the link is kept in the address');
  await patient.context().close();
});

test('a full programme prints on one A4 page, the programme alone, with its drawings', async () => {
  const names = ['Bridge hold', 'Hamstring hold lying face down', 'Hamstring curl lying face down', 'Dead bug',
    'Bridge with slow lowering', 'Bridge on one leg', 'Long bridge', 'Romanian deadlift'];
  const page = await build(names.map((n) => [n, {}]));
  const link = await linkOf(page);
  await page.goto(link);
  await page.click('button:text("Keep this programme")');
  await page.waitForSelector('.pg-kept .pg-item');
  assert.equal(await page.locator('.pg-item').count(), 8);
  await page.evaluate(() => { window.print = () => { window.hgPrinted = true; }; });
  await page.click('button:text("Print")');
  assert.equal(await page.evaluate(() => window.hgPrinted), true, 'Print opened the print dialogue');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.back-link'), false, 'only the programme prints');
  assert.equal(await page.isVisible('.pg-actions'), false);
  const drawings = await page.$$eval('.pg-drawing svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().height));
  assert.equal(drawings.length, 8);
  assert.ok(drawings.every((h) => h > 30), `the drawings print: ${drawings}`);
  assert.equal(await page.isVisible('.pg-more'), false, 'the way on is not printed');
  // As printed: A4's width less its margins.
  await page.setViewportSize({ width: 688, height: 1016 });
  await shot(page, 'programme-print');
  const pdf = await page.pdf({ format: 'A4' });
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(join(SCREENSHOTS, 'programme-print.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `the programme printed on ${pages} pages`);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the builder, the link's page and the kept programme pass axe (${colorScheme})`, async () => {
    const options = { colorScheme, viewport: { width: 1024, height: 900 } };
    const page = await build(THREE, options);
    const link = await linkOf(page);
    await expectNoAxeViolations(page, `builder ${colorScheme}`);
    await page.goto(link);
    await page.waitForSelector('.pg-offer .pg-item');
    await expectNoAxeViolations(page, `link's page ${colorScheme}`);
    await shot(page, `programme-offer-${colorScheme}`);
    await page.click('button:text("Keep this programme")');
    await page.waitForSelector('.pg-kept .pg-item');
    await expectNoAxeViolations(page, `kept programme ${colorScheme}`);
    await shot(page, `programme-kept-${colorScheme}`);
    await page.context().close();
  });
}
