/**
 * The tripwire of the AVG registry: every SQLite column and SharePoint list column is either listed
 * as person-bearing in its adapter's PERSON_COLUMNS (found by the export, handled by the erasure)
 * or listed here as holding no person. A migration or list that adds a column fails this test until
 * someone decides which it is — and, if it holds a person, makes export and erasure cover it.
 */
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { LISTS } from '../../infra/sharepoint/lists.js';
import { PERSON_COLUMNS as SHAREPOINT_PERSON_COLUMNS } from '../../bot/src/store/sharepoint/person-data-store.js';
import { migrate } from '../../bot/src/store/sqlite/index.js';
import { PERSON_COLUMNS as SQLITE_PERSON_COLUMNS } from '../../bot/src/store/sqlite/person-data-store.js';

/** Columns that never hold a person's id, name or address. */
const SQLITE_NO_PERSON: Readonly<Record<string, readonly string[]>> = {
  schema_version: ['version', 'name', 'applied_at'],
  schools: ['id', 'version', 'name', 'sector', 'region', 'place'],
  people: ['version', 'locale', 'school_ids', 'roles'],
  person_schools: ['school_id'],
  conversations: ['conversation_id', 'scope', 'updated_at'],
  meetings: ['id', 'version', 'status', 'created_at'],
  rsvps: ['id', 'version', 'meeting_id', 'session_id', 'status', 'status_since', 'source', 'answers', 'attended'],
  niveau_revisions: ['school_id', 'revision', 'updated_at', 'levels'],
  frameworks: ['school_year', 'revision', 'is_example', 'items'],
  reflections: ['school_id', 'school_year', 'version', 'framework_revision', 'status', 'shared_with_swv', 'updated_at', 'answers'],
  outbox: ['kind', 'meeting_id', 'payload', 'status', 'attempts', 'not_before', 'not_before_ms', 'last_error', 'activity_id', 'updated_at'],
  announcements: ['id', 'version', 'status', 'created_at'],
  announcement_recipients: ['announcement_id', 'added_at'],
  announcement_acks: ['announcement_id', 'at'],
  surveys: ['id', 'version', 'status', 'created_at'],
  // Anonymous answers carry no person; named ones carry person_id (listed as a person column).
  survey_responses: ['id', 'version', 'survey_id', 'school_key', 'school_id', 'roles', 'answers', 'submitted_at'],
  // A keyed hash of survey and person id: after erasure no id is left to match it to.
  survey_markers: ['survey_id', 'marker'],
  forms_import_rows: ['form_id', 'row_key'],
  forms_import_runs: ['form_id', 'ran_at', 'run'],
  registrants: ['version', 'meeting_id', 'role', 'sector', 'created_at'],
  niveau_template_revisions: ['sector', 'revision', 'updated_at', 'levels'],
  sops: ['school_id', 'school_year', 'version', 'status', 'steps', 'shared_with_swv', 'updated_at', 'content'],
  reflection_deadlines: ['school_year', 'version', 'date', 'reminder_days', 'updated_at'],
  // Counts of answered items per school, never who answered.
  reflection_progress: ['school_id', 'school_year', 'answered', 'total', 'updated_at'],
  // Dates and counts of a clean-up, never whom.
  retention_runs: ['id', 'ran_at', 'run'],
  // The coördinator who erased, never the erased person.
  erasure_log: ['id', 'erased_at', 'by_person_id', 'subject_kind', 'pseudonym', 'counts'],
};

const SHAREPOINT_NO_PERSON: Readonly<Record<string, readonly string[]>> = {
  schools: ['RecordId', 'Name', 'Sector', 'Region', 'Place'],
  people: ['Locale', 'SchoolIds', 'Roles'],
  conversations: ['ConversationId', 'Scope', 'UpdatedAt'],
  meetings: ['RecordId', 'Status', 'MeetingType', 'CreatedAt'],
  rsvps: ['RecordId', 'MeetingId', 'SessionId', 'Status', 'StatusSince', 'Source', 'Answers', 'Attendance'],
  rsvpLocks: ['MeetingId', 'Holder', 'LockedUntilMs', 'Revision'],
  outbox: ['Kind', 'MeetingId', 'Payload', 'Status', 'Attempts', 'NotBefore', 'LastError', 'ActivityId', 'UpdatedAt'],
  reflectionStatus: ['StatusKey', 'SchoolId', 'SchoolYear', 'Status', 'SharedWithSwv', 'UpdatedAt'],
  niveauStatus: ['SchoolId', 'Revision', 'UpdatedAt'],
  frameworks: ['SchoolYear', 'Revision', 'IsExample', 'Items'],
  niveauTemplates: ['RevisionKey', 'Sector', 'Revision', 'UpdatedAt', 'Levels'],
  niveaus: ['RevisionKey', 'SchoolId', 'Revision', 'UpdatedAt', 'Levels'],
  reflections: ['ReflectionKey', 'SchoolId', 'SchoolYear', 'FrameworkRevision', 'Status', 'SharedWithSwv', 'UpdatedAt', 'Answers'],
  sops: ['SopKey', 'SchoolId', 'SchoolYear', 'Status', 'Steps', 'SharedWithSwv', 'UpdatedAt', 'Content'],
  sopStatus: ['StatusKey', 'SchoolId', 'SchoolYear', 'Status', 'Steps', 'SharedWithSwv', 'UpdatedAt'],
  announcements: ['RecordId'],
  announcementRecipients: ['AnnouncementId', 'AddedAt'],
  acknowledgements: ['AnnouncementId', 'At'],
  surveys: ['RecordId'],
  surveyResponses: ['RecordId', 'SurveyId', 'SchoolKey'],
  surveyMarkers: ['MarkerKey'],
  formsImportRows: ['EntryKey', 'FormId', 'RowKey'],
  formResponses: ['FormId', 'ResponseId', 'SubmittedAt', 'School', 'Role', 'Session', ...Array.from({ length: 10 }, (_, i) => `Answer${i + 1}`)],
  formsImportRuns: ['FormId', 'RanAt', 'Run'],
  registrants: ['MeetingId', 'Role', 'Sector', 'CreatedAt'],
  erasures: ['RecordId', 'ErasedAt', 'SubjectKind', 'Pseudonym', 'Counts'],
  reflectionDeadlines: ['SchoolYear', 'DeadlineDate', 'ReminderDays', 'UpdatedAt'],
  reflectionProgress: ['ProgressKey', 'SchoolId', 'SchoolYear', 'Answered', 'Total', 'UpdatedAt'],
  retentionRuns: ['RunKey', 'RanAt', 'Run'],
};

const unclassified = (all: Readonly<Record<string, readonly string[]>>, person: Readonly<Record<string, readonly string[] | undefined>>, none: Readonly<Record<string, readonly string[]>>): string[] =>
  Object.entries(all).flatMap(([table, columns]) =>
    columns.filter((c) => !(person[table] ?? []).includes(c) && !(none[table] ?? []).includes(c)).map((c) => `${table}.${c}`),
  );

describe('AVG registry coverage', () => {
  it('classifies every SQLite column as holding a person (export + erasure) or not', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const columns = Object.fromEntries(tables.map((t) => [t, (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)]));
    db.close();
    expect(tables).toEqual(expect.arrayContaining(['people', 'registrants', 'erasure_log']));
    expect(unclassified(columns, SQLITE_PERSON_COLUMNS, SQLITE_NO_PERSON)).toEqual([]);
  });

  it('classifies every SharePoint list column as holding a person (export + erasure) or not', () => {
    const columns = Object.fromEntries(Object.entries(LISTS).map(([key, list]) => [key, list.columns.map((c) => c.name)]));
    expect(unclassified(columns, SHAREPOINT_PERSON_COLUMNS, SHAREPOINT_NO_PERSON)).toEqual([]);
  });
});
