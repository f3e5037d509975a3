/** Header with navigation and the page for the current hash route; pages load on first use. */
import { lazy, Suspense } from 'react';
import { Button, Link, Spinner, Text, Title3 } from '@fluentui/react-components';
import type { MeDto } from '@samen/shared';
import { useT } from '../i18n';
import { hrefOf, useRoute, type Route } from '../router';
import { useAppStyles } from './App.styles';

const PAGES = {
  home: () => import('../pages/Home/Home'),
  school: () => import('../pages/School/School'),
  bijeenkomsten: () => import('../pages/Bijeenkomsten/Bijeenkomsten'),
  dashboard: () => import('../pages/Dashboard/Dashboard'),
  config: () => import('../pages/TabConfig/TabConfig'),
  framework: () => import('../pages/Framework/FrameworkEditor'),
  werkplek: () => import('../pages/Werkplek/Werkplek'),
  niveauTemplates: () => import('../pages/NiveauTemplates/NiveauTemplates'),
  privacy: () => import('../pages/Privacy/Privacy'),
} satisfies Record<Route['page'], () => Promise<unknown>>;

/** Starts loading the page of a route while the app still signs in (the browser keeps the module). */
export const preloadPage = (route: Route): void => void PAGES[route.page]().catch(() => undefined);

const Home = lazy(() => PAGES.home().then((m) => ({ default: m.Home })));
const School = lazy(() => PAGES.school().then((m) => ({ default: m.School })));
const Bijeenkomsten = lazy(() => PAGES.bijeenkomsten().then((m) => ({ default: m.Bijeenkomsten })));
const Dashboard = lazy(() => PAGES.dashboard().then((m) => ({ default: m.Dashboard })));
const TabConfig = lazy(() => PAGES.config().then((m) => ({ default: m.TabConfig })));
const FrameworkEditor = lazy(() => PAGES.framework().then((m) => ({ default: m.FrameworkEditor })));
const Werkplek = lazy(() => PAGES.werkplek().then((m) => ({ default: m.Werkplek })));
const NiveauTemplates = lazy(() => PAGES.niveauTemplates().then((m) => ({ default: m.NiveauTemplates })));
const Privacy = lazy(() => PAGES.privacy().then((m) => ({ default: m.Privacy })));

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
