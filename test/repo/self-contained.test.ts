/**
 * A fresh clone stands on its own: no tracked file reads or links a path outside the repository, and the
 * vendored official schemas are there, unchanged, and listed with their source.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsidePaths, outsidePathsIn, trackedFiles } from './outside-paths.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `../` n times; the examples below are built with it so that this file itself names no outside path. */
const up = (n: number): string => '../'.repeat(n);

describe('the repository stands on its own', () => {
  it('has no relative path in any tracked file that resolves outside the repository', () => {
    expect(outsidePaths(ROOT).map((p) => `${p.file}:${p.line} ${p.path}`)).toEqual([]);
  });

  it.each([
    ['a schema read from beside the clone', 'shared/src/cards/x.ts', `new URL('${up(4)}shared/schemas/card.json', import.meta.url)`, `${up(4)}shared/schemas/card.json`],
    ['a Markdown link to a folder beside the repo', 'README.md', `See [the guide](${up(1)}shared/design/ARCHITECTURE.md).`, `${up(1)}shared/design/ARCHITECTURE.md`],
    ['a path.resolve out of test/', 'test/support/x.ts', `path.resolve(import.meta.dirname, '${up(3)}shared/schemas')`, `${up(3)}shared/schemas`],
  ])('catches %s', (_name, file, text, expected) => {
    expect(outsidePathsIn(ROOT, file, text).map((p) => p.path)).toEqual([expected]);
  });

  it.each([
    ['a sibling package', 'test/bot/x.ts', "import { t } from '../../shared/src/i18n/index.js';"],
    ['the repository root', 'test/app-package/x.ts', "new URL('../..', import.meta.url)"],
    ['a Markdown link inside docs', 'docs/x.md', '[README](../README.md)'],
  ])('lets %s pass', (_name, file, text) => {
    expect(outsidePathsIn(ROOT, file, text)).toEqual([]);
  });
});

describe('vendored official schemas', () => {
  const checksums = JSON.parse(readFileSync(path.join(ROOT, 'test/schemas/checksums.json'), 'utf8')) as Record<string, string>;
  const readme = readFileSync(path.join(ROOT, 'test/schemas/README.md'), 'utf8');

  it.each(Object.entries(checksums))('%s is in the repository, unchanged, with its source in test/schemas/README.md', (file, sha256) => {
    expect(existsSync(path.join(ROOT, file))).toBe(true);
    expect(createHash('sha256').update(readFileSync(path.join(ROOT, file))).digest('hex')).toBe(sha256);
    expect(readme).toContain(`\`${file}\``);
  });

  it('lists every tracked schema and host config in checksums.json', () => {
    const vendored = trackedFiles(ROOT).filter((f) => /^(test\/schemas|appPackage\/schema)\/.*\.json$/.test(f) && !f.endsWith('checksums.json'));
    expect(vendored.sort()).toEqual(Object.keys(checksums).sort());
  });
});
