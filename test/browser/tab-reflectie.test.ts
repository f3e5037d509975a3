/**
 * The reflection in a real browser, one item at a time: the place is announced ("Onderdeel 4 van 12"),
 * last year's answers stand beside this year's as a suggestion and are copied only on request
 * (question 2 never lands in question 1), the page says what the partnership sees, and sharing with
 * the partnership is granted and revoked; no serious axe violation on the way.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const SCHOOL = 'school-zonnewijzer';
/** The sample's answers of last school year (bot/src/sample/reflection-answers.ts). */
const LAST_WAAR = 'We hebben afspraken op papier, maar nog niet in elke groep zichtbaar in de praktijk.';
const LAST_ANDERS = 'Erin houden: de groepsbesprekingen met ib. Anders: vaker samen evalueren na zes weken.';
const THIS_WAAR = 'De evaluatie na zes weken loopt in de onderbouw; in de bovenbouw nog niet overal.';
const STATUS_ONLY = 'ziet alleen de status van deze reflectie, niet de antwoorden';
const AANPAK = 'In de eerste teamvergadering na de herfstvakantie kiezen we twee speerpunten.';

const seriousViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-tabster-dummy]').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};

describeInBrowser('the reflection, item by item, in the tab', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  it('fills item 4 with last year’s answer suggested beside it, copied only on request', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/school/${SCHOOL}/reflectie`);
    await signInAs(f, 'Sanne de Wit');
    const progress = page.getByTestId('item-progress');
    await progress.filter({ hasText: 'Onderdeel 1 van 12' }).waitFor();
    expect(await progress.getAttribute('aria-live')).toBe('polite');
    expect(await page.getByTestId('partnership-sees').textContent()).toContain('niet gestart, concept of afgerond');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgend onderdeel' }).click();
    await progress.filter({ hasText: 'Onderdeel 4 van 12' }).waitFor();
    // One item at a time: one item heading (besides the page's own sections).
    expect(await page.getByRole('heading', { level: 4 }).filter({ hasNotText: /^(Delen|Gedeeld met ons)$/ }).count()).toBe(1);

    const waar = page.getByRole('textbox', { name: /^Waar staan wij\?/ });
    const anders = page.getByRole('textbox', { name: /^Wat houden we erin, wat willen we anders\?/ });
    // Suggested, not copied: this year's boxes are empty, last year's text is beside them.
    expect(await waar.inputValue()).toBe('');
    expect(await anders.inputValue()).toBe('');
    const suggestion = page.getByTestId('last-year-waarStaanWij').filter({ visible: true });
    expect(await suggestion.textContent()).toContain('Vorig jaar schreven jullie:');
    expect(await suggestion.textContent()).toContain(LAST_WAAR);
    expect(await page.getByTestId('last-year-houdenErinAnders').filter({ visible: true }).textContent()).toContain(LAST_ANDERS);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Neem het antwoord van vorig jaar over bij: Waar staan wij?' }).click();
    expect(await waar.inputValue()).toBe(LAST_WAAR);
    expect(await anders.inputValue()).toBe('');
    await page.getByRole('textbox', { name: /^Hoe gaan we dat aanpakken\?/ }).fill(AANPAK);
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'tab-reflectie-item-4.png'), fullPage: true });

    await page.reload();
    await progress.filter({ hasText: 'Onderdeel 1 van 12' }).waitFor();
    await page.getByRole('combobox', { name: 'Ga naar onderdeel' }).selectOption({ index: 3 });
    await progress.filter({ hasText: 'Onderdeel 4 van 12' }).waitFor();
    expect(await waar.inputValue()).toBe(LAST_WAAR);
    expect(await anders.inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: /^Hoe gaan we dat aanpakken\?/ }).inputValue()).toBe(AANPAK);
  }, 120_000);

  it('shares the answers with the partnership and takes that back', async () => {
    const { page } = f;
    const coordinatorSees = async (): Promise<string> => {
      await signInAs(f, 'Ingrid Verhoef');
      await page.goto(`${f.running.url}/#/school/${SCHOOL}/reflectie`);
      await page.getByRole('heading', { name: /Jaarlijkse reflectie/ }).waitFor();
      await page.getByText(STATUS_ONLY).or(page.getByTestId('item-progress')).waitFor();
      return page.locator('body').innerText();
    };
    const asIb = async () => {
      await signInAs(f, 'Sanne de Wit');
      await page.goto(`${f.running.url}/#/school/${SCHOOL}/reflectie`);
      await page.getByTestId('item-progress').waitFor();
    };

    await asIb();
    const whoReads = page.getByTestId('who-reads');
    expect(await whoReads.textContent()).toBe('Nu kan alleen jullie eigen school de antwoorden lezen.');
    expect(await coordinatorSees()).toContain(STATUS_ONLY);

    await asIb();
    await page.getByRole('button', { name: 'Deel met het samenwerkingsverband' }).click();
    await whoReads.filter({ hasText: 'Nu kunnen de antwoorden lezen: jullie eigen school en het samenwerkingsverband.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Deel met het samenwerkingsverband' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const shared = await coordinatorSees();
    expect(shared).not.toContain(STATUS_ONLY);
    expect(await page.getByRole('textbox', { name: /^Waar staan wij\?/ }).inputValue()).toBe(THIS_WAAR);

    await asIb();
    await page.getByRole('button', { name: 'Intrekken: delen met het samenwerkingsverband' }).click();
    await whoReads.filter({ hasText: 'Nu kan alleen jullie eigen school de antwoorden lezen.' }).waitFor();
    const revoked = await coordinatorSees();
    expect(revoked).toContain(STATUS_ONLY);
    expect(await page.getByRole('textbox', { name: /^Waar staan wij\?/ }).count()).toBe(0);
  }, 120_000);
});
