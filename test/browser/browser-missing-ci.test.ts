/**
 * With CI=true a browser suite that cannot find Chromium fails with the reason instead of being skipped.
 * Runs a tiny vitest project in a child process, so the failure it provokes is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = path.resolve('test/browser/browser-fixture.ts');

const runSuite = (ci: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'samen-ci-skip-'));
  const file = path.join(dir, 'suite.test.ts');
  writeFileSync(
    file,
    `import { expect, it } from 'vitest';\nimport { describeInBrowser } from ${JSON.stringify(FIXTURE)};\n` +
      `describeInBrowser('a browser suite', () => { it('works', () => expect(1).toBe(1)); }, process.env.CI === 'true', 'Browsertests kunnen niet draaien; ontbreekt: Chromium.');\n`,
  );
  return spawnSync(process.execPath, [path.resolve('node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--reporter', 'verbose', file], {
    encoding: 'utf8',
    env: { ...process.env, CI: ci },
  });
};

describe('a browser suite without Chromium', () => {
  it('fails in CI, naming what is missing', () => {
    const result = runSuite('true');
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Browsertests kunnen niet draaien; ontbreekt: Chromium.');
  }, 60_000);

  it('is skipped, not failed, on a laptop', () => {
    const result = runSuite('false');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/skipped/i);
  }, 60_000);
});
