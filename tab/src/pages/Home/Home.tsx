/** Start page: my schools (all schools for a coördinator), my meetings, the dashboard. */
import { Badge, Card, CardHeader, Link, Text, Title2 } from '@fluentui/react-components';
import type { MeDto } from '@samen/shared';
import { useT } from '../../i18n';
import { hrefOf } from '../../router';
import { Loaded } from '../../components/Loaded';
import { useHome } from './useHome';
import { useHomeStyles } from './Home.styles';

export const Home = ({ me }: { me: MeDto }) => {
  const t = useT();
  const styles = useHomeStyles();
  const { schools, reload } = useHome();
  return (
    <div className={styles.root}>
      <Title2 as="h2">{t('tab:nav.mySchools')}</Title2>
      {me.isCoordinator && <Link href={hrefOf({ page: 'dashboard' })}>{t('tab:nav.dashboard')}</Link>}
      <Loaded value={schools} onRetry={reload}>
        {(list) => (
          <div className={styles.grid}>
            {list.map((s) => (
              <Card key={s.id}>
                <CardHeader
                  header={
                    <Link href={hrefOf({ page: 'school', schoolId: s.id, section: 'niveaus' })}>{s.name}</Link>
                  }
                  description={<Text size={200}>{`${s.place} · ${t(`common:sectors.${s.sector}`)}`}</Text>}
                />
                {s.isMember && <Badge appearance="outline">{t(`common:regions.${s.region}`)}</Badge>}
              </Card>
            ))}
          </div>
        )}
      </Loaded>
    </div>
  );
};
