/** The app itself (React, Fluent UI, the shell): loaded by main.tsx beside the start-up, mounted with the translations. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addCatalogue, type Namespace } from '@samen/shared';
import type { CatalogueFiles } from '../catalogues';
import { App } from './App';

export const mount = (root: HTMLElement, catalogues: CatalogueFiles): void => {
  for (const [ns, catalogue] of Object.entries(catalogues)) addCatalogue(ns as Namespace, catalogue as never);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
