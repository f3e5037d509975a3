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
import { localToken, localUser } from '../auth';
import { parseRoute } from '../router';
import { browserTheme, inFrame, type TeamsTheme } from '../teams';
import { showFirstScreen, wantsFirstScreen } from './first-screen';
import { bootPath, takesFirstScreen } from './prefetch';

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
 * Runs the entry (main.tsx). In the build index.html only preloads it (`<link rel="modulepreload" data-entry>`,
 * tab/vite.config.ts) and the inline start runs it; in development (no such link) Vite's script tag does.
 */
export const runEntry = (): void => {
  const link = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"][data-entry]');
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
 * entry runs once the boot call is on its way; otherwise at once (the page needs the app's code to draw).
 */
export const startEarlyBoot = (): void => {
  if (inFrame() || !localUser.get()) {
    runEntry();
    return;
  }
  const hash = window.location.hash;
  const locale = toLocale(navigator.language);
  const theme = browserTheme();
  const screen = takesFirstScreen(parseRoute(hash)) && wantsFirstScreen();
  const path = bootPath(parseRoute(hash), screen ? theme : null);
  const token = localToken(API_BASE);
  const request = token.then((t) => fetch(`${API_BASE}${path}`, { headers: requestHeaders(locale, t) }));
  const sent = token.catch(() => null);
  if (screen) void sent.then(runEntry);
  else runEntry();
  const answer = request.then(readAnswer);
  void answer.then(
    ({ status, body }) => {
      const screen = status === 200 ? (body as { firstScreen?: Parameters<typeof showFirstScreen>[0] }).firstScreen : undefined;
      if (screen) showFirstScreen(screen, hash);
    },
    () => undefined,
  );
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
