import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/Shell';
import { startBoot } from './app/useBoot';
import { loadCatalogues } from './catalogues';
import { parseRoute } from './router';

// Everything the first screen waits for starts here, at once, before React mounts: the sign-in and the
// boot call first (the browser has six connections per host, and the page's code takes several), then
// the translations (the app renders when they are in) and the page's code.
startBoot();
const translations = loadCatalogues();
preloadPage(parseRoute(window.location.hash));

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
