/** Header with navigation and the page for the current hash route. */
import { Button, Link, Text, Title3 } from '@fluentui/react-components';
import type { MeDto } from '@samen/shared';
import { useT } from '../i18n';
import { hrefOf, useRoute } from '../router';
import { useAppStyles } from './App.styles';
import { Home } from '../pages/Home/Home';
import { School } from '../pages/School/School';
import { Bijeenkomsten } from '../pages/Bijeenkomsten/Bijeenkomsten';
import { Dashboard } from '../pages/Dashboard/Dashboard';
import { TabConfig } from '../pages/TabConfig/TabConfig';

interface Props {
  readonly me: MeDto;
  readonly localMode: boolean;
  readonly onSignOut: () => void;
}

const Page = ({ me }: { me: MeDto }) => {
  const route = useRoute();
  switch (route.page) {
    case 'config':
      return <TabConfig me={me} />;
    case 'school':
      return <School me={me} schoolId={route.schoolId} section={route.section} />;
    case 'bijeenkomsten':
      return <Bijeenkomsten />;
    case 'dashboard':
      return <Dashboard />;
    default:
      return <Home me={me} />;
  }
};

export const Shell = ({ me, localMode, onSignOut }: Props) => {
  const t = useT();
  const styles = useAppStyles();
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.brand}>{t('common:appName')}</Title3>
        <nav className={styles.nav}>
          <Link href={hrefOf({ page: 'home' })}>{t('tab:nav.home')}</Link>
          <Link href={hrefOf({ page: 'bijeenkomsten' })}>{t('tab:nav.bijeenkomsten')}</Link>
          {me.isCoordinator && <Link href={hrefOf({ page: 'dashboard' })}>{t('tab:nav.dashboard')}</Link>}
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
        <Page me={me} />
      </main>
    </>
  );
};
