/**
 * The SOP on SharePoint, like the reflections (school-data-stores.ts): the record lives in the
 * list `Ondersteuningsprofielen` on the school's own site, reached on behalf of the signed-in user;
 * the partnership's site keeps the status and step dates in `Ondersteuningsprofielstatus`, with a
 * copy of the SOP only while the school shares it (emptied as soon as it stops).
 */
import { ok, SopSchema, type Id, type Result, type Sop, type SopStatusRow } from '@samen/shared';
import type { Expected } from '../paging.js';
import type { PartnershipSop, SopStore } from '../ports-sop.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { lit, type ListClient, type ListItem } from './list-client.js';
import { fromJson, json } from './mappers.js';
import type { ListMapping, RecordList } from './record-list.js';

export const sopKey = (schoolId: string, schoolYear: string): string => `${schoolId}|${schoolYear}`;

type F = Readonly<Record<string, unknown>>;

export const sopMapping: ListMapping<Sop> = {
  keyColumn: 'SopKey',
  keyOf: (s) => sopKey(s.schoolId, s.schoolYear),
  toFields: ({ schoolId, schoolYear, status, steps, sharedWithSwv, updatedAt, updatedBy, ...content }) => ({
    Title: sopKey(schoolId, schoolYear),
    SopKey: sopKey(schoolId, schoolYear),
    SchoolId: schoolId,
    SchoolYear: schoolYear,
    Status: status,
    Steps: json(steps),
    SharedWithSwv: sharedWithSwv,
    UpdatedAt: updatedAt,
    UpdatedBy: updatedBy,
    Content: json(content),
  }),
  toDomain: (f: F, version) =>
    SopSchema.parse({
      ...(fromJson(f.Content) as object),
      schoolId: f.SchoolId,
      schoolYear: f.SchoolYear,
      status: f.Status,
      steps: fromJson(f.Steps),
      sharedWithSwv: f.SharedWithSwv ?? false,
      updatedAt: f.UpdatedAt,
      updatedBy: f.UpdatedBy,
      version,
    }),
};

const StatusRow = SopSchema.pick({ schoolId: true, status: true, steps: true, sharedWithSwv: true, updatedAt: true });

const statusRowOf = (i: ListItem): SopStatusRow =>
  StatusRow.parse({
    schoolId: i.fields.SchoolId,
    status: i.fields.Status,
    steps: fromJson(i.fields.Steps),
    sharedWithSwv: i.fields.SharedWithSwv === true,
    updatedAt: i.fields.UpdatedAt,
  });

export class SharePointSopStore implements SopStore {
  constructor(
    private readonly recordsOf: (schoolId: Id) => RecordList<Sop>,
    private readonly statusList: ListClient,
  ) {}

  get(schoolId: Id, schoolYear: string): Promise<Sop | null> {
    return this.recordsOf(schoolId).get(sopKey(schoolId, schoolYear));
  }

  /** Saves on the school's site, then mirrors the status (and a shared copy) to the partnership's site. */
  save({ expectedVersion, ...sop }: Omit<Sop, 'version'> & Expected): Promise<Result<Sop>> {
    return guardWrite(async () => {
      const saved = await this.recordsOf(sop.schoolId).write(sop, expectedVersion);
      await this.mirror(saved);
      return ok(saved);
    });
  }

  /** `SchoolYear eq` selects one status item per school for that year: 1,000 at most. */
  statuses(schoolYear: string): Promise<readonly SopStatusRow[]> {
    return guardRead(async () => {
      const items = await this.statusList.all({ filter: `fields/SchoolYear eq ${lit(schoolYear)}` });
      return items.map(statusRowOf).sort((a, b) => a.schoolId.localeCompare(b.schoolId));
    });
  }

  /** From the partnership's site only. Unique key: one item. */
  forPartnership(schoolId: Id, schoolYear: string): Promise<PartnershipSop | null> {
    return guardRead(async () => {
      const item = await this.statusList.first(`fields/StatusKey eq ${lit(sopKey(schoolId, schoolYear))}`);
      if (!item) return null;
      const status = statusRowOf(item);
      const copy = item.fields.SharedSop;
      const shared = status.sharedWithSwv && typeof copy === 'string' && copy !== '' ? SopSchema.parse(fromJson(copy)) : null;
      return { status, shared };
    });
  }

  /** Last writer wins, a few attempts on a lost race; the school's own save stands regardless. */
  private async mirror(s: Sop): Promise<void> {
    const key = sopKey(s.schoolId, s.schoolYear);
    const fields = {
      Title: key,
      StatusKey: key,
      SchoolId: s.schoolId,
      SchoolYear: s.schoolYear,
      Status: s.status,
      Steps: json(s.steps),
      SharedWithSwv: s.sharedWithSwv,
      UpdatedAt: s.updatedAt,
      SharedSop: s.sharedWithSwv ? json(s) : '',
    };
    await this.statusList.upsertWhere(`fields/StatusKey eq ${lit(key)}`, fields, { attempts: 5 }).catch((e: unknown) => {
      if (!(e instanceof Conflict)) throw e;
    });
  }
}
