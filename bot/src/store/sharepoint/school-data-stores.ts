/**
 * A school's own data. The niveau-overzicht and the reflections live in lists on the school's
 * own site, reached on behalf of the signed-in user (see SharePointStores.asUser), so SharePoint's
 * permissions keep other schools and the partnership out. The partnership's site keeps what the
 * partnership may see, written by the app after each save: when each niveau-overzicht changed
 * (`Niveaustatus`) and each reflection's status (`Reflectiestatus`), with a copy of the
 * reflection only while the school shares it. The dashboard therefore never reads a school site.
 */
import { isSharedWithSwv, ok, storedReflection, type Id, type NiveauOverzicht, type Reflection, type Result } from '@samen/shared';
import type { Expected, NiveauStatus, NiveauStore, Page, PageRequest, PartnershipReflection, ReflectionStatusRow, ReflectionStore } from '../ports.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { lit, type Fields, type ListClient, type ListItem } from './list-client.js';
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
  constructor(
    private readonly listOf: (schoolId: Id) => ListClient,
    private readonly statusList: ListClient,
  ) {}

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
      const saved = niveauOf(item);
      await upsertMirror(this.statusList, `fields/SchoolId eq ${lit(o.schoolId)}`, { Title: o.schoolId, SchoolId: o.schoolId, Revision: revision, UpdatedAt: o.updatedAt }, (i) => Number(i.fields.Revision) > revision);
      return ok(saved);
    });
  }

  /** Unfiltered (no threshold): one Niveaustatus item per school, 1,000 at most. */
  statuses(): Promise<readonly NiveauStatus[]> {
    return guardRead(async () =>
      (await this.statusList.all({}))
        .map((i) => ({ schoolId: String(i.fields.SchoolId), revision: Number(i.fields.Revision), updatedAt: String(i.fields.UpdatedAt) }))
        .sort((a, b) => a.schoolId.localeCompare(b.schoolId)),
    );
  }

  /**
   * Newest first. The revision numbers come from `revisions()`; the page's items are then read by
   * `SchoolId eq … and Revision ge … and Revision le …` (first clause: the same bounded set).
   */
  history(schoolId: Id, page?: PageRequest): Promise<Page<NiveauOverzicht>> {
    const limit = pageSize(page);
    const before = Number(decodeCursor(page?.cursor) ?? Number.MAX_SAFE_INTEGER);
    return guardRead(async () => {
      if (!Number.isInteger(before)) return { items: [] };
      const numbers = (await this.revisions(schoolId)).map((r) => r.revision).filter((n) => n < before);
      const wanted = numbers.slice(0, limit + 1);
      const [hi, lo] = [wanted[0], wanted.at(-1)];
      if (hi === undefined || lo === undefined) return { items: [] };
      const items = await this.listOf(schoolId).all({
        filter: `fields/SchoolId eq ${lit(schoolId)} and fields/Revision ge ${lo} and fields/Revision le ${hi}`,
      });
      const newestFirst = items.map(niveauOf).sort((a, b) => b.revision - a.revision);
      return toPage(newestFirst, limit, (n) => String(n.revision));
    });
  }

  /** The unique RevisionKey selects one item. */
  revision(schoolId: Id, revision: number): Promise<NiveauOverzicht | null> {
    return guardRead(async () => {
      const item = await this.listOf(schoolId).first(`fields/RevisionKey eq ${lit(revisionKey(schoolId, revision))}`);
      return item ? niveauOf(item) : null;
    });
  }

  /** The newest revision: the highest number from `revisions()`, then that one item by id. */
  private async current(schoolId: Id): Promise<NiveauOverzicht | null> {
    const [newest] = await this.revisions(schoolId);
    const item = newest ? await this.listOf(schoolId).getItem(newest.itemId) : null;
    return item ? niveauOf(item) : null;
  }

  /**
   * Every revision number of the school, newest first, without the content (`$select`), in memory
   * because Graph ignores `$orderby`. `SchoolId eq …` selects one school's revisions in a list on
   * that school's own site: one item per explicit save (the tab has no autosave), so 5,000 would
   * take 500 saves a year for ten school years.
   */
  private async revisions(schoolId: Id): Promise<{ readonly revision: number; readonly itemId: string }[]> {
    const items = await this.listOf(schoolId).all({ filter: `fields/SchoolId eq ${lit(schoolId)}`, select: ['Revision'] });
    return items.map((i) => ({ revision: Number(i.fields.Revision), itemId: i.itemId })).sort((a, b) => b.revision - a.revision);
  }
}

/**
 * Create or update the one mirror item matching `filter` on the partnership's site. Last writer
 * wins, retried on a lost race (409/412) a few times, then left (the school's own save stands);
 * `newer` keeps a later write from being undone. `filter` is on a unique key: it selects one item.
 */
const upsertMirror = (list: ListClient, filter: string, fields: Fields, newer?: (current: ListItem) => boolean): Promise<void> =>
  list.upsertWhere(filter, fields, { attempts: 5, ...(newer ? { keep: newer } : {}) }).catch((e: unknown) => {
    if (!(e instanceof Conflict)) throw e;
  });

const statusRowOf = (i: ListItem): ReflectionStatusRow => ({
  schoolId: String(i.fields.SchoolId),
  status: i.fields.Status as Reflection['status'],
  sharedWithSwv: i.fields.SharedWithSwv === true,
  updatedAt: String(i.fields.UpdatedAt),
});

/** The copy on the partnership's site; older copies (with `sharedWithSwv`) read through storedReflection. */
const sharedCopyOf = (item: ListItem | null): Reflection | null => {
  const copy = item?.fields.SharedReflection;
  return typeof copy === 'string' && copy !== '' ? storedReflection(fromJson(copy)) : null;
};

const namesSchool = (grants: unknown, schoolId: Id): boolean => {
  if (typeof grants !== 'string' || grants === '') return false;
  const list: unknown = fromJson(grants);
  return Array.isArray(list) && list.some((g: { kind?: unknown; schoolId?: unknown }) => g.kind === 'school' && g.schoolId === schoolId);
};

export class SharePointReflectionStore implements ReflectionStore {
  constructor(
    private readonly recordsOf: (schoolId: Id) => RecordList<Reflection>,
    private readonly statusList: ListClient,
  ) {}

  get(schoolId: Id, schoolYear: string): Promise<Reflection | null> {
    return this.recordsOf(schoolId).get(reflectionKey(schoolId, schoolYear));
  }

  /** Newest school year first. `SchoolId eq` on the school's own site: one item per school year. */
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

  /** `SchoolYear eq` selects one status item per school for that year: 1,000 at most. */
  statuses(schoolYear: string): Promise<readonly ReflectionStatusRow[]> {
    return guardRead(async () => {
      const items = await this.statusList.all({ filter: `fields/SchoolYear eq ${lit(schoolYear)}` });
      return items.map(statusRowOf).sort((a, b) => a.schoolId.localeCompare(b.schoolId));
    });
  }

  /** From the partnership's site only: the status, and the copy the school shares (if it does). Unique key: one item. */
  forPartnership(schoolId: Id, schoolYear: string): Promise<PartnershipReflection | null> {
    return guardRead(async () => {
      const item = await this.statusList.first(`fields/StatusKey eq ${lit(reflectionKey(schoolId, schoolYear))}`);
      if (!item) return null;
      return { status: statusRowOf(item), shared: sharedCopyOf(item) };
    });
  }

  /**
   * `SchoolYear eq` (one status item per school, 1,000 at most) with only the grants selected; the
   * copies of those naming the school are then read by item id. Items from before grants name none.
   */
  sharedWithSchool(schoolId: Id, schoolYear: string): Promise<readonly Reflection[]> {
    return guardRead(async () => {
      const items = await this.statusList.all({ filter: `fields/SchoolYear eq ${lit(schoolYear)}`, select: ['SchoolId', 'Grants'] });
      const naming = items.filter((i) => i.fields.SchoolId !== schoolId && namesSchool(i.fields.Grants, schoolId));
      const copies = await Promise.all(naming.map(async (i) => sharedCopyOf(await this.statusList.getItem(i.itemId))));
      return copies.filter((r): r is Reflection => r !== null && r.grants.some((g) => g.kind === 'school' && g.schoolId === schoolId))
        .sort((a, b) => a.schoolId.localeCompare(b.schoolId));
    });
  }

  /** The status and grants, plus the whole reflection while it is shared with anyone (emptied as soon as it is not). */
  private mirror(r: Reflection): Promise<void> {
    const key = reflectionKey(r.schoolId, r.schoolYear);
    return upsertMirror(this.statusList, `fields/StatusKey eq ${lit(key)}`, {
      Title: key,
      StatusKey: key,
      SchoolId: r.schoolId,
      SchoolYear: r.schoolYear,
      Status: r.status,
      SharedWithSwv: isSharedWithSwv(r),
      Grants: json(r.grants),
      UpdatedAt: r.updatedAt,
      SharedReflection: r.grants.length > 0 ? json(r) : '',
    });
  }
}
