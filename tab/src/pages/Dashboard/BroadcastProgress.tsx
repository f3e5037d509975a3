/** "Mededelingen en enquêtes" on the dashboard: acknowledged or answered of sent, per school and role. */
import { Badge, Card, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from '@fluentui/react-components';
import { formatDateTime, type AnnouncementProgressDto, type SurveyProgressDto } from '@samen/shared';
import { Loaded } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useDashboardStyles } from './Dashboard.styles';
import { useBroadcastProgress } from './useBroadcastProgress';

const ratio = (done: number, total: number): number => (total === 0 ? 0 : done / total);

const Header = ({ title, status, deadline, closed }: { title: string; status: 'concept' | 'verstuurd'; deadline: string | null; closed?: boolean }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useDashboardStyles();
  return (
    <div className={styles.meetingHeader}>
      <Text weight="semibold" size={400}>{title}</Text>
      {status === 'concept' && <Badge appearance="outline">{t('tab:broadcasts.concept')}</Badge>}
      {status === 'verstuurd' && closed !== undefined && (
        <Badge appearance="tint" color={closed ? 'subtle' : 'success'}>{t(closed ? 'tab:broadcasts.closed' : 'tab:broadcasts.open')}</Badge>
      )}
      {deadline && <Text size={200} className={styles.small}>{t('tab:broadcasts.deadline', { date: formatDateTime(deadline, locale) })}</Text>}
    </div>
  );
};

const AnnouncementCard = ({ a }: { a: AnnouncementProgressDto }) => {
  const t = useT();
  const styles = useDashboardStyles();
  const label = t('tab:broadcasts.acknowledged', { done: a.done, count: a.total });
  return (
    <Card className={styles.meeting} data-testid={`dashboard-announcement-${a.id}`}>
      <Header title={a.title} status={a.status} deadline={a.deadline} />
      <ProgressBar value={ratio(a.done, a.total)} thickness="large" aria-label={label} />
      <Text>
        {label}
        {a.forwarded > 0 ? ` · ${t('tab:broadcasts.forwarded', { count: a.forwarded })}` : ''}
      </Text>
      {a.bySchool.length > 0 && (
        <Table size="small" aria-label={t('tab:dashboard.bySchool')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tab:dashboard.school')}</TableHeaderCell>
              <TableHeaderCell>{t('tab:broadcasts.acknowledge')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {a.bySchool.map((s) => (
              <TableRow key={s.schoolId ?? '-'}>
                <TableCell>{s.schoolId === null ? t('tab:broadcasts.noSchool') : s.name}</TableCell>
                <TableCell>{`${s.done} / ${s.total}`}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {a.byRole.length > 0 && (
        <Text size={200} className={styles.small}>
          {`${t('tab:dashboard.byRole')}: `}
          {a.byRole.map((r) => `${t(`common:roles.${r.role}`)} ${r.done}/${r.total}`).join(', ')}
        </Text>
      )}
    </Card>
  );
};

const SurveyCard = ({ s }: { s: SurveyProgressDto }) => {
  const t = useT();
  const styles = useDashboardStyles();
  const label = t(s.perSchool ? 'tab:broadcasts.answeredSchools' : 'tab:broadcasts.answered', { done: s.done, count: s.total });
  return (
    <Card className={styles.meeting} data-testid={`dashboard-survey-${s.id}`}>
      <Header title={s.title} status={s.status} deadline={s.deadline} closed={s.closed} />
      <ProgressBar value={ratio(s.done, s.total)} thickness="large" aria-label={label} />
      <Text>
        {label}
        {s.anonymous ? ` · ${t('tab:broadcasts.anonymous')}` : ''}
      </Text>
    </Card>
  );
};

export const BroadcastProgress = () => {
  const t = useT();
  const b = useBroadcastProgress();
  return (
    <>
      <Title3 as="h3">{t('tab:broadcasts.title')}</Title3>
      <Loaded value={b.value} onRetry={b.reload}>
        {(data) => {
          const p = data.progress;
          if (!p || (p.announcements.length === 0 && p.surveys.length === 0)) return <Text>{t('tab:broadcasts.none')}</Text>;
          return (
            <>
              {p.announcements.map((a) => <AnnouncementCard key={a.id} a={a} />)}
              {p.surveys.map((s) => <SurveyCard key={s.id} s={s} />)}
            </>
          );
        }}
      </Loaded>
    </>
  );
};
