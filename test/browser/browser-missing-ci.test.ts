/**
 * With CI=true a browser suite that cannot find Chromium fails with the reason instead of being skipped.
 * Runs a tiny vitest project in a child process, so the failure it provokes is its own; the two runs go
 * side by side.
 */
import { spawn } from 'node:child_process';
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
  const child = spawn(process.execPath, [path.resolve('node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--reporter', 'verbose', file], {
    env: { ...process.env, CI: ci },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise<{ status: number | null; output: string }>((resolve) => child.on('close', (status) => resolve({ status, output })));
};

describe.concurrent('a browser suite without Chromium', () => {
  it('fails in CI, naming what is missing', async () => {
    const result = await runSuite('true');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Browsertests kunnen niet draaien; ontbreekt: Chromium.');
  }, 60_000);

  it('is skipped, not failed, on a laptop', async () => {
    const result = await runSuite('false');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/skipped/i);
  }, 60_000);
});
