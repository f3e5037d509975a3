/**
 * The coördinator's delivery report for one broadcast: live counts, who was not reached and why,
 * a CSV link. While sending it refreshes itself (Universal Actions refresh for the viewer).
 */
import type { Id } from '../domain/ids.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, heading, subtle, submitFallbackSet, text, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardElement } from './types.js';

export interface DeliveryCounts {
  readonly total: number;
  readonly queued: number;
  readonly sent: number;
  readonly failed: number;
  readonly unreachable: number;
}

/** blocked and notMet: the person cannot be reached now; failed and rejected: sending went wrong (rejected: refused, not retried). */
export type NotReachedReason = 'blocked' | 'notMet' | 'failed' | 'rejected';

export interface NotReached {
  readonly personId: Id;
  readonly name: string;
  readonly reason: NotReachedReason;
}

export interface DeliveryReportCardInput {
  readonly meetingId: Id;
  readonly title: string;
  readonly counts: DeliveryCounts;
  readonly notReached: readonly NotReached[];
  /** Teams user id (or person id) of the coördinator looking at it: the refresh audience. */
  readonly viewerId: string;
  /** Signed download link for the CSV, when the caller made one. */
  readonly csvUrl?: string;
  readonly locale: Locale;
}

/** Names listed before "en nog N personen". */
const MAX_NAMES = 20;

export const isDeliveryDone = (c: DeliveryCounts): boolean => c.queued === 0;

const notReachedSection = ({ notReached, locale }: DeliveryReportCardInput): CardElement[] => {
  if (notReached.length === 0) return [];
  const shown = notReached.slice(0, MAX_NAMES);
  const rest = notReached.length - shown.length;
  return [
    text(t('delivery:notReached', locale), { weight: 'bolder', separator: true }),
    { type: 'FactSet', facts: shown.map((p) => ({ title: p.name, value: t(`delivery:reason.${p.reason}`, locale) })) },
    ...(rest > 0 ? [subtle(t('delivery:more', locale, { count: rest }))] : []),
  ];
};

export const deliveryReportCard = (input: DeliveryReportCardInput): AdaptiveCard => {
  const { counts, locale } = input;
  const done = isDeliveryDone(counts);
  const refresh: ActionSpec = { verb: 'delivery.report', title: t('delivery:refresh', locale), data: { meetingId: input.meetingId }, inputs: 'none' };
  const fallback = submitFallbackSet([refresh], locale);
  const facts = (['total', 'queued', 'sent', 'failed', 'unreachable'] as const).map((k) => ({ title: t(`delivery:counts.${k}`, locale), value: String(counts[k]) }));
  return card({
    locale,
    ...(done ? {} : { refresh: { spec: refresh, userIds: [input.viewerId] } }),
    body: [
      heading(t('delivery:heading', locale, { title: input.title })),
      text(t(done ? 'delivery:done' : 'delivery:running', locale), { color: done ? 'good' : 'default' }),
      { type: 'FactSet', facts },
      ...(done && input.notReached.length === 0 && counts.total > 0 ? [text(t('delivery:allReached', locale), { color: 'good' })] : []),
      ...notReachedSection(input),
    ],
    actions: [
      execute(refresh),
      ...(input.csvUrl ? [{ type: 'Action.OpenUrl' as const, title: t('delivery:csv', locale), url: input.csvUrl }] : []),
      ...(fallback ? [fallback] : []),
    ],
  });
};
