import type { NewOutboxItem } from '../ports.js';
import { storedPayload, subjectIdOf, type StoredOutboxFields } from '../outbox-record.js';
import { text } from './json.js';
import type { Row } from './record-table.js';

export type { NewOutboxItem } from '../ports.js';

/** Milliseconds since the epoch: the due column, so offsets in ISO strings cannot disturb the order. */
export const dueMs = (iso: string): number => {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) throw new TypeError(`Outbox notBefore is not a date: ${iso}`);
  return ms;
};

/** `meeting_id` holds the subject id of every kind (meeting, announcement, survey). */
export const outboxToRow = (item: NewOutboxItem, updatedAt: string): Row => ({
  key: item.key,
  kind: item.kind,
  person_id: item.personId,
  meeting_id: subjectIdOf(item),
  payload: storedPayload(item),
  not_before: item.notBefore,
  not_before_ms: dueMs(item.notBefore),
  updated_at: updatedAt,
});

/** The stored fields, unchecked: outbox-record.ts validates them. */
export const outboxFields = (r: Row): StoredOutboxFields => ({
  key: r.key,
  kind: r.kind,
  personId: r.person_id,
  subjectId: text(r.meeting_id),
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  notBefore: r.not_before,
  lastError: text(r.last_error),
  activityId: text(r.activity_id),
  updatedAt: r.updated_at,
});
