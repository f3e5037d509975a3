import { build, defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { fileURLToPath } from 'node:url';

const API_TARGET = 'http://localhost:3978';

// The shared package is pure (domain, schemas, i18n tables): what the tab does not import is left out.
// That also leaves out shared/src/i18n/index.ts, which adds every catalogue on load: the tab adds
// them itself from one lazily loaded chunk (src/catalogues.ts), so they are not initial JavaScript.
const treeshake = { moduleSideEffects: (id: string) => !id.includes('/shared/src/') };

const SHARED = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const EARLY = fileURLToPath(new URL('src/early.ts', import.meta.url));

/**
 * index.html's inline start (src/early.ts → src/app/early-boot.ts): the sign-in token and the boot call
 * begin as the page is parsed, not after the entry has been fetched and run. Bundled by Rollup from the
 * tab's own modules (auth.ts, api.ts, router.ts, prefetch.ts, first-screen.ts), with the same tree-shaking
 * as the app, at build time: it is their code, not a copy. Placed at the end of <body>, after #root; it
 * also starts the entry (main.tsx).
 */
const earlyStart = (): Plugin => {
  let script: Promise<string> | null = null;
  const bundle = async (): Promise<string> => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@samen/shared': SHARED } },
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry: EARLY, formats: ['iife'], name: 'samenEarly' },
        rollupOptions: { treeshake },
      },
    });
    const [result] = Array.isArray(out) ? out : [out];
    const chunk = (result as Rollup.RollupOutput).output.find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('src/early.ts: no bundle');
    return chunk.code.trim();
  };
  return {
    name: 'samen-early-start',
    transformIndexHtml: {
      order: 'post',
      handler: async (html, { bundle: built }) => {
        // In the build the entry is fetched early (prefetch: into the cache, not compiled) but run by the inline
        // start (app/early-boot.ts `runEntry`): for the server's first screen only once that screen is in, so that
        // compiling and running the entry on the page's one thread does not hold up the boot call's answer.
        const page = built ? html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, '<link rel="prefetch" crossorigin href="$1" data-entry>') : html;
        if (built && page === html) throw new Error('index.html: the entry script was not found');
        return { html: page, tags: [{ tag: 'script', children: await (script ??= bundle()), injectTo: 'body' }] };
      },
    },
  };
};

/**
 * Two builds (`npm run build -w tab`): the browser's (dist/) and, with `--ssr`, the server renderer of the
 * first screen (src/ssr/first-screen.tsx → dist/server/first-screen.cjs, loaded by bot/src/api/first-screen.ts;
 * the server does not serve dist/server/). That one bundles React and Fluent UI in (only what the screen
 * uses, production React): importing @fluentui/react-components whole costs Node ~2 s of CPU.
 */
export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // Beside every script, style sheet and page of the browser's build a brotli (.br) and a gzip (.gz) copy, which
  // the server sends to a browser that accepts them (bot/src/server.ts): the first screen's ~1 MB of JavaScript
  // travels as ~260 KB, with no compressing per request. The copies are made from the finished files, so
  // index.html's is made after the early start is written into it.
  plugins: isSsrBuild
    ? [react()]
    : [react(), earlyStart(), compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|json)$/, threshold: 1024 })],
  resolve: {
    alias: { '@samen/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  ...(isSsrBuild
    ? {
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        ssr: { noExternal: true, target: 'node' as const },
        publicDir: false,
        build: {
          outDir: 'dist/server',
          emptyOutDir: true,
          target: 'node20',
          // CommonJS, loaded with require: under tsx (tests, benchmarks) an ES module this size goes through
          // its loader's dynamic-import rewrite and inline source map, ~0.5 s of CPU; required, ~0.1 s as in plain Node.
          rollupOptions: { treeshake, output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'assets/[name]-[hash].cjs' } },
        },
      }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          sourcemap: true,
          chunkSizeWarningLimit: 1500,
          // dist/.vite/manifest.json: which chunks the entry and the app shell import (test/support/tab-weight.ts)
          manifest: true,
          rollupOptions: {
            treeshake,
            // Fewer, larger chunks for the first screen (a browser opens six connections per host): small chunks
            // without side effects are merged where they are loaded anyway.
            output: {
              manualChunks: (id: string) => (id.includes('/shared/src/i18n/messages/') ? 'messages' : undefined),
              experimentalMinChunkSize: 20_000,
            },
          },
        },
      }),
  server: { proxy: { '/api': API_TARGET } },
}));
