/**
 * Use cases for the coördinator (the chat commands call these): how a broadcast is going, who was
 * not reached and why (card and CSV), and before sending how many people match and how many the
 * bot can reach now.
 */
import {
  deliveryReportCard,
  t,
  type AdaptiveCard,
  type DeliveryCounts,
  type DeliveryFailure,
  type Id,
  type Locale,
  type Meeting,
  type NotReached,
  type NotReachedReason,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxItem, OutboxKind } from '../store/ports.js';
import { audienceOf } from '../usecases/invitations.js';

/** One person not reached: the group the coördinator sees (`reason`) and the code it came from. */
export interface NotReachedEntry extends NotReached {
  readonly failure: DeliveryFailure | null;
}

export interface DeliveryReport {
  readonly meetingId: Id;
  readonly counts: DeliveryCounts;
  readonly notReached: readonly NotReachedEntry[];
}

/** Codes the report leaves out: the organiser withdrew the message, nobody failed to get it. */
export type WithdrawnFailure = 'cancelled';

/**
 * How the coördinator's report groups each failure code of a given-up item. notMet and blocked
 * count as "not reachable", the rest as "failed": the retries ran out or nothing could be sent, or
 * (rejected) Teams or the mail server refused the message itself — not the person's doing, so it is not
 * reported as "blocked the app".
 */
export const REPORT_REASON = {
  'not-met': 'notMet',
  'not-installed': 'notMet',
  blocked: 'blocked',
  gone: 'blocked',
  rejected: 'rejected',
  throttled: 'failed',
  'server-error': 'failed',
  timeout: 'failed',
  network: 'failed',
  installing: 'failed',
  'install-failed': 'failed',
  unconfirmed: 'failed',
  'nothing-to-send': 'failed',
  unreadable: 'failed',
  unknown: 'failed',
} as const satisfies Record<Exclude<DeliveryFailure, WithdrawnFailure>, NotReachedReason>;

export const reasonOf = (item: Pick<OutboxItem, 'status' | 'failure'>): NotReachedReason | null => {
  if (item.status !== 'failed' || item.failure === 'cancelled') return null;
  return item.failure ? REPORT_REASON[item.failure] : 'failed';
};

/** Counts per state of one kind of message about a meeting, announcement or survey (default: a meeting's invitations). */
export const deliveryReport = async (deps: Deps, subjectId: Id, kind: OutboxKind = 'invitation'): Promise<DeliveryReport> => {
  const items = (await deps.stores.outbox.forSubject(subjectId)).filter((i) => i.kind === kind && i.failure !== 'cancelled');
  const counts = { total: items.length, queued: 0, sent: 0, failed: 0, unreachable: 0 };
  const notReached: NotReachedEntry[] = [];
  for (const item of items) {
    if (item.status === 'pending' || item.status === 'sending') counts.queued += 1;
    else if (item.status === 'sent') counts.sent += 1;
    const reason = reasonOf(item);
    if (reason === 'failed' || reason === 'rejected') counts.failed += 1;
    if (reason === 'blocked' || reason === 'notMet') counts.unreachable += 1;
    if (reason) notReached.push({ personId: item.personId, name: (await deps.stores.people.get(item.personId))?.name ?? item.personId, reason, failure: item.failure });
  }
  notReached.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { meetingId: subjectId, counts, notReached };
};

export const deliveryReportCardFor = async (
  deps: Deps,
  meeting: Meeting,
  viewerId: string,
  locale: Locale,
  csvUrl?: string,
): Promise<AdaptiveCard> => {
  const report = await deliveryReport(deps, meeting.id);
  return deliveryReportCard({ meetingId: meeting.id, title: meeting.title, counts: report.counts, notReached: report.notReached, viewerId, locale, ...(csvUrl ? { csvUrl } : {}) });
};

const csvCell = (value: string): string => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Everyone not reached, one line each (semicolon separated, as Dutch Excel expects). */
export const deliveryReportCsv = async (deps: Deps, meetingId: Id, locale: Locale = 'nl'): Promise<string> => {
  const report = await deliveryReport(deps, meetingId);
  const lines = [t('delivery:csvHeader', locale)];
  for (const p of report.notReached) {
    const person = await deps.stores.people.get(p.personId);
    lines.push([p.personId, p.name, person?.email ?? '', 'failed', t(`delivery:reason.${p.reason}`, locale)].map(csvCell).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};

export interface TargetingPreview {
  /** People the meeting's audience selects. */
  readonly matching: number;
  /** Of those, people with a 1:1 chat with the bot now. */
  readonly reachableNow: number;
  /** Without a chat yet: reached through createConversation if the app is installed for them. */
  readonly notYetMet: number;
}

export const targetingPreview = async (deps: Deps, meeting: Meeting): Promise<TargetingPreview> => {
  const audience = await audienceOf(deps, meeting);
  let reachableNow = 0;
  for (const personId of audience) if (await deps.stores.conversations.forPerson(personId)) reachableNow += 1;
  return { matching: audience.length, reachableNow, notYetMet: audience.length - reachableNow };
};

/** The preview as the coördinator reads it (three sentences; the last only when someone is not met yet). */
export const targetingPreviewText = (p: TargetingPreview, locale: Locale): string =>
  [
    t('delivery:preview.matching', locale, { count: p.matching }),
    t('delivery:preview.reachable', locale, { count: p.reachableNow }),
    ...(p.notYetMet > 0 ? [t('delivery:preview.unreachable', locale, { count: p.notYetMet })] : []),
  ].join(' ');
