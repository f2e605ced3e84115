// The first load: every file the page fetches until the guide is ready for
// input, with its gzip size as built. Shared by the byte-budget test and
// the benchmark, so both count the same thing.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * At most this many bytes, gzip, of html, css, js and wasm on first load:
 * the budget `cargo xtask test` holds (tests/e2e/budget.test.mjs). Bytes
 * that would take the first load over it belong in the full build, which
 * loads in the background and on the results page (how the bytes are kept
 * down: ARCHITECTURE.md, "Size").
 */
export const BUDGET = 100_000;

const KINDS = { '.html': 'html', '.css': 'css', '.js': 'js', '.wasm': 'wasm' };

/**
 * Loads `url` in a fresh context (no service worker, so nothing is
 * precached) and returns { files: [{ kind, name, gzip }], other: [names],
 * total } where total sums the html, css, js and wasm files.
 */
export async function firstLoad(browser, url, dist) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(url);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  // What the loader fetches in the background once the guide is ready
  // (the full build) is not part of the first load.
  const firstLoadRequests = fetched.slice();
  await context.close();
  return countFiles(firstLoadRequests, dist);
}

/**
 * The files of `dist` behind the fetched `addresses`, each once, with their
 * gzip size: { files: [{ kind, name, gzip }], other: [names], total }, where
 * total sums the html, css, js and wasm files.
 */
export async function countFiles(addresses, dist) {
  const files = [];
  const other = [];
  for (const address of new Set(addresses)) {
    const path = new URL(address).pathname;
    const name = path.slice(path.lastIndexOf('/') + 1) || 'index.html';
    const kind = KINDS[extname(name)];
    if (!kind) {
      other.push(name);
      continue;
    }
    const body = await readFile(join(dist, name));
    files.push({ kind, name, gzip: gzipSync(body, { level: 9 }).length });
  }
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, other, total };
}
