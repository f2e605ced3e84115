// `cargo xtask bench`: figures, never verdicts. Bytes of every file in
// dist/ (raw and gzip) and, over several loads in headless Chromium, the
// median time from navigation to first contentful paint and to the first
// control a patient can use.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, startSite, stopSite, baseUrl } from './support.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);

async function files(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path, `${prefix}${entry.name}/`));
    else out.push({ name: `${prefix}${entry.name}`, path });
  }
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const rows = [];
for (const file of (await files('dist')).sort((a, b) => a.name.localeCompare(b.name))) {
  const body = await readFile(file.path);
  rows.push({ name: file.name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
}
const width = Math.max(...rows.map((r) => r.name.length), 5);
console.log(`${'file'.padEnd(width)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}`);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${'total'.padEnd(width)}  ${String(total.raw).padStart(9)}  ${String(total.gzip).padStart(9)}`);

await startSite();
const browser = await launch();
const fcp = [];
const interactive = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.waitForSelector('#hamstring-guide[data-ready="true"] .button--start');
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('hg-ready')[0]?.startTime ?? NaN,
  }));
  fcp.push(t.fcp);
  interactive.push(t.ready);
  await context.close();
}
await browser.close();
await stopSite();
const ms = (v) => `${v.toFixed(1)} ms`;
console.log(`\nloads: ${LOADS} (headless Chromium, localhost, no throttling)`);
console.log(`median first contentful paint:   ${ms(median(fcp))}`);
console.log(`median first interactive control: ${ms(median(interactive))}`);
