import type { Rsvp } from '@samen/shared';
import { fromJson, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { RsvpRecord } from './record-schemas.js';
import { versionString } from './version.js';

export const rsvpTable: TableSpec<Rsvp> = {
  table: 'rsvps',
  keys: ['id'],
  columns: ['meeting_id', 'session_id', 'person_id', 'status', 'status_since', 'source', 'answers', 'attended'],
  toRow: (r) => ({
    id: r.id,
    meeting_id: r.meetingId,
    session_id: r.sessionId,
    person_id: r.personId,
    status: r.status,
    status_since: r.statusSince,
    source: r.source,
    answers: r.answers ? toJson(r.answers) : null,
    attended: r.attended === undefined ? null : r.attended ? 1 : 0,
  }),
  toDomain: (r) =>
    RsvpRecord.parse({
      id: r.id,
      meetingId: r.meeting_id,
      sessionId: r.session_id,
      personId: r.person_id,
      status: r.status,
      statusSince: r.status_since,
      source: r.source,
      ...(typeof r.answers === 'string' ? { answers: fromJson(r.answers) } : {}),
      ...(r.attended === 0 || r.attended === 1 ? { attended: r.attended === 1 } : {}),
      version: versionString(Number(r.version)),
    }),
};
