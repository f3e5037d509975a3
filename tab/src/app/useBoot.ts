/** Starting up: find the host (Teams or a browser), the locale and theme, and who is signed in. */
import { useCallback, useEffect, useState } from 'react';
import { toLocale, type LocalUserDto, type Locale, type MeDto } from '@samen/shared';
import { api, ApiError, configureApi, errorText, localUser } from '../api';
import { detectHost, onThemeChange, ssoToken, type Host, type TeamsTheme } from '../teams';

export type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'signin'; readonly users: readonly LocalUserDto[] }
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

const signedIn = async (): Promise<Boot> => {
  const users = await localUsers();
  const chosen = localUser.get();
  if (users && !users.some((u) => u.id === chosen)) {
    localUser.clear();
    return { status: 'signin', users };
  }
  return { status: 'ready', me: await api.get<MeDto>('/me'), localMode: users !== null };
};

export const useBoot = () => {
  const [host, setHost] = useState<Host | null>(null);
  const [theme, setTheme] = useState<TeamsTheme>('default');
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const locale: Locale = toLocale(host?.locale ?? navigator.language);

  const load = useCallback(async () => {
    setBoot({ status: 'loading' });
    try {
      setBoot(await signedIn());
    } catch (err) {
      setBoot({ status: 'error', message: errorText(err) });
    }
  }, []);

  useEffect(() => {
    void detectHost().then((h) => {
      configureApi(toLocale(h.locale), () => ssoToken(h));
      setHost(h);
      setTheme(h.theme);
      onThemeChange(h, setTheme);
      void load();
    });
  }, [load]);

  const signIn = useCallback((id: string) => { localUser.set(id); void load(); }, [load]);
  const signOut = useCallback(() => { localUser.clear(); void load(); }, [load]);

  return { host, theme, locale, boot, signIn, signOut, reload: load };
};
