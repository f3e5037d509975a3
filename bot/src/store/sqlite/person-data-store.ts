/**
 * AVG requests on the embedded store: every table column that can hold a person id is listed in
 * PERSON_COLUMNS (person-data-store.test.ts fails when a migration adds a column it does not
 * classify), read by `recordsOf` and rewritten by `erase` in one transaction.
 */
import type { Database } from 'better-sqlite3';
import { ErasureLogEntrySchema, registrantEmailKey, type ErasureLogEntry, type ExternalRegistrant, type Id, type Person, type Rsvp, type SurveyResponse } from '@samen/shared';
import { readOutboxRows } from '../outbox-record.js';
import type { ErasureLog, PersonDataStore, PersonRecords, PersonStamp, StoredFormAnswer, StoreErasureCounts } from '../ports.js';
import { ackToDomain, recipientToDomain } from './announcement-mapper.js';
import { conversationFromRow } from './conversation-store.js';
import { guardCommand, guardRead } from './guard.js';
import { fromJson, toJson } from './json.js';
import { outboxFields } from './outbox-mapper.js';
import { personTable } from './person-mapper.js';
import { RecordTable, type Row } from './record-table.js';
import { registrantTable } from './registrant-store.js';
import { rsvpTable } from './rsvp-mapper.js';
import { responseTable } from './survey-mapper.js';

/**
 * Every column that holds a person or registrant id (or, in `people`/`registrants`, their name and
 * address). Columns of JSON documents (meetings, announcements, surveys) are the use case's: it
 * rewrites those through their ports.
 */
export const PERSON_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  people: ['id', 'aad_object_id', 'name', 'email'],
  person_schools: ['person_id'],
  registrants: ['id', 'email_key', 'name', 'email'],
  conversations: ['person_id', 'reference'],
  rsvps: ['person_id'],
  outbox: ['key', 'person_id'],
  announcement_recipients: ['person_id', 'forwarded_by'],
  announcement_acks: ['person_id'],
  survey_responses: ['person_id'],
  niveau_revisions: ['updated_by'],
  reflections: ['updated_by', 'grants'],
  reflection_deadlines: ['updated_by'],
  sops: ['updated_by'],
  niveau_template_revisions: ['updated_by'],
  meetings: ['organiser_id', 'data'],
  announcements: ['organiser_id', 'data'],
  surveys: ['organiser_id', 'data'],
};

const idList = (ids: readonly Id[]): Row => ({ ids: JSON.stringify([...new Set(ids)]) });
const IN_IDS = '(SELECT value FROM json_each(@ids))';

const STAMP_TABLES = [
  { record: 'niveau', table: 'niveau_revisions', owner: 'school_id', which: 'revision' },
  { record: 'reflection', table: 'reflections', owner: 'school_id', which: 'school_year' },
  { record: 'sop', table: 'sops', owner: 'school_id', which: 'school_year' },
  { record: 'niveauTemplate', table: 'niveau_template_revisions', owner: 'sector', which: 'revision' },
  { record: 'reflectionDeadline', table: 'reflection_deadlines', owner: 'school_year', which: 'version' },
] as const satisfies readonly { readonly record: PersonStamp['record']; readonly table: string; readonly owner: string; readonly which: string }[];

export class SqlitePersonDataStore implements PersonDataStore {
  private readonly people: RecordTable<Person>;
  private readonly registrants: RecordTable<ExternalRegistrant>;
  private readonly rsvps: RecordTable<Rsvp>;
  private readonly responses: RecordTable<SurveyResponse>;

  constructor(private readonly db: Database) {
    this.people = new RecordTable(db, personTable);
    this.registrants = new RecordTable(db, registrantTable);
    this.rsvps = new RecordTable(db, rsvpTable);
    this.responses = new RecordTable(db, responseTable);
  }

  async registrantsByEmail(email: string): Promise<readonly ExternalRegistrant[]> {
    return this.registrants.query('email_key = @key ORDER BY id', { key: registrantEmailKey(email) });
  }

  async recordsOf(ids: readonly Id[]): Promise<PersonRecords> {
    const p = idList(ids);
    const rows = (sql: string): Row[] => guardRead(this.db, () => this.db.prepare(sql).all(p) as Row[]);
    return {
      profiles: this.people.query(`id IN ${IN_IDS} ORDER BY id`, p),
      registrants: this.registrants.query(`id IN ${IN_IDS} ORDER BY id`, p),
      conversations: rows(`SELECT * FROM conversations WHERE person_id IN ${IN_IDS} ORDER BY conversation_id`).map(conversationFromRow),
      rsvps: this.rsvps.query(`person_id IN ${IN_IDS} ORDER BY meeting_id, session_id`, p),
      announcementRecipients: rows(
        `SELECT * FROM announcement_recipients WHERE person_id IN ${IN_IDS} OR forwarded_by IN ${IN_IDS} ORDER BY announcement_id, person_id`,
      ).map(recipientToDomain),
      acknowledgements: rows(`SELECT * FROM announcement_acks WHERE person_id IN ${IN_IDS} ORDER BY announcement_id`).map(ackToDomain),
      surveyResponses: this.responses.query(`person_id IN ${IN_IDS} ORDER BY survey_id`, p),
      messages: readOutboxRows(rows(`SELECT * FROM outbox WHERE person_id IN ${IN_IDS} ORDER BY not_before_ms, key`), outboxFields).items,
      stamps: STAMP_TABLES.flatMap((s) =>
        rows(`SELECT ${s.owner} AS owner, ${s.which} AS which, updated_at FROM ${s.table} WHERE updated_by IN ${IN_IDS} ORDER BY owner, which`).map(
          (r): PersonStamp => ({ record: s.record, owner: String(r.owner), which: String(r.which), updatedAt: String(r.updated_at) }),
        ),
      ).concat(
        // A reflection the person shared (or revoked nothing of yet): `grantedBy` inside its grants.
        rows(
          `SELECT school_id, school_year, updated_at FROM reflections WHERE grants IS NOT NULL AND EXISTS
             (SELECT 1 FROM json_each(reflections.grants) g WHERE json_extract(g.value, '$.grantedBy') IN ${IN_IDS}) ORDER BY school_id, school_year`,
        ).map((r): PersonStamp => ({ record: 'reflectionGrant', owner: String(r.school_id), which: String(r.school_year), updatedAt: String(r.updated_at) })),
      ),
    };
  }

  async erase(id: Id, pseudonym: Id): Promise<StoreErasureCounts> {
    const run = (sql: string): number => this.db.prepare(sql).run({ id, pseudonym }).changes;
    const erase = this.db.transaction((): StoreErasureCounts => ({
      profile: run('DELETE FROM people WHERE id = @id'),
      registrants: run('DELETE FROM registrants WHERE id = @id'),
      conversations: run('DELETE FROM conversations WHERE person_id = @id'),
      pendingMessages: run(`DELETE FROM outbox WHERE person_id = @id AND status IN ('pending', 'sending')`),
      messages: run('UPDATE outbox SET person_id = @pseudonym, key = replace(key, @id, @pseudonym) WHERE person_id = @id'),
      rsvps: run('UPDATE rsvps SET person_id = @pseudonym, version = version + 1 WHERE person_id = @id'),
      announcementRecipients:
        run('UPDATE announcement_recipients SET person_id = @pseudonym WHERE person_id = @id') +
        run('UPDATE announcement_recipients SET forwarded_by = @pseudonym WHERE forwarded_by = @id'),
      acknowledgements: run('UPDATE announcement_acks SET person_id = @pseudonym WHERE person_id = @id'),
      surveyResponses: run('UPDATE survey_responses SET person_id = @pseudonym, version = version + 1 WHERE person_id = @id'),
      stamps:
        STAMP_TABLES.reduce((n, s) => n + run(`UPDATE ${s.table} SET updated_by = @pseudonym WHERE updated_by = @id`), 0) +
        run(`UPDATE reflections SET grants = replace(grants, '"' || @id || '"', '"' || @pseudonym || '"') WHERE instr(grants, '"' || @id || '"') > 0`),
    }));
    return guardCommand(this.db, () => erase.immediate());
  }

  /** Forms answers live in SharePoint (list Formulierantwoorden) only; the embedded store keeps none. */
  async formAnswersOf(_email: string): Promise<readonly StoredFormAnswer[]> {
    return [];
  }

  async eraseFormAnswers(_email: string): Promise<number> {
    return 0;
  }
}

const entryOf = (r: Row): ErasureLogEntry =>
  ErasureLogEntrySchema.parse({
    id: r.id,
    erasedAt: r.erased_at,
    byPersonId: r.by_person_id,
    subjectKind: r.subject_kind,
    pseudonym: r.pseudonym,
    counts: fromJson(r.counts),
  });

export class SqliteErasureLog implements ErasureLog {
  constructor(private readonly db: Database) {}

  async append(e: ErasureLogEntry): Promise<void> {
    guardCommand(this.db, () =>
      this.db
        .prepare('INSERT INTO erasure_log (id, erased_at, by_person_id, subject_kind, pseudonym, counts) VALUES (?, ?, ?, ?, ?, ?)')
        .run(e.id, e.erasedAt, e.byPersonId, e.subjectKind, e.pseudonym, toJson(e.counts)),
    );
  }

  async list(): Promise<readonly ErasureLogEntry[]> {
    return guardRead(this.db, () => (this.db.prepare('SELECT * FROM erasure_log ORDER BY erased_at DESC, id DESC').all() as Row[]).map(entryOf));
  }
}
