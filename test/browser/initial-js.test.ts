/**
 * The tab's initial JavaScript (the entry and the app shell it mounts, with their static imports, in the
 * Vite build: test/support/tab-weight.ts) stays within the #17 budget of 150 KB gzip; pages and
 * translations, loaded beside it, do not count. Needs the built tab
 * (part of `npm test`); without it the check is skipped on a laptop and fails in CI.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { messageCatalogues } from '@samen/shared';
import { APP_SHELL, INITIAL_JS_BUDGET_KB, initialFiles, initialJsGzipKb, inlineScripts } from '../support/tab-weight.js';
import { DIST } from './browser-fixture.js';

/**
 * A build whose entry modulepreloads a vendor chunk and lazily loads the app shell (which imports a
 * shared chunk statically and a page lazily) and a page: each file `kb` KB of random text.
 */
const fakeBuild = (kb: number): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'samen-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, '.vite'));
  for (const name of ['index.js', 'vendor.js', 'mount.js', 'react.js', 'Page.js', 'SignIn.js']) {
    writeFileSync(path.join(dir, 'assets', name), randomBytes(kb * 1024).toString('base64'));
  }
  writeFileSync(
    path.join(dir, 'index.html'),
    '<head><script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js"></head>' +
      `<body><div id="root"></div><script>${randomBytes(kb * 1024).toString('base64')}</script></body>`,
  );
  const manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: [APP_SHELL, 'src/pages/Page.tsx'] },
    '_vendor.js': { file: 'assets/vendor.js' },
    [APP_SHELL]: { file: 'assets/mount.js', isDynamicEntry: true, imports: ['_react.js', 'index.html'], dynamicImports: ['src/pages/SignIn.tsx'] },
    '_react.js': { file: 'assets/react.js' },
    'src/pages/Page.tsx': { file: 'assets/Page.js', isDynamicEntry: true, imports: ['_react.js'] },
    'src/pages/SignIn.tsx': { file: 'assets/SignIn.js', isDynamicEntry: true },
  };
  writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
};

describe('initial JavaScript of the tab', () => {
  it('counts the inline start, the entry, its modulepreloads and the app shell with its imports, not the pages loaded later', () => {
    const dist = fakeBuild(30);
    expect(initialFiles(dist).sort()).toEqual(['assets/index.js', 'assets/mount.js', 'assets/react.js', 'assets/vendor.js']);
    expect(inlineScripts(dist)).toHaveLength(1);
    // base64 of random bytes gzips to about 3/4 of its length: four files and one inline script of 40 KB text
    const kb = initialJsGzipKb(dist);
    expect(kb).toBeGreaterThan(5 * 30);
    expect(kb).toBeLessThan(6 * 30);
  });

  it('says so when the build has no manifest to follow', () => {
    const dist = fakeBuild(1);
    rmSync(path.join(dist, '.vite'), { recursive: true });
    expect(() => initialFiles(dist)).toThrow(/manifest\.json ontbreekt/);
  });

  const built = existsSync(path.join(DIST, 'index.html'));
  const check = built ? it : process.env.CI === 'true' ? it : it.skip;
  check(`stays within ${INITIAL_JS_BUDGET_KB} KB gzip in the build`, () => {
    if (!built) throw new Error(`de gebouwde tab ontbreekt in ${DIST} (npm run build -w tab)`);
    expect(initialJsGzipKb(DIST)).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });

  check('carries no translations, inline start included: they load beside it (tab/src/catalogues.ts)', () => {
    if (!built) throw new Error(`de gebouwde tab ontbreekt in ${DIST} (npm run build -w tab)`);
    const entry = [...initialFiles(DIST).map((file) => readFileSync(path.join(DIST, file), 'utf8')), ...inlineScripts(DIST)].join('\n');
    const plain = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v).flatMap(plain) : []);
    // per namespace and language its longest plain string (no quotes, escapes or interpolation)
    const samples = Object.values(messageCatalogues).flatMap(({ nl, en }) =>
      [nl, en].map((c) => plain(c).filter((m) => /^[\w ,.;:()-]{30,}$/.test(m)).sort((a, b) => b.length - a.length)[0] ?? null),
    ).filter((m): m is string => m !== null);
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.filter((m) => entry.includes(m))).toEqual([]);
  });

  check('has a brotli and a gzip copy of every initial script of 1 KB or more, the same code once unpacked (the server sends those)', () => {
    if (!built) throw new Error(`de gebouwde tab ontbreekt in ${DIST} (npm run build -w tab)`);
    const scripts = initialFiles(DIST).map((file) => ({ file, code: readFileSync(path.join(DIST, file)) })).filter(({ code }) => code.length >= 1024);
    expect(scripts.length).toBeGreaterThan(0);
    for (const { file, code } of scripts) {
      expect(brotliDecompressSync(readFileSync(path.join(DIST, `${file}.br`))).equals(code), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(path.join(DIST, `${file}.gz`))).equals(code), `${file}.gz`).toBe(true);
    }
  });
});
