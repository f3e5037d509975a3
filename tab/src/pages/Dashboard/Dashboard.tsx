/** The coördinator's overview: meetings with numbers and waitlists; schools with status only. */
import { lazy, Suspense } from 'react';
import {
  Badge, Button, Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3,
} from '@fluentui/react-components';
import { formatDate, formatDateTime, sessionPlace, sessionTitle, type DashboardDto, type DashboardMeetingDto } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { hrefOf } from '../../router';
import { useDashboardStyles } from './Dashboard.styles';
import { useDashboard } from './useDashboard';
import { DeadlineLine } from '../ReflectionDeadline/DeadlineLine';
import { BroadcastProgress } from './BroadcastProgress';
import { Drafts } from './Drafts';
import { FormsImports } from './FormsImports';
import { Retention } from './Retention';
import { Selection } from './Selection';

/** The charts are their own chunk: drawn once the numbers are there, never in the entry bundle. */
const DashboardCharts = lazy(() => import('./charts/DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

const STATUSES = ['booked', 'waitlisted', 'maybe', 'declined'] as const;

export const MeetingCard = ({ m, onCsv }: { m: DashboardMeetingDto; onCsv: () => void }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useDashboardStyles();
  return (
    <Card className={styles.meeting} data-testid={`dashboard-meeting-${m.id}`}>
      <div className={styles.meetingHeader}>
        <Text weight="semibold" size={400}>{m.title}</Text>
        <Badge appearance="tint">{t(`common:meetingTypes.${m.type}`)}</Badge>
        <Badge appearance="outline" data-testid="dashboard-meeting-status">{t(`workspace:status.${m.status}`)}</Badge>
        <Button className={styles.download} onClick={onCsv}>{t('tab:dashboard.csv')}</Button>
        <Button as="a" href={hrefOf({ page: 'werkplek', meetingId: m.id })} aria-label={`${t('workspace:edit')}: ${m.title}`}>{t('workspace:edit')}</Button>
      </div>
      <Table size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('tab:dashboard.session')}</TableHeaderCell>
            <TableHeaderCell>{t('tab:dashboard.capacity')}</TableHeaderCell>
            {STATUSES.map((s) => <TableHeaderCell key={s}>{t(`common:rsvpStatus.${s}`)}</TableHeaderCell>)}
            <TableHeaderCell>{t('tab:dashboard.waitlist')}</TableHeaderCell>
            <TableHeaderCell>{t('programme:attendance.column')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {m.sessions.map((s, i) => (
            <TableRow key={s.id}>
              <TableCell>
                {`${sessionTitle(s, i + 1, locale)} — ${formatDateTime(s.startsAt, locale)}`}
                {s.location !== undefined && ` · ${sessionPlace({ location: s.location, onlineUrl: s.onlineUrl ?? null }, locale)}`}
              </TableCell>
              <TableCell>{s.capacity ?? t('tab:dashboard.unlimited')}</TableCell>
              {STATUSES.map((st) => <TableCell key={st}>{s.counts[st]}</TableCell>)}
              <TableCell>{s.waitlist.map((w) => `${w.position}. ${w.name}`).join(', ')}</TableCell>
              <TableCell>{s.attendance ? t('programme:attendance.cell', s.attendance) : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {m.registrationMode === 'aanvraag' && m.status === 'verstuurd' && <Selection meetingId={m.id} />}
    </Card>
  );
};

const Schools = ({ data }: { data: DashboardDto }) => {
  const t = useT();
  const locale = useLocale();
  return (
    <Table size="small" data-testid="dashboard-schools">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('tab:dashboard.school')}</TableHeaderCell>
          <TableHeaderCell>{t('tab:dashboard.niveauUpdated')}</TableHeaderCell>
          <TableHeaderCell>{t('tab:dashboard.reflection')}</TableHeaderCell>
          <TableHeaderCell>{t('sop:dashboard.column')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.schools.map((s) => (
          <TableRow key={s.id}>
            <TableCell>{s.name}</TableCell>
            <TableCell>{t(s.niveauUpdatedThisYear ? 'tab:common.yes' : 'tab:common.no')}</TableCell>
            <TableCell>
              {t(`common:reflectionStatus.${s.reflection.status}`)}
              {s.reflection.sharedWithSwv ? ` (${t('tab:dashboard.shared')})` : ''}
            </TableCell>
            <TableCell>
              {t(`sop:status.${s.sop?.status ?? 'niet-gestart'}`)}
              {s.sop?.steps.length ? ` (${formatDate(s.sop.steps.at(-1)?.date ?? '', locale)})` : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const Dashboard = () => {
  const t = useT();
  const styles = useDashboardStyles();
  const d = useDashboard();
  return (
    <Loaded value={d.value} onRetry={d.reload}>
      {(data) => (
        <section className={styles.root}>
          <Suspense fallback={null}><DashboardCharts data={data} /></Suspense>
          <Drafts drafts={data.drafts} />
          <div className={styles.meetingHeader}>
            <Title3 as="h3">{t('tab:dashboard.meetings')}</Title3>
            <Button as="a" appearance="primary" href={hrefOf({ page: 'werkplek', meetingId: null })}>{t('workspace:newMeeting')}</Button>
          </div>
          <Notice intent="error" text={d.failure} />
          {data.meetings.map((m) => <MeetingCard key={m.id} m={m} onCsv={() => void d.downloadCsv(m.id)} />)}
          <FormsImports runs={data.formsImports} />
          <BroadcastProgress />
          <Title3 as="h3">{t('tab:dashboard.schools', { year: data.schoolYear })}</Title3>
          <DeadlineLine schoolYear={data.schoolYear} />
          <Schools data={data} />
          <Retention />
        </section>
      )}
    </Loaded>
  );
};
