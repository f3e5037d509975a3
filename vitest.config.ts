import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * One vitest run, projects sharing one pool of workers:
 * - `sqlite` and `sqlite:isolated`: every test, the bot on its embedded store; the first runs its files one
 *   after another in shared worker processes, the second gives each file a process of its own;
 * - `sharepoint`: the bot's and the tab API's end-to-end tests once more, unchanged, with the store on
 *   SharePoint lists of the Graph fake (SAMEN_E2E_STORE, read by test/sharepoint/e2e-store.ts through the
 *   bot harness and the tab API fixture). surveys.test.ts stays SQLite-only: it opens the SQLite file to
 *   check anonymity.
 * One file on SharePoint: `npx vitest run --project sharepoint test/bot/rsvp-card.test.ts`.
 */
const E2E = ['test/bot/*.test.ts', 'test/api/*.test.ts', 'test/sharepoint/e2e-on-sharepoint.test.ts'];
/** Files that need no process of their own (no browser, child process, fake timers or module mocks). */
const SHARED_PROCESS = ['shared/src/**/*.test.ts', 'bot/src/**/*.test.ts', 'test/bot/*.test.ts', 'test/api/*.test.ts', 'test/store/*.test.ts', 'test/graph-fake/*.test.ts', 'test/mail/*.test.ts', 'test/repo/*.test.ts', 'test/support/*.test.ts', 'test/bench/*.test.ts', 'test/app-package/*.test.ts'];

export default defineConfig({
  resolve: {
    alias: { '@samen/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
  },
  test: {
    exclude: ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default on 2 cores is one worker (cores - 1), which leaves the second core idle whenever a
    // test waits on a child process, a browser or a rate limit; three keeps both cores busy.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 3),
    // In CI a JSON report as well, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest-report.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: SHARED_PROCESS,
          // These files build their own server, stores and fixtures: one worker imports the app once and runs
          // file after file in it (test/api alone: 75 s isolated, 31 s shared).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'sqlite:isolated',
          // test/bench/*.bench.ts are run by npm run bench; only the benchmarks' own unit tests (*.test.ts) run here
          include: ['tab/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
          // browsers, child processes, Azurite, fake timers and module mocks: each file in a process of its own
          exclude: ['**/node_modules/**', ...SHARED_PROCESS],
        },
      },
      {
        extends: true,
        test: {
          name: 'sharepoint',
          include: E2E,
          exclude: ['**/node_modules/**', 'test/bot/surveys.test.ts'],
          env: { SAMEN_E2E_STORE: 'sharepoint' },
          isolate: false,
        },
      },
    ],
  },
});
