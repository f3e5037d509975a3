/**
 * Every page of the tab, as the accessibility suites open them: who signs in, where, and what shows once the
 * page has loaded. `themeSuite` is one theme's run over all pages (a screenshot in test-results/, no serious
 * or critical axe-core violation, WCAG 2.1 A/AA rules); each theme is its own test file, so the three run in
 * parallel workers. The keyboard checks are in tab-keyboard.test.ts.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

export const SCHOOL = 'school-zonnewijzer';
export const IB = 'Sanne de Wit';
const COORDINATOR = 'Ingrid Verhoef';
export type Theme = 'default' | 'dark' | 'contrast';
const SHOT_NAME: Record<Theme, string> = { default: 'light', dark: 'dark', contrast: 'high-contrast' };

export interface PageSpec {
  readonly name: string;
  readonly who: string | null;
  readonly hash: string;
  /** Shown once the page has loaded. */
  readonly ready: (page: Page) => ReturnType<Page['getByRole']>;
}

export const PAGES: readonly PageSpec[] = [
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

export const pageSpec = (name: string): PageSpec => {
  const spec = PAGES.find((p) => p.name === name);
  if (!spec) throw new Error(`no page ${name}`);
  return spec;
};

/** Opens a page in a theme, signed in as its person, and waits until it has loaded. */
export const openPage = async (f: BrowserFixture, spec: PageSpec, theme: Theme): Promise<void> => {
  const { page } = f;
  await page.goto(`${f.running.url}/?theme=${theme}${spec.hash}`);
  await signInAs(f, spec.who);
  await spec.ready(page).waitFor();
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
};

export const themeSuite = (theme: Theme): void =>
  describeInBrowser(`the tab’s pages in the ${theme} theme: axe-core`, () => {
    let f: BrowserFixture;
    beforeAll(async () => { f = await openBrowserFixture(); });
    afterAll(async () => { await f?.close(); });

    it.each(PAGES.map((spec) => [spec.name, spec] as const))('the %s page has no serious axe violation', async (name, spec) => {
      await openPage(f, spec, theme);
      expect(await f.page.locator('[data-theme]').getAttribute('data-theme')).toBe(theme);
      await f.page.screenshot({ path: path.join(RESULTS, `tab-${name}-${SHOT_NAME[theme]}.png`), fullPage: true });
      expect(await seriousViolations(f.page)).toEqual([]);
    });
  });
