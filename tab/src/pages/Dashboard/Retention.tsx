/** "Opschoning" on the dashboard: when the next clean-up by the retention rules runs, and what the last one did (counts only). */
import { Card, Text, Title3 } from '@fluentui/react-components';
import { formatDateTime, RETENTION_COUNTS, type RetentionStatusDto } from '@samen/shared';
import { api } from '../../api';
import { Loaded } from '../../components/Loaded';
import { useLoad } from '../../hooks/useLoad';
import { useLocale, useT } from '../../i18n';
import { useDashboardStyles } from './Dashboard.styles';

export const RetentionSummary = ({ status }: { status: RetentionStatusDto }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useDashboardStyles();
  const last = status.lastRun;
  const done = last ? RETENTION_COUNTS.filter((k) => last.counts[k] > 0).map((k) => t(`retention:counts.${k}`, { count: last.counts[k] })) : [];
  return (
    <Card className={styles.meeting} data-testid="dashboard-retention">
      <Text weight="semibold">{t('retention:next', { date: formatDateTime(status.nextRunAt, locale) })}</Text>
      <Text>
        {last ? `${t('retention:last', { date: formatDateTime(last.ranAt, locale) })} ${done.length > 0 ? done.join(' · ') : t('retention:nothing')}` : t('retention:never')}
      </Text>
    </Card>
  );
};

export const Retention = () => {
  const t = useT();
  const { value, reload } = useLoad(() => api.get<RetentionStatusDto>('/retention'), 'retention');
  return (
    <>
      <Title3 as="h3">{t('retention:title')}</Title3>
      <Loaded value={value} onRetry={reload}>
        {(status) => <RetentionSummary status={status} />}
      </Loaded>
    </>
  );
};
