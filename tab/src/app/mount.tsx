/** The app itself (React, Fluent UI, the shell): loaded by main.tsx beside the start-up, mounted with the translations. */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createDOMRenderer } from '@fluentui/react-components';
import type { CatalogueFiles } from '../catalogues';
import { settledBoot } from './boot';
import { takenOver, takeRoot } from './first-screen';
import { Root } from './Root';
import { addCatalogues } from './translations';

export const mount = (root: HTMLElement, catalogues: CatalogueFiles): void => {
  addCatalogues(catalogues);
  const app = <Root renderer={createDOMRenderer(document)} first={settledBoot()} prerender={null} onCommit={() => takenOver(root)} />;
  // The server's screen (app/first-screen.ts) is adopted as it is: the same tree drawn from the same data.
  if (takeRoot(root) === 'hydrate') hydrateRoot(root, app);
  else createRoot(root).render(app);
};
