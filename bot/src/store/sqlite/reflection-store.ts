import type { Database, Statement } from 'better-sqlite3';
import { isSharedWithSwv, type Id, type Reflection, type Result } from '@samen/shared';
import type { Expected, PartnershipReflection, ReflectionStore } from '../ports.js';
import { guardRead } from './guard.js';
import { RecordTable, type Row } from './record-table.js';
import type { ReflectionStatusRow } from './record-schemas.js';
import { reflectionStatusToDomain, reflectionTable, STATUS_COLUMNS } from './reflection-mapper.js';

export class SqliteReflectionStore implements ReflectionStore {
  private readonly table: RecordTable<Reflection>;
  private readonly statusesOfYear: Statement;

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, reflectionTable);
    this.statusesOfYear = db.prepare(
      `SELECT ${STATUS_COLUMNS} FROM reflections WHERE school_year = ? ORDER BY school_id`,
    );
  }

  async get(schoolId: Id, schoolYear: string): Promise<Reflection | null> {
    return this.table.get({ school_id: schoolId, school_year: schoolYear });
  }

  /** Newest school year first. */
  async forSchool(schoolId: Id): Promise<readonly Reflection[]> {
    return this.table.query('school_id = @schoolId ORDER BY school_year DESC', { schoolId });
  }

  async save({ expectedVersion, ...reflection }: Omit<Reflection, 'version'> & Expected): Promise<Result<Reflection>> {
    return this.table.upsert(reflection, expectedVersion);
  }

  async statuses(schoolYear: string): Promise<readonly ReflectionStatusRow[]> {
    return guardRead(this.db, () => (this.statusesOfYear.all(schoolYear) as Row[]).map(reflectionStatusToDomain));
  }

  async forPartnership(schoolId: Id, schoolYear: string): Promise<PartnershipReflection | null> {
    const r = await this.get(schoolId, schoolYear);
    if (!r) return null;
    const status = { schoolId: r.schoolId, status: r.status, sharedWithSwv: isSharedWithSwv(r), updatedAt: r.updatedAt };
    return { status, shared: r.grants.length > 0 ? r : null };
  }

  /** A grant naming the school, found in the JSON; rows from before grants (NULL) name none. */
  async sharedWithSchool(schoolId: Id, schoolYear: string): Promise<readonly Reflection[]> {
    return this.table.query(
      `school_year = @schoolYear AND school_id <> @schoolId AND EXISTS (
         SELECT 1 FROM json_each(reflections.grants) g
         WHERE json_extract(g.value, '$.kind') = 'school' AND json_extract(g.value, '$.schoolId') = @schoolId
       ) ORDER BY school_id`,
      { schoolId, schoolYear },
    );
  }
}
