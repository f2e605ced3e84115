// `cargo xtask bench`: figures, never verdicts. Timings are reported, not
// asserted (the byte budget is asserted by tests/e2e/budget.test.mjs).
//
//   1. bytes of every file in dist/, raw and gzip;
//   2. the first load: every file the page fetches until the guide is ready,
//      by kind, against the budget, and the full build's files beside it;
//   3. in headless Chromium with the CPU slowed 4x and a slow-4G network
//      (150 ms, 1.6 Mbit/s; DevTools protocol), the site sent gzip as a web
//      server would, over BENCH_RUNS cold loads (default 5), medians of:
//      first contentful paint, the time until the first control responds
//      (the app is live), the time to the first question (Start clicked as
//      soon as it responds), the latency from each answer's click to the next
//      page painted (p50, p95 over full runs), the time from the last Continue to
//      the plan painted, the bytes (gzip) of the whole journey to a plan, the
//      JS heap and the wasm memory (first and full build) after a full run;
//      then each page of the full build (the exercise library, an
//      exercise, the diary, the physio's programme builder and a
//      programme's link) opened cold at its address: its bytes (gzip)
//      and when it shows;
//   4. Lighthouse 12 (mobile preset) scores, and Chromium's installability;
//   5. what any Yew app costs: the smallest one (examples/yew_floor.rs),
//      built as the guide is (BENCH_FLOOR_WASM and BENCH_FLOOR_GLUE, set by
//      `cargo xtask bench`, through the release build's own steps).
//
// BENCH_DIST=<folder> measures another build (say, the one before a change).
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { launch, CHROMIUM, ARGS } from './support.mjs';
import { serve } from './server.mjs';
import { RUNNER } from './journeys.mjs';
import { BUDGET, firstLoad, countFiles } from './first-load.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
const PAGE_RUNS = 3;
// The full build's pages the bench opens: [label, address, what shows it].
const PAGES = [
  ['exercise library', '#/exercises', '.ex-library'],
  ['an exercise (bridge hold)', '#/exercises/bridge_hold', '.ex-page svg'],
  ['pain diary', '#/diary', '.diary-form'],
  ["physio's programme builder", '?clinician#/programme/new', '.pg-build h1'],
];
// Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}
const ms = (v) => `${v.toFixed(0)} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);

// 1. Bytes of every file.
const rows = [];
for (const entry of (await readdir(DIST, { withFileTypes: true })).filter((e) => e.isFile())) {
  const body = await readFile(join(DIST, entry.name));
  rows.push({ name: entry.name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
const width = Math.max(...rows.map((r) => r.name.length), 5);
console.log(`\n== Files in ${DIST}/ ==`);
console.log(`${pad('file', width)}  ${num('raw B', 9)}  ${num('gzip B', 9)}`);
for (const r of rows) console.log(`${pad(r.name, width)}  ${num(r.raw, 9)}  ${num(r.gzip, 9)}`);

const site = await serve(DIST, { gzip: true });
const browser = await launch();
try {
  // 2. The first load.
  const load = await firstLoad(browser, site.url, DIST);
  console.log(`\n== First load (what the page fetches until the guide is ready) ==`);
  for (const f of load.files) console.log(`${pad(f.kind, 5)} ${pad(f.name, width)}  ${num(f.gzip, 9)} B gzip`);
  for (const f of load.other) console.log(`(not counted: ${f})`);
  const verdict = load.total <= BUDGET ? 'within' : `OVER by ${load.total - BUDGET} B`;
  console.log(`total html+css+js+wasm: ${load.total} B gzip (${kb(load.total)}); budget ${BUDGET} B: ${verdict}`);
  const full = rows.filter((r) => r.name.startsWith('hamstring-guide-full-'));
  const fullBytes = full.reduce((sum, r) => sum + r.gzip, 0);
  console.log(`full build (fetched in the background once the guide is ready): ${fullBytes} B gzip (${kb(fullBytes)}): ${full.map((r) => `${r.name} ${r.gzip} B`).join(', ')}`);
  await printFloor(load);

  // 3. Throttled runs.
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await throttledRun(browser, site.url));
  const latencies = runs.flatMap((r) => r.latencies);
  console.log(`\n== Headless Chromium, CPU ${CPU_SLOWDOWN}x slower, slow 4G (${NETWORK.latency} ms, 1.6 Mbit/s), ${RUNS} cold loads (medians) ==`);
  console.log(`first contentful paint:            ${ms(median(runs.map((r) => r.fcp)))}`);
  console.log(`first control responds (app live): ${ms(median(runs.map((r) => r.ready)))}`);
  console.log(`first question shown:              ${ms(median(runs.map((r) => r.firstQuestion)))}`);
  console.log(`click to next page painted:        p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (${latencies.length} clicks, ${RUNNER.length} per run)`);
  console.log(`last Continue to the plan painted: ${ms(median(runs.map((r) => r.plan)))} (runs: ${runs.map((r) => r.plan.toFixed(0)).join(', ')} ms)`);
  console.log(`bytes of the journey to a plan:    ${median(runs.map((r) => r.journeyBytes))} B gzip (${runs[0].journeyFiles})`);
  console.log(`JS heap after a full run:          ${kb(median(runs.map((r) => r.heap)))}`);
  console.log(`wasm memory (every build loaded):  ${kb(median(runs.map((r) => r.wasm)))}`);

  // 3b. The full build's own pages, each opened cold at its address.
  console.log(`\n== Pages of the full build, opened cold at their address (CPU ${CPU_SLOWDOWN}x, slow 4G, medians of ${PAGE_RUNS}) ==`);
  const link = await programmeLink(browser, site.url);
  for (const [label, address, selector] of [...PAGES, ["a programme's link (bridge hold)", link, '.pg-offer h1']]) {
    const url = address.startsWith('http') ? address : `${site.url}${address}`;
    const opened = [];
    for (let i = 0; i < PAGE_RUNS; i++) opened.push(await openPage(browser, url, selector));
    console.log(`${pad(label, 34)} ${num(median(opened.map((o) => o.bytes)), 7)} B gzip (${opened[0].files}), shown at ${ms(median(opened.map((o) => o.shown)))}`);
  }
} finally {
  await browser.close();
}

// 4. Lighthouse and installability.
try {
  await lighthouse(site.url);
  await installability(site.url);
} finally {
  await site.close();
}

/** A physio's link for a programme of the bridge hold, made in the builder. */
async function programmeLink(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}?clinician#/programme/new`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"] >> .pg-build h1');
  await page.getByLabel('Bridge hold', { exact: true }).check();
  await page.click('button:text("Make the link")');
  await page.waitForSelector('#hg-pg-link');
  const link = await page.inputValue('#hg-pg-link');
  await context.close();
  return link;
}

/** A fresh page with the CPU slowed and the network throttled, no service
 * worker, and the list of addresses it fetches. */
async function throttledPage(browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  return { context, page, cdp, fetched };
}

/** One cold load of `url`: the bytes it fetched (gzip) until `selector` is
 * in the guide, and the time from navigation until then. */
async function openPage(browser, url, selector) {
  const { context, page, fetched } = await throttledPage(browser);
  await page.goto(url);
  await page.waitForSelector(`#hamstring-guide[data-ready="true"] >> ${selector}`);
  const shown = await page.evaluate(() => performance.now());
  const files = await countFiles(fetched, DIST);
  await context.close();
  return { bytes: files.total, files: `${files.files.length} files`, shown };
}

/** One cold load and a full run through the guide, CPU slowed down. */
async function throttledRun(browser, url) {
  const { context, page, cdp, fetched } = await throttledPage(browser);
  await page.addInitScript(() => {
    // The first build's exports (short names, see xtask/wasm_names.mjs:
    // the memory is found by its type).
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmExports = e.detail.wasm; });
    document.addEventListener('click', (e) => { window.__click = e.timeStamp; }, true);
    // Resolves with the time from the last click to the first frame painted
    // after `selector` appears in the guide.
    window.__paintedAfterClick = (selector) => new Promise((resolve) => {
      const root = document.getElementById('hamstring-guide').shadowRoot;
      const painted = () => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__paintedAt = performance.now();
          resolve(window.__paintedAt - window.__click);
        };
        channel.port2.postMessage(null);
      });
      const observer = new MutationObserver(() => {
        if (root.querySelector(selector)) { observer.disconnect(); painted(); }
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    });
  });
  await page.goto(url);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  const { fcp, ready } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('hg-ready')[0]?.startTime ?? NaN,
  }));
  const latencies = [];
  const timed = async (click, selector) => {
    const painted = page.evaluate((s) => window.__paintedAfterClick(s), selector);
    await click();
    latencies.push(await painted);
  };
  await timed(() => page.click('.button--start'), `input[name="${RUNNER[0][0]}"]`);
  const firstQuestion = await page.evaluate(() => window.__paintedAt);
  for (const [i, [question, ...choices]] of RUNNER.entries()) {
    for (const choice of choices) await page.check(`#hg-${question}-${choice}`);
    if (!RUNNER[i + 1]) break;
    await timed(() => page.click('button[type="submit"]'), `input[name="${RUNNER[i + 1][0]}"]`);
  }
  // The last answer leads to the results page, where the full build takes
  // over in place.
  const plan = page.evaluate(() => window.__paintedAfterClick('.do-dont'));
  await page.click('button[type="submit"]');
  const planMs = await plan;
  const journey = await countFiles(fetched, DIST);
  // Both builds' memory.
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(async () => {
    const memory = (exports) => Object.values(exports).find((v) => v instanceof WebAssembly.Memory)?.buffer.byteLength ?? NaN;
    // (A build from before the split has no full build to add.)
    const full = window.hgFull ? await window.hgFull() : null;
    return memory(window.__wasmExports) + (full ? memory(full) : 0);
  });
  await context.close();
  return {
    fcp, ready, firstQuestion, latencies, plan: planMs, heap: usedSize, wasm,
    journeyBytes: journey.total, journeyFiles: `${journey.files.length} files`,
  };
}

async function lighthouse(url) {
  const cli = 'node_modules/lighthouse/cli/index.js';
  const scores = { performance: [], accessibility: [], 'best-practices': [] };
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const { stdout } = await promisify(execFile)('node', [
      cli, url, '--quiet', '--output=json', '--output-path=stdout',
      `--only-categories=${Object.keys(scores).join(',')}`,
      `--chrome-flags=${ARGS.join(' ')} --user-data-dir=${await mkdtemp(join(tmpdir(), 'hg-lh-'))}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(stdout);
    for (const key of Object.keys(scores)) scores[key].push(Math.round(report.categories[key].score * 100));
    if (i === 0) console.log(`\n== Lighthouse ${report.lighthouseVersion} (${report.configSettings.formFactor}, simulated slow 4G and 4x CPU), median of ${LIGHTHOUSE_RUNS} ==`);
  }
  for (const [key, values] of Object.entries(scores)) console.log(`${pad(key, 15)} ${median(values)}  (runs: ${values.join(', ')})`);
}

/** Chromium's own installability check (Lighthouse 12 no longer has a PWA category). */
async function installability(url) {
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hg-profile-')), {
    executablePath: CHROMIUM, args: ARGS, headless: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const errors = installabilityErrors.map((e) => e.errorId);
    console.log(`${pad('installable', 15)} ${errors.length === 0 ? 'yes' : `no: ${errors.join(', ')}`}`);
  } finally {
    await context.close();
  }
}

/** 5. The smallest Yew app beside the guide's first load, when built. */
async function printFloor(load) {
  const { BENCH_FLOOR_WASM: wasmPath, BENCH_FLOOR_GLUE: gluePath } = process.env;
  if (!wasmPath || !gluePath) return;
  const gzip = (body) => gzipSync(body, { level: 9 }).length;
  // Built by the same steps as dist/ (xtask/src/build/wasm.rs).
  const wasm = gzip(await readFile(wasmPath));
  const glue = gzip(await readFile(gluePath));
  const page = load.files.filter((f) => f.kind === 'html' || f.kind === 'css' || f.name.startsWith('boot-'));
  const rest = page.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`\n== What any Yew app costs (examples/yew_floor.rs: one button, built as the guide is) ==`);
  console.log(`wasm ${wasm} B + glue ${glue} B gzip; with this page, stylesheet and loader (${rest} B): ${wasm + glue + rest} B of the ${BUDGET} B budget`);
}
