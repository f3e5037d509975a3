/**
 * #18 in a real browser: the coördinator opens Privacy, downloads a colleague's data (JSON and the
 * Dutch summary), erases the colleague after a dialog that says what happens, and sees the erasure
 * log; everyone downloads their own data. Every state checked with axe-core.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const COORDINATOR = 'Ingrid Verhoef';
const COLLEAGUE = 'Fatima El Amrani';
const COLLEAGUE_EMAIL = 'fatima.elamrani@zonnewijzer.example';

const downloaded = async (page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
};

describeInBrowser('privacy: a person’s data and erasure', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  it('lets the coördinator download and then erase a colleague, and keeps a log without whom', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/privacy`);
    await signInAs(f, COORDINATOR);
    await page.getByRole('heading', { name: 'Gegevens van een persoon' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const person = page.getByRole('combobox', { name: 'Persoon', exact: true });
    const option = (await person.locator('option').allTextContents()).find((o) => o.startsWith(COLLEAGUE));
    expect(option).toBeDefined();
    await person.selectOption({ label: option ?? '' });

    const json = await downloaded(page, () => page.getByRole('button', { name: 'Gegevens downloaden (JSON)', exact: true }).click());
    expect(json.name).toMatch(/\.json$/);
    const data = JSON.parse(json.text) as { profile: { email: string } };
    expect(data.profile.email).toBe(COLLEAGUE_EMAIL);
    const html = await downloaded(page, () => page.getByRole('button', { name: 'Gegevens downloaden (overzicht)', exact: true }).click());
    expect(html.text).toContain(`Gegevens van ${COLLEAGUE}`);

    await page.getByRole('button', { name: 'Persoon wissen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `${COLLEAGUE} wissen?` });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('blijven als anonieme tellingen bestaan');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'tab-privacy-wissen.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Definitief wissen', exact: true }).click();
    // Fluent keeps the rest of the page aria-hidden until the dialog's closing transition is over.
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.getElementById('root')?.getAttribute('aria-hidden') ?? null)).toBeNull();

    await page.getByText(/^Gewist: \d+ records? verwijderd of geanonimiseerd\.$/).waitFor();
    expect(await person.locator('option').allTextContents()).not.toContain(option);
    await expect.poll(() => person.evaluate((el) => el === document.activeElement)).toBe(true);
    const log = page.getByTestId('erasure-log');
    await log.waitFor();
    expect(await log.locator('tbody tr').count()).toBe(1);
    const logText = (await log.textContent()) ?? '';
    expect(logText).toContain(COORDINATOR);
    expect(logText).not.toContain(COLLEAGUE);
    expect(await seriousViolations(page)).toEqual([]);

    const mine = await downloaded(page, () => page.getByRole('button', { name: 'Mijn gegevens downloaden (JSON)', exact: true }).click());
    expect(mine.text).toContain('ingrid.verhoef@swv-voorbeeld.nl');
    expect(mine.text).not.toContain(COLLEAGUE_EMAIL);
  });

  it('shows a staff member only their own download', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/privacy`);
    await signInAs(f, 'Marco Jansen');
    await page.getByRole('heading', { name: 'Mijn gegevens' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Gegevens van een persoon' }).count()).toBe(0);
    const mine = await downloaded(page, () => page.getByRole('button', { name: 'Mijn gegevens downloaden (overzicht)', exact: true }).click());
    expect(mine.text).toContain('Gegevens van Marco Jansen');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
