// Shared pieces of the end-to-end tests: the served site, Chromium from the
// system (Playwright never downloads a browser here), axe, screenshots.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/**
 * A browser context whose text is twice the usual size, as a patient sets it
 * in the browser's settings (WCAG 1.4.4): a fresh profile whose default font
 * size is 32 px. Close it with `context.close()`.
 */
export async function largeTextContext(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'hg-large-text-'));
  await mkdir(join(profile, 'Default'), { recursive: true });
  const prefs = { webkit: { webprefs: { default_font_size: 32, default_fixed_font_size: 26 } } };
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, ...options });
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

const clinic = async () => {
  const toml = await readFile('content/clinic.toml', 'utf8');
  const value = (key) => toml.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];
  return { phone: value('phone'), emergency: value('emergency_number') ?? '000' };
};
const digits = (text) => text.replace(/\D/g, '');

/**
 * Waits until the page shows, visibly, the emergency number as a link, the
 * clinic's phone as a link and the essentials (the no-JavaScript page).
 */
export async function showsTheEssentials(page, label) {
  const { phone, emergency } = await clinic();
  const emergencyLink = page.locator(`a[href="tel:${digits(emergency)}"]:visible`);
  await emergencyLink.first().waitFor({ timeout: 15_000 }).catch(async () => {
    const shown = await page.evaluate(() => document.body.innerText);
    assert.fail(`${label}: no visible link to call ${emergency}; the page shows: ${JSON.stringify(shown.slice(0, 300))}`);
  });
  assert.ok(await page.locator(`a[href="tel:${digits(phone)}"]:visible`).count() > 0, `${label}: the clinic's phone shows`);
  const main = page.locator('main:visible');
  assert.equal(await main.count(), 1, `${label}: one main landmark shows`);
  assert.match(await main.textContent(), /cushion/, `${label}: the essentials show`);
}
