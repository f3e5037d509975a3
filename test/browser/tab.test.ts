/**
 * The built tab in a real browser (Debian Chromium, headless) against the real server with the
 * sample partnership: sign in as an ib'er, edit a level, write a reflection answer and reload.
 * Needs `npm run build -w tab` first (part of `npm test`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { start, type Running } from '../../bot/src/main.js';

const CHROMIUM = '/usr/bin/chromium';
const DIST = path.resolve('tab/dist');
const RESULTS = path.resolve('test-results');
const NOW = new Date('2026-11-25T10:00:00+01:00');
const UI_TIMEOUT_MS = 15_000;

const ready = existsSync(CHROMIUM) && existsSync(path.join(DIST, 'index.html'));

describe.skipIf(!ready)('the tab in a browser', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-tab-'));
  let running: Running;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAB_DIST_DIR: DIST });
    running = await start(config, { clock: () => NOW });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    mkdirSync(RESULTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in an ib’er from the sample list and remembers the choice', async () => {
    await page.goto(`${running.url}/`);
    await page.getByRole('heading', { name: 'Kies wie je bent' }).waitFor();
    await page.getByRole('button', { name: 'Sanne de Wit' }).click();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('Sanne de Wit');
    await page.reload();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('Sanne de Wit');
  });

  it('saves an edited level and still shows it after a reload', async () => {
    await page.goto(`${running.url}/#/school/school-zonnewijzer/niveaus`);
    await page.getByRole('button', { name: 'Bewerken' }).click();
    const title = page.getByTestId('edit-level-3').getByRole('textbox', { name: 'Niveau 3' });
    await title.fill('Sterke basis met hulp van de leesspecialist');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByTestId('level-3').textContent()).toContain('Sterke basis met hulp van de leesspecialist');
    await page.getByText('Opgeslagen', { exact: true }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('level-3').textContent()).toContain('Sterke basis met hulp van de leesspecialist');
    await page.screenshot({ path: path.join(RESULTS, 'tab-niveau-overzicht.png'), fullPage: true });
  });

  it('autosaves a reflection answer and shows "Opgeslagen" again after a reload', async () => {
    await page.goto(`${running.url}/#/school/school-zonnewijzer/reflectie`);
    const answer = page.getByRole('textbox', { name: /Hoe gaan we dat aanpakken/ }).first();
    await answer.fill('We plannen drie keer per week twintig minuten leesondersteuning.');
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.reload();
    const again = page.getByRole('textbox', { name: /Hoe gaan we dat aanpakken/ }).first();
    await expect.poll(() => again.inputValue()).toBe('We plannen drie keer per week twintig minuten leesondersteuning.');
    expect(await page.getByTestId('save-state').textContent()).toBe('Opgeslagen');
    await page.screenshot({ path: path.join(RESULTS, 'tab-reflectie.png'), fullPage: true });
  });
});
