/**
 * Teams host detection. teams-js is loaded only inside a frame (in a plain browser it would fetch
 * its domain list from a CDN for nothing), and `app.initialize()` is raced against a short timeout
 * because outside Teams it never settles.
 */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface Host {
  readonly inTeams: boolean;
  readonly locale: string | null;
  readonly theme: TeamsTheme;
}

const INIT_TIMEOUT_MS = 2000;

export const inFrame = (): boolean => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
};

export const loadTeams = () => import('@microsoft/teams-js');

const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

const asTheme = (raw: string | undefined): TeamsTheme => (raw === 'dark' || raw === 'contrast' ? raw : 'default');

const THEME_KEY = 'samen.theme';

/** Outside Teams: `?theme=dark|contrast|default` (remembered in this browser) picks the theme. */
export const browserTheme = (): TeamsTheme => {
  const asked = new URLSearchParams(window.location.search).get('theme');
  if (asked) localStorage.setItem(THEME_KEY, asked);
  return asTheme(asked ?? localStorage.getItem(THEME_KEY) ?? undefined);
};

export const detectHost = async (): Promise<Host> => {
  const browser: Host = { inTeams: false, locale: navigator.language, theme: browserTheme() };
  if (!inFrame()) return browser;
  try {
    const { app } = await loadTeams();
    const settled = await Promise.race([app.initialize().then(() => 'ready' as const), timeout(INIT_TIMEOUT_MS)]);
    if (settled === 'timeout') return browser;
    const context = await app.getContext();
    return { inTeams: true, locale: context.app.locale, theme: asTheme(context.app.theme) };
  } catch {
    return browser;
  }
};

export const onThemeChange = (host: Host, handler: (theme: TeamsTheme) => void): void => {
  if (host.inTeams) void loadTeams().then(({ app }) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))));
};

/**
 * Inside the Teams dialog the bot opened (task/fetch; frame context "task"): hands `result` to the bot
 * (task/submit) and so closes the dialog. Anywhere else it does nothing and says false.
 */
export const submitDialog = async (result: Readonly<Record<string, string>>): Promise<boolean> => {
  if (!inFrame()) return false;
  try {
    const { app, dialog, FrameContexts } = await loadTeams();
    if (!app.isInitialized()) return false;
    const context = await app.getContext();
    if (context.page.frameContext !== FrameContexts.task) return false;
    dialog.url.submit(result);
    return true;
  } catch {
    return false;
  }
};
