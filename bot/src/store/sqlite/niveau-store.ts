import type { Database, Statement } from 'better-sqlite3';
import { ok, type Id, type NiveauOverzicht, type Result } from '@samen/shared';
import type { Expected, NiveauStatus, NiveauStore, Page, PageRequest } from '../ports.js';
import { conflict, guardRead, guardWrite } from './guard.js';
import { niveauToDomain, niveauToRow } from './niveau-mapper.js';
import { decodeCursor, pageSize, toPage } from './paging.js';
import type { Row } from './record-table.js';

type NiveauInput = Omit<NiveauOverzicht, 'version' | 'revision'> & Expected;

/** Every save is a new revision row; nothing is overwritten, so the history is complete. */
export class SqliteNiveauStore implements NiveauStore {
  private readonly latest: Statement;
  private readonly one: Statement;
  private readonly older: Statement;
  private readonly insert: Statement;
  private readonly latestOfEach: Statement;

  constructor(private readonly db: Database) {
    this.latest = db.prepare('SELECT * FROM niveau_revisions WHERE school_id = ? ORDER BY revision DESC LIMIT 1');
    this.one = db.prepare('SELECT * FROM niveau_revisions WHERE school_id = ? AND revision = ?');
    this.older = db.prepare(
      'SELECT * FROM niveau_revisions WHERE school_id = @schoolId AND revision < @before ORDER BY revision DESC LIMIT @limit',
    );
    // SQLite returns the bare columns of the row that has the MAX.
    this.latestOfEach = db.prepare(
      'SELECT school_id, MAX(revision) AS revision, updated_at FROM niveau_revisions GROUP BY school_id ORDER BY school_id',
    );
    this.insert = db.prepare(
      `INSERT INTO niveau_revisions (school_id, revision, updated_at, updated_by, levels)
       VALUES (@school_id, @revision, @updated_at, @updated_by, @levels)`,
    );
  }

  async get(schoolId: Id): Promise<NiveauOverzicht | null> {
    return guardRead(this.db, () => this.current(schoolId));
  }

  async save({ expectedVersion, ...overzicht }: NiveauInput): Promise<Result<NiveauOverzicht>> {
    const run = this.db.transaction((): Result<NiveauOverzicht> => {
      const current = this.current(overzicht.schoolId);
      if ((current?.version ?? '') !== expectedVersion) conflict();
      const revision = (current?.revision ?? 0) + 1;
      this.insert.run(niveauToRow(overzicht, revision));
      return ok(niveauToDomain(this.one.get(overzicht.schoolId, revision) as Row));
    });
    return guardWrite(this.db, () => run.immediate());
  }

  /** Newest first. */
  async history(schoolId: Id, page?: PageRequest): Promise<Page<NiveauOverzicht>> {
    const limit = pageSize(page);
    const after = decodeCursor(page?.cursor);
    const before = after === null ? Number.MAX_SAFE_INTEGER : Number(after);
    return guardRead(this.db, () => {
      if (!Number.isInteger(before)) return { items: [] };
      const rows = (this.older.all({ schoolId, before, limit: limit + 1 }) as Row[]).map(niveauToDomain);
      return toPage(rows, limit, (n) => String(n.revision));
    });
  }

  async revision(schoolId: Id, revision: number): Promise<NiveauOverzicht | null> {
    return guardRead(this.db, () => {
      const row = this.one.get(schoolId, revision) as Row | undefined;
      return row ? niveauToDomain(row) : null;
    });
  }

  async statuses(): Promise<readonly NiveauStatus[]> {
    return guardRead(this.db, () =>
      (this.latestOfEach.all() as Row[]).map((r) => ({ schoolId: String(r.school_id), revision: Number(r.revision), updatedAt: String(r.updated_at) })),
    );
  }

  private current(schoolId: Id): NiveauOverzicht | null {
    const row = this.latest.get(schoolId) as Row | undefined;
    return row ? niveauToDomain(row) : null;
  }
}
