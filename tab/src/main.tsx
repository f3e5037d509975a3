/**
 * The entry: small on purpose. Everything the first screen waits for starts here: the sign-in first, then
 * the translations and the app itself (React, Fluent UI), and the first page's code once the boot call has
 * been sent. A browser opens six connections per host; the page's code comes in many chunks, and a boot
 * call queued behind them waited hundreds of milliseconds. The app mounts when it, the translations and
 * the first page's code are in; by then the boot call has usually answered.
 * In local mode outside Teams, index.html's inline start (app/early-boot.ts) has already asked for the token
 * and the boot call, and runs this entry; startBoot then takes that call over instead of making its own.
 * A niveau-overzicht comes rendered by the server with the boot call (app/first-screen.ts): then the app's
 * code is asked for only once the boot call has answered and that screen is shown, so the boot call and
 * the screen have the connections and the browser's main thread to themselves (the app is ~250 KB gzip
 * to download, compile and run); React takes the screen over when it is in.
 */
import { bootSent, startBoot } from './app/boot';
import { takesFirstScreen } from './app/prefetch';
import { loadPage } from './app/pages';
import { readCatalogues } from './catalogues';
import { parseRoute } from './router';

const started = startBoot();
const route = parseRoute(window.location.hash);
const appAfter: Promise<unknown> = takesFirstScreen(route) ? started.catch(() => undefined) : Promise.resolve();
// A chunk that failed to load still mounts the app (its keys instead of text) rather than nothing.
const translations = appAfter.then(readCatalogues).catch(() => ({}));
const app = appAfter.then(() => import('./app/mount'));
// The app mounts with the first page's code in, so that page renders at once instead of suspending.
const firstPage = Promise.all([bootSent, appAfter]).then(() => loadPage(parseRoute(window.location.hash).page)).catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  void Promise.all([app, translations, firstPage]).then(async ([{ mount }, catalogues]) => {
    // The server's first screen is shown (app/first-screen.ts): React takes it over with the start-up's result.
    if (root.hasChildNodes()) await started.catch(() => undefined);
    mount(root, catalogues);
  });
}
