/**
 * The real server (sample partnership, fixed clock) with the built tab, and headless Debian
 * Chromium. Needs `npm run build -w tab` first (part of `npm test`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { start, type Running } from '../../bot/src/main.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const DIST = path.resolve('tab/dist');
export const RESULTS = path.resolve('test-results');
export const NOW = new Date('2026-11-25T10:00:00+01:00');
const UI_TIMEOUT_MS = 15_000;
const MAX_TABS = 80;

/** What is missing for the browser tests, or null when Chromium and the built tab are both there. */
export const browserMissing = (chromiumPath: string, distDir: string): string | null => {
  const missing = [
    ...(existsSync(chromiumPath) ? [] : [`Chromium op ${chromiumPath} (apt-get install -y chromium)`]),
    ...(existsSync(path.join(distDir, 'index.html')) ? [] : [`de gebouwde tab in ${distDir} (npm run build -w tab)`]),
  ];
  return missing.length === 0 ? null : `Browsertests kunnen niet draaien; ontbreekt: ${missing.join(' en ')}.`;
};

export const browserReady = browserMissing(CHROMIUM, DIST) === null;

/**
 * `describe` for a browser suite. Without Chromium or the built tab the suite is skipped on a laptop, but
 * with CI=true it fails with the reason: CI never passes by silently leaving the browser tests out.
 */
export const describeInBrowser = (name: string, suite: () => void, ci = process.env.CI === 'true', missing = browserMissing(CHROMIUM, DIST)): void => {
  if (missing === null) describe(name, suite);
  else if (ci) describe(name, () => it('needs a browser', () => { throw new Error(missing); }));
  else describe.skip(name, suite);
};

export interface BrowserFixture {
  readonly running: Running;
  readonly page: Page;
  close(): Promise<void>;
}

/** `locale`: the browser's language (the tab follows it outside Teams); Dutch unless asked. */
export const openBrowserFixture = async ({ locale = 'nl-NL' }: { readonly locale?: string } = {}): Promise<BrowserFixture> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-tab-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAB_DIST_DIR: DIST });
  const running = await start(config, { clock: () => NOW, background: false });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  mkdirSync(RESULTS, { recursive: true });
  return {
    running,
    page,
    async close() {
      await browser.close();
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/**
 * Signs in as a sample person through the sign-in screen (local mode), on the page already open
 * (the hash route stays); null signs out. Opens the start page first when nothing is open yet.
 */
export const signInAs = async (f: BrowserFixture, name: string | null): Promise<void> => {
  const { page } = f;
  if (!page.url().startsWith(f.running.url)) await page.goto(`${f.running.url}/#/`);
  const switcher = page.getByRole('button', { name: 'Wissel van gebruiker' });
  const heading = page.getByRole('heading', { name: 'Kies wie je bent' });
  await Promise.race([switcher.waitFor(), heading.waitFor()]);
  if (await switcher.isVisible()) {
    if ((await page.getByTestId('signed-in-as').textContent()) === name) return;
    await switcher.click();
  }
  await heading.waitFor();
  if (name === null) return;
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: name }).waitFor();
};

/** Presses Tab until `target` has focus (keyboard only); fails when it is never reached. */
export const tabTo = async (page: Page, target: Locator): Promise<void> => {
  await target.waitFor();
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
  }
  throw new Error(`not reachable with Tab: ${target.toString()}`);
};
