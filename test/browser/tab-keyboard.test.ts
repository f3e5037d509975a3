/**
 * The tab's main controls are usable with the keyboard alone: Tab to reach them, Enter or Space to use them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowserFixture, tabTo, type BrowserFixture } from './browser-fixture.js';
import { IB, openPage, pageSpec, type PageSpec } from './tab-pages.js';

describeInBrowser('the tab with the keyboard only', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  const start = async (spec: PageSpec) => {
    await openPage(f, spec, 'default');
    await f.page.locator('body').focus();
  };

  it('signs in from the sample list with Tab and Enter', async () => {
    const { page } = f;
    await start(pageSpec('aanmelden'));
    await tabTo(page, page.getByRole('button', { name: IB, exact: true }));
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').filter({ hasText: IB }).waitFor();
  });

  it('opens a school from the start page with Enter', async () => {
    const { page } = f;
    await start(pageSpec('start'));
    await tabTo(page, page.getByRole('link', { name: 'OBS De Zonnewijzer' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ondersteuningsniveaus' }).waitFor();
  });

  it('starts and cancels editing the niveau-overzicht with Enter and Space', async () => {
    const { page } = f;
    await start(pageSpec('niveau-overzicht'));
    await tabTo(page, page.getByRole('button', { name: 'Bewerken' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-level-3').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Annuleren' }));
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Bewerken' }).waitFor();
  });

  it('types a reflection answer after reaching it with Tab', async () => {
    const { page } = f;
    await start(pageSpec('reflectie'));
    const begin = page.getByRole('button', { name: 'Begin de reflectie' });
    if (await begin.isVisible()) {
      await tabTo(page, begin);
      await page.keyboard.press('Enter');
    }
    const answer = page.getByRole('textbox', { name: /Wat houden we erin/ }).first();
    await tabTo(page, answer);
    await page.keyboard.type(' Met het toetsenbord.');
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen' }).waitFor();
    expect(await answer.inputValue()).toContain('Met het toetsenbord.');
  });

  it('answers "misschien" to a meeting with Space', async () => {
    const { page } = f;
    await start(pageSpec('bijeenkomsten'));
    const maybe = page.getByRole('button', { name: 'Misschien', exact: true, disabled: false }).first();
    const row = page.locator('[data-testid^="session-"]').filter({ has: maybe }).first();
    const id = await row.getAttribute('data-testid');
    await tabTo(page, page.getByTestId(id!).getByRole('button', { name: 'Misschien', exact: true }));
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId(id!).getByRole('button', { name: 'Misschien', exact: true }).isDisabled()).toBe(true);
  });

  it('reaches the CSV download on the dashboard and starts it with Enter', async () => {
    const { page } = f;
    await start(pageSpec('dashboard'));
    await tabTo(page, page.getByRole('button', { name: 'Download aanmeldingen (CSV)' }).first());
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^aanmeldingen-.*\.csv$/);
  });

  it('moves a handreiking item down and saves it with the keyboard', async () => {
    const { page } = f;
    await start(pageSpec('handreiking'));
    const firstTitle = await page.getByTestId('framework-item-0').getByRole('textbox', { name: 'Titel' }).inputValue();
    await tabTo(page, page.getByRole('button', { name: `Omlaag: ${firstTitle}` }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('framework-item-1').getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(firstTitle);
    await tabTo(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByText(/Opgeslagen als versie \d+\./).waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('framework-item-1').getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(firstTitle);
  });
});
