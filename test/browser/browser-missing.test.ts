/** Browser suites never pass silently in CI: without Chromium they fail there with the reason. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserMissing } from './browser-fixture.js';

const dist = (withIndex: boolean): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'samen-dist-'));
  mkdirSync(dir, { recursive: true });
  if (withIndex) writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  return dir;
};

describe('what the browser tests need', () => {
  it('names a missing Chromium and how to install it', () => {
    expect(browserMissing('/nergens/chromium', dist(true))).toMatch(/Chromium op \/nergens\/chromium \(apt-get install -y chromium\)/);
  });

  it('names a tab that was not built', () => {
    expect(browserMissing(process.execPath, dist(false))).toMatch(/de gebouwde tab in .* \(npm run build -w tab\)/);
  });

  it('is satisfied when both are there', () => {
    expect(browserMissing(process.execPath, dist(true))).toBeNull();
  });
});
