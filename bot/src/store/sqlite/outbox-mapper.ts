import type { OutboxItem } from '../ports.js';
import { OutboxRecord } from '../outbox-record.js';
import { fromJson, text, toJson } from './json.js';
import type { Row } from './record-table.js';

export type NewOutboxItem = Omit<OutboxItem, 'status' | 'attempts' | 'lastError' | 'activityId' | 'updatedAt'>;


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
