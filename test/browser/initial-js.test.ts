/**
 * The tab's initial JavaScript (entry script + modulepreloads of the Vite build) stays within the
 * #17 budget of 150 KB gzip; lazily loaded pages and translations do not count. Needs the built tab
 * (part of `npm test`); without it the check is skipped on a laptop and fails in CI.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { messageCatalogues } from '@samen/shared';
import { INITIAL_JS_BUDGET_KB, initialJsGzipKb, initialScripts } from '../support/tab-weight.js';
import { DIST } from './browser-fixture.js';

/** A build with an entry, a modulepreloaded chunk and a lazy chunk of `kb` KB each (random: gzip keeps it). */
const fakeBuild = (kb: number): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'samen-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  for (const name of ['index.js', 'vendor.js', 'Page.js']) writeFileSync(path.join(dir, 'assets', name), randomBytes(kb * 1024).toString('base64'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<head><script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js"></head>',
  );
  return dir;
};

describe('initial JavaScript of the tab', () => {
  it('counts the entry and its modulepreloads, not the chunks loaded later', () => {
    const kb = initialJsGzipKb(fakeBuild(30));
    // base64 of random bytes gzips to about 3/4 of its length: two files of 40 KB text, not three
    expect(kb).toBeGreaterThan(2 * 30);
    expect(kb).toBeLessThan(3 * 30);
  });

  const built = existsSync(path.join(DIST, 'index.html'));
  const check = built ? it : process.env.CI === 'true' ? it : it.skip;
  check(`stays within ${INITIAL_JS_BUDGET_KB} KB gzip in the build`, () => {
    if (!built) throw new Error(`de gebouwde tab ontbreekt in ${DIST} (npm run build -w tab)`);
    expect(initialJsGzipKb(DIST)).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });

  check('carries no translations: they load beside it (tab/src/catalogues.ts)', () => {
    if (!built) throw new Error(`de gebouwde tab ontbreekt in ${DIST} (npm run build -w tab)`);
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const entry = initialScripts(html).map((src) => readFileSync(path.join(DIST, src.replace(/^\//, '')), 'utf8')).join('\n');
    const plain = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v).flatMap(plain) : []);
    // per namespace and language its longest plain string (no quotes, escapes or interpolation)
    const samples = Object.values(messageCatalogues).flatMap(({ nl, en }) =>
      [nl, en].map((c) => plain(c).filter((m) => /^[\w ,.;:()-]{30,}$/.test(m)).sort((a, b) => b.length - a.length)[0] ?? null),
    ).filter((m): m is string => m !== null);
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.filter((m) => entry.includes(m))).toEqual([]);
  });
});
