/** "Concepten" on the dashboard: meetings saved in the workspace and not sent yet, each a link back into it. */
import { Card, Link, Text, Title3 } from '@fluentui/react-components';
import { formatDateTime, type DashboardDraftDto } from '@samen/shared';
import { useLocale, useT } from '../../i18n';
import { hrefOf } from '../../router';
import { useDashboardStyles } from './Dashboard.styles';

export const Drafts = ({ drafts }: { drafts: readonly DashboardDraftDto[] }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useDashboardStyles();
  if (drafts.length === 0) return null;
  return (
    <section className={styles.meeting} aria-labelledby="dashboard-drafts" data-testid="dashboard-drafts">
      <Title3 as="h3" id="dashboard-drafts">{t('workspace:drafts.title')}</Title3>
      <Text>{t('workspace:drafts.intro')}</Text>
      <Card className={styles.meeting}>
        <ul className={styles.drafts}>
          {drafts.map((d) => (
            <li key={d.id} data-testid={`draft-${d.id}`}>
              <Link href={hrefOf({ page: 'werkplek', meetingId: d.id })}>{d.title}</Link>
              <Text className={styles.small}>
                {' · '}
                {[
                  t(`common:meetingTypes.${d.type}`),
                  d.firstStartsAt ? t('workspace:drafts.firstSession', { date: formatDateTime(d.firstStartsAt, locale) }) : t('workspace:drafts.noDate'),
                  t('workspace:drafts.created', { date: formatDateTime(d.createdAt, locale) }),
                ].join(' · ')}
              </Text>
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
};
