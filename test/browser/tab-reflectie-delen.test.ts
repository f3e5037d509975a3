/**
 * Sharing the reflection per audience in a real browser (#16 item 3): the ib'er of OBS De
 * Zonnewijzer shares with its schoolbestuur and with CBS De Klimop; the ib'er of De Klimop finds it
 * under "Gedeeld met ons" and reads it, read-only; the ib'er revokes and De Klimop gets a clear
 * Dutch message instead of the answers. The page says who can read the answers now; axe finds no
 * serious violation on any page on the way.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const ZONNEWIJZER = 'school-zonnewijzer';
const KLIMOP = 'school-klimop';
const IB_ZONNEWIJZER = 'Sanne de Wit';
const IB_KLIMOP = 'Joost Bakker';
/** The sample's answer to item 1 this year (bot/src/sample/reflection-answers.ts). */
const THIS_WAAR = 'De evaluatie na zes weken loopt in de onderbouw; in de bovenbouw nog niet overal.';
const NOT_SHARED = 'Deze school deelt haar reflectie niet (meer) met jou.';

const seriousViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-tabster-dummy]').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};

describeInBrowser('sharing the reflection with the bestuur and another school', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  const open = async (who: string, schoolId: string) => {
    await signInAs(f, who);
    await f.page.goto(`${f.running.url}/#/school/${schoolId}/reflectie`);
    await f.page.getByRole('heading', { name: /Jaarlijkse reflectie/ }).or(f.page.getByText(NOT_SHARED)).first().waitFor();
  };

  it('grants to the bestuur and De Klimop, De Klimop reads it; after a revoke it no longer can', async () => {
    const { page } = f;
    const whoReads = page.getByTestId('who-reads');

    // The ib'er of De Zonnewijzer shares with its bestuur and with De Klimop.
    await open(IB_ZONNEWIJZER, ZONNEWIJZER);
    expect(await whoReads.textContent()).toBe('Nu kan alleen jullie eigen school de antwoorden lezen.');
    await page.getByRole('button', { name: 'Deel met jullie schoolbestuur' }).click();
    await whoReads.filter({ hasText: 'jullie eigen school en jullie schoolbestuur.' }).waitFor();
    await page.getByRole('combobox', { name: 'Andere school' }).selectOption({ label: 'CBS De Klimop' });
    await page.getByRole('button', { name: 'Deel met deze school' }).click();
    await whoReads.filter({ hasText: 'Nu kunnen de antwoorden lezen: jullie eigen school, jullie schoolbestuur en CBS De Klimop.' }).waitFor();
    const grants = page.getByTestId('grants');
    expect(await grants.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^jullie schoolbestuur — gedeeld door Sanne de Wit op .+\nIntrekken$/),
      expect.stringMatching(/^CBS De Klimop — gedeeld door Sanne de Wit op .+\nIntrekken$/),
    ]);
    // De Klimop is chosen: it is no longer offered.
    expect(await page.getByRole('combobox', { name: 'Andere school' }).locator('option', { hasText: 'CBS De Klimop' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'tab-reflectie-delen-granted.png'), fullPage: true });

    // De Klimop's ib'er finds it on their own reflection page and reads it, read-only.
    await open(IB_KLIMOP, KLIMOP);
    const link = page.getByTestId('shared-with-us').getByRole('link', { name: /^OBS De Zonnewijzer: reflectie 2026-2027 \(Concept\), gedeeld op / });
    await link.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await link.click();
    await page.getByText('OBS De Zonnewijzer deelt deze reflectie met jullie. Je kunt hem lezen, niet wijzigen.').waitFor();
    const waar = page.getByRole('textbox', { name: /^Waar staan wij\?/ });
    expect(await waar.inputValue()).toBe(THIS_WAAR);
    expect(await waar.isEditable()).toBe(false);
    expect(await page.getByRole('button', { name: /^Deel met|^Intrekken/ }).count()).toBe(0);
    // not one of De Klimop's own schools: a heading that says so, and no tabs into the rest of its school
    await page.getByRole('heading', { name: 'Gedeelde reflectie van een andere school' }).waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'tab-reflectie-delen-read-by-other-school.png'), fullPage: true });

    // The ib'er revokes De Klimop; the bestuur keeps its grant.
    await open(IB_ZONNEWIJZER, ZONNEWIJZER);
    await page.getByRole('button', { name: 'Intrekken: delen met CBS De Klimop' }).click();
    await whoReads.filter({ hasText: 'Nu kunnen de antwoorden lezen: jullie eigen school en jullie schoolbestuur.' }).waitFor();
    expect(await grants.getByRole('listitem').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // De Klimop no longer reads it: a clear Dutch message, no answers; and it is no longer listed.
    await open(IB_KLIMOP, ZONNEWIJZER);
    await page.getByText(NOT_SHARED).waitFor();
    expect(await page.getByRole('textbox', { name: /^Waar staan wij\?/ }).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(THIS_WAAR);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'tab-reflectie-delen-revoked.png'), fullPage: true });
    await open(IB_KLIMOP, KLIMOP);
    await page.getByText('Geen andere school deelt dit schooljaar haar reflectie met jullie.').waitFor();
  }, 180_000);
});
