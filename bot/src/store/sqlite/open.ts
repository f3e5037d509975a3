/** Opens the embedded store: one SQLite connection, migrated, behind every port. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Clock } from '@samen/shared';
import type { Stores } from '../ports.js';
import { StorageUnavailable } from '../errors.js';
import { SqliteConversationStore } from './conversation-store.js';
import { GroupCommit } from './group-commit.js';
import { SqliteFrameworkStore } from './framework-store.js';
import { SqliteNiveauTemplateStore } from './niveau-template-store.js';
import { SqliteMeetingStore } from './meeting-store.js';
import { migrate } from './migrations.js';
import { SqliteNiveauStore } from './niveau-store.js';
import { SqliteOutboxStore } from './outbox-store.js';
import { SqlitePersonStore } from './person-store.js';
import { SqliteReflectionStore } from './reflection-store.js';
import { SqliteSopStore } from './sop-store.js';
import { SqliteRetentionStore } from './retention-store.js';
import { SqliteRsvpStore } from './rsvp-store.js';
import { SqliteSchoolStore } from './school-store.js';
import { SqliteAnnouncementStore } from './announcement-store.js';
import { SqliteSurveyStore } from './survey-store.js';
import { SqliteFormsImportStore } from './forms-import-store.js';
import { SqliteRegistrantStore } from './registrant-store.js';
import { SqliteReflectionDeadlineStore } from './reflection-deadline-store.js';
import { SqliteErasureLog, SqlitePersonDataStore } from './person-data-store.js';

export const SQLITE_FILE_NAME = 'samen-verder.sqlite';
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

export type SqliteLocation = { readonly dataDir: string } | { readonly memory: true };

export type SqliteOptions = SqliteLocation & {
  /** How long a writer waits for another connection's lock before giving up (STORE.UNAVAILABLE). */
  readonly busyTimeoutMs?: number;
  /** Stamps outbox rows on enqueue; defaults to the system clock. */
  readonly clock?: Clock;
};

export class SqliteStores implements Stores {
  readonly schools: SqliteSchoolStore;
  readonly people: SqlitePersonStore;
  readonly conversations: SqliteConversationStore;
  readonly meetings: SqliteMeetingStore;
  readonly rsvps: SqliteRsvpStore;
  readonly niveaus: SqliteNiveauStore;
  readonly frameworks: SqliteFrameworkStore;
  readonly niveauTemplates: SqliteNiveauTemplateStore;
  readonly reflections: SqliteReflectionStore;
  readonly outbox: SqliteOutboxStore;
  readonly announcements: SqliteAnnouncementStore;
  readonly surveys: SqliteSurveyStore;
  readonly formsImports: SqliteFormsImportStore;
  readonly registrants: SqliteRegistrantStore;
  readonly sops: SqliteSopStore;
  readonly reflectionDeadlines: SqliteReflectionDeadlineStore;
  readonly retention: SqliteRetentionStore;
  readonly personData: SqlitePersonDataStore;
  readonly erasures: SqliteErasureLog;

  constructor(
    private readonly db: Database,
    clock: Clock,
  ) {
    this.schools = new SqliteSchoolStore(db);
    this.people = new SqlitePersonStore(db);
    const commits = new GroupCommit(db);
    this.conversations = new SqliteConversationStore(db, commits);
    this.meetings = new SqliteMeetingStore(db);
    this.rsvps = new SqliteRsvpStore(db, commits);
    this.niveaus = new SqliteNiveauStore(db);
    this.frameworks = new SqliteFrameworkStore(db);
    this.niveauTemplates = new SqliteNiveauTemplateStore(db);
    this.reflections = new SqliteReflectionStore(db);
    this.outbox = new SqliteOutboxStore(db, clock);
    this.announcements = new SqliteAnnouncementStore(db);
    this.surveys = new SqliteSurveyStore(db);
    this.formsImports = new SqliteFormsImportStore(db);
    this.registrants = new SqliteRegistrantStore(db);
    this.sops = new SqliteSopStore(db);
    this.reflectionDeadlines = new SqliteReflectionDeadlineStore(db);
    this.retention = new SqliteRetentionStore(db);
    this.personData = new SqlitePersonDataStore(db);
    this.erasures = new SqliteErasureLog(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

const connect = (options: SqliteOptions): Database => {
  if ('memory' in options) return new BetterSqlite3(':memory:');
  mkdirSync(options.dataDir, { recursive: true });
  return new BetterSqlite3(join(options.dataDir, SQLITE_FILE_NAME));
};

/** Opens (creating when needed) and migrates the store. Throws StorageUnavailable when the file cannot be opened. */
export const openSqliteStores = async (options: SqliteOptions): Promise<SqliteStores> => {
  let db: Database | undefined;
  try {
    db = connect(options);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (e) {
    db?.close();
    if (e instanceof BetterSqlite3.SqliteError || (e as NodeJS.ErrnoException).code !== undefined) {
      throw new StorageUnavailable('The embedded store could not be opened.', { cause: e });
    }
    throw e;
  }
  return new SqliteStores(db, options.clock ?? (() => new Date()));
};
