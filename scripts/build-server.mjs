/**
 * Builds the server into one ES module, bot/dist/index.js, for production (`node bot/dist/index.js`):
 * no TypeScript compiler at start-up. Our own code, the shared package and its few pure-JS libraries
 * are bundled; the bot's npm dependencies stay external and load from node_modules exactly as they do
 * for bot/src (the file sits in bot/, so bot/node_modules comes first), native better-sqlite3 included,
 * and lazily imported SDKs (Azure Storage, teamsfx) still load only when used.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const depsOf = (file) => Object.keys(JSON.parse(readFileSync(file, 'utf8')).dependencies ?? {});
const external = depsOf('bot/package.json').filter((d) => !d.startsWith('@samen/'));

const result = await build({
  entryPoints: ['bot/src/index.ts'],
  outfile: 'bot/dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // subpaths of external packages (e.g. "luxon", "zod/v4") stay external too
  external: external.flatMap((d) => [d, `${d}/*`]),
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
process.stdout.write(`bot/dist/index.js: ${(bytes / 1024).toFixed(0)} KB (with source map)\n`);
