/**
 * The fan-out worker as production runs the server: one ES module built by esbuild with the same rule as
 * scripts/build-server.mjs (our code and the shared package bundled, the bot's npm dependencies external),
 * started by plain Node, so a restart is not measured with tsx compiling TypeScript and scanning source
 * maps of every module it loads. Written to bot/dist/ (ignored by git), where bot/node_modules resolves first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds test/fanout/worker-process.ts; returns the bundle's path. */
export const buildWorkerBundle = async (): Promise<string> => {
  const deps = Object.keys((JSON.parse(readFileSync(path.join(root, 'bot/package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
  const external = deps.filter((d) => !d.startsWith('@samen/'));
  const outfile = path.join(root, 'bot/dist/fanout-worker.mjs');
  await build({
    entryPoints: [path.join(root, 'test/fanout/worker-process.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external: external.flatMap((d) => [d, `${d}/*`]),
    logLevel: 'warning',
  });
  return outfile;
};
