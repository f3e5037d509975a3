/**
 * Versioned schema. Append a migration to change the schema; never edit one that has shipped.
 * Applied at open in one IMMEDIATE transaction, so two processes opening the same file at once
 * apply each migration exactly once.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    up: `
      CREATE TABLE schools (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL,
        name TEXT NOT NULL, sector TEXT NOT NULL, region TEXT NOT NULL, place TEXT NOT NULL
      ) STRICT;
      CREATE TABLE people (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, aad_object_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL, email TEXT NOT NULL, locale TEXT NOT NULL,
        school_ids TEXT NOT NULL, roles TEXT NOT NULL
      ) STRICT;
      CREATE TABLE conversations (
        conversation_id TEXT PRIMARY KEY, person_id TEXT, scope TEXT NOT NULL,
        reference TEXT NOT NULL, updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversations_person ON conversations (person_id);
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, status TEXT NOT NULL,
        organiser_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL
      ) STRICT;
      CREATE TABLE rsvps (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, meeting_id TEXT NOT NULL,
        session_id TEXT NOT NULL, person_id TEXT NOT NULL, status TEXT NOT NULL,
        status_since TEXT NOT NULL, source TEXT NOT NULL,
        UNIQUE (meeting_id, session_id, person_id)
      ) STRICT;
      CREATE INDEX rsvps_person ON rsvps (person_id);
      CREATE TABLE niveau_revisions (
        school_id TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL, levels TEXT NOT NULL,
        PRIMARY KEY (school_id, revision)
      ) STRICT;
      CREATE TABLE frameworks (
        school_year TEXT PRIMARY KEY, revision INTEGER NOT NULL,
        is_example INTEGER NOT NULL, items TEXT NOT NULL
      ) STRICT;
      CREATE TABLE reflections (
        school_id TEXT NOT NULL, school_year TEXT NOT NULL, version INTEGER NOT NULL,
        framework_revision INTEGER NOT NULL, status TEXT NOT NULL, shared_with_swv INTEGER NOT NULL,
        updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, answers TEXT NOT NULL,
        PRIMARY KEY (school_id, school_year)
      ) STRICT;
      CREATE INDEX reflections_year ON reflections (school_year);
      CREATE TABLE outbox (
        key TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT NOT NULL, meeting_id TEXT,
        payload TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
        not_before TEXT NOT NULL, not_before_ms INTEGER NOT NULL,
        last_error TEXT, activity_id TEXT, updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (status, not_before_ms, key);
      CREATE INDEX outbox_meeting ON outbox (meeting_id);
    `,
  },
  {
    version: 2,
    name: 'announcements-and-surveys',
    up: `
      CREATE TABLE announcements (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, status TEXT NOT NULL,
        organiser_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL
      ) STRICT;
      CREATE TABLE announcement_recipients (
        announcement_id TEXT NOT NULL, person_id TEXT NOT NULL, forwarded_by TEXT, added_at TEXT NOT NULL,
        PRIMARY KEY (announcement_id, person_id)
      ) STRICT;
      CREATE TABLE announcement_acks (
        announcement_id TEXT NOT NULL, person_id TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (announcement_id, person_id)
      ) STRICT;
      CREATE TABLE surveys (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, status TEXT NOT NULL,
        organiser_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL
      ) STRICT;
      CREATE TABLE survey_responses (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, survey_id TEXT NOT NULL,
        person_id TEXT, school_key TEXT, school_id TEXT, roles TEXT NOT NULL,
        answers TEXT NOT NULL, submitted_at TEXT NOT NULL,
        UNIQUE (survey_id, person_id), UNIQUE (survey_id, school_key)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE survey_markers (
        survey_id TEXT NOT NULL, marker TEXT NOT NULL,
        PRIMARY KEY (survey_id, marker)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'rsvp answers',
    up: `ALTER TABLE rsvps ADD COLUMN answers TEXT;`,
  },
  {
    version: 4,
    name: 'forms import ledger',
    up: `
      CREATE TABLE forms_import_rows (
        form_id TEXT NOT NULL, row_key TEXT NOT NULL,
        PRIMARY KEY (form_id, row_key)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE forms_import_runs (
        form_id TEXT PRIMARY KEY, ran_at TEXT NOT NULL, run TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 5,
    name: 'school membership index',
    // Who works at which school, kept by triggers from people.school_ids so every write path
    // (store, sample loader, an older build) keeps it right: colleagues and audiences by school
    // are an index lookup instead of a scan of the directory.
    up: `
      CREATE TABLE person_schools (
        school_id TEXT NOT NULL, person_id TEXT NOT NULL,
        PRIMARY KEY (school_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX person_schools_person ON person_schools (person_id);
      INSERT OR IGNORE INTO person_schools (school_id, person_id)
        SELECT j.value, p.id FROM people p, json_each(p.school_ids) j;
      CREATE TRIGGER people_schools_insert AFTER INSERT ON people BEGIN
        INSERT OR IGNORE INTO person_schools (school_id, person_id) SELECT value, NEW.id FROM json_each(NEW.school_ids);
      END;
      CREATE TRIGGER people_schools_update AFTER UPDATE OF school_ids, id ON people BEGIN
        DELETE FROM person_schools WHERE person_id = OLD.id;
        INSERT OR IGNORE INTO person_schools (school_id, person_id) SELECT value, NEW.id FROM json_each(NEW.school_ids);
      END;
      CREATE TRIGGER people_schools_delete AFTER DELETE ON people BEGIN
        DELETE FROM person_schools WHERE person_id = OLD.id;
      END;
    `,
  },
  {
    version: 6,
    name: 'rsvp attendance',
    // 1 = was there, 0 = was not, NULL = not taken.
    up: `ALTER TABLE rsvps ADD COLUMN attended INTEGER;`,
  },
  {
    version: 7,
    name: 'external registrants',
    // People outside the tenant who registered through Forms: one per meeting and address.
    up: `
      CREATE TABLE registrants (
        id TEXT PRIMARY KEY, version INTEGER NOT NULL, meeting_id TEXT NOT NULL,
        email_key TEXT NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL,
        sector TEXT, created_at TEXT NOT NULL,
        UNIQUE (meeting_id, email_key)
      ) STRICT;
    `,
  },
  {
    version: 8,
    name: 'niveau templates',
    // One row per saved revision of a sector's template (#16); nothing is overwritten.
    up: `
      CREATE TABLE niveau_template_revisions (
        sector TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
        levels TEXT NOT NULL, PRIMARY KEY (sector, revision)
      ) STRICT;
    `,
  },
  {
    version: 9,
    name: 'school support profile',
    up: `
      CREATE TABLE sops (
        school_id TEXT NOT NULL, school_year TEXT NOT NULL, version INTEGER NOT NULL,
        status TEXT NOT NULL, steps TEXT NOT NULL, shared_with_swv INTEGER NOT NULL,
        updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, content TEXT NOT NULL,
        PRIMARY KEY (school_id, school_year)
      ) STRICT;
      CREATE INDEX sops_year ON sops (school_year);
    `,
  },
  {
    version: 10,
    name: 'reflection grants',
    // With whom a school shares its reflection, per audience (#16 item 3), as JSON. NULL = a row from
    // before grants: its shared_with_swv flag is read as a partnership grant (grantsFromStored).
    up: `ALTER TABLE reflections ADD COLUMN grants TEXT;`,
  },
  {
    version: 11,
    name: 'reflection deadline and progress',
    // The partnership's deadline per school year (date NULL = cleared) and each school's count of
    // answered items, so reminders can say how far a school is without reading its answers.
    up: `
      CREATE TABLE reflection_deadlines (
        school_year TEXT PRIMARY KEY, version INTEGER NOT NULL, date TEXT,
        reminder_days TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE reflection_progress (
        school_id TEXT NOT NULL, school_year TEXT NOT NULL, answered INTEGER NOT NULL,
        total INTEGER NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (school_id, school_year)
      ) STRICT;
      CREATE INDEX reflection_progress_year ON reflection_progress (school_year);
    `,
  },
  {
    version: 12,
    name: 'erasure log',
    // One row per erased person (AVG art. 17): when, by whom, how many records; never whom.
    up: `
      CREATE TABLE erasure_log (
        id TEXT PRIMARY KEY, erased_at TEXT NOT NULL, by_person_id TEXT NOT NULL,
        subject_kind TEXT NOT NULL, pseudonym TEXT NOT NULL, counts TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 13,
    name: 'retention',
    // The retention job's last clean-up (one row) and an index to find old finished outbox items.
    up: `
      CREATE TABLE retention_runs (
        id TEXT PRIMARY KEY, ran_at TEXT NOT NULL, run TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_updated ON outbox (updated_at);
    `,
  },
  {
    version: 14,
    name: 'rsvp counts and waitlist order from the index',
    // One click reads counts per session and status, the front of a waitlist and a place in it
    // (SqliteRsvpStore.transactFor) from this index instead of every RSVP of the meeting.
    up: `CREATE INDEX rsvps_waitlist ON rsvps (meeting_id, session_id, status, julianday(status_since), id);`,
  },
];

const currentVersion = (db: Database): number =>
  (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_version').get() as { v: number }).v;

/** Brings the schema up to date; returns how many migrations were applied (0 on a current file). */
export const migrate = (
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: Date = new Date(),
): number => {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
  );
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  const apply = db.transaction((): number => {
    const current = currentVersion(db);
    const known = migrations.at(-1)?.version ?? 0;
    if (current > known) {
      throw new Error(`Database schema ${current} is newer than this app knows (${known}); update the app.`);
    }
    const pending = migrations.filter((m) => m.version > current);
    for (const m of pending) {
      db.exec(m.up);
      record.run(m.version, m.name, now.toISOString());
    }
    return pending.length;
  });
  return apply.immediate();
};
