import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const API_TARGET = 'http://localhost:3978';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@samen/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: which chunks the entry and the app shell import (test/support/tab-weight.ts)
    manifest: true,
    rollupOptions: {
      // The shared package is pure (domain, schemas, i18n tables): what the tab does not import is left out.
      // That also leaves out shared/src/i18n/index.ts, which adds every catalogue on load: the tab adds
      // them itself from one lazily loaded chunk (src/catalogues.ts), so they are not initial JavaScript.
      treeshake: { moduleSideEffects: (id) => !id.includes('/shared/src/') },
      // Fewer, larger chunks for the first screen (a browser opens six connections per host): small chunks
      // without side effects are merged where they are loaded anyway.
      output: { manualChunks: (id) => (id.includes('/shared/src/i18n/messages/') ? 'messages' : undefined), experimentalMinChunkSize: 20_000 },
    },
  },
  server: { proxy: { '/api': API_TARGET } },
});
