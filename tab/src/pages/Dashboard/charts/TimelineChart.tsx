/**
 * A meeting's registrations over time: the running total per day as a stepped line from the day the meeting was
 * made to the day registration closes, the capacity as a dashed reference line, each day with new registrations
 * labelled with its total, and the same days as a table.
 */
import { useId } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { daysBetween, dayStart, formatDate, formatShortDay, timelineDays, type Locale, type RegistrationTimeline } from '@samen/shared';
import { useLocale, useT } from '../../../i18n';
import { useChartStyles } from './Charts.styles';

type T = ReturnType<typeof useT>;

/** The description read out for the chart: where it stands, the capacity and what is counted. */
export const timelineDescription = (t: T, locale: Locale, timeline: RegistrationTimeline): string => {
  const total = timeline.steps.at(-1)?.total ?? 0;
  const long = (day: string) => formatDate(dayStart(day), locale);
  return [
    t('charts:timeline.summary', { count: total, date: long(timeline.asOf), start: long(timeline.start) }),
    timeline.capacity === null ? t('charts:timeline.noCapacity') : t('charts:timeline.capacity', { count: timeline.capacity }),
    t('charts:timeline.closes', { date: long(timeline.end) }),
    t('charts:timeline.counted'),
  ].join(' ');
};

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

/** The y axis' ticks from 0 to a round top at or above `max`, at most six of them. */
const yTicks = (max: number): number[] => {
  const step = STEPS.find((n) => Math.ceil(max / n) <= 5) ?? Math.ceil(max / 5);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
};

const WIDTH = 640;
const HEIGHT = 260;
const M = { left: 44, right: 24, top: 28, bottom: 40 };
/** Above this many days with new registrations only the last one is labelled on the line (the table has all). */
const MAX_LABELS = 12;
/** Labels closer than this (px) to the previous one go a line higher, so neighbouring days stay readable. */
const LABEL_GAP = 18;
const LINE = 13;

/** Where each label goes: above its point, raised a line per close neighbour before it. */
const labelPlaces = (points: readonly { x: number; y: number }[]): { x: number; y: number }[] => {
  let level = 0;
  return points.map((p, i) => {
    const before = points[i - 1];
    level = before !== undefined && p.x - before.x < LABEL_GAP ? level + 1 : 0;
    return { x: p.x, y: Math.max(LINE, p.y - 9 - level * LINE) };
  });
};

export const TimelineChart = ({ title, timeline }: { title: string; timeline: RegistrationTimeline }) => {
  const t = useT();
  const locale = useLocale();
  const s = useChartStyles();
  const prefix = `timeline${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const days = timelineDays(timeline);
  const span = Math.max(1, daysBetween(timeline.start, timeline.end));
  const last = days.at(-1)?.total ?? 0;
  const ticks = yTicks(Math.max(1, last, timeline.capacity ?? 0));
  const top = ticks.at(-1) ?? 1;
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const xOf = (day: string) => M.left + (daysBetween(timeline.start, day) / span) * plotW;
  const yOf = (n: number) => M.top + plotH - (n / top) * plotH;
  const path = days.map((d, i) => `${i === 0 ? 'M' : 'H'}${xOf(d.day).toFixed(1)}${i === 0 ? `,${yOf(d.total).toFixed(1)}` : ` V${yOf(d.total).toFixed(1)}`}`).join(' ');
  const labelled = timeline.steps.length <= MAX_LABELS ? timeline.steps : timeline.steps.slice(-1);
  // Today's day on the axis too, unless it would run into the first or the last.
  const xTicks = [timeline.start, ...(Math.min(xOf(timeline.asOf) - xOf(timeline.start), xOf(timeline.end) - xOf(timeline.asOf)) > 48 ? [timeline.asOf] : []), timeline.end].filter((d, i, all) => all.indexOf(d) === i);
  const places = labelPlaces(labelled.map((step) => ({ x: xOf(step.day), y: yOf(step.total) })));
  return (
    <div className={s.chart} data-testid="chart-timeline">
      <svg className={s.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${prefix}-title ${prefix}-desc`}>
        <title id={`${prefix}-title`}>{t('charts:timeline.title', { title })}</title>
        <desc id={`${prefix}-desc`}>{timelineDescription(t, locale, timeline)}</desc>
        <text x={M.left} y={14} className={s.muted}>{t('charts:timeline.axis')}</text>
        {ticks.map((n) => (
          <g key={n}>
            <line x1={M.left} x2={WIDTH - M.right} y1={yOf(n)} y2={yOf(n)} className={n === 0 ? s.axis : s.grid} />
            <text x={M.left - 8} y={yOf(n)} textAnchor="end" dominantBaseline="middle" className={s.muted}>{n}</text>
          </g>
        ))}
        {xTicks.map((day, i) => (
          <g key={day}>
            <line x1={xOf(day)} x2={xOf(day)} y1={M.top + plotH} y2={M.top + plotH + 5} className={s.axis} />
            <text x={xOf(day)} y={HEIGHT - M.bottom + 20} textAnchor={i === 0 ? 'start' : day === timeline.end ? 'end' : 'middle'} className={s.muted}>
              {formatShortDay(day, locale)}
            </text>
          </g>
        ))}
        {timeline.capacity !== null && (
          <g data-testid="chart-capacity">
            <line x1={M.left} x2={WIDTH - M.right} y1={yOf(timeline.capacity)} y2={yOf(timeline.capacity)} className={s.capacity} />
            <text x={WIDTH - M.right} y={yOf(timeline.capacity) - 6} textAnchor="end" className={s.capacityText}>
              {t('charts:timeline.capacityLine', { count: timeline.capacity })}
            </text>
          </g>
        )}
        <path d={path} className={s.line} />
        {labelled.map((step, i) => (
          <g key={step.day}>
            <circle cx={xOf(step.day)} cy={yOf(step.total)} r={4} className={s.point} />
            <text x={places[i]?.x} y={places[i]?.y} textAnchor="middle" className={s.chipText} data-total={step.total}>{step.total}</text>
          </g>
        ))}
      </svg>
      <Text size={200} className={s.note}>{t('charts:timeline.counted')}</Text>
      <details className={s.details}>
        <summary>{t('charts:showTable')}</summary>
        <Table size="small" data-testid="chart-timeline-table">
          <caption>{t('charts:timeline.table.caption', { title })}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('charts:timeline.table.day')}</TableHeaderCell>
              <TableHeaderCell>{t('charts:timeline.table.added')}</TableHeaderCell>
              <TableHeaderCell>{t('charts:timeline.table.total')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {timeline.steps.length === 0 && (
              <TableRow><TableCell colSpan={3}>{t('charts:timeline.table.none')}</TableCell></TableRow>
            )}
            {timeline.steps.map((step, i) => (
              <TableRow key={step.day}>
                <TableCell>{formatDate(dayStart(step.day), locale)}</TableCell>
                <TableCell>{step.total - (timeline.steps[i - 1]?.total ?? 0)}</TableCell>
                <TableCell>{step.total}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </div>
  );
};
