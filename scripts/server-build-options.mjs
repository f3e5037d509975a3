/**
 * The one esbuild rule for the server, shared by the production build (build-server.mjs) and the fan-out
 * benchmark's worker (test/bench/worker-bundle.ts): ES modules for Node 20, split at dynamic imports (what
 * is imported lazily loads only when used), our code and the shared package bundled, the bot's npm
 * dependencies — and their subpaths, e.g. "luxon", "zod/v4" — left external to load from node_modules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** @param {string} root the repository's root */
export const serverBuildOptions = (root) => {
  const deps = Object.keys(JSON.parse(readFileSync(path.join(root, 'bot/package.json'), 'utf8')).dependencies ?? {});
  const external = deps.filter((d) => !d.startsWith('@samen/'));
  return {
    splitting: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external: external.flatMap((d) => [d, `${d}/*`]),
    logLevel: 'warning',
  };
};
