import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/Shell';
import { startBoot } from './app/useBoot';
import { loadCatalogues } from './catalogues';
import { parseRoute } from './router';

// Everything the first screen waits for starts here, at once, before React mounts: the page's code, the
// sign-in with /me and the page's reads, and the translations (the app renders when those are in).
preloadPage(parseRoute(window.location.hash));
startBoot();
const translations = loadCatalogues();

const root = document.getElementById('root');
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  // A chunk that failed to load still renders the app (its keys instead of text) rather than nothing.
  void translations.then(render, render);
}
