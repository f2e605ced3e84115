// Offline, update, strict CSP and privacy, on nginx as deploy/nginx.conf
// configures it: the guide opened once works with no network, in its own
// page or embedded in the clinic's; a new deploy takes over at the next open
// without mixing files; the page runs under its Content-Security-Policy
// (the header's and the <meta>'s) with no violation; and every request of a
// full run goes to the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, CHROMIUM, ARGS } from './support.mjs';
import { serveOnNginx } from './nginx.mjs';
import { copyOfDist, newBuild } from './deploy.mjs';
import { SAFE_SCREEN, NO_TRIGGERS } from './journeys.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

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
  const site = await serveOnNginx(await copyOfDist());
  const context = await browser.newContext();
  const page = await open(context, site.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.click('.button--start');
  await answer(page, 'emergency_signs', 'leg_swelling');
  await page.waitForSelector('.care-card--urgent');
  await context.close();
  await site.close();
});

test('a new deploy is used at the next open, and old and new files never mix', async (t) => {
  const dir = await copyOfDist();
  // A page of the same origin outside the guide's scope: it can watch the
  // service workers without being one of their pages.
  const pages = { '/watch.html': '<!doctype html><title>watch</title>' };
  const site = await serveOnNginx(dir, { pages });
  const context = await browser.newContext();
  // Closed even when a step fails, so the failure is the step's, not a timeout.
  t.after(async () => { await context.close(); await site.close(); });
  let page = await open(context, site.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // Deploy a "new build": different index.html (and its hash in sw.js), new
  // service worker version.
  await newBuild(dir);

  // The open page keeps working on the old build while the new one waits.
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await page.getAttribute('body', 'data-build'), null, 'old page stays on the old build');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const watch = await context.newPage();
  await watch.goto(new URL('/watch.html', site.url).href);
  await watch.evaluate(async () => { window.guide = await navigator.serviceWorker.getRegistration('/guide/'); });
  // (waitForFunction takes any promise as a yes, so its predicate reads the
  // live registration rather than calling getRegistration().)
  const waiting = await watch.waitForFunction(() => window.guide.waiting)
    .catch((e) => { throw new Error(`the new build never got ready to take over: ${e.message}`); });
  await page.close();

  // With no old page left, the new build takes over (its old cache deleted
  // once it is activated), and the next open shows it, with only its cache.
  await watch.waitForFunction((worker) => worker.state === 'activated', waiting)
    .catch((e) => { throw new Error(`the new build never took over: ${e.message}`); });
  page = await context.newPage();
  await page.goto(site.url);
  assert.equal(await page.getAttribute('body', 'data-build'), 'new');
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1);
  assert.ok(caches[0].includes('-new'), caches.join());
});

test('a full run stays on its own origin, sets no cookies and breaks no CSP rule', async () => {
  const site = await serveOnNginx('dist');
  const context = await browser.newContext();
  const origins = new Set();
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await context.request.get(site.url);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'.*frame-ancestors 'self'/);
  const page = await open(context, site.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  await page.click('.button--start');
  for (const [q, c] of SAFE_SCREEN) await answer(page, q, c);
  for (const [q, c] of [...NO_TRIGGERS, ['duration', 'under_6_weeks'], ['pain_after', 'mild'], ['morning', 'yes']]) {
    await answer(page, q, c);
  }
  await page.waitForSelector('.result .care-card');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual([...origins], [new URL(site.url).origin]);
  assert.deepEqual(await context.cookies(), []);
  await context.close();
  await site.close();
});

test('Chromium finds the guide installable (manifest, icons, service worker)', async () => {
  const site = await serveOnNginx(await copyOfDist());
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

test('embedded in a clinic page, the guide registers its worker in its own folder, and opens there offline', async (t) => {
  const clinicPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>
<main><h1>Our clinic</h1><div id="hamstring-guide"></div></main><script type="module" src="/guide/embed.js"></script></body></html>`;
  const site = await serveOnNginx(await copyOfDist(), { pages: { '/clinic.html': clinicPage } });
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await site.close(); });
  const page = await open(context, `${site.origin}/clinic.html`);
  // Polled with evaluate: waitForFunction does not await an async
  // predicate (its promise counts as truthy at once, so the test raced).
  let registration = null;
  for (const deadline = Date.now() + 15_000; !registration && Date.now() < deadline;) {
    registration = await page.evaluate(async () => {
      const found = await navigator.serviceWorker.getRegistrations();
      return found.some((r) => r.active?.state === 'activated') ? found.map((r) => [r.scope, r.active.scriptURL]) : null;
    });
    if (!registration) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(registration, 'no service worker was registered for the embedded guide');
  assert.deepEqual(registration, [[site.url, new URL('sw.js', site.url).href]]);
  await context.setOffline(true);
  const offline = await open(context, site.url);
  await offline.click('.button--start');
  await offline.waitForSelector('input[name="emergency_signs"]');
});
