/**
 * The outbox record as every adapter (SQLite, SharePoint, Azure Storage) stores and reads it.
 * Stored flat, unchanged since the first version: the subject id (meeting, announcement or survey)
 * in one field, the payload as JSON text, the failure as text. Read back through one zod
 * discriminated union per kind, so a bad row never reaches the sender: `outboxFromStored` says
 * what is wrong instead of throwing, and the store marks such an item failed ('unreadable').
 */
import { z } from 'zod';
import { isDeliveryFailure, type DeliveryFailure, type Id } from '@samen/shared';
import type { NewOutboxItem, OutboxItem, OutboxKind, OutboxMessage } from './ports.js';

export const OUTBOX_KINDS = ['invitation', 'reminder', 'promotion', 'update', 'announcement', 'survey', 'outcome', 'selection', 'registration', 'reflection-reminder'] as const satisfies readonly OutboxKind[];
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const satisfies readonly OutboxItem['status'][];

/** The id the message is about, whatever its kind: what adapters store as meeting id / partition. */
export const subjectIdOf = (m: OutboxMessage): Id => {
  switch (m.kind) {
    case 'announcement':
      return m.announcementId;
    case 'survey':
      return m.surveyId;
    case 'reflection-reminder':
      return m.schoolYear;
    default:
      return m.meetingId;
  }
};

/** The payload as stored (JSON text). */
export const storedPayload = (item: NewOutboxItem): string => JSON.stringify(item.payload);

/**
 * Items written before failures were codes hold the sender's text ('unreachable: HTTP 403 …').
 * They are read into the code the sender would write today; the report groups them as it did.
 * New items hold the code itself. Nothing else reads failure text.
 */
const LEGACY_FAILURE_TEXT: readonly (readonly [RegExp, DeliveryFailure])[] = [
  [/^unreachable: .*no conversation/i, 'not-met'],
  [/^unreachable: .*(not installed|HTTP 403 Forbidden)/i, 'not-installed'],
  [/^unreachable: HTTP 404/i, 'gone'],
  [/^unreachable: HTTP 403/i, 'blocked'],
  [/^unreachable: /i, 'rejected'],
  [/^nothing to send/i, 'nothing-to-send'],
  [/could not check an unconfirmed/i, 'unconfirmed'],
  [/just installed/i, 'installing'],
  [/installing the app failed/i, 'install-failed'],
  [/^HTTP 429/, 'throttled'],
  [/^HTTP 5\d\d/, 'server-error'],
  [/^timeout after/i, 'timeout'],
];

export const failureFromStored = (text: string | null): DeliveryFailure | null => {
  if (text === null || text === '') return null;
  if (isDeliveryFailure(text)) return text;
  return LEGACY_FAILURE_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? 'unknown';
};

const StoredId = z.string().min(1);
const state = {
  key: StoredId,
  personId: StoredId,
  subjectId: StoredId,
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int().nonnegative(),
  notBefore: z.string().min(1),
  lastError: z.string().nullable().transform(failureFromStored),
  activityId: z.string().nullable(),
  updatedAt: z.string().min(1),
};

/** Payloads as the versions before typed messages wrote them still read (missing flags default). */
const StoredOutbox = z.discriminatedUnion('kind', [
  // the invitation card is rendered from the meeting: whatever an older version stored is ignored
  z.object({ ...state, kind: z.literal('invitation'), payload: z.unknown().transform((): Readonly<Record<string, never>> => ({})) }),
  z.object({
    ...state,
    kind: z.literal('reminder'),
    payload: z.object({ audience: z.enum(['non-responders', 'attendees']), sessionId: StoredId.nullable().default(null) }),
  }),
  z.object({ ...state, kind: z.literal('promotion'), payload: z.object({ sessionId: StoredId }) }),
  z.object({ ...state, kind: z.literal('update'), payload: z.object({ message: z.string() }) }),
  z.object({ ...state, kind: z.literal('registration'), payload: z.object({ sessionId: StoredId }) }),
  z.object({
    ...state,
    kind: z.literal('outcome'),
    payload: z.object({ sessionId: StoredId, outcome: z.enum(['confirmed', 'waitlisted', 'not-selected']) }),
  }),
  z.object({ ...state, kind: z.literal('selection'), payload: z.unknown().transform((): Readonly<Record<string, never>> => ({})) }),
  z.object({
    ...state,
    kind: z.literal('announcement'),
    payload: z.object({ sharedBy: StoredId.nullable().default(null), reminder: z.boolean().default(false) }),
  }),
  z.object({ ...state, kind: z.literal('survey'), payload: z.object({ reminder: z.boolean().default(false) }) }),
  z.object({ ...state, kind: z.literal('reflection-reminder'), payload: z.object({ schoolId: StoredId, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }) }),
]);

/** The fields every adapter hands over, as stored; `payload` is the JSON text. */
export interface StoredOutboxFields {
  readonly key: unknown;
  readonly kind: unknown;
  readonly personId: unknown;
  readonly subjectId: unknown;
  readonly payload: unknown;
  readonly status: unknown;
  readonly attempts: unknown;
  readonly notBefore: unknown;
  readonly lastError: unknown;
  readonly activityId: unknown;
  readonly updatedAt: unknown;
}

export type ReadOutbox = { readonly ok: true; readonly item: OutboxItem } | { readonly ok: false; readonly key: string; readonly problem: string };

const NOT_JSON = Symbol('payload is not JSON');
const parsedJson = (text: unknown): unknown => {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
};

const describe = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ');

/** A stored item as the domain sees it, or what is wrong with it (never throws). */
export const outboxFromStored = (raw: StoredOutboxFields): ReadOutbox => {
  const key = typeof raw.key === 'string' ? raw.key : String(raw.key);
  const payload = parsedJson(raw.payload);
  if (payload === NOT_JSON) return { ok: false, key, problem: 'payload: not JSON' };
  const parsed = StoredOutbox.safeParse({ ...raw, payload });
  if (!parsed.success) return { ok: false, key, problem: describe(parsed.error) };
  const { subjectId, lastError, ...r } = parsed.data;
  const common = { key: r.key, personId: r.personId, notBefore: r.notBefore, status: r.status, attempts: r.attempts, failure: lastError, activityId: r.activityId, updatedAt: r.updatedAt };
  switch (r.kind) {
    case 'announcement':
      return { ok: true, item: { ...common, kind: r.kind, announcementId: subjectId, payload: r.payload } };
    case 'survey':
      return { ok: true, item: { ...common, kind: r.kind, surveyId: subjectId, payload: r.payload } };
    case 'invitation':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'reminder':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'promotion':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'update':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'outcome':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'selection':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'registration':
      return { ok: true, item: { ...common, kind: r.kind, meetingId: subjectId, payload: r.payload } };
    case 'reflection-reminder':
      return { ok: true, item: { ...common, kind: r.kind, schoolYear: subjectId, payload: r.payload } };
  }
};

/** Splits what a store read into readable items and unreadable ones (by key, for the log). */
export const readOutboxRows = <R>(rows: readonly R[], fields: (row: R) => StoredOutboxFields): { items: OutboxItem[]; unreadable: { key: string; problem: string }[] } => {
  const items: OutboxItem[] = [];
  const unreadable: { key: string; problem: string }[] = [];
  for (const row of rows) {
    const read = outboxFromStored(fields(row));
    if (read.ok) items.push(read.item);
    else unreadable.push({ key: read.key, problem: read.problem });
  }
  return { items, unreadable };
};
