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
    rollupOptions: {
      // The shared package is pure (domain, schemas, i18n tables): what the tab does not import is left out.
      treeshake: { moduleSideEffects: (id) => !id.includes('/shared/src/') },
    },
  },
  server: { proxy: { '/api': API_TARGET } },
});
