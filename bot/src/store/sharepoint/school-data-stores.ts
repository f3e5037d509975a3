/**
 * A school's own data. The niveau-overzicht and the reflections live in lists on the school's
 * own site (`siteOf(schoolId)`), so SharePoint's permissions keep other schools and the
 * partnership out; the partnership's site keeps only each reflection's status (`Reflectiestatus`).
 */
import { ok, type Id, type NiveauOverzicht, type Reflection, type Result } from '@samen/shared';
import type { Expected, NiveauStore, Page, PageRequest, ReflectionStore } from '../ports.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { lit, type ListClient, type ListItem } from './list-client.js';
import { fromJson, json, reflectionKey } from './mappers.js';
import { decodeCursor, pageSize, toPage, type RecordList } from './record-list.js';
import { versionOf } from './version.js';
import { NiveauOverzichtSchema } from '@samen/shared';

const niveauOf = (item: ListItem): NiveauOverzicht =>
  NiveauOverzichtSchema.parse({
    schoolId: item.fields.SchoolId,
    levels: fromJson(item.fields.Levels),
    updatedAt: item.fields.UpdatedAt,
    updatedBy: item.fields.UpdatedBy,
    revision: item.fields.Revision,
    version: versionOf(item),
  });

const revisionKey = (schoolId: string, revision: number): string => `${schoolId}|${String(revision).padStart(6, '0')}`;

/** Every save is a new item; the unique RevisionKey makes two saves of the same revision impossible. */
export class SharePointNiveauStore implements NiveauStore {
  constructor(private readonly listOf: (schoolId: Id) => ListClient) {}

  get(schoolId: Id): Promise<NiveauOverzicht | null> {
    return guardRead(() => this.current(schoolId));
  }

  save({ expectedVersion, ...o }: Omit<NiveauOverzicht, 'version' | 'revision'> & Expected): Promise<Result<NiveauOverzicht>> {
    return guardWrite(async () => {
      const current = await this.current(o.schoolId);
      if ((current?.version ?? '') !== expectedVersion) throw new Conflict();
      const revision = (current?.revision ?? 0) + 1;
      const item = await this.listOf(o.schoolId).create({
        Title: revisionKey(o.schoolId, revision),
        RevisionKey: revisionKey(o.schoolId, revision),
        SchoolId: o.schoolId,
        Revision: revision,
        UpdatedAt: o.updatedAt,
        UpdatedBy: o.updatedBy,
        Levels: json(o.levels),
      });
      return ok(niveauOf(item));
    });
  }

  history(schoolId: Id, page?: PageRequest): Promise<Page<NiveauOverzicht>> {
    const limit = pageSize(page);
    const before = Number(decodeCursor(page?.cursor) ?? Number.MAX_SAFE_INTEGER);
    return guardRead(async () => {
      if (!Number.isInteger(before)) return { items: [] };
      const { items } = await this.listOf(schoolId).page({
        filter: `fields/SchoolId eq ${lit(schoolId)} and fields/Revision lt ${before}`,
        orderby: 'fields/Revision desc',
        top: limit + 1,
      });
      return toPage(items.map(niveauOf), limit, (n) => String(n.revision));
    });
  }

  revision(schoolId: Id, revision: number): Promise<NiveauOverzicht | null> {
    return guardRead(async () => {
      const item = await this.listOf(schoolId).first(`fields/RevisionKey eq ${lit(revisionKey(schoolId, revision))}`);
      return item ? niveauOf(item) : null;
    });
  }

  private async current(schoolId: Id): Promise<NiveauOverzicht | null> {
    const { items } = await this.listOf(schoolId).page({ filter: `fields/SchoolId eq ${lit(schoolId)}`, orderby: 'fields/Revision desc', top: 1 });
    return items[0] ? niveauOf(items[0]) : null;
  }
}

type StatusRow = Pick<Reflection, 'schoolId' | 'status' | 'sharedWithSwv' | 'updatedAt'>;

export class SharePointReflectionStore implements ReflectionStore {
  constructor(
    private readonly recordsOf: (schoolId: Id) => RecordList<Reflection>,
    private readonly statusList: ListClient,
  ) {}

  get(schoolId: Id, schoolYear: string): Promise<Reflection | null> {
    return this.recordsOf(schoolId).get(reflectionKey(schoolId, schoolYear));
  }

  /** Newest school year first. */
  async forSchool(schoolId: Id): Promise<readonly Reflection[]> {
    const all = await this.recordsOf(schoolId).find(`fields/SchoolId eq ${lit(schoolId)}`);
    return all.sort((a, b) => b.schoolYear.localeCompare(a.schoolYear));
  }

  /** Saves on the school's site, then mirrors the status (never the answers) to the partnership's site. */
  save({ expectedVersion, ...reflection }: Omit<Reflection, 'version'> & Expected): Promise<Result<Reflection>> {
    return guardWrite(async () => {
      const saved = await this.recordsOf(reflection.schoolId).write(reflection, expectedVersion);
      await this.mirror(saved);
      return ok(saved);
    });
  }

  statuses(schoolYear: string): Promise<readonly StatusRow[]> {
    return guardRead(async () => {
      const items = await this.statusList.all({ filter: `fields/SchoolYear eq ${lit(schoolYear)}` });
      return items
        .map((i) => ({
          schoolId: String(i.fields.SchoolId),
          status: i.fields.Status as Reflection['status'],
          sharedWithSwv: i.fields.SharedWithSwv === true,
          updatedAt: String(i.fields.UpdatedAt),
        }))
        .sort((a, b) => a.schoolId.localeCompare(b.schoolId));
    });
  }

  /** Last writer wins, retried on a lost race (409/412) a few times. */
  private async mirror(r: Reflection): Promise<void> {
    const key = reflectionKey(r.schoolId, r.schoolYear);
    const fields = { Title: key, StatusKey: key, SchoolId: r.schoolId, SchoolYear: r.schoolYear, Status: r.status, SharedWithSwv: r.sharedWithSwv, UpdatedAt: r.updatedAt };
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const item = await this.statusList.first(`fields/StatusKey eq ${lit(key)}`);
        await (item ? this.statusList.update(item.itemId, item.etag, fields) : this.statusList.create(fields));
        return;
      } catch (e) {
        if (!(e instanceof Conflict)) throw e;
      }
    }
  }
}
