/**
 * How far the schools are this school year: one stacked bar per document (niveau-overzicht, reflection, SOP),
 * a segment per state with its number of schools, a legend per bar and the same numbers as a table.
 */
import { useId } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { type ProgressBar, type ProgressKind, type ProgressState, type SchoolProgressInput, schoolProgress } from '@samen/shared';
import { useT } from '../../../i18n';
import { useChartStyles } from './Charts.styles';
import { PatternDefs, patternOf, Swatch } from './Patterns';

type T = ReturnType<typeof useT>;

/** The state's name as the rest of the dashboard writes it. */
export const stateLabel = (t: T, kind: ProgressKind, state: ProgressState): string => {
  if (kind === 'niveau') return t(`charts:progress.niveau.${state as 'bijgewerkt' | 'niet-bijgewerkt'}`);
  if (kind === 'reflection') return t(`common:reflectionStatus.${state as 'niet-gestart' | 'concept' | 'afgerond'}`);
  return t(`sop:status.${state as 'niet-gestart' | 'concept' | 'besproken-mr' | 'geaccordeerd-bestuur' | 'gepubliceerd'}`);
};

const partOf = (t: T, kind: ProgressKind, state: ProgressState, count: number) => t('charts:progress.part', { state: stateLabel(t, kind, state), count });

/** The description read out for the chart: every bar with every state's count. */
export const progressDescription = (t: T, bars: readonly ProgressBar[]): string =>
  bars[0]?.total === 0
    ? t('charts:progress.noSchools')
    : bars
        .map((b) => t('charts:progress.bar', { kind: t(`charts:progress.kind.${b.kind}`), parts: b.segments.map((s) => partOf(t, b.kind, s.state, s.count)).join(', ') }))
        .join(' ');

const WIDTH = 640;
const LABEL = 170;
const BAR_H = 28;
const ROW_H = 48;
const TOP = 8;
const CHIP_MIN = 26;

export const ProgressChart = ({ schools, year }: { schools: readonly SchoolProgressInput[]; year: string }) => {
  const t = useT();
  const s = useChartStyles();
  const id = useId();
  const prefix = `progress${id.replace(/[^a-zA-Z0-9-]/g, '')}`;
  const bars = schoolProgress(schools);
  const barWidth = WIDTH - LABEL - 8;
  const height = TOP + bars.length * ROW_H;
  return (
    <div className={s.chart} data-testid="chart-progress">
      <svg className={s.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${prefix}-title ${prefix}-desc`}>
        <title id={`${prefix}-title`}>{t('charts:progress.title', { year })}</title>
        <desc id={`${prefix}-desc`}>{progressDescription(t, bars)}</desc>
        <PatternDefs prefix={prefix} />
        {bars.map((bar, row) => {
          const y = TOP + row * ROW_H;
          let x = LABEL;
          return (
            <g key={bar.kind} data-kind={bar.kind}>
              <text x={LABEL - 10} y={y + BAR_H / 2} dominantBaseline="middle" textAnchor="end" className={s.text}>{t(`charts:progress.kind.${bar.kind}`)}</text>
              <rect x={LABEL} y={y} width={barWidth} height={BAR_H} className={s.ground} />
              {bar.segments.map((seg, i) => {
                const w = bar.total === 0 ? 0 : (seg.count / bar.total) * barWidth;
                const at = x;
                x += w;
                if (seg.count === 0) return null;
                return (
                  <g key={seg.state} data-state={seg.state}>
                    <rect x={at} y={y} width={w} height={BAR_H} fill={`url(#${prefix}-${patternOf(i, bar.segments.length)})`} className={s.frame} />
                    {w >= CHIP_MIN && (
                      <>
                        <rect x={at + w / 2 - 12} y={y + BAR_H / 2 - 9} width={24} height={18} rx={4} className={s.chip} />
                        <text x={at + w / 2} y={y + BAR_H / 2} dominantBaseline="central" textAnchor="middle" className={s.chipText} data-count={seg.count}>
                          {seg.count}
                        </text>
                      </>
                    )}
                  </g>
                );
              })}
              <rect x={LABEL} y={y} width={barWidth} height={BAR_H} fill="none" className={s.frame} />
            </g>
          );
        })}
      </svg>
      {bars.map((bar) => (
        <ul key={bar.kind} className={s.legend} aria-label={t(`charts:progress.kind.${bar.kind}`)}>
          <li className={s.legendItem}><Text weight="semibold">{t(`charts:progress.kind.${bar.kind}`)}</Text></li>
          {bar.segments.map((seg, i) => (
            <li key={seg.state} className={s.legendItem}>
              <Swatch prefix={prefix} pattern={patternOf(i, bar.segments.length)} />
              <Text>{partOf(t, bar.kind, seg.state, seg.count)}</Text>
            </li>
          ))}
        </ul>
      ))}
      <details className={s.details}>
        <summary>{t('charts:showTable')}</summary>
        <Table size="small" data-testid="chart-progress-table">
          <caption>{t('charts:progress.table.caption', { year })}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('charts:progress.table.kind')}</TableHeaderCell>
              <TableHeaderCell>{t('charts:progress.table.state')}</TableHeaderCell>
              <TableHeaderCell>{t('charts:progress.table.schools')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {bars.flatMap((bar) =>
              bar.segments.map((seg) => (
                <TableRow key={`${bar.kind}-${seg.state}`} data-kind={bar.kind} data-state={seg.state}>
                  <TableCell>{t(`charts:progress.kind.${bar.kind}`)}</TableCell>
                  <TableCell>{stateLabel(t, bar.kind, seg.state)}</TableCell>
                  <TableCell>{seg.count}</TableCell>
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      </details>
    </div>
  );
};
