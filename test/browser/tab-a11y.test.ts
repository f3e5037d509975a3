/**
 * Every page of the tab, in light, dark and high-contrast theme: a screenshot in test-results/, no serious or
 * critical axe-core violation (WCAG 2.1 A/AA rules), and the main controls usable with the
 * keyboard alone (Tab to reach them, Enter or Space to use them).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, tabTo, type BrowserFixture } from './browser-fixture.js';

const SCHOOL = 'school-zonnewijzer';
const IB = 'Sanne de Wit';
const COORDINATOR = 'Ingrid Verhoef';
const THEMES = ['default', 'dark', 'contrast'] as const;
const SHOT_NAME = { default: 'light', dark: 'dark', contrast: 'high-contrast' } as const;

interface PageSpec {
  readonly name: string;
  readonly who: string | null;
  readonly hash: string;
  /** Shown once the page has loaded. */
  readonly ready: (page: Page) => ReturnType<Page['getByRole']>;
}

const PAGES: readonly PageSpec[] = [
  { name: 'aanmelden', who: null, hash: '#/', ready: (p) => p.getByRole('heading', { name: 'Kies wie je bent' }) },
  { name: 'start', who: IB, hash: '#/', ready: (p) => p.getByRole('heading', { name: 'Mijn scholen' }) },
  { name: 'niveau-overzicht', who: IB, hash: `#/school/${SCHOOL}/niveaus`, ready: (p) => p.getByRole('heading', { name: 'Ondersteuningsniveaus' }) },
  { name: 'reflectie', who: IB, hash: `#/school/${SCHOOL}/reflectie`, ready: (p) => p.getByRole('heading', { name: /Jaarlijkse reflectie/ }) },
  { name: 'ondersteuningsprofiel', who: IB, hash: `#/school/${SCHOOL}/sop`, ready: (p) => p.getByRole('heading', { name: /Schoolondersteuningsprofiel/ }) },
  { name: 'bijeenkomsten', who: IB, hash: '#/bijeenkomsten', ready: (p) => p.getByRole('heading', { name: 'Mijn bijeenkomsten' }) },
  { name: 'dashboard', who: COORDINATOR, hash: '#/dashboard', ready: (p) => p.getByRole('heading', { name: 'Bijeenkomsten', exact: true }) },
  { name: 'werkplek', who: COORDINATOR, hash: '#/werkplek/nieuw', ready: (p) => p.getByRole('heading', { name: 'Nieuwe bijeenkomst plannen' }) },
  { name: 'niveausjablonen', who: COORDINATOR, hash: '#/sjablonen/VO', ready: (p) => p.getByRole('heading', { name: 'Niveausjablonen' }) },
  { name: 'handreiking', who: COORDINATOR, hash: '#/framework', ready: (p) => p.getByRole('heading', { name: /Handreiking 2026-2027/ }) },
  { name: 'privacy', who: COORDINATOR, hash: '#/privacy', ready: (p) => p.getByRole('heading', { name: 'Gegevens van een persoon' }) },
  { name: 'tab-configuratie', who: COORDINATOR, hash: '#/config', ready: (p) => p.getByRole('heading', { name: 'Samen Verder toevoegen aan dit kanaal' }) },
];

describeInBrowser('the tab’s pages: themes, axe-core and keyboard', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  const open = async (spec: PageSpec, theme: (typeof THEMES)[number]) => {
    const { page } = f;
    await page.goto(`${f.running.url}/?theme=${theme}${spec.hash}`);
    await signInAs(f, spec.who);
    await spec.ready(page).waitFor();
    await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  };

  it.each(PAGES.flatMap((spec) => THEMES.map((theme) => [spec.name, theme, spec] as const)))(
    'the %s page in the %s theme has no serious axe violation',
    async (name, theme, spec) => {
      await open(spec, theme);
      expect(await f.page.locator('[data-theme]').getAttribute('data-theme')).toBe(theme);
      await f.page.screenshot({ path: path.join(RESULTS, `tab-${name}-${SHOT_NAME[theme]}.png`), fullPage: true });
      expect(await seriousViolations(f.page)).toEqual([]);
    },
  );

  describe('keyboard only', () => {
    const start = async (spec: PageSpec) => {
      await open(spec, 'default');
      await f.page.locator('body').focus();
    };
    const spec = (name: string) => PAGES.find((p) => p.name === name)!;

    it('signs in from the sample list with Tab and Enter', async () => {
      const { page } = f;
      await start(spec('aanmelden'));
      await tabTo(page, page.getByRole('button', { name: IB, exact: true }));
      await page.keyboard.press('Enter');
      await page.getByTestId('signed-in-as').filter({ hasText: IB }).waitFor();
    });

    it('opens a school from the start page with Enter', async () => {
      const { page } = f;
      await start(spec('start'));
      await tabTo(page, page.getByRole('link', { name: 'OBS De Zonnewijzer' }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Ondersteuningsniveaus' }).waitFor();
    });

    it('starts and cancels editing the niveau-overzicht with Enter and Space', async () => {
      const { page } = f;
      await start(spec('niveau-overzicht'));
      await tabTo(page, page.getByRole('button', { name: 'Bewerken' }));
      await page.keyboard.press('Enter');
      await page.getByTestId('edit-level-3').waitFor();
      await tabTo(page, page.getByRole('button', { name: 'Annuleren' }));
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Bewerken' }).waitFor();
    });

    it('types a reflection answer after reaching it with Tab', async () => {
      const { page } = f;
      await start(spec('reflectie'));
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
      await start(spec('bijeenkomsten'));
      const maybe = page.getByRole('button', { name: 'Misschien', exact: true, disabled: false }).first();
      const row = page.locator('[data-testid^="session-"]').filter({ has: maybe }).first();
      const id = await row.getAttribute('data-testid');
      await tabTo(page, page.getByTestId(id!).getByRole('button', { name: 'Misschien', exact: true }));
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByTestId(id!).getByRole('button', { name: 'Misschien', exact: true }).isDisabled()).toBe(true);
    });

    it('reaches the CSV download on the dashboard and starts it with Enter', async () => {
      const { page } = f;
      await start(spec('dashboard'));
      await tabTo(page, page.getByRole('button', { name: 'Download aanmeldingen (CSV)' }).first());
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      expect((await download).suggestedFilename()).toMatch(/^aanmeldingen-.*\.csv$/);
    });

    it('moves a handreiking item down and saves it with the keyboard', async () => {
      const { page } = f;
      await start(spec('handreiking'));
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
});
