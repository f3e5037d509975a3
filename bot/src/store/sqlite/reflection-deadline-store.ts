/** The reflection deadline per school year and each school's progress count (migration 11). */
import type { Database, Statement } from 'better-sqlite3';
import {
  ok,
  ReflectionDeadlineRecordSchema,
  ReflectionProgressRecordSchema,
  type ReflectionDeadline,
  type ReflectionProgressRow,
  type Result,
} from '@samen/shared';
import type { NewReflectionDeadline, ReflectionDeadlineStore } from '../ports-reflection-deadlines.js';
import { conflict, guardRead, guardWrite } from './guard.js';
import { fromJson, toJson } from './json.js';
import type { Row } from './record-table.js';
import { versionString } from './version.js';

const deadlineOf = (r: Row): ReflectionDeadline =>
  ReflectionDeadlineRecordSchema.parse({
    schoolYear: r.school_year,
    date: r.date ?? null,
    reminderDaysBefore: fromJson(r.reminder_days),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    version: versionString(Number(r.version)),
  });

const progressOf = (r: Row): ReflectionProgressRow =>
  ReflectionProgressRecordSchema.parse({
    schoolId: r.school_id,
    schoolYear: r.school_year,
    answered: r.answered,
    total: r.total,
    updatedAt: r.updated_at,
  });

export class SqliteReflectionDeadlineStore implements ReflectionDeadlineStore {
  private readonly one: Statement;
  private readonly all: Statement;
  private readonly write: Statement;
  private readonly writeProgress: Statement;
  private readonly progressOfYear: Statement;

  constructor(private readonly db: Database) {
    this.one = db.prepare('SELECT * FROM reflection_deadlines WHERE school_year = ?');
    this.all = db.prepare('SELECT * FROM reflection_deadlines ORDER BY school_year');
    this.write = db.prepare(
      `INSERT INTO reflection_deadlines (school_year, version, date, reminder_days, updated_at, updated_by)
       VALUES (@school_year, @version, @date, @reminder_days, @updated_at, @updated_by)
       ON CONFLICT (school_year) DO UPDATE SET version = excluded.version, date = excluded.date,
         reminder_days = excluded.reminder_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    );
    this.writeProgress = db.prepare(
      `INSERT INTO reflection_progress (school_id, school_year, answered, total, updated_at)
       VALUES (@school_id, @school_year, @answered, @total, @updated_at)
       ON CONFLICT (school_id, school_year) DO UPDATE SET answered = excluded.answered, total = excluded.total,
         updated_at = excluded.updated_at WHERE excluded.updated_at >= reflection_progress.updated_at`,
    );
    this.progressOfYear = db.prepare('SELECT * FROM reflection_progress WHERE school_year = ? ORDER BY school_id');
  }

  async get(schoolYear: string): Promise<ReflectionDeadline | null> {
    return guardRead(this.db, () => this.read(schoolYear));
  }

  async save({ expectedVersion, ...d }: NewReflectionDeadline): Promise<Result<ReflectionDeadline>> {
    const run = this.db.transaction((): Result<ReflectionDeadline> => {
      const current = this.read(d.schoolYear);
      if ((current?.version ?? '') !== expectedVersion) conflict();
      this.write.run({
        school_year: d.schoolYear,
        version: Number(current?.version ?? 0) + 1,
        date: d.date,
        reminder_days: toJson(d.reminderDaysBefore),
        updated_at: d.updatedAt,
        updated_by: d.updatedBy,
      });
      return ok(this.read(d.schoolYear) as ReflectionDeadline);
    });
    return guardWrite(this.db, () => run.immediate());
  }

  async list(): Promise<readonly ReflectionDeadline[]> {
    return guardRead(this.db, () => (this.all.all() as Row[]).map(deadlineOf));
  }

  /** A count older than the stored one is left alone (two saves of one school finishing out of order). */
  async saveProgress(row: ReflectionProgressRow): Promise<void> {
    guardRead(this.db, () =>
      this.writeProgress.run({ school_id: row.schoolId, school_year: row.schoolYear, answered: row.answered, total: row.total, updated_at: row.updatedAt }),
    );
  }

  async progress(schoolYear: string): Promise<readonly ReflectionProgressRow[]> {
    return guardRead(this.db, () => (this.progressOfYear.all(schoolYear) as Row[]).map(progressOf));
  }

  private read(schoolYear: string): ReflectionDeadline | null {
    const row = this.one.get(schoolYear) as Row | undefined;
    return row ? deadlineOf(row) : null;
  }
}
