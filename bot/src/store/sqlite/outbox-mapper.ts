import { z } from 'zod';
import type { OutboxItem } from '../ports.js';
import { fromJson, text, toJson } from './json.js';
import type { Row } from './record-table.js';

export type NewOutboxItem = Omit<OutboxItem, 'status' | 'attempts' | 'lastError' | 'activityId' | 'updatedAt'>;

const OutboxRecord = z.object({
  key: z.string().min(1),
  kind: z.enum(['invitation', 'reminder', 'promotion', 'update', 'announcement', 'survey']),
  personId: z.string().min(1),
  meetingId: z.string().nullable(),
  payload: z.unknown(),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  notBefore: z.string().min(1),
  lastError: z.string().nullable(),
  activityId: z.string().nullable(),
  updatedAt: z.string().min(1),
});

/** Milliseconds since the epoch: the due column, so offsets in ISO strings cannot disturb the order. */
export const dueMs = (iso: string): number => {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) throw new TypeError(`Outbox notBefore is not a date: ${iso}`);
  return ms;
};

export const outboxToRow = (item: NewOutboxItem, updatedAt: string): Row => ({
  key: item.key,
  kind: item.kind,
  person_id: item.personId,
  meeting_id: item.meetingId,
  payload: toJson(item.payload),
  not_before: item.notBefore,
  not_before_ms: dueMs(item.notBefore),
  updated_at: updatedAt,
});

export const outboxToDomain = (r: Row): OutboxItem =>
  OutboxRecord.parse({
    key: r.key,
    kind: r.kind,
    personId: r.person_id,
    meetingId: text(r.meeting_id),
    payload: fromJson(r.payload),
    status: r.status,
    attempts: r.attempts,
    notBefore: r.not_before,
    lastError: text(r.last_error),
    activityId: text(r.activity_id),
    updatedAt: r.updated_at,
  }) as OutboxItem;
