// Integrity: no script or wasm of the guide runs unless its bytes are the
// build's (a tampered file is refused, and the page shows the essentials
// and who to call instead); every file is named by its final bytes; the
// wasm preload is used, not fetched twice; and the service worker's
// precache (both builds) waits until the first load is over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, showsTheEssentials } from './support.mjs';
import { serve } from './server.mjs';
import { copyOfDist, HASHED } from './deploy.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const READY = '#hamstring-guide[data-ready="true"]';

/** The name in `dir` of the file that `pattern` matches. */
const file = async (dir, pattern) => (await readdir(dir)).find((n) => pattern.test(n));
const FIRST_WASM = /^hamstring-guide-[0-9a-f]{16}_bg\.wasm$/;
const FULL_WASM = /^hamstring-guide-full-[0-9a-f]{16}_bg\.wasm$/;
const FULL_GLUE = /^hamstring-guide-full-[0-9a-f]{16}\.js$/;
const BOOT = /^boot-[0-9a-f]{16}\.js$/;

// A custom section at the end keeps a wasm valid: it still compiles and
// runs, so only its hash can tell.
const CUSTOM_SECTION = Buffer.from([0x00, 0x0a, 0x01, 0x78, ...Buffer.from('tampered')]);
// A script that still runs, and says so.
const MARK = '\n;globalThis.hgTampered = true;\n';

/** A copy of dist/ with `name` tampered, served; a context that records whether tampered script ran. */
async function tampered(pattern, bytes) {
  const dir = await copyOfDist();
  await appendFile(join(dir, await file(dir, pattern)), bytes);
  const site = await serve(dir);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  return { site, context };
}

const ran = (page) => page.evaluate(() => globalThis.hgTampered === true);

/** Waits until the guide either started or gave way to the essentials; fails if it started. */
async function refused(page, label) {
  await page.waitForSelector('.hg-failed, #hamstring-guide[data-ready]', { state: 'attached', timeout: 15_000 });
  assert.equal(await page.getAttribute('#hamstring-guide', 'data-ready'), null, `${label} ran`);
  await showsTheEssentials(page, label);
}

test('a tampered first-build wasm is refused, and the page shows the essentials instead', async (t) => {
  const { site, context } = await tampered(FIRST_WASM, CUSTOM_SECTION);
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(site.url);
  await refused(page, 'the tampered first-build wasm');
});

test('a tampered full-build wasm is refused', async (t) => {
  const { site, context } = await tampered(FULL_WASM, CUSTOM_SECTION);
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(`${site.url}#/diary`);
  await refused(page, 'the tampered full-build wasm');
});

test('a tampered full-build glue is refused, and the care card stays with Try again', async (t) => {
  const { site, context } = await tampered(FULL_GLUE, MARK);
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector(READY);
  await completeGuide(page, RUNNER);
  await page.waitForSelector('.plan-status:text("could not be loaded")', { timeout: 15_000 })
    .catch(() => assert.fail('the tampered full build was not refused'));
  assert.equal(await ran(page), false, 'the tampered glue ran');
  assert.ok(await page.isVisible('.care-card'), 'the care card stays');
});

test('a tampered loader is refused, and the page shows the essentials instead', async (t) => {
  const { site, context } = await tampered(BOOT, MARK);
  t.after(async () => { await context.close(); await site.close(); });
  await context.addInitScript(() => localStorage.setItem('hamstring-guide', 'saved earlier'));
  const page = await context.newPage();
  await page.goto(site.url);
  await refused(page, 'the tampered loader');
  assert.equal(await ran(page), false, 'the tampered loader ran');
});

test('the wasm preload is used: no warning, and the wasm is fetched once', async (t) => {
  const site = await serve('dist');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.type() !== 'log') warnings.push(message.text()); });
  await page.goto(site.url);
  await page.waitForSelector(READY);
  // Chromium says so when a preload goes unused, a few seconds after load.
  await page.waitForTimeout(3500);
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  const wasm = site.requests.filter((u) => FIRST_WASM.test(u.slice(u.lastIndexOf('/') + 1)));
  assert.equal(wasm.length, 1, `the first build's wasm was fetched ${wasm.length} times`);
});

test('every hashed file is named by its final bytes', async () => {
  const id = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const names = (await readdir('dist')).filter((n) => HASHED.test(n));
  assert.ok(names.length >= 6, names.join());
  for (const name of names) {
    const bytes = await readFile(join('dist', name));
    const named = name.match(HASHED)[1];
    // A build's glue and wasm share one name, from both files' bytes.
    const build = name.replace(HASHED, '');
    const pair = names.filter((n) => n.replace(HASHED, '') === build && n !== name);
    if (pair.length === 1) {
      const [glue, wasm] = name.endsWith('.wasm') ? [pair[0], name] : [name, pair[0]];
      const both = Buffer.concat([await readFile(join('dist', glue)), await readFile(join('dist', wasm))]);
      assert.equal(named, id(both), `${name} is not named by its build's final bytes`);
    } else {
      assert.equal(named, id(bytes), `${name} is not named by its final bytes`);
    }
  }
});

for (const [label, address] of [['the start page', ''], ['the diary (the full build at once)', '#/diary']]) {
  test(`on a first visit to ${label}, precaching starts only once the guide is ready`, async (t) => {
    const site = await serve('dist', { prefix: '/guide/' });
    const context = await browser.newContext();
    t.after(async () => { await context.close(); await site.close(); });
    const page = await context.newPage();
    await page.goto(`${site.url}${address}`);
    await page.waitForSelector(READY);
    const ready = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('hg-ready')[0].startTime);
    const asked = () => site.log.find((r) => r.url === '/guide/sw.js');
    for (let waited = 0; !asked() && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    const worker = asked();
    assert.ok(worker, 'the worker was registered');
    assert.ok(worker.at >= ready, `the worker was asked for ${ready - worker.at} ms before the guide was ready`);
  });
}
