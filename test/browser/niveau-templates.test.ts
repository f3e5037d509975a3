/**
 * #16 in a real browser: the sign-in page's badges stay inside their box (nl and en, light, dark and
 * high contrast, with screenshots); a VO school reads VO words on its niveau-overzicht; the
 * partnership edits the VO template and the school sees "Er is een nieuwe versie van het sjabloon"
 * with what changed, and takes the level over. Every page checked with axe-core.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const VO_SCHOOL = 'school-meander';
const VO_ZORGCOORDINATOR = 'Marieke Kok';
const VO_DOCENT = 'Daan Brouwer';
const COORDINATOR = 'Ingrid Verhoef';
const THEMES = { default: 'light', dark: 'dark', contrast: 'high-contrast' } as const;
const NEW_RESPONSIBLE = 'Zorgcoördinator, samen met mentor en leerling';

/** Badges whose text does not fit their box: wider or taller content than the box shows. */
const clippedBadges = (page: Page): Promise<string[]> =>
  page.locator('.fui-Badge').evaluateAll((els) =>
    els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent ?? ''),
  );

const settle = (page: Page) => page.locator('[role="progressbar"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);

describe.each([
  { lang: 'nl', locale: 'nl-NL', heading: 'Kies wie je bent', badge: 'Coördinator samenwerkingsverband' },
  { lang: 'en', locale: 'en-GB', heading: 'Choose who you are', badge: 'Partnership coordinator' },
])('the sign-in page in $lang', ({ lang, locale, heading, badge }) => {
  describeInBrowser(`badges (${lang})`, () => {
    let f: BrowserFixture;
    beforeAll(async () => { f = await openBrowserFixture({ locale }); });
    afterAll(async () => { await f?.close(); });

    it.each(Object.entries(THEMES))('keeps every badge’s text inside its box in the %s theme', async (theme, shot) => {
      const { page } = f;
      await page.goto(`${f.running.url}/?theme=${theme}#/`);
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe(theme);
      expect(await page.locator('.fui-Badge').filter({ hasText: badge }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(RESULTS, `tab-aanmelden-${lang}-${shot}.png`), fullPage: true });
      expect(await clippedBadges(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});

describeInBrowser('niveau templates per sector', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  const openNiveaus = async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/school/${VO_SCHOOL}/niveaus`);
    await signInAs(f, VO_ZORGCOORDINATOR);
    await page.getByRole('heading', { name: 'Ondersteuningsniveaus' }).waitFor();
    await settle(page);
  };

  it('shows a VO school its niveau-overzicht in VO words: klas, mentor, zorgcoördinator, no leerkracht', async () => {
    await openNiveaus();
    const { page } = f;
    await expect.poll(() => page.getByTestId('level-1').textContent()).toContain('Sterke basis, basisaanbod in de klas');
    const levels = (await page.locator('[data-testid^="level-"]').allTextContents()).join(' ');
    for (const word of ['mentor', 'docent', 'zorgcoördinator', 'ondersteuningsteam (OT)', 'leerjaar']) expect(levels.toLowerCase()).toContain(word.toLowerCase());
    expect(levels).not.toMatch(/leerkracht|ib’er|speciaal basisonderwijs/i);
    await page.screenshot({ path: path.join(RESULTS, 'tab-niveau-overzicht-vo.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // A docent reads who may change it, in VO words; the sign-in list called him docent and mentor.
    await signInAs(f, null);
    await page.getByRole('button', { name: VO_DOCENT, exact: true }).locator('xpath=..').getByText('Docent, Mentor').waitFor();
    await signInAs(f, VO_DOCENT);
    await page.getByText('Alleen de zorg-/ondersteuningscoördinator, de directeur of de schoolleider van de school kan dit overzicht wijzigen.').waitFor();
  });

  it('lets the partnership change the VO template, and the VO school sees the change and takes it over', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/sjablonen/VO`);
    await signInAs(f, COORDINATOR);
    await page.getByRole('heading', { name: 'Niveausjablonen' }).waitFor();
    await page.getByText('Dit is het standaardsjabloon van de app').waitFor();
    const level3 = page.getByTestId('edit-level-3');
    await level3.getByRole('textbox', { name: '(Eind)verantwoordelijk' }).fill(NEW_RESPONSIBLE);
    const programmes = level3.getByRole('textbox', { name: 'Programma’s en interventies' });
    await programmes.fill(`${await programmes.inputValue()}\nExamentraining in een klein groepje, 4 × 45 minuten`);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen als versie 1. Scholen zien nu wat er veranderd is.').waitFor();
    await page.getByTestId('template-revision').filter({ hasText: COORDINATOR }).waitFor();

    // A second change, then back to version 1 through the history: version 3 has version 1's text.
    const level5Title = page.getByTestId('edit-level-5').getByRole('textbox', { name: 'Niveau 5' });
    await level5Title.fill('Een andere plek als het moet');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen als versie 2.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Begin opnieuw vanaf versie 1' }).click();
    await expect.poll(() => level5Title.inputValue()).toBe('Speciaal als het moet');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen als versie 3.', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'tab-niveausjablonen-opgeslagen.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await openNiveaus();
    await page.getByText('Er is een nieuwe versie van het sjabloon').waitFor();
    await page.getByText('1 niveau is veranderd.').waitFor();
    expect(await page.locator('[data-testid^="template-change-"]').count()).toBe(1);
    const change = page.getByTestId('template-change-3');
    await change.getByText('Was: Zorg-/ondersteuningscoördinator, met de mentor').waitFor();
    await change.getByText(`Wordt: ${NEW_RESPONSIBLE}`).waitFor();
    await change.getByText('Toegevoegd: Examentraining in een klein groepje, 4 × 45 minuten').waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'tab-niveau-nieuwe-versie.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await change.getByRole('button', { name: 'Neem niveau 3 over' }).click();
    await page.getByText('Niveau 3 is overgenomen uit het sjabloon').waitFor();
    await expect.poll(() => page.getByTestId('template-update').count()).toBe(0);
    await expect.poll(() => page.getByTestId('level-3').textContent()).toContain(NEW_RESPONSIBLE);
  });
});
