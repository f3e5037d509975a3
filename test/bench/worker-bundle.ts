/**
 * The fan-out worker as production runs the server: one ES module built by esbuild with the same rule as
 * scripts/build-server.mjs (our code and the shared package bundled, the bot's npm dependencies external),
 * started by plain Node, so a restart is not measured with tsx compiling TypeScript and scanning source
 * maps of every module it loads; botbuilder in botbuilder.cjs beside it, loaded with a V8 code cache. Code
 * split like the server's build, so what is imported lazily (the Azure outbox and its SDKs) loads only when
 * used. Written to bot/dist/fanout-worker/ (ignored by git and by the App Service deploy), where
 * bot/node_modules resolves first.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildBotbuilder, serverBuildOptions } from '../../scripts/server-build-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds test/fanout/worker-process.ts; returns the bundle's path. */
export const buildWorkerBundle = async (): Promise<string> => {
  const outdir = path.join(root, 'bot/dist/fanout-worker');
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [path.join(root, 'test/fanout/worker-process.ts')],
    outdir,
    outExtension: { '.js': '.mjs' },
    ...serverBuildOptions(root),
  });
  await buildBotbuilder(root, result.metafile);
  return path.join(outdir, 'worker-process.mjs');
};
