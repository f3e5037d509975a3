/**
 * The reflection deadline (list `Reflectiedeadlines`, one item per school year) and each school's
 * progress count (list `Reflectievoortgang`, one item per school and year), both on the partnership's
 * site: the reminder scheduler reads them as the app, which has no access to a school's own site.
 */
import {
  ok,
  ReflectionDeadlineRecordSchema,
  ReflectionProgressRecordSchema,
  type ReflectionDeadline,
  type ReflectionProgressRow,
  type Result,
} from '@samen/shared';
import type { NewReflectionDeadline, ReflectionDeadlineStore } from '../ports-reflection-deadlines.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { lit, type ListClient, type ListItem } from './list-client.js';
import { fromJson, json } from './mappers.js';
import { parseVersion, versionOf } from './version.js';

const deadlineOf = (item: ListItem): ReflectionDeadline =>
  ReflectionDeadlineRecordSchema.parse({
    schoolYear: item.fields.SchoolYear,
    // An empty text column comes back absent: no date (cleared).
    date: typeof item.fields.DeadlineDate === 'string' && item.fields.DeadlineDate !== '' ? item.fields.DeadlineDate : null,
    reminderDaysBefore: fromJson(item.fields.ReminderDays),
    updatedAt: item.fields.UpdatedAt,
    updatedBy: item.fields.UpdatedBy,
    version: versionOf(item),
  });

const progressOf = (item: ListItem): ReflectionProgressRow =>
  ReflectionProgressRecordSchema.parse({
    schoolId: item.fields.SchoolId,
    schoolYear: item.fields.SchoolYear,
    answered: item.fields.Answered,
    total: item.fields.Total,
    updatedAt: item.fields.UpdatedAt,
  });

const progressKey = (schoolId: string, schoolYear: string): string => `${schoolId}|${schoolYear}`;

export class SharePointReflectionDeadlineStore implements ReflectionDeadlineStore {
  constructor(
    private readonly deadlines: ListClient,
    private readonly progressList: ListClient,
  ) {}

  get(schoolYear: string): Promise<ReflectionDeadline | null> {
    return guardRead(async () => {
      const item = await this.item(schoolYear);
      return item ? deadlineOf(item) : null;
    });
  }

  /** A first save creates the item (the unique SchoolYear refuses a second); later ones go by If-Match. */
  save({ expectedVersion, ...d }: NewReflectionDeadline): Promise<Result<ReflectionDeadline>> {
    return guardWrite(async () => {
      const fields = {
        Title: d.schoolYear,
        SchoolYear: d.schoolYear,
        DeadlineDate: d.date ?? '',
        ReminderDays: json(d.reminderDaysBefore),
        UpdatedAt: d.updatedAt,
        UpdatedBy: d.updatedBy,
      };
      const current = await this.item(d.schoolYear);
      if (expectedVersion === '') {
        if (current) throw new Conflict();
        return ok(deadlineOf(await this.deadlines.create(fields)));
      }
      // The version names an item: it must be this year's, so a version of another year never overwrites it.
      const version = parseVersion(expectedVersion);
      if (!current || !version || versionOf(current) !== expectedVersion) throw new Conflict();
      return ok(deadlineOf(await this.deadlines.update(version.itemId, version.etag, fields)));
    });
  }

  /** One item per school year: a handful, read whole. */
  list(): Promise<readonly ReflectionDeadline[]> {
    return guardRead(async () => (await this.deadlines.all({})).map(deadlineOf).sort((a, b) => a.schoolYear.localeCompare(b.schoolYear)));
  }

  /** A count older than the stored one is left alone (two saves of one school finishing out of order). */
  async saveProgress(row: ReflectionProgressRow): Promise<void> {
    const key = progressKey(row.schoolId, row.schoolYear);
    const fields = { Title: key, ProgressKey: key, SchoolId: row.schoolId, SchoolYear: row.schoolYear, Answered: row.answered, Total: row.total, UpdatedAt: row.updatedAt };
    await guardRead(() => this.progressList.upsertWhere(`fields/ProgressKey eq ${lit(key)}`, fields, {
        keep: (current) => String(current.fields.UpdatedAt ?? '') > row.updatedAt,
      }),
    );
  }

  /** `SchoolYear eq` selects one item per school for that year: 1,000 at most. */
  progress(schoolYear: string): Promise<readonly ReflectionProgressRow[]> {
    return guardRead(async () => {
      const items = await this.progressList.all({ filter: `fields/SchoolYear eq ${lit(schoolYear)}` });
      return items.map(progressOf).sort((a, b) => a.schoolId.localeCompare(b.schoolId));
    });
  }

  /** Unique SchoolYear: one item. */
  private item(schoolYear: string): Promise<ListItem | null> {
    return this.deadlines.first(`fields/SchoolYear eq ${lit(schoolYear)}`);
  }
}
