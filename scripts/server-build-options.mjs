/**
 * The one esbuild rule for the server, shared by the production build (build-server.mjs) and the fan-out
 * benchmark's worker (test/bench/worker-bundle.ts): ES modules for Node 20, split at dynamic imports (what
 * is imported lazily loads only when used), our code and the shared package bundled, the bot's npm
 * dependencies — and their subpaths, e.g. "luxon", "zod/v4" — left external to load from node_modules,
 * except botbuilder.
 *
 * botbuilder (CommonJS, ~780 modules with botframework-connector, the Azure pipeline, axios, …) is bundled,
 * because a restarted server sends nothing until it has loaded: required alone it costs ~0.5 s of CPU
 * from node_modules and ~0.27 s bundled; the fan-out worker's whole boot went from ~0.69 to ~0.62 s of
 * CPU (medians of 8 starts, Node 20).
 * The source loads it with `require` (teams/botbuilder.ts, so tsx and the tests skip Node's ES-module
 * lexing of its re-export chain), which esbuild cannot follow: the build reads that one file as the
 * plain import it stands for. Bundled CommonJS code calls `require` for Node's built-ins and for the
 * external packages it uses (@azure/msal-node); the banner gives every output file one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Bundled although listed in bot/package.json. */
const BUNDLED = ['botbuilder'];

/** teams/botbuilder.ts as the build sees it: a static import esbuild bundles. */
const botbuilderImport = {
  name: 'botbuilder-import',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /[\\/]bot[\\/]src[\\/]teams[\\/]botbuilder\.ts$/ }, (args) => ({
      contents: "import * as botbuilder from 'botbuilder';\nexport { botbuilder };\n",
      loader: 'ts',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** @param {string} root the repository's root */
export const serverBuildOptions = (root) => {
  const deps = Object.keys(JSON.parse(readFileSync(path.join(root, 'bot/package.json'), 'utf8')).dependencies ?? {});
  const external = deps.filter((d) => !d.startsWith('@samen/') && !BUNDLED.includes(d));
  return {
    splitting: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external: external.flatMap((d) => [d, `${d}/*`]),
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    plugins: [botbuilderImport],
    logLevel: 'warning',
  };
};
