import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachePaths, requireWithCodeCache } from './code-cache.js';

/** A CommonJS module using what a bundled one uses: exports, require of a built-in, its own file name. */
const moduleSource = (greeting: string): string =>
  [
    "const path = require('node:path');",
    `exports.greet = (name) => '${greeting}, ' + name;`,
    'exports.where = path.basename(__filename);',
    'exports.folder = __dirname;',
    '',
  ].join('\n');

interface Greeter {
  greet: (name: string) => string;
  where: string;
  folder: string;
}

/**
 * The bundle and its cache copied to another folder, as a restarted server finds them. V8 keeps what it
 * compiled in memory per file name, so loading the same name twice in one process would never consult the
 * cache on disk; a new name makes it (as a new process would).
 */
const restartedCopy = (from: string): string => {
  const folder = mkdtempSync(path.join(dir, 'restart-'));
  const to = path.join(folder, 'botbuilder.cjs');
  copyFileSync(from, to);
  if (existsSync(`${from}.v8cache`)) copyFileSync(`${from}.v8cache`, `${to}.v8cache`);
  return to;
};

let dir: string;
let fallback: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'code-cache-'));
  fallback = path.join(dir, 'fallback');
  mkdirSync(path.join(dir, 'dist'));
  file = path.join(dir, 'dist', 'botbuilder.cjs');
  writeFileSync(file, moduleSource('Hallo'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('requireWithCodeCache', () => {
  it('loads the module as require would, writes a cache beside it, and uses that cache the next time', () => {
    const first = requireWithCodeCache<Greeter>(file, fallback);
    expect(first.exports.greet('Sanne')).toBe('Hallo, Sanne');
    expect(first.exports.where).toBe('botbuilder.cjs');
    expect(first.exports.folder).toBe(path.dirname(file));
    expect(first.cache).toBe('absent');
    expect(first.written).toBe(`${file}.v8cache`);

    const second = requireWithCodeCache<Greeter>(restartedCopy(file), fallback);
    expect(second.cache).toBe('used');
    expect(second.written).toBeNull();
    expect(second.exports.greet('Joris')).toBe('Hallo, Joris');
  });

  it('never hands a rebuilt file the old cache, even when the new source has the same length', () => {
    requireWithCodeCache<Greeter>(file, fallback);
    writeFileSync(file, moduleSource('Hoi!!'));
    const rebuilt = requireWithCodeCache<Greeter>(file, fallback);
    expect(rebuilt.cache).toBe('stale');
    expect(rebuilt.exports.greet('Sanne')).toBe('Hoi!!, Sanne');
    expect(requireWithCodeCache<Greeter>(file, fallback).cache).toBe('used');
  });

  it('loads plainly and writes a fresh cache when the cache is truncated, has no header or holds garbage', () => {
    requireWithCodeCache<Greeter>(file, fallback);
    const cacheFile = `${file}.v8cache`;
    const good = readFileSync(cacheFile);
    const header = good.subarray(0, good.indexOf(0x0a) + 1);
    const body = good.subarray(header.length);

    writeFileSync(cacheFile, good.subarray(0, good.length - 10));
    expect(requireWithCodeCache<Greeter>(file, fallback)).toMatchObject({ cache: 'stale', written: cacheFile });

    writeFileSync(cacheFile, Buffer.from('geen kop, alleen bytes'));
    expect(requireWithCodeCache<Greeter>(file, fallback).cache).toBe('stale');

    // A header that fits over bytes V8 does not recognise: V8 itself rejects them.
    writeFileSync(cacheFile, Buffer.concat([header, Buffer.alloc(body.length, 7)]));
    const copy = restartedCopy(file);
    const garbage = requireWithCodeCache<Greeter>(copy, fallback);
    expect(garbage.cache).toBe('rejected');
    expect(garbage.exports.greet('Sanne')).toBe('Hallo, Sanne');
    expect(requireWithCodeCache<Greeter>(restartedCopy(copy), fallback).cache).toBe('used');
  });

  it('keeps the cache in the fallback folder when it cannot be written beside the file, and finds it there', () => {
    // A folder where the cache file should be: nothing can be written (or renamed) to that name.
    mkdirSync(`${file}.v8cache`);
    mkdirSync(path.join(`${file}.v8cache`, 'bezet'));
    const first = requireWithCodeCache<Greeter>(file, fallback);
    const [, inFallback] = cachePaths(file, fallback);
    expect(first.written).toBe(inFallback);
    expect(existsSync(inFallback)).toBe(true);
    expect(requireWithCodeCache<Greeter>(file, fallback).cache).toBe('used');
  });

  it('runs without a cache when no folder can be written', () => {
    mkdirSync(`${file}.v8cache`);
    mkdirSync(path.join(`${file}.v8cache`, 'bezet'));
    writeFileSync(fallback, 'een bestand, geen map');
    const loaded = requireWithCodeCache<Greeter>(file, fallback);
    expect(loaded).toMatchObject({ cache: 'absent', written: null });
    expect(loaded.exports.greet('Sanne')).toBe('Hallo, Sanne');
  });

  it('throws what the module throws, as require would', () => {
    writeFileSync(file, "throw new Error('kapot');\n");
    expect(() => requireWithCodeCache(file, fallback)).toThrow('kapot');
  });
});
