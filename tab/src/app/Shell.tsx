/** Header with navigation and the page for the current hash route; pages load on first use. */
import { createElement, lazy, Suspense, useState, type ComponentType } from 'react';
import { Button, Link, Spinner, Text, Title3 } from '@fluentui/react-components';
import type { MeDto } from '@samen/shared';
import { useT } from '../i18n';
import { hrefOf, type Route } from '../router';
import { useRoute } from './useRoute';
import { useAppStyles } from './App.styles';
import { loadedPage, loadPage, type PageModule, type PageName } from './pages';

/**
 * A page component that loads its code on first use, like React.lazy, but renders at once when the
 * code is already in (the first page, preloaded by main.tsx): React shows a suspended page's fallback
 * for at least 300 ms, which the first screen would otherwise always pay.
 */
const pageComponent = <K extends PageName, P extends object>(page: K, pick: (m: PageModule<K>) => ComponentType<P>): ComponentType<P> => {
  const Lazy = lazy(() => loadPage(page).then((m) => ({ default: pick(m) })));
  const Page = (props: P) => {
    // Chosen once per mount: switching from Lazy to the loaded component on a later render would
    // remount the page and lose its state (an open dialog, a half-filled form).
    const [module] = useState(() => loadedPage(page));
    return module ? createElement(pick(module), props) : createElement(Lazy, props);
  };
  return Page;
};

const Home = pageComponent('home', (m) => m.Home);
const School = pageComponent('school', (m) => m.School);
const Bijeenkomsten = pageComponent('bijeenkomsten', (m) => m.Bijeenkomsten);
const Dashboard = pageComponent('dashboard', (m) => m.Dashboard);
const TabConfig = pageComponent('config', (m) => m.TabConfig);
const FrameworkEditor = pageComponent('framework', (m) => m.FrameworkEditor);
const Werkplek = pageComponent('werkplek', (m) => m.Werkplek);
const NiveauTemplates = pageComponent('niveauTemplates', (m) => m.NiveauTemplates);
const Privacy = pageComponent('privacy', (m) => m.Privacy);

interface Props {
  readonly me: MeDto;
  readonly localMode: boolean;
  readonly onSignOut: () => void;
}

const Page = ({ me, route }: { me: MeDto; route: Route }) => {
  switch (route.page) {
    case 'config':
      return <TabConfig me={me} />;
    case 'school':
      return <School me={me} schoolId={route.schoolId} section={route.section} />;
    case 'bijeenkomsten':
      return <Bijeenkomsten />;
    case 'dashboard':
      return <Dashboard />;
    case 'niveauTemplates':
      return <NiveauTemplates sector={route.sector} canEdit={me.isCoordinator} />;
    case 'framework':
      return <FrameworkEditor schoolYear={route.schoolYear ?? me.schoolYear} currentYear={me.schoolYear} />;
    case 'werkplek':
      return <Werkplek meetingId={route.meetingId} />;
    case 'privacy':
      return <Privacy me={me} />;
    default:
      return <Home me={me} />;
  }
};

export const Shell = ({ me, localMode, onSignOut }: Props) => {
  const t = useT();
  const styles = useAppStyles();
  // The route lives outside the Suspense boundary, so a page still loading never misses a hash change.
  const route = useRoute();
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.brand}>{t('common:appName')}</Title3>
        <nav className={styles.nav} aria-label={t('common:appName')}>
          <Link href={hrefOf({ page: 'home' })}>{t('tab:nav.home')}</Link>
          <Link href={hrefOf({ page: 'bijeenkomsten' })}>{t('tab:nav.bijeenkomsten')}</Link>
          {me.isCoordinator && <Link href={hrefOf({ page: 'dashboard' })}>{t('tab:nav.dashboard')}</Link>}
          {me.isCoordinator && <Link href={hrefOf({ page: 'framework', schoolYear: null })}>{t('tab:nav.framework')}</Link>}
          {me.isCoordinator && <Link href={hrefOf({ page: 'niveauTemplates', sector: 'PO' })}>{t('niveauTemplates:nav')}</Link>}
          <Link href={hrefOf({ page: 'privacy' })}>{t('privacy:title')}</Link>
        </nav>
        <div className={styles.user}>
          <Text weight="semibold" data-testid="signed-in-as">{me.name}</Text>
          {localMode && (
            <Button size="small" appearance="subtle" onClick={onSignOut}>
              {t('tab:common.signOut')}
            </Button>
          )}
        </div>
      </header>
      <main className={styles.main}>
        <Suspense fallback={<Spinner label={t('tab:common.loading')} />}>
          <Page me={me} route={route} />
        </Suspense>
      </main>
    </>
  );
};
