/**
 * "In beeld" on the coördinator's dashboard: how far the schools are, and one meeting's registrations over time
 * (chosen from the sent meetings). Loaded as its own chunk, after the dashboard's numbers.
 */
import { useState } from 'react';
import { Field, Select, Subtitle2, Title3 } from '@fluentui/react-components';
import type { DashboardDto } from '@samen/shared';
import { useT } from '../../../i18n';
import { useChartStyles } from './Charts.styles';
import { ProgressChart } from './ProgressChart';
import { TimelineChart } from './TimelineChart';

const Timelines = ({ data }: { data: DashboardDto }) => {
  const t = useT();
  const s = useChartStyles();
  const [chosen, setChosen] = useState<string | null>(null);
  const titles = new Map(data.meetings.map((m) => [m.id, m.title]));
  const shown = data.registrationTimelines.find((r) => r.meetingId === chosen) ?? data.registrationTimelines[0];
  if (!shown) return <p className={s.note}>{t('charts:timeline.noMeetings')}</p>;
  const title = titles.get(shown.meetingId) ?? '';
  return (
    <>
      <div className={s.controls}>
        <Field label={t('charts:timeline.meeting')}>
          <Select value={shown.meetingId} onChange={(_e, d) => setChosen(d.value)} data-testid="chart-timeline-meeting">
            {data.registrationTimelines.map((r) => <option key={r.meetingId} value={r.meetingId}>{titles.get(r.meetingId) ?? r.meetingId}</option>)}
          </Select>
        </Field>
      </div>
      <TimelineChart key={shown.meetingId} title={title} timeline={shown.timeline} />
    </>
  );
};

export const DashboardCharts = ({ data }: { data: DashboardDto }) => {
  const t = useT();
  const s = useChartStyles();
  return (
    <section className={s.root} aria-labelledby="dashboard-charts-heading" data-testid="dashboard-charts">
      <Title3 as="h3" id="dashboard-charts-heading">{t('charts:heading')}</Title3>
      <Subtitle2 as="h4">{t('charts:progress.heading', { year: data.schoolYear })}</Subtitle2>
      <ProgressChart schools={data.schools} year={data.schoolYear} />
      <Subtitle2 as="h4">{t('charts:timeline.heading')}</Subtitle2>
      <Timelines data={data} />
    </section>
  );
};
