// The byte budget of the first load (html, css, js and wasm, gzip), counted
// from what the page really fetches until the guide is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite, stopSite, baseUrl } from './support.mjs';
import { BUDGET, CEILING, firstLoad } from './first-load.mjs';

let browser;
before(async () => { await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await stopSite(); });

test('the first load fetches the page, its stylesheet, its scripts and the wasm, and no more than the ceiling', async () => {
  const load = await firstLoad(browser, baseUrl(), 'dist');
  const kinds = new Set(load.files.map((f) => f.kind));
  assert.deepEqual([...kinds].sort(), ['css', 'html', 'js', 'wasm'], 'every kind is counted');
  const listing = load.files.map((f) => `${f.name} ${f.gzip} B`).join(', ');
  console.log(`first load: ${load.total} B gzip (goal ${BUDGET} B, ceiling ${CEILING} B): ${listing}`);
  assert.ok(load.total <= CEILING, `first load ${load.total} B gzip is over the ceiling of ${CEILING} B: ${listing}`);
});
