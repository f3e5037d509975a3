/**
 * The coördinator's dashboard with the sample partnership: "In beeld" shows how far the schools are and a
 * meeting's registrations over time as images with a description, the "Toon als tabel" tables hold the same
 * numbers as the charts' labels, and the page has no serious axe violation in light, dark and high contrast.
 * Screenshots in test-results/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const COORDINATOR = 'Ingrid Verhoef';
const CONSULTATION = 'Praat mee: wat mag je van basisondersteuning verwachten?';
const THEMES = { default: 'light', dark: 'dark', contrast: 'high-contrast' } as const;

/** [kind, state, count] of every segment the bar chart labels. */
const progressLabels = (page: Page) =>
  page.getByTestId('chart-progress').locator('svg[role="img"] [data-kind] [data-state]').evaluateAll((nodes) =>
    nodes.map((n) => [n.closest('[data-kind]')?.getAttribute('data-kind'), n.getAttribute('data-state'), n.querySelector('text')?.textContent ?? '']),
  );

/** [kind, state, count] of every table row with at least one school. */
const progressRows = (page: Page) =>
  page.getByTestId('chart-progress-table').locator('tr[data-kind]').evaluateAll((rows) =>
    rows
      .map((r) => [r.getAttribute('data-kind'), r.getAttribute('data-state'), r.querySelectorAll('td')[2]?.textContent ?? ''])
      .filter((r) => r[2] !== '0'),
  );

const openTables = async (page: Page) => {
  const closed = page.getByTestId('dashboard-charts').locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
};

describeInBrowser('the dashboard’s charts', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  const open = async (theme: keyof typeof THEMES) => {
    await f.page.goto(`${f.running.url}/?theme=${theme}#/dashboard`);
    await signInAs(f, COORDINATOR);
    await f.page.getByTestId('chart-progress').waitFor();
  };

  it('shows how far the schools are, with the same numbers in the table as on the bars', async () => {
    const { page } = f;
    await open('default');
    const img = page.getByRole('img', { name: /Voortgang van de scholen in schooljaar 2026-2027/ });
    const desc = await img.locator('desc').textContent();
    expect(desc).toContain('Niveau-overzicht — Niet bijgewerkt dit schooljaar: 1 school, Bijgewerkt dit schooljaar: 5 scholen.');
    expect(desc).toContain('Reflectie — Niet gestart: 4 scholen, Concept: 1 school, Afgerond: 1 school.');
    expect(desc).toContain('Ondersteuningsprofiel — Niet gestart: 4 scholen, Concept: 1 school, Besproken met de MR: 1 school');
    await page.getByTestId('chart-progress').getByText('Toon als tabel').click();
    await page.getByTestId('chart-progress-table').waitFor();
    const labels = await progressLabels(page);
    expect(labels).toContainEqual(['reflection', 'afgerond', '1']);
    expect(labels).toEqual(await progressRows(page));
  });

  it('shows a meeting’s registrations per day against its capacity, with the same totals in the table', async () => {
    const { page } = f;
    await open('default');
    await page.getByTestId('chart-timeline-meeting').selectOption({ label: CONSULTATION });
    const chart = page.getByTestId('chart-timeline');
    const img = chart.getByRole('img', { name: `Aanmeldingen voor ${CONSULTATION}, per dag` });
    // The sample's applications: 3, 4, 6, 11 and 17 November; five sessions of 3 + 20 + 25 + 40 + 20 places.
    expect(await img.locator('desc').textContent()).toContain('Op woensdag 25 november 2026 staan er 5 aanmeldingen, sinds maandag 2 november 2026. Er zijn 108 plaatsen.');
    expect(await img.getByTestId('chart-capacity').textContent()).toBe('Capaciteit: 108 plaatsen');
    const labels = await img.locator('[data-total]').allTextContents();
    expect(labels).toEqual(['1', '2', '3', '4', '5']);
    await chart.getByText('Toon als tabel').click();
    const rows = await chart.getByTestId('chart-timeline-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => r[2])).toEqual(labels);
    expect(rows[0]).toEqual(['dinsdag 3 november 2026', '1', '1']);
  });

  it.each(Object.entries(THEMES))('has no serious axe violation with the tables open in the %s theme', async (theme, shot) => {
    const { page } = f;
    await open(theme as keyof typeof THEMES);
    expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe(theme);
    await openTables(page);
    await page.getByTestId('chart-timeline-table').waitFor();
    await page.getByTestId('dashboard-charts').screenshot({ path: path.join(RESULTS, `dashboard-charts-${shot}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
