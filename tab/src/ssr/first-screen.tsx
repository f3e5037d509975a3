/**
 * The tab's first screen rendered on the server: the niveau-overzicht a boot call carried, drawn by the
 * same components and the same root (app/Root.tsx) as in the browser, so React there takes the HTML over
 * as it is. Built on its own by `npm run build -w tab` into tab/dist/server/first-screen.cjs (Fluent UI and
 * React bundled in, only what this screen uses); the server loads that file (bot/src/api/first-screen.ts).
 * The HTML is React's (every text escaped); the styles are Griffel's rules that can match that HTML (used-styles.ts).
 */
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createDOMRenderer, renderToStyleElements } from '@fluentui/react-components';
import type { FirstScreenInput, RenderFirstScreen } from '@samen/shared';
import { Root } from '../app/Root';
import { loadPage } from '../app/pages';
import { bootReads } from '../app/prefetch';
import { addCatalogues } from '../app/translations';
import { readCatalogues } from '../catalogues';
import { hrefOf, type Route } from '../router';
import { usedBy } from './used-styles';

/** The translations, read once (the same files as in the browser). */
let translations: Promise<void> | null = null;

/**
 * The page's code and the translations in, as in the browser before it mounts (main.tsx), so the page
 * renders at once instead of suspending. The server calls it as soon as it has loaded this file.
 */
export const prepareFirstScreen = async (): Promise<void> => {
  await Promise.all([loadPage('school'), (translations ??= readCatalogues().then(addCatalogues))]);
};

/**
 * One Griffel renderer for every screen: the rules a component needs are made and kept once, not again for
 * each boot call (the same few hundred, whatever the school). Each screen sends only the rules its own HTML
 * uses (used-styles.ts), so what earlier screens needed does not travel along.
 */
const renderer = createDOMRenderer();

export const renderFirstScreen: RenderFirstScreen = async ({ boot, schoolId, theme, locale, localMode }: FirstScreenInput) => {
  const route: Route = { page: 'school', schoolId, section: 'niveaus' };
  await prepareFirstScreen();
  const html = renderToString(
    <Root
      renderer={renderer}
      first={{ host: { inTeams: false, locale, theme }, boot: { status: 'ready', me: boot.me, localMode } }}
      prerender={{ hash: hrefOf(route), reads: bootReads(route, boot) }}
    />,
  );
  return { html, styles: renderToStaticMarkup(<>{renderToStyleElements(usedBy(renderer, html))}</>) };
};
