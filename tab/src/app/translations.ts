/** Adds the catalogues catalogues.ts read to the one i18n layer (`t` from @samen/shared): in the browser (mount.tsx) and on the server (ssr/first-screen.tsx). */
import { addCatalogue, type Namespace } from '@samen/shared';
import type { CatalogueFiles } from '../catalogues';

export const addCatalogues = (catalogues: CatalogueFiles): void => {
  for (const [ns, catalogue] of Object.entries(catalogues)) addCatalogue(ns as Namespace, catalogue as never);
};
