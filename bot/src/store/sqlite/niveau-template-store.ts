import type { Database, Statement } from 'better-sqlite3';
import { NiveauTemplateRecordSchema, ok, type NiveauTemplate, type Result, type TemplateSector } from '@samen/shared';
import type { NewNiveauTemplate, NiveauTemplateStore } from '../ports-niveau-templates.js';
import { conflict, guardRead, guardWrite } from './guard.js';
import { fromJson, toJson } from './json.js';
import type { Row } from './record-table.js';
import { versionString } from './version.js';

/** The version of a revision is its number, as for the niveau-overzicht. */
const toDomain = (r: Row): NiveauTemplate =>
  NiveauTemplateRecordSchema.parse({
    sector: r.sector,
    levels: fromJson(r.levels),
    revision: r.revision,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    version: versionString(Number(r.revision)),
  });

/** Every save is a new revision row; nothing is overwritten, so the history is complete. */
export class SqliteNiveauTemplateStore implements NiveauTemplateStore {
  private readonly latest: Statement;
  private readonly one: Statement;
  private readonly newest: Statement;
  private readonly insert: Statement;

  constructor(private readonly db: Database) {
    this.latest = db.prepare('SELECT * FROM niveau_template_revisions WHERE sector = ? ORDER BY revision DESC LIMIT 1');
    this.one = db.prepare('SELECT * FROM niveau_template_revisions WHERE sector = ? AND revision = ?');
    this.newest = db.prepare('SELECT * FROM niveau_template_revisions WHERE sector = ? ORDER BY revision DESC LIMIT ?');
    this.insert = db.prepare(
      `INSERT INTO niveau_template_revisions (sector, revision, updated_at, updated_by, levels)
       VALUES (@sector, @revision, @updated_at, @updated_by, @levels)`,
    );
  }

  async get(sector: TemplateSector): Promise<NiveauTemplate | null> {
    return guardRead(this.db, () => this.current(sector));
  }

  async save({ expectedVersion, ...t }: NewNiveauTemplate): Promise<Result<NiveauTemplate>> {
    const run = this.db.transaction((): Result<NiveauTemplate> => {
      const current = this.current(t.sector);
      if ((current?.version ?? '') !== expectedVersion) conflict();
      const revision = (current?.revision ?? 0) + 1;
      this.insert.run({ sector: t.sector, revision, updated_at: t.updatedAt, updated_by: t.updatedBy, levels: toJson(t.levels) });
      return ok(toDomain(this.one.get(t.sector, revision) as Row));
    });
    return guardWrite(this.db, () => run.immediate());
  }

  async revision(sector: TemplateSector, revision: number): Promise<NiveauTemplate | null> {
    return guardRead(this.db, () => {
      const row = this.one.get(sector, revision) as Row | undefined;
      return row ? toDomain(row) : null;
    });
  }

  async history(sector: TemplateSector, limit: number): Promise<readonly NiveauTemplate[]> {
    return guardRead(this.db, () => (this.newest.all(sector, limit) as Row[]).map(toDomain));
  }

  private current(sector: TemplateSector): NiveauTemplate | null {
    const row = this.latest.get(sector) as Row | undefined;
    return row ? toDomain(row) : null;
  }
}
