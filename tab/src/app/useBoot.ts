/** The app's start-up state for React: the result of the start-up main.tsx began (boot.ts), reload and sign-in. */
import { useCallback, useEffect, useState } from 'react';
import { toLocale, type Locale } from '@samen/shared';
import { errorText } from '../api';
import { askConsent, localUser } from '../auth';
import { onThemeChange, type Host, type TeamsTheme } from '../teams';
import { bootOf, settledBoot, startBoot, type Boot, type Started } from './boot';

export type { Boot } from './boot';

export const useBoot = (first: Started | null) => {
  const [host, setHost] = useState<Host | null>(() => (first ?? settledBoot())?.host ?? null);
  const [theme, setTheme] = useState<TeamsTheme>(() => (first ?? settledBoot())?.host.theme ?? 'default');
  const [boot, setBoot] = useState<Boot>(() => (first ?? settledBoot())?.boot ?? { status: 'loading' });
  const locale: Locale = toLocale(host?.locale ?? navigator.language);

  const load = useCallback(async (h: Host) => {
    setBoot({ status: 'loading' });
    setBoot(await bootOf(h));
  }, []);

  useEffect(() => {
    void startBoot().then(
      ({ host: h, boot: first }) => {
        setHost(h);
        setTheme(h.theme);
        onThemeChange(h, setTheme);
        setBoot(first);
      },
      (err: unknown) => setBoot({ status: 'error', message: errorText(err) }),
    );
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
