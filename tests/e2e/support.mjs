// Shared pieces of the end-to-end tests: the served site, Chromium from the
// system (Playwright never downloads a browser here), axe, screenshots.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'target/e2e-screenshots';

// Flags the machines need when running as root without a display.
export const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let site;

/** Serves dist/ (once per test file) and returns its address. */
export async function startSite(options) {
  site = await serve('dist', options);
  return site;
}

export function baseUrl() {
  if (!site) throw new Error('call startSite() in before()');
  return site.url;
}

export async function stopSite() {
  await site?.close();
  site = undefined;
}

/** System Chromium; Playwright gives each launch a fresh temporary profile. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Fails with the list of violations if axe finds any (WCAG 2.2 AA rules). */
export async function expectNoAxeViolations(page, label = '', include = null) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  if (results.violations.length > 0) {
    const lines = results.violations.map((v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label || page.url()}:\n${lines.join('\n')}`);
  }
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
