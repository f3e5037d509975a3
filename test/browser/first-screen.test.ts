/**
 * The niveau-overzicht rendered by the server (#17): the boot call brings the school's levels drawn by
 * the tab's own components, shown before the app's code is in, inert until React takes it over; then it
 * works like any page. No console errors on the way: a hydration mismatch would be one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowserFixture, signInAs, type BrowserFixture } from './browser-fixture.js';

const SCHOOL = 'school-zonnewijzer';

describeInBrowser('the first screen rendered by the server', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  it('shows the school’s levels before the app is in, then React takes over and a click works', async () => {
    const { page, running } = f;
    await signInAs(f, 'Sanne de Wit');
    const stored = await running.deps.stores.niveaus.get(SCHOOL);
    const level3 = stored?.levels.find((l) => l.level === 3);
    expect(level3?.title).toBeTruthy();

    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    // The app's code (mount-*.js) is held back until the server's screen has been looked at.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const appRequested = new Promise<void>((resolve) => {
      void page.route('**/assets/mount-*.js', async (route) => {
        resolve();
        await held;
        await route.continue();
      });
    });
    await page.goto(`${running.url}/#/school/${SCHOOL}/niveaus`);
    await page.reload();

    const root = page.locator('#root');
    await page.getByTestId('level-3').waitFor({ state: 'attached' });
    await appRequested;
    expect(await root.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    expect(await page.getByTestId('level-3').textContent()).toContain(level3!.title);
    expect(await page.locator('h2').first().textContent()).toBe('OBS De Zonnewijzer');
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('Sanne de Wit');
    // Styled by the server's styles already: Fluent's card has its border radius before React runs.
    expect(await page.getByTestId('level-3').evaluate((el) => getComputedStyle(el).borderRadius)).not.toBe('0px');

    release();
    await expect.poll(() => root.evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByTestId('edit-level-3').getByRole('textbox', { name: 'Niveau 3' }).waitFor();
    const title = page.getByTestId('edit-level-3').getByRole('textbox', { name: 'Niveau 3' });
    expect(await title.inputValue()).toBe(level3!.title);
    // The server sent only the styles its screen uses; what React draws later gets Fluent's styles all the same.
    expect(await title.evaluate((el) => getComputedStyle(el.parentElement!).borderRadius)).not.toBe('0px');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.unroute('**/assets/mount-*.js');
    expect(errors).toEqual([]);
  });
});
