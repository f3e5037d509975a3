/** Starting up: find the host (Teams or a browser), the locale and theme, and who is signed in. */
import { useCallback, useEffect, useState } from 'react';
import { t, toLocale, type LocalUserDto, type Locale, type MeDto } from '@samen/shared';
import { api, API_BASE, ApiError, configureApi, errorText } from '../api';
import { askConsent, ConsentRequiredError, localToken, localUser, teamsToken } from '../auth';
import { detectHost, onThemeChange, type Host, type TeamsTheme } from '../teams';
import { parseRoute } from '../router';
import { prefetchRoute } from './prefetch';

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

const signedIn = async (host: Host, locale: Locale): Promise<Boot> => {
  // A remembered local sign-in fetches its token alongside the user list (tenant mode: a harmless 404).
  const [users] = await Promise.all([localUsers(), localUser.get() && !host.inTeams ? localToken(API_BASE).catch(() => null) : null]);
  if (users) {
    configureApi(locale, () => localToken(API_BASE), renewLocal);
    if (!users.some((u) => u.id === localUser.get())) {
      localUser.clear();
      return { status: 'signin', users };
    }
  } else {
    if (!host.inTeams) return { status: 'error', message: t('tab:auth.openInTeams', locale) };
    configureApi(locale, () => teamsToken(host));
  }
  const me = api.get<MeDto>('/me');
  prefetchRoute(parseRoute(window.location.hash));
  return { status: 'ready', me: await me, localMode: users !== null };
};

export const useBoot = () => {
  const [host, setHost] = useState<Host | null>(null);
  const [theme, setTheme] = useState<TeamsTheme>('default');
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const locale: Locale = toLocale(host?.locale ?? navigator.language);

  const load = useCallback(async (h: Host) => {
    setBoot({ status: 'loading' });
    try {
      setBoot(await signedIn(h, toLocale(h.locale)));
    } catch (err) {
      setBoot(err instanceof ConsentRequiredError ? { status: 'consent', failed: false } : { status: 'error', message: errorText(err) });
    }
  }, []);

  useEffect(() => {
    void detectHost().then((h) => {
      configureApi(toLocale(h.locale), async () => null);
      setHost(h);
      setTheme(h.theme);
      onThemeChange(h, setTheme);
      void load(h);
    });
  }, [load]);

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
