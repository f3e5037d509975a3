/**
 * The entry: small on purpose. Everything the first screen waits for starts here at once: the sign-in and
 * the boot call first (the browser has six connections per host, and the code takes several), then the
 * translations, the first page's code and the app itself (React, Fluent UI). The app mounts when it and
 * the translations are in; by then the boot call has usually answered.
 */
import { startBoot } from './app/boot';
import { preloadPage } from './app/pages';
import { readCatalogues } from './catalogues';
import { parseRoute } from './router';

void startBoot();
// A chunk that failed to load still mounts the app (its keys instead of text) rather than nothing.
const translations = readCatalogues().catch(() => ({}));
preloadPage(parseRoute(window.location.hash));
const app = import('./app/mount');

const root = document.getElementById('root');
if (root) void Promise.all([app, translations]).then(([{ mount }, catalogues]) => mount(root, catalogues));
