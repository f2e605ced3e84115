// The service worker (xtask/page/sw.js) on a real origin, nginx as
// deploy/nginx.conf configures it: it answers only the guide's own page
// with the guide, precaches past the HTTP cache (behind a cache that keeps
// every file an hour, too) and checks every file against the build's
// hashes, and leaves the caches of another copy of the guide on the same
// origin alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './support.mjs';
import { serve } from './server.mjs';
import { serveOnNginx } from './nginx.mjs';
import { copyOfDist, newBuild } from './deploy.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens `url` and waits until the guide runs and its worker is activated. */
async function visit(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    if (active.state === 'activated') return;
    await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()));
  });
  return page;
}

/** The body's data-build of the guide at `url`, opened in a new page. */
async function buildAt(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#hamstring-guide');
  const build = await page.getAttribute('body', 'data-build');
  await page.close();
  return build;
}

/**
 * Asks the registration of `scope` for an update, from `page`, and resolves
 * to what became of the new worker: `installed` or `redundant`. The worker is
 * taken in `updatefound`, before any of its state changes reach the page.
 */
function update(page, scope) {
  return page.evaluate(async (scope) => {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    const found = new Promise((resolve) => {
      registration.addEventListener('updatefound', () => resolve(registration.installing), { once: true });
    });
    await registration.update();
    const worker = await found;
    return new Promise((resolve) => {
      const settled = () => worker.state !== 'installing' && resolve(worker.state === 'redundant' ? 'redundant' : 'installed');
      worker.addEventListener('statechange', settled);
      settled();
    });
  }, scope);
}

/**
 * Waits, from `watch` (a page outside the scope), until the newest worker of
 * `scope` is activated (its old caches deleted). waitForFunction takes any
 * promise as a yes, so the predicate reads the live registration.
 */
async function activated(watch, scope) {
  await watch.evaluate(async (scope) => { window.guide = await navigator.serviceWorker.getRegistration(scope); }, scope);
  await watch.waitForFunction(() => window.guide.active?.state === 'activated' && !window.guide.waiting && !window.guide.installing);
}

const WATCH = { '/watch.html': '<!doctype html><title>watch</title>' };

test(`the worker answers only the guide's own page with the guide; other addresses get their own answer`, async (t) => {
  const host = '<!doctype html><html lang="en"><title>clinic host</title><h1>Clinic</h1></html>';
  const site = await serveOnNginx(await copyOfDist(), { pages: { '/guide/host.html': host } });
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await site.close(); });
  await visit(context, site.url);
  const page = await context.newPage();
  const at = (path) => new URL(path, site.url).href;
  const open = async (path) => {
    const response = await page.goto(at(path));
    return {
      status: response.status(),
      type: await page.evaluate(() => document.contentType),
      guide: await page.evaluate(() => document.getElementById('hamstring-guide') !== null),
      title: await page.title(),
    };
  };
  for (const [path, type] of [
    ['questionnaire.fhir.json', 'application/json'],
    ['embed.js', 'text/javascript'],
    ['manifest.webmanifest', 'application/manifest+json'],
    ['host.html', 'text/html'],
  ]) {
    const got = await open(path);
    assert.equal(got.guide, false, `${path} came back as the guide's page`);
    assert.equal(got.type, type, `${path}: ${JSON.stringify(got)}`);
  }
  assert.equal((await open('host.html')).title, 'clinic host');
  const missing = await open('missing.html');
  assert.equal(missing.status, 404, `a missing file: ${JSON.stringify(missing)}`);
  assert.equal(missing.guide, false);

  // Offline, the guide's page under each of its addresses, and the build's
  // other files, come from the precache.
  await context.setOffline(true);
  for (const path of ['./', './index.html', './?clinician', './index.html?from=clinic#/q/sitting']) {
    const got = await open(path);
    assert.equal(got.guide, true, `${path} offline: ${JSON.stringify(got)}`);
  }
  assert.equal((await open('questionnaire.fhir.json')).type, 'application/json');
  await assert.rejects(page.goto(at('host.html')), /ERR_INTERNET_DISCONNECTED/, 'a page that is not the guide\'s is not served from the cache');
});

test('a deploy behind an HTTP cache precaches the new files, never the cached old ones', async (t) => {
  const dir = await copyOfDist();
  const site = await serve(dir, { prefix: '/guide/', pages: WATCH, cacheControl: 'max-age=3600' });
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await site.close(); });
  // The first visit leaves every file of the old build in the HTTP cache.
  const page = await visit(context, site.url);

  await newBuild(dir);
  assert.equal(await update(page, site.url), 'installed', 'the new build did not install');
  await page.close();
  const watch = await context.newPage();
  await watch.goto(new URL('/watch.html', site.url).href);
  await activated(watch, site.url);

  // Offline, so the page can only come from the new worker's cache.
  await context.setOffline(true);
  assert.equal(await buildAt(context, site.url), 'new', 'the new cache holds the old index.html');
  assert.equal(await buildAt(context, new URL('index.html', site.url).href), 'new', 'the new cache holds the old index.html');
});

test(`a file that does not match the build's hash fails the install, and the old worker stays`, async (t) => {
  const dir = await copyOfDist();
  const site = await serveOnNginx(dir);
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await site.close(); });
  const page = await visit(context, site.url);
  const before = await page.evaluate(() => caches.keys());

  // The new sw.js is served, but index.html is still the old one.
  await newBuild(dir, { stale: true });
  assert.equal(await update(page, site.url), 'redundant', 'the install accepted an index.html that is not the build\'s');
  assert.deepEqual(await page.evaluate(() => caches.keys()), before);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  assert.equal(await page.getAttribute('body', 'data-build'), null);
});

test('two copies on one origin keep their own caches: a deploy of one leaves the other working offline', async (t) => {
  const guide = await copyOfDist();
  const staging = await copyOfDist();
  await newBuild(staging, { mark: 'staging' });
  const site = await serveOnNginx(guide, { mounts: { '/guide-staging/': staging }, pages: WATCH });
  const stagingUrl = new URL('/guide-staging/', site.url).href;
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await site.close(); });
  const page = await visit(context, site.url);
  await (await visit(context, stagingUrl)).close();
  const both = await page.evaluate(() => caches.keys());
  assert.equal(both.length, 2, `caches after a visit to each copy: ${both.join(', ')}`);

  // A cache of the worker before caches were named by scope, for each copy:
  // a deploy deletes its own, never the other's.
  await page.evaluate(async (scopes) => {
    for (const [i, scope] of scopes.entries()) {
      const cache = await caches.open(`hamstring-guide-00000${i}`);
      await cache.put(scope, new Response('an old page'));
    }
  }, [site.url, stagingUrl]);

  // A new deploy of /guide/ takes over there.
  await newBuild(guide);
  assert.equal(await update(page, site.url), 'installed', 'the new build did not install');
  await page.close();
  const watch = await context.newPage();
  await watch.goto(new URL('/watch.html', site.url).href);
  await activated(watch, site.url);
  const after = await watch.evaluate(() => caches.keys());
  const stagingCache = both.find((name) => name.startsWith('hamstring-guide-staging'));
  assert.deepEqual(
    after.filter((name) => !name.startsWith('hamstring-guide-new')).sort(),
    ['hamstring-guide-000001', stagingCache].sort(),
    `caches after the deploy: ${after.join(', ')}`,
  );
  assert.equal(after.length, 3, `caches after the deploy: ${after.join(', ')}`);

  await context.setOffline(true);
  assert.equal(await buildAt(context, site.url), 'new');
  assert.equal(await buildAt(context, stagingUrl), 'staging');
});
