/**
 * The SOP on one A4 in a real browser: an ib'er fills it in (live counter, options ticked), moves it
 * through MR, bestuur and publication with dates, and downloads the PDF (exactly one A4 page with
 * the visie, read back from the file) and the .docx (the same text in word/document.xml); no
 * serious axe violation on the way. The coördinator's dashboard then shows the status only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readDocx, readPdf } from '../documents/read-documents.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const SCHOOL = 'school-zonnewijzer';
const VISIE = 'Bij ons hoort elk kind erbij. Wij bieden ondersteuning zo dicht mogelijk bij de eigen groep, en wij beslissen samen met ouders wat een kind nodig heeft.';
const DAY = '2026-11-25';

const seriousViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-tabster-dummy]').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};

describeInBrowser('the SOP on one A4 in the tab', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  const downloadOf = async (page: Page, button: string, file: string): Promise<Buffer> => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const target = path.join(RESULTS, file);
    await download.saveAs(target);
    return readFileSync(target);
  };

  it('is filled in, moved to gepubliceerd step by step, and downloaded as one A4 PDF and a .docx', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/school/${SCHOOL}/sop`);
    await signInAs(f, 'Sanne de Wit');
    await page.getByRole('heading', { name: 'Schoolondersteuningsprofiel 2026-2027' }).waitFor();
    await page.getByRole('button', { name: 'Begin met het profiel' }).click();

    const visie = page.getByRole('textbox', { name: /Visie op ondersteuning/ });
    await visie.fill(VISIE);
    await expect.poll(() => page.getByTestId('counter-visie').textContent()).toBe(`${VISIE.length} van 700 tekens`);
    await page.getByRole('textbox', { name: /Ambitie/ }).fill('Over twee jaar plant elk team de ondersteuning samen, per periode.');
    await page.getByRole('checkbox', { name: 'Logopedie' }).check();
    await page.getByRole('checkbox', { name: 'Leesspecialist' }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('sop-saved').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'tab-sop-concept.png'), fullPage: true });

    for (const step of ['Besproken met de MR', 'Geaccordeerd door het bestuur', 'Gepubliceerd']) {
      await page.getByLabel('Datum').fill(DAY);
      await page.getByRole('button', { name: `Zet op: ${step}` }).click();
      await page.getByTestId('sop-status').filter({ hasText: step }).waitFor();
    }
    expect(await page.getByTestId('sop-steps').locator('li').allTextContents()).toEqual([
      'Concept op woensdag 25 november 2026',
      'Besproken met de MR op woensdag 25 november 2026',
      'Geaccordeerd door het bestuur op woensdag 25 november 2026',
      'Gepubliceerd op woensdag 25 november 2026',
    ]);
    expect(await visie.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByText('Het samenwerkingsverband ziet alleen hoe ver je bent').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'tab-sop-gepubliceerd.png'), fullPage: true });

    const pdf = await readPdf(await downloadOf(page, 'PDF (één A4)', 'sop-browser.pdf'));
    expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[595, 842]]);
    expect(pdf.text).toContain(VISIE);
    expect(pdf.text).toContain('Logopedie');
    const docx = await readDocx(await downloadOf(page, 'Word voor de schoolgids', 'sop-browser.docx'));
    expect(docx).toContain(VISIE);
  }, 120_000);

  it('shows the coördinator the status on the dashboard, not the content', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/dashboard`);
    await signInAs(f, 'Ingrid Verhoef');
    const row = page.getByTestId('dashboard-schools').getByRole('row', { name: /OBS De Zonnewijzer/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Gepubliceerd');
    await page.goto(`${f.running.url}/#/school/${SCHOOL}/sop`);
    await page.getByText('De school deelt de inhoud van haar profiel niet.').waitFor();
    expect(await page.content()).not.toContain('hoort elk kind erbij');
  });
});
