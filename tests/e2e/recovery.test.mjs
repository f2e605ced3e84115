// Nothing lost, nothing hijacked: the guide recovers from what happens
// around it. A host page keeps working with a cached embed.js after a
// deploy; the plan still loads after a deploy during the visit, and offline
// from the worker's cache after a failed try; a guide that cannot start
// shows the essentials, the emergency number and the clinic's contact
// details instead of a blank page; and outside a secure context (plain
// http on a LAN name) it works without the optional browser APIs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, ARGS, CHROMIUM, showsTheEssentials } from './support.mjs';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { serveOnNginx } from './nginx.mjs';
import { copyOfDist, redeploy } from './deploy.mjs';
import { RUNNER, completeGuide } from './journeys.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const READY = '#hamstring-guide[data-ready="true"]';
const FULL = /hamstring-guide-full-/;

/** The plan shows, or "could not be loaded" and then Try again brings it;
 * fails with `why` if Try again does not. */
async function planOrTryAgain(page, why) {
  const outcome = await Promise.race([
    page.waitForSelector('.do-dont').then(() => 'plan'),
    page.waitForSelector('.plan-status:text("could not be loaded")').then(() => 'failed'),
  ]);
  if (outcome === 'failed') {
    await page.click('button:has-text("Try again")');
    await page.waitForSelector('.do-dont', { timeout: 10_000 }).catch(() => assert.fail(why));
  }
}

test('a host page whose embed.js comes from a cache still starts the guide after a deploy', async (t) => {
  const dir = await copyOfDist();
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>
<main><h1>Our clinic</h1><div id="hamstring-guide"></div></main><script type="module" src="/guide/embed.js"></script></body></html>`;
  const site = await serve(dir, { prefix: '/guide/', pages: { '/clinic.html': host } });
  t.after(async () => { await site.close(); });
  // A cache in front of the server (a proxy, a CDN, the host's own) keeps
  // the embed.js it was given before the deploy and hands it out after it.
  const kept = await readFile(join(dir, 'embed.js'));
  await redeploy(dir);
  await writeFile(join(dir, 'embed.js'), kept);
  // The clinic's page is outside the guide's folder: no worker serves it.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  t.after(async () => { await context.close(); });
  const page = await context.newPage();
  await page.goto(`${site.origin}/clinic.html`);
  await page.waitForSelector(READY, { timeout: 15_000 })
    .catch(() => assert.fail('the guide did not start from the kept embed.js after the deploy'));
  await page.click('.hg .button--start');
  await page.waitForSelector('input[name="emergency_signs"]');
});

test('a deploy during a first visit: the plan still loads, from the new build', async (t) => {
  const dir = await copyOfDist();
  const site = await serveOnNginx(dir);
  // No worker holds the old build's files (a browser without one).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector(READY);
  await redeploy(dir);
  await completeGuide(page, RUNNER);
  await planOrTryAgain(page, 'after a deploy during the visit, Try again never brought the plan');
  await page.click('details.share-details > summary'); // Share with your physio, folded
  await page.waitForSelector('.share');
});

test(`after a try that failed, the plan loads offline from the worker's cache`, async (t) => {
  const site = await serveOnNginx(await copyOfDist());
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await site.close(); });
  // The page's own requests for the full build fail (the worker's precache
  // is not stopped): the background fetch fails as on a bad connection.
  let failedTry;
  const failed = new Promise((resolve) => { failedTry = resolve; });
  await context.route(FULL, (route) => {
    if (route.request().serviceWorker()) return route.continue();
    failedTry();
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector(READY);
  await page.keyboard.press('Shift');
  await failed;
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 })
    .catch(() => assert.fail('the worker never served the page it was installed from'));
  await context.unroute(FULL);
  await context.setOffline(true);
  await completeGuide(page, RUNNER);
  await planOrTryAgain(page, 'offline, Try again never brought the plan from the worker\'s cache');
});

/** A context whose wasm never arrives; with `saved`, answers on the device. */
async function blockedWasm({ saved = false, hold = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => {
    if (!hold) return route.abort();
    await held;
    return route.continue();
  });
  if (saved) {
    await context.addInitScript(() => localStorage.setItem('hamstring-guide', 'saved earlier'));
  }
  return { context, release };
}

test('with answers saved and the wasm blocked, the page shows the essentials and who to call', async (t) => {
  const site = await serve('dist');
  const { context } = await blockedWasm({ saved: true });
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(site.url);
  await showsTheEssentials(page, 'saved answers, wasm blocked');
});

test('a deep link with the wasm blocked shows the essentials and who to call', async (t) => {
  const site = await serve('dist');
  const { context } = await blockedWasm();
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(`${site.url}#/q/sitting`);
  await showsTheEssentials(page, 'deep link, wasm blocked');
});

test('under a host policy without wasm-unsafe-eval, the page shows the essentials and who to call', async (t) => {
  const html = await readFile('dist/index.html', 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const withoutWasm = policy.replace(" 'wasm-unsafe-eval'", '');
  assert.notEqual(withoutWasm, policy);
  const site = await serve('dist', { headers: { 'Content-Security-Policy': withoutWasm } });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => localStorage.setItem('hamstring-guide', 'saved earlier'));
  t.after(async () => { await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(site.url);
  await showsTheEssentials(page, 'policy without wasm-unsafe-eval');
});

test('a start that takes too long shows the essentials, and the guide once it is ready', async (t) => {
  const site = await serve('dist');
  const { context, release } = await blockedWasm({ saved: true, hold: true });
  t.after(async () => { release(); await context.close(); await site.close(); });
  const page = await context.newPage();
  await page.goto(site.url);
  await showsTheEssentials(page, 'wasm held back');
  release();
  await page.waitForSelector(READY);
  await page.waitForSelector('.hg-failed', { state: 'hidden' });
  assert.equal(await page.locator('main:visible').count(), 1, 'only the guide shows');
  assert.ok(await page.locator('#hamstring-guide h1').isVisible(), 'the guide shows');
});

test('over plain http on a LAN name (no secure context) the guide works without the optional APIs', async (t) => {
  const site = await serve('dist', { prefix: '/guide/' });
  const port = new URL(site.url).port;
  const insecure = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: [...ARGS, '--host-resolver-rules=MAP clinic-lan.test 127.0.0.1'],
  });
  t.after(async () => { await insecure.close(); await site.close(); });
  const context = await insecure.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://clinic-lan.test:${port}/guide/`);
  assert.equal(await page.evaluate(() => window.isSecureContext), false, 'the page is not a secure context');
  assert.equal(await page.evaluate(() => navigator.serviceWorker), undefined);
  await page.waitForSelector(READY, { timeout: 15_000 })
    .catch(() => assert.fail(`the guide did not start: ${errors.join('; ')}`));
  await completeGuide(page, RUNNER);
  await page.click('details.share-details > summary'); // Share with your physio, folded
  await page.waitForSelector('.share');
  await page.click('text=Copy summary');
  await page.waitForSelector('.share__status:text("Copied")');
  assert.deepEqual(errors, []);
});
