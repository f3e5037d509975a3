/**
 * The boot call begun by index.html itself (#17). The entry is a module script: the browser runs it only
 * after fetching it, once the page is parsed, and it then asks for the token and the boot call one after
 * the other. This code is bundled from these same modules into an inline script at the end of index.html's
 * body (tab/vite.config.ts, src/early.ts), so the token and the boot call start the moment the page is
 * parsed, and the server's first screen (first-screen.ts) is shown when it arrives, whether the entry has
 * run or not. The entry (boot.ts) then takes the answer over instead of asking again.
 * Only where the entry itself begins with a local token: outside a frame, with a remembered local sign-in
 * (local mode). Inside Teams the token comes from teams-js in the app, as before. The requests are the
 * app's own (same token, headers and path); the server checks them as it checks every request.
 */
import { toLocale, type Locale } from '@samen/shared';
import { API_BASE, readAnswer, requestHeaders, type Answer } from '../api';
import { localToken, localTokenWithBoot, localUser } from '../auth';
import { parseRoute } from '../router';
import { browserTheme, inFrame, type TeamsTheme } from '../teams';
import { showFirstScreen, wantsFirstScreen } from './first-screen';
import { bootPath, bootQuery, takesFirstScreen } from './prefetch';

export interface EarlyBoot {
  /** What the boot call was made for: the entry takes it over only for the same. */
  readonly hash: string;
  readonly locale: Locale;
  readonly theme: TeamsTheme;
  /** The local token request (auth.ts adopts it). */
  readonly token: Promise<string | null>;
  /** Settles once the boot call has been handed to the browser (or will not be). */
  readonly sent: Promise<unknown>;
  readonly answer: Promise<Answer>;
}

/** Where the inline script leaves its requests for the entry (a separate bundle: a global is the only way across). */
const SLOT = '__samenEarlyBoot';
type Slot = { [SLOT]?: EarlyBoot };

/**
 * Runs the entry (main.tsx). In the build index.html only prefetches it (`<link rel="prefetch" data-entry>`,
 * tab/vite.config.ts: fetched, not yet compiled) and the inline start runs it; in development (no such link) Vite's script tag does.
 */
export const runEntry = (): void => {
  const link = document.querySelector<HTMLLinkElement>('link[data-entry]');
  if (!link || document.querySelector(`script[src="${link.getAttribute('href')}"]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = link.getAttribute('href')!;
  document.head.append(script);
};

/**
 * The inline start: sign-in token, boot call, and the first screen when it comes; then the entry. Inside
 * a frame or without a local sign-in it only runs the entry. With the server's first screen coming, the
 * entry runs once that screen is in (or will not come): until then the page's one thread is kept for the
 * requests' answers, and index.html only prefetches the entry. Otherwise it runs at once (the page needs the
 * app's code to draw).
 */
export const startEarlyBoot = (): void => {
  if (inFrame() || !localUser.get()) {
    runEntry();
    return;
  }
  const hash = window.location.hash;
  const locale = toLocale(navigator.language);
  const theme = browserTheme();
  const route = parseRoute(hash);
  const screen = takesFirstScreen(route) && wantsFirstScreen();
  const render = screen ? theme : null;
  const alone = (t: Promise<string | null>): Promise<Answer> =>
    t.then((token) => fetch(`${API_BASE}${bootPath(route, render)}`, { headers: requestHeaders(locale, token) })).then(readAnswer);
  // Without a fresh token, one request brings the token and the boot call's answer (auth.ts); else the boot call goes with the token.
  const together = localTokenWithBoot(API_BASE, bootQuery(route, render), requestHeaders(locale, null));
  const token = together?.token ?? localToken(API_BASE);
  const answer = together ? together.boot.then((boot) => (boot ? { status: 200, statusText: 'OK', body: boot } : alone(token))) : alone(token);
  const sent = together ? Promise.resolve() : token.catch(() => null);
  if (!screen) runEntry();
  void answer.then(
    ({ status, body }) => {
      const shown = status === 200 ? (body as { firstScreen?: Parameters<typeof showFirstScreen>[0] }).firstScreen : undefined;
      if (shown) showFirstScreen(shown, hash);
    },
    () => undefined,
  ).finally(() => { if (screen) runEntry(); });
  (window as Slot)[SLOT] = { hash, locale, theme, token, sent, answer };
};

/** The inline start's requests, if it made any (the entry adopts its token request). */
export const earlyBoot = (): EarlyBoot | null => (window as Slot)[SLOT] ?? null;

/** The inline start's boot call, taken once, if it was made for this hash, language and theme. */
export const takeEarlyBoot = (hash: string, locale: Locale, theme: TeamsTheme): EarlyBoot | null => {
  const early = earlyBoot();
  if (!early || early.hash !== hash || early.locale !== locale || early.theme !== theme) return null;
  delete (window as Slot)[SLOT];
  return early;
};
