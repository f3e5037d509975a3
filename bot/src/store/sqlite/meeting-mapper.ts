import type { Meeting } from '@samen/shared';
import { fromJson, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { MeetingRecord } from './record-schemas.js';
import { versionString } from './version.js';

/** Filter columns are real columns; the nested rest (sessions, audience, plan) is one JSON column. */
export const meetingTable: TableSpec<Meeting> = {
  table: 'meetings',
  keys: ['id'],
  columns: ['status', 'organiser_id', 'created_at', 'data'],
  toRow: (m) => ({
    id: m.id,
    status: m.status,
    organiser_id: m.organiserId,
    created_at: m.createdAt,
    data: toJson({
      title: m.title,
      type: m.type,
      description: m.description,
      sessions: m.sessions,
      sessionChoice: m.sessionChoice,
      audience: m.audience,
      registrationDeadline: m.registrationDeadline,
      reminderPlan: m.reminderPlan,
      ...(m.questions ? { questions: m.questions } : {}),
    }),
  }),
  toDomain: (r) => {
    const data = fromJson(r.data);
    return MeetingRecord.parse({
      ...(typeof data === 'object' ? data : {}),
      id: r.id,
      status: r.status,
      organiserId: r.organiser_id,
      createdAt: r.created_at,
      version: versionString(Number(r.version)),
    });
  },
};
