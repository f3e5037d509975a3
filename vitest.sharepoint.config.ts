/**
 * The bot's end-to-end tests once more, unchanged, with the store on SharePoint lists of the Graph
 * fake (SAMEN_E2E_STORE, read by test/sharepoint/e2e-store.ts through the bot harness and the tab
 * API fixture). surveys.test.ts stays SQLite-only: it opens the SQLite file to check anonymity.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    name: 'e2e-on-sharepoint',
    include: ['test/bot/*.test.ts', 'test/api/*.test.ts', 'test/sharepoint/e2e-on-sharepoint.test.ts'],
    exclude: [...(base.test?.exclude ?? []), 'test/bot/surveys.test.ts'],
    env: { SAMEN_E2E_STORE: 'sharepoint' },
    // Its own JSON report, so .ci/run counts both runs.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest-report-sharepoint.json' }]] : ['default'],
  },
});
