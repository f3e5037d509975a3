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
import { useAppStyles } from './App.styles';
import { Shell } from './Shell';
import { SignIn } from '../pages/SignIn/SignIn';

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

export const App = () => {
  const { theme, locale, boot, signIn, signOut } = useBoot();
  const styles = useAppStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root}>
      <LocaleProvider locale={locale}>
        {boot.status === 'loading' && <Spinner label={t('tab:common.loading', locale)} />}
        {boot.status === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{boot.message}</MessageBarBody>
          </MessageBar>
        )}
        {boot.status === 'signin' && <SignIn users={boot.users} onChoose={signIn} />}
        {boot.status === 'ready' && <Shell me={boot.me} localMode={boot.localMode} onSignOut={signOut} />}
      </LocaleProvider>
    </FluentProvider>
  );
};
