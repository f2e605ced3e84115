// The deployment configuration a clinic uses: nginx with deploy/nginx.conf
// (and the _headers the build writes for static hosts) sends the guide's
// policy as a header with frame-ancestors, no-cache for the files whose
// names stay, a year (immutable) for those named by their content, and the
// right MIME types; a frame on another origin is refused; a second visit
// takes the hashed files from the browser's cache without asking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { launch } from './support.mjs';
import { serve } from './server.mjs';
import { serveOnNginx } from './nginx.mjs';
import { copyOfDist, HASHED } from './deploy.mjs';

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serveOnNginx('dist', {
    pages: { '/framed.html': '<!doctype html><html lang="en"><title>Clinic</title><iframe src="/guide/" title="Hamstring guide"></iframe></html>' },
  });
});
after(async () => { await browser?.close(); await site?.close(); });

const YEAR = 'public, max-age=31536000, immutable';
const READY = '#hamstring-guide[data-ready="true"]';
const metaPolicy = async () => (await readFile('dist/index.html', 'utf8'))
  .match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];

test('nginx sends the policy with frame-ancestors, the caching and the MIME type of each file', async () => {
  const policy = `${await metaPolicy()}; frame-ancestors 'self'`;
  const get = async (name) => {
    const response = await fetch(new URL(name, site.url));
    return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), policy: response.headers.get('content-security-policy') };
  };
  for (const page of ['', 'index.html', 'index.html?from=clinic']) {
    assert.deepEqual(await get(page), { status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache', policy }, page || './');
  }
  for (const [name, type] of [['sw.js', 'text/javascript; charset=utf-8'], ['embed.js', 'text/javascript; charset=utf-8'], ['build.json', 'application/json; charset=utf-8'], ['manifest.webmanifest', 'application/manifest+json; charset=utf-8']]) {
    const got = await get(name);
    assert.equal(got.type, type, name);
    assert.equal(got.cache, 'no-cache', name);
  }
  const hashed = (await readdir('dist')).filter((n) => HASHED.test(n));
  assert.ok(hashed.length >= 6);
  for (const name of hashed) {
    const got = await get(name);
    assert.equal(got.cache, YEAR, name);
    assert.equal(got.type, {
      '.wasm': 'application/wasm', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    }[name.slice(name.lastIndexOf('.'))], name);
  }
  assert.equal((await get('_headers')).status, 404, 'the static hosts\' header file is not served');
});

test(`a page of the clinic's own origin may frame the guide; another origin's may not`, async (t) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const other = await serve('dist', { prefix: '/nothing/', pages: { '/framed.html': `<!doctype html><html lang="en"><title>Elsewhere</title><iframe src="${site.url}" title="Hamstring guide"></iframe></html>` } });
  t.after(async () => { await context.close(); await other.close(); });
  const page = await context.newPage();
  await page.goto(`${site.origin}/framed.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector(READY);

  const elsewhere = await context.newPage();
  const refused = new Promise((resolve) => {
    elsewhere.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(true));
    setTimeout(() => resolve(false), 10_000);
  });
  await elsewhere.goto(`${other.origin}/framed.html`);
  assert.equal(await refused, true);
  const framed = elsewhere.frames().find((f) => f !== elsewhere.mainFrame());
  assert.equal(await framed.$('#hamstring-guide'), null, 'the guide shows in another origin\'s frame');
});

test(`a second visit takes the hashed files from the browser's cache and asks again only for the rest`, async (t) => {
  // Just deployed: no file is old enough for the browser to guess it fresh.
  const deployed = await serveOnNginx(await copyOfDist(), { prefix: '/just-deployed/' });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  t.after(async () => { await context.close(); await deployed.close(); });
  const page = await context.newPage();
  await page.goto(deployed.url);
  await page.waitForSelector(READY);
  // Another address of the page, so the browser does not take it for a reload.
  await page.goto(`${deployed.url}?again`);
  await page.waitForSelector(READY);
  const [navigation] = await page.evaluate(() => performance.getEntriesByType('navigation').map((e) => e.transferSize));
  assert.ok(navigation > 0, 'index.html was checked with the server');
  // A file taken from the cache transferred nothing.
  const resources = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => [new URL(e.name).pathname.split('/').pop(), e.transferSize]));
  const hashed = resources.filter(([name]) => HASHED.test(name));
  assert.ok(hashed.length >= 3, JSON.stringify(resources));
  for (const [name, transferred] of hashed) assert.equal(transferred, 0, `${name} was asked of the server`);
});

test('the _headers for static hosts say the same: one Cache-Control a path, the policy with frame-ancestors', async () => {
  const text = await readFile('dist/_headers', 'utf8');
  const rules = new Map();
  let path;
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) { path = line.trim(); rules.set(path, []); } else if (/^\s+\S/.test(line)) rules.get(path).push(line.trim());
  }
  assert.deepEqual(rules.get('/*'), [`Content-Security-Policy: ${await metaPolicy()}; frame-ancestors 'self'`, 'X-Content-Type-Options: nosniff']);
  for (const name of ['/', '/index.html', '/sw.js', '/embed.js', '/build.json']) assert.deepEqual(rules.get(name), ['Cache-Control: no-cache'], name);
  for (const name of (await readdir('dist')).filter((n) => HASHED.test(n))) assert.deepEqual(rules.get(`/${name}`), [`Cache-Control: ${YEAR}`], name);
  for (const [rule, headers] of rules) assert.ok(headers.filter((h) => h.startsWith('Cache-Control')).length <= 1, rule);
});
