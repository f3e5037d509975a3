/**
 * The reflection deadline in a real browser: the coördinator sets it on the handreiking page (a date
 * outside the school year is refused with a Dutch message at the field), the dashboard shows it with
 * how many schools finished, and the school sees "Graag afronden vóór …" on its reflection page. No
 * serious axe violation on any of the three.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

describeInBrowser('the reflection deadline in the tab', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  it('the coördinator sets the deadline; the dashboard and the school’s reflection page show it', async () => {
    const { page } = f;
    await signInAs(f, 'Ingrid Verhoef');
    await page.goto(`${f.running.url}/#/framework/2026-2027`);
    const form = page.getByTestId('reflection-deadline-form');
    await form.getByText('Er is nog geen deadline voor dit schooljaar.').waitFor();
    const date = form.getByLabel('Afronden vóór');
    const days = form.getByLabel('Herinneringen, in dagen vooraf');
    expect(await days.inputValue()).toBe('14, 3');

    await date.fill('2027-09-01');
    await days.fill('14, veertien');
    await form.getByRole('button', { name: 'Deadline opslaan' }).click();
    await form.getByText('Kies een datum in dit schooljaar (1 augustus tot en met 31 juli).').waitFor();
    await form.getByText('Vul hele dagen in, gescheiden door komma’s, bijvoorbeeld 14, 3.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    await date.fill('2027-03-15');
    await days.fill('14, 3');
    await form.getByRole('button', { name: 'Deadline opslaan' }).click();
    await form.getByRole('status').getByText('Opgeslagen: afronden vóór 15 maart 2027.').waitFor();
    await form.getByText('Nu: afronden vóór 15 maart 2027.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'reflection-deadline-form.png'), fullPage: true });

    await page.goto(`${f.running.url}/#/dashboard`);
    const line = page.getByTestId('dashboard-reflection-deadline');
    await line.getByText('Reflectie: afronden vóór 15 maart 2027').waitFor();
    expect(await line.textContent()).toContain('1 van 6 scholen afgerond');
    expect(await seriousViolations(page)).toEqual([]);

    await signInAs(f, 'Sanne de Wit');
    await page.goto(`${f.running.url}/#/school/school-zonnewijzer/reflectie`);
    await page.getByTestId('reflection-deadline').getByText('Graag afronden vóór 15 maart 2027.').waitFor();
    // The count beside the items reads as words, not as the raw key "progress".
    await page.getByText(/^3 van 12 onderdelen beantwoord$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'reflection-deadline-school.png'), fullPage: true });
  }, 120_000);
});
