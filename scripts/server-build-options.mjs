/**
 * The one esbuild rule for the server, shared by the production build (build-server.mjs) and the fan-out
 * benchmark's worker (test/bench/worker-bundle.ts): ES modules for Node 20, split at dynamic imports (what
 * is imported lazily loads only when used), our code and the shared package bundled, the bot's npm
 * dependencies — and their subpaths, e.g. "luxon", "zod/v4" — left external to load from node_modules,
 * except botbuilder.
 *
 * botbuilder (CommonJS, ~780 modules with botframework-connector, the Azure pipeline, axios, …) is bundled
 * on its own, into one CommonJS file (botbuilder.cjs, written beside the output file that uses it), because
 * a restarted server sends nothing until it has loaded it: required from node_modules it costs ~0.5 s of
 * CPU, bundled ~0.6 s of which most is compiling, and bundled with a V8 code cache ~0.37 s (Node 20, this
 * 2-core machine). botbuilder.cjs holds all botbuilder needs, @azure/msal-node included (see
 * buildBotbuilder). The output loads it through bot/src/code-cache.ts, which keeps that cache beside the
 * file (written at the first start after a build). The source loads botbuilder with `require`
 * (teams/botbuilder.ts, so tsx and the tests skip Node's ES-module lexing of its re-export chain); the
 * build reads that one file as the code-cached require of botbuilder.cjs it stands for. Bundled CommonJS
 * code calls `require` for Node's built-ins and for the external packages it uses; the banner gives every
 * ES output file one, and botbuilder.cjs gets one from the module wrapper.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Bundled on its own although listed in bot/package.json. */
const BUNDLED = ['botbuilder'];
const BOTBUILDER_SOURCE = /(^|[\\/])bot[\\/]src[\\/]teams[\\/]botbuilder\.ts$/;

/** teams/botbuilder.ts as the build sees it: botbuilder.cjs beside the output, required with a code cache. */
const botbuilderImport = {
  name: 'botbuilder-import',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: BOTBUILDER_SOURCE }, (args) => ({
      contents: [
        "import { fileURLToPath } from 'node:url';",
        "import { requireWithCodeCache } from '../code-cache.js';",
        "export const botbuilder = requireWithCodeCache(fileURLToPath(new URL('./botbuilder.cjs', import.meta.url))).exports;",
        '',
      ].join('\n'),
      loader: 'ts',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** @param {string} root the repository's root */
const externalDependencies = (root) => {
  const deps = Object.keys(JSON.parse(readFileSync(path.join(root, 'bot/package.json'), 'utf8')).dependencies ?? {});
  return deps.filter((d) => !d.startsWith('@samen/') && !BUNDLED.includes(d)).flatMap((d) => [d, `${d}/*`]);
};

/** @param {string} root the repository's root */
export const serverBuildOptions = (root) => ({
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  metafile: true,
  external: externalDependencies(root),
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  plugins: [botbuilderImport],
  logLevel: 'warning',
});

/**
 * Writes botbuilder.cjs beside the output file that holds teams/botbuilder.ts, as read from the build's
 * metafile (serverBuildOptions asks for one); returns its path and size. Any stale code cache of an earlier
 * build is left to code-cache.ts, which never uses one whose source hash differs.
 * @param {string} root the repository's root
 * @param {import('esbuild').Metafile} metafile
 */
export const buildBotbuilder = async (root, metafile) => {
  const user = Object.entries(metafile.outputs).find(
    ([file, output]) => !file.endsWith('.map') && Object.keys(output.inputs).some((input) => BOTBUILDER_SOURCE.test(input)),
  );
  if (!user) throw new Error('bot/src/teams/botbuilder.ts is in no output file: nowhere to put botbuilder.cjs');
  // The metafile names outputs relative to esbuild's working folder (the process's), not to `root`.
  const outfile = path.join(path.resolve(path.dirname(user[0])), 'botbuilder.cjs');
  const result = await build({
    stdin: { contents: "module.exports = require('botbuilder');\n", resolveDir: path.join(root, 'bot'), loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Everything botbuilder requires goes in, @azure/msal-node included: bundled, it is the version
    // botframework-connector asks for (2.x, resolved from its own folder), where a require from bot/dist would
    // find the bot's own (3.x); and it is compiled with the same code cache (~90 ms of a restart otherwise).
    metafile: true,
    logLevel: 'warning',
  });
  // code-cache.ts runs the file through vm.Script, which has no loader for import(): none may be left in it.
  const dynamic = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
  if (dynamic.length > 0) throw new Error(`botbuilder.cjs would call import(): ${dynamic.map((i) => i.path).join(', ')}`);
  return { outfile, bytes: Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0) };
};
