/** The SOP per school and school year: status columns for the partnership, the content as JSON. */
import type { Database, Statement } from 'better-sqlite3';
import { SopSchema, type Id, type Result, type Sop, type SopStatusRow } from '@samen/shared';
import { z } from 'zod';
import type { Expected } from '../paging.js';
import type { PartnershipSop, SopStore } from '../ports-sop.js';
import { guardRead } from './guard.js';
import { fromBool, fromJson, toBool, toJson } from './json.js';
import { RecordTable, type Row, type TableSpec } from './record-table.js';
import { versionString } from './version.js';

const sopTable: TableSpec<Sop> = {
  table: 'sops',
  keys: ['school_id', 'school_year'],
  columns: ['status', 'steps', 'shared_with_swv', 'updated_at', 'updated_by', 'content'],
  toRow: ({ schoolId, schoolYear, status, steps, sharedWithSwv, updatedAt, updatedBy, ...content }) => ({
    school_id: schoolId,
    school_year: schoolYear,
    status,
    steps: toJson(steps),
    shared_with_swv: toBool(sharedWithSwv),
    updated_at: updatedAt,
    updated_by: updatedBy,
    content: toJson(content),
  }),
  toDomain: (r) =>
    SopSchema.parse({
      ...(fromJson(r.content) as object),
      schoolId: r.school_id,
      schoolYear: r.school_year,
      status: r.status,
      steps: fromJson(r.steps),
      sharedWithSwv: fromBool(r.shared_with_swv),
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      version: versionString(Number(r.version)),
    }),
};

const StatusRecord: z.ZodType<SopStatusRow> = SopSchema.pick({
  schoolId: true,
  status: true,
  steps: true,
  sharedWithSwv: true,
  updatedAt: true,
});

const statusOf = (r: Row): SopStatusRow =>
  StatusRecord.parse({
    schoolId: r.school_id,
    status: r.status,
    steps: fromJson(r.steps),
    sharedWithSwv: fromBool(r.shared_with_swv),
    updatedAt: r.updated_at,
  });

export class SqliteSopStore implements SopStore {
  private readonly table: RecordTable<Sop>;
  private readonly statusesOfYear: Statement;

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, sopTable);
    // The partnership's view: the content column is never selected.
    this.statusesOfYear = db.prepare(
      'SELECT school_id, status, steps, shared_with_swv, updated_at FROM sops WHERE school_year = ? ORDER BY school_id',
    );
  }

  async get(schoolId: Id, schoolYear: string): Promise<Sop | null> {
    return this.table.get({ school_id: schoolId, school_year: schoolYear });
  }

  async save({ expectedVersion, ...sop }: Omit<Sop, 'version'> & Expected): Promise<Result<Sop>> {
    return this.table.upsert(sop, expectedVersion);
  }

  async statuses(schoolYear: string): Promise<readonly SopStatusRow[]> {
    return guardRead(this.db, () => (this.statusesOfYear.all(schoolYear) as Row[]).map(statusOf));
  }

  async forPartnership(schoolId: Id, schoolYear: string): Promise<PartnershipSop | null> {
    const s = await this.get(schoolId, schoolYear);
    if (!s) return null;
    const { status, steps, sharedWithSwv, updatedAt } = s;
    return { status: { schoolId, status, steps, sharedWithSwv, updatedAt }, shared: sharedWithSwv ? s : null };
  }
}
