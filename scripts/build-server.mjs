/**
 * Builds the server into ES modules, bot/dist/index.js and its chunks in bot/dist/chunks/, for production
 * (`node bot/dist/index.js`): no TypeScript compiler at start-up. Our own code, the shared package and its
 * few pure-JS libraries are bundled; botbuilder is bundled on its own into botbuilder.cjs beside the chunk
 * that loads it (with a V8 code cache, see server-build-options.mjs); the bot's other npm dependencies stay
 * external and load from node_modules exactly as they do for bot/src (the files sit in bot/, so
 * bot/node_modules comes first), native better-sqlite3 included. Code is split at dynamic imports, so what
 * is imported lazily still loads only when used: in one file, the Azure Storage SDKs behind
 * `import('./store/azure/index.js')` became static imports and loaded at every start (~0.3 s of CPU), also
 * without OUTBOX=azure.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { buildBotbuilder, serverBuildOptions } from './server-build-options.mjs';

rmSync('bot/dist/chunks', { recursive: true, force: true });
const result = await build({
  entryPoints: ['bot/src/index.ts'],
  outdir: 'bot/dist',
  chunkNames: 'chunks/[name]-[hash]',
  ...serverBuildOptions('.'),
});
const botbuilder = await buildBotbuilder('.', result.metafile);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
process.stdout.write(
  `bot/dist/index.js and chunks: ${(bytes / 1024).toFixed(0)} KB (with source maps); ` +
    `${botbuilder.outfile}: ${(botbuilder.bytes / 1024).toFixed(0)} KB\n`,
);
