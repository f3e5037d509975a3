import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Serious and critical axe-core violations (WCAG 2.1 A/AA rules) on the page as it is now.
 * Fluent's focus manager (Tabster) puts aria-hidden `<i tabindex=0 data-tabster-dummy>` sentinels
 * around arrow-key groups (the TabList); they hand focus on at once and never keep it, so axe's
 * aria-hidden-focus finding on them is excluded. Everything else counts.
 */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  // Judge the page as it stands, not halfway through a transition: a dialog fading in has its text at
  // partial opacity (colour contrast) and one fading out still hides the page behind it (aria-hidden).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};
