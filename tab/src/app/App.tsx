import { lazy, Suspense } from 'react';
import {
  FluentProvider,
  Spinner,
  MessageBar,
  MessageBarBody,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { LocaleProvider } from '../i18n';
import { t } from '@samen/shared';
import { useBoot } from './useBoot';
import type { Started } from './boot';
import { useAppStyles } from './App.styles';
import { Shell } from './Shell';

const SignIn = lazy(() => import('../pages/SignIn/SignIn').then((m) => ({ default: m.SignIn })));
const Consent = lazy(() => import('../pages/Consent/Consent').then((m) => ({ default: m.Consent })));

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

/** `first`: the start-up's result when it is already in (on the server always: ssr/first-screen.tsx). */
export const App = ({ first }: { first: Started | null }) => {
  const { theme, locale, boot, signIn, signOut, consent } = useBoot(first);
  const styles = useAppStyles();
  const loading = <Spinner label={t('tab:common.loading', locale)} />;
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root} data-theme={theme}>
      <LocaleProvider locale={locale}>
        <Suspense fallback={loading}>
          {boot.status === 'loading' && loading}
          {(boot.status === 'error' || boot.status === 'outsideTeams') && (
            <main className={styles.main}>
              <MessageBar intent="error">
                <MessageBarBody>{boot.status === 'error' ? boot.message : t('tab:auth.openInTeams', locale)}</MessageBarBody>
              </MessageBar>
            </main>
          )}
          {boot.status === 'signin' && <SignIn users={boot.users} onChoose={signIn} />}
          {boot.status === 'consent' && <Consent failed={boot.failed} onConsent={() => void consent()} />}
          {boot.status === 'ready' && <Shell me={boot.me} localMode={boot.localMode} onSignOut={signOut} />}
        </Suspense>
      </LocaleProvider>
    </FluentProvider>
  );
};
