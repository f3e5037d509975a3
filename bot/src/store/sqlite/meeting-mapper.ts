import type { Meeting } from '@samen/shared';
import type { TableSpec } from './record-table.js';
import { documentTable } from './document-table.js';
import { MeetingRecord } from './record-schemas.js';

/** Filter columns are real columns; the nested rest (sessions, audience, plan) is one JSON column. */
export const meetingTable: TableSpec<Meeting> = documentTable<Meeting>('meetings', (raw) => MeetingRecord.parse(raw) as Meeting);
