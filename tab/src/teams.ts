/**
 * Teams host detection. In a plain browser (local mode) `app.initialize()` never settles, so it is
 * raced against a short timeout, and skipped entirely when the page is not in a frame.
 */
import { app, authentication } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface Host {
  readonly inTeams: boolean;
  readonly locale: string | null;
  readonly theme: TeamsTheme;
}

const INIT_TIMEOUT_MS = 2000;

const inFrame = (): boolean => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
};

const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

const asTheme = (raw: string | undefined): TeamsTheme => (raw === 'dark' || raw === 'contrast' ? raw : 'default');

export const detectHost = async (): Promise<Host> => {
  const browser: Host = { inTeams: false, locale: navigator.language, theme: 'default' };
  if (!inFrame()) return browser;
  try {
    const settled = await Promise.race([app.initialize().then(() => 'ready' as const), timeout(INIT_TIMEOUT_MS)]);
    if (settled === 'timeout') return browser;
    const context = await app.getContext();
    return { inTeams: true, locale: context.app.locale, theme: asTheme(context.app.theme) };
  } catch {
    return browser;
  }
};

export const onThemeChange = (host: Host, handler: (theme: TeamsTheme) => void): void => {
  if (host.inTeams) app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme)));
};

/** Tenant mode: the Teams SSO token for the API (the server validates it; issue 7). */
export const ssoToken = (host: Host): Promise<string | null> =>
  host.inTeams ? authentication.getAuthToken().catch(() => null) : Promise.resolve(null);
