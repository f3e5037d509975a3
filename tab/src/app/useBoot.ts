/** Starting up: find the host (Teams or a browser), the locale and theme, and who is signed in. */
import { useCallback, useEffect, useState } from 'react';
import { t, toLocale, type BootDto, type LocalUserDto, type Locale, type MeDto } from '@samen/shared';
import { api, API_BASE, ApiError, configureApi, errorText } from '../api';
import { askConsent, ConsentRequiredError, localToken, localUser, teamsToken } from '../auth';
import { detectHost, onThemeChange, type Host, type TeamsTheme } from '../teams';
import { parseRoute } from '../router';
import { bootPath, prefetchRoute, seedFromBoot } from './prefetch';

export type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'signin'; readonly users: readonly LocalUserDto[] }
  | { readonly status: 'consent'; readonly failed: boolean }
  | { readonly status: 'ready'; readonly me: MeDto; readonly localMode: boolean }
  | { readonly status: 'error'; readonly message: string };

/** null = tenant mode (the endpoint exists only in local mode). */
const localUsers = async (): Promise<LocalUserDto[] | null> => {
  try {
    return await api.get<LocalUserDto[]>('/local/users');
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
};

/** Forgets the cached dev token once, so a 401 is retried with a fresh one. */
const renewLocal = (): boolean => {
  const id = localUser.get();
  if (!id) return false;
  localUser.set(id);
  return true;
};

/** Who I am, with the first page's reads in the same boot call or beside it (app/prefetch.ts). */
const ready = async (localMode: boolean): Promise<Boot> => {
  const route = parseRoute(window.location.hash);
  const boot = api.get<BootDto>(bootPath(route));
  prefetchRoute(route);
  const first = await boot;
  seedFromBoot(route, first);
  return { status: 'ready', me: first.me, localMode };
};

const signedIn = async (host: Host, locale: Locale): Promise<Boot> => {
  // A remembered local sign-in goes straight to its token and the first screen's reads. The user list is
  // asked only when that fails with 401: the server no longer knows the person, or has no local mode.
  if (localUser.get() && !host.inTeams) {
    configureApi(locale, () => localToken(API_BASE), renewLocal);
    try {
      return await ready(true);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
    }
  }
  const users = await localUsers();
  if (users) {
    configureApi(locale, () => localToken(API_BASE), renewLocal);
    if (!users.some((u) => u.id === localUser.get())) {
      localUser.clear();
      return { status: 'signin', users };
    }
    return ready(true);
  }
  if (!host.inTeams) return { status: 'error', message: t('tab:auth.openInTeams', locale) };
  configureApi(locale, () => teamsToken(host));
  return ready(false);
};

const bootOf = (host: Host): Promise<Boot> =>
  signedIn(host, toLocale(host.locale)).catch(
    (err: unknown): Boot => (err instanceof ConsentRequiredError ? { status: 'consent', failed: false } : { status: 'error', message: errorText(err) }),
  );

interface Started {
  readonly host: Host;
  readonly boot: Boot;
}

let started: Promise<Started> | null = null;

const begin = async (): Promise<Started> => {
  const host = await detectHost();
  configureApi(toLocale(host.locale), async () => null);
  return { host, boot: await bootOf(host) };
};

/**
 * Called by main.tsx before React mounts, so finding the host, the sign-in, /me and the first page's
 * reads are under way while the app's code and translations still load; useBoot picks up the result.
 */
export const startBoot = (): void => {
  started ??= begin();
};

export const useBoot = () => {
  const [host, setHost] = useState<Host | null>(null);
  const [theme, setTheme] = useState<TeamsTheme>('default');
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const locale: Locale = toLocale(host?.locale ?? navigator.language);

  const load = useCallback(async (h: Host) => {
    setBoot({ status: 'loading' });
    setBoot(await bootOf(h));
  }, []);

  useEffect(() => {
    startBoot();
    void started?.then(({ host: h, boot: first }) => {
      setHost(h);
      setTheme(h.theme);
      onThemeChange(h, setTheme);
      setBoot(first);
    });
  }, []);

  const reload = useCallback(() => { if (host) void load(host); }, [host, load]);
  const signIn = useCallback((id: string) => { localUser.set(id); reload(); }, [reload]);
  const signOut = useCallback(() => { localUser.clear(); reload(); }, [reload]);
  const consent = useCallback(async () => {
    try {
      await askConsent();
      reload();
    } catch {
      setBoot({ status: 'consent', failed: true });
    }
  }, [reload]);

  return { host, theme, locale, boot, signIn, signOut, consent, reload };
};
