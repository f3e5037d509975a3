/**
 * Loads one bundled CommonJS file (the server build's botbuilder.cjs) with a V8 code cache beside it, so a
 * restarted server does not compile ~2 MB of botbuilder again before it can send: required plainly the
 * bundle costs ~0.6 s of CPU at start, with the cache ~0.37 s (Node 20, 2 cores). Node 20 has no
 * `module.enableCompileCache` (22+), so this does what it does for one file: compile through `vm.Script`
 * with the cached data, run the module wrapper, and after the first run write the data V8 then has (the
 * functions compiled while loading included).
 *
 * The cache is a convenience, never a risk: a header names the Node version, architecture and a hash of
 * the source, so a rebuilt bundle or another Node never gets old data, and V8 itself rejects data that does
 * not fit. A missing, corrupt or rejected cache loads the file plainly and writes a new one; a folder that
 * cannot be written (a read-only deploy) falls back to the temp folder, and failing that the server runs
 * without a cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { z } from 'zod';

const FORMAT = 1;

const headerSchema = z.object({
  v: z.literal(FORMAT),
  node: z.string(),
  arch: z.string(),
  source: z.string(),
  bytes: z.number().int().nonnegative(),
});
type Header = z.infer<typeof headerSchema>;

/** What loading found, for tests and the benchmark's log. */
export type CodeCacheOutcome = 'used' | 'rejected' | 'absent' | 'stale';

export interface LoadedModule<T> {
  exports: T;
  cache: CodeCacheOutcome;
  /** Where the cache was written after this load, or null (it was used, or no folder could be written). */
  written: string | null;
}

const DEFAULT_FALLBACK = (): string => path.join(tmpdir(), 'samen-verder-v8cache');

/** The two places a cache may live: beside the file, or in the fallback folder under a name made of its path. */
export const cachePaths = (file: string, fallbackDir = DEFAULT_FALLBACK()): [string, string] => [
  `${file}.v8cache`,
  path.join(fallbackDir, `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.v8cache`),
];

const readCache = (where: string, expected: Omit<Header, 'bytes'>): { data: Buffer } | 'absent' | 'stale' => {
  let raw: Buffer;
  try {
    raw = readFileSync(where);
  } catch {
    return 'absent';
  }
  const newline = raw.indexOf(0x0a);
  if (newline < 0) return 'stale';
  let header: Header;
  try {
    header = headerSchema.parse(JSON.parse(raw.subarray(0, newline).toString('utf8')));
  } catch {
    return 'stale';
  }
  const data = raw.subarray(newline + 1);
  const fits =
    header.node === expected.node &&
    header.arch === expected.arch &&
    header.source === expected.source &&
    header.bytes === data.length;
  return fits ? { data } : 'stale';
};

const writeCache = (where: string, header: Header, data: Buffer): boolean => {
  const temporary = `${where}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(where), { recursive: true });
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]));
    renameSync(temporary, where);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder could not even be listed: nothing was left behind.
    }
    return false;
  }
};

/**
 * Requires `file` (CommonJS) as Node would, compiled with the V8 code cache kept beside it (or in
 * `fallbackDir`, by default a folder in the temp folder, where the file's own folder cannot be written).
 */
export const requireWithCodeCache = <T>(relativeOrAbsolute: string, fallbackDir = DEFAULT_FALLBACK()): LoadedModule<T> => {
  const file = path.resolve(relativeOrAbsolute);
  const source = readFileSync(file, 'utf8');
  const expected = {
    v: FORMAT,
    node: process.version,
    arch: process.arch,
    source: createHash('sha256').update(source).digest('hex'),
  } as const;
  const places = cachePaths(file, fallbackDir);
  let found: { data: Buffer } | 'absent' | 'stale' = 'absent';
  for (const where of places) {
    const read = readCache(where, expected);
    if (typeof read === 'object' || found === 'absent') found = read;
    if (typeof read === 'object') break;
  }
  const cachedData = typeof found === 'object' ? found.data : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (
    exports: T,
    require: NodeRequire,
    module: { exports: T },
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  const cache: CodeCacheOutcome =
    typeof found !== 'object' ? found : script.cachedDataRejected === true ? 'rejected' : 'used';
  if (cache === 'used') return { exports: module.exports, cache, written: null };
  const data = script.createCachedData();
  const header: Header = { ...expected, bytes: data.length };
  const written = places.find((where) => writeCache(where, header, data)) ?? null;
  return { exports: module.exports, cache, written };
};
