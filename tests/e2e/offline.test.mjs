// Offline, update, strict CSP and privacy: the guide opened once works with
// no network; a new deploy takes over at the next open without mixing files;
// the page runs under its Content-Security-Policy with no violation; and
// every request of a full run goes to the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, CHROMIUM, ARGS } from './support.mjs';
import { serve } from './server.mjs';
import { SAFE_SCREEN, TRIGGERS } from './journeys.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'hg-dist-'));
  await cp('dist', dir, { recursive: true });
  return dir;
}

async function open(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  return page;
}

async function answer(page, question, choice) {
  await page.check(`#hg-${question}-${choice}`);
  await page.click('button[type="submit"]');
}

test('after one visit the guide opens and works with no network', async () => {
  const site = await serve(await copyOfDist(), { prefix: '/guide/' });
  const context = await browser.newContext();
  const page = await open(context, site.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'none');
  await answer(page, 'clot_signs', 'leg_swelling');
  await page.waitForSelector('.care-card--urgent');
  await context.close();
  await site.close();
});

test('a new deploy is used at the next open, and old and new files never mix', async () => {
  const dir = await copyOfDist();
  const site = await serve(dir, { prefix: '/guide/' });
  const context = await browser.newContext();
  let page = await open(context, site.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // Deploy a "new build": different index.html, new service worker version.
  const index = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), index.replace('<body>', '<body data-build="new">'));
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(join(dir, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'new$1'"));

  // The open page keeps working on the old build while the new one waits.
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await page.getAttribute('body', 'data-build'), null, 'old page stays on the old build');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting));
  await page.close();

  // Next open, with no old page left: the new build, and only its cache.
  // (An open page of the old build keeps the new one waiting, so each try
  // that still shows the old build is closed again.)
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    page = await context.newPage();
    await page.goto(site.url);
    if (await page.getAttribute('body', 'data-build') === 'new') break;
    await page.close();
  }
  assert.equal(await page.getAttribute('body', 'data-build'), 'new');
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1);
  assert.ok(caches[0].includes('-new'), caches.join());
  await context.close();
  await site.close();
});

test('a full run stays on its own origin, sets no cookies and breaks no CSP rule', async () => {
  const site = await serve('dist');
  const context = await browser.newContext();
  const origins = new Set();
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await open(context, site.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  await page.click('.button--start');
  for (const [q, c] of SAFE_SCREEN) await answer(page, q, c);
  for (const q of TRIGGERS) await answer(page, q, 'no');
  for (const [q, c] of [['onset', 'slowly'], ['training_change', 'none'], ['duration', 'under_6_weeks'], ['pain_now', 'mild'], ['pain_after', 'mild'], ['morning', 'yes'], ['tried', 'nothing']]) {
    await answer(page, q, c);
  }
  await page.click('text=See my plan');
  await page.waitForSelector('.result .care-card');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual([...origins], [new URL(site.url).origin]);
  assert.deepEqual(await context.cookies(), []);
  await context.close();
  await site.close();
});

test('Chromium finds the guide installable (manifest, icons, service worker)', async () => {
  const site = await serve(await copyOfDist(), { prefix: '/guide/' });
  // Installability is only checked outside incognito: use a real profile.
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hg-profile-')), {
    executablePath: CHROMIUM, args: ARGS, headless: true,
  });
  try {
    const page = await open(context, site.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const cdp = await context.newCDPSession(page);
    // The same check Lighthouse's installability audit relied on.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
  } finally {
    await context.close();
    await site.close();
  }
});
