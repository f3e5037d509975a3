/**
 * The entry: small on purpose. Everything the first screen waits for starts here: the sign-in first, then
 * the translations and the app itself (React, Fluent UI), and the first page's code once the boot call has
 * been sent. A browser opens six connections per host; the page's code comes in many chunks, and a boot
 * call queued behind them waited hundreds of milliseconds. The app mounts when it, the translations and
 * the first page's code are in; by then the boot call has usually answered.
 */
import { bootSent, startBoot } from './app/boot';
import { loadPage } from './app/pages';
import { readCatalogues } from './catalogues';
import { parseRoute } from './router';

void startBoot();
// A chunk that failed to load still mounts the app (its keys instead of text) rather than nothing.
const translations = readCatalogues().catch(() => ({}));
const app = import('./app/mount');
// The app mounts with the first page's code in, so that page renders at once instead of suspending.
const firstPage = bootSent.then(() => loadPage(parseRoute(window.location.hash).page)).catch(() => undefined);

const root = document.getElementById('root');
if (root) void Promise.all([app, translations, firstPage]).then(([{ mount }, catalogues]) => mount(root, catalogues));
