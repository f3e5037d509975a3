import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: { '@samen/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['shared/src/**/*.test.ts', 'bot/src/**/*.test.ts', 'tab/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    // test/bench/*.bench.ts are run by npm run bench; only the benchmarks' own unit tests (*.test.ts) run here
    exclude: ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // In CI a JSON report as well, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest-report.json' }]] : ['default'],
  },
});
