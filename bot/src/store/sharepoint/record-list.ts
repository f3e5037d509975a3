/**
 * The versioned-record pattern on a SharePoint list: a unique, indexed key column; get by key;
 * cursor paging ordered by the key; an optimistic upsert ('' = create, refused as a duplicate by
 * the unique column; otherwise PATCH with If-Match from the version).
 *
 * Paging: Graph ignores `$orderby` on list items and a `key gt cursor` filter selects everything
 * after the cursor (past 5,000 items SharePoint refuses it), so a page is cut from the whole list
 * read without a filter (id order, every nextLink followed) and sorted by key in memory. The
 * cursor is the last key shown, so a change between two pages neither repeats nor skips a record.
 * One read serves the pages that follow for a short while (see KeyOrderedSnapshots), so reading
 * all 50,000 staff page by page costs one pass over the list, not one per page.
 */
import { ok, type Result } from '@samen/shared';
import type { Page, PageRequest } from '../ports.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { KeyOrderedSnapshots } from './key-ordered-snapshots.js';
import { lit, type Fields, type ListClient, type ListItem } from './list-client.js';
import { parseVersion, versionOf } from './version.js';

export interface ListMapping<R> {
  readonly keyColumn: string;
  readonly keyOf: (record: Omit<R, 'version'>) => string;
  /** Every column of the record, the key column included. */
  readonly toFields: (record: Omit<R, 'version'>) => Fields;
  /** Validates (zod) and builds the record; throws on an invalid item. */
  readonly toDomain: (fields: Readonly<Record<string, unknown>>, version: string) => R;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const pageSize = (page?: PageRequest): number => {
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  return Number.isFinite(limit) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit))) : DEFAULT_PAGE_SIZE;
};
export const encodeCursor = (last: string): string => Buffer.from(last, 'utf8').toString('base64url');
export const decodeCursor = (cursor?: string): string | null => (cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null);

/** Builds a page from `limit + 1` items: the extra one only says there is more. */
export const toPage = <T>(items: readonly T[], limit: number, keyOf: (item: T) => string): Page<T> => {
  const shown = items.slice(0, limit);
  const last = shown.at(-1);
  return items.length > limit && last !== undefined ? { items: shown, nextCursor: encodeCursor(keyOf(last)) } : { items: shown };
};

/** Index of the first entry whose key sorts after `after` (binary search over sorted keys). */
const firstAfter = (sorted: readonly { readonly key: string }[], after: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as { key: string }).key <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

export class RecordList<R> {
  private readonly snapshots = new KeyOrderedSnapshots<{ key: string; record: R }>();

  constructor(
    readonly client: ListClient,
    readonly mapping: ListMapping<R>,
  ) {}

  toDomain(item: ListItem): R {
    return this.mapping.toDomain(item.fields, versionOf(item));
  }

  /** The unique key column: one item. */
  async get(key: string): Promise<R | null> {
    return guardRead(async () => {
      const item = await this.client.first(`fields/${this.mapping.keyColumn} eq ${lit(key)}`);
      return item ? this.toDomain(item) : null;
    });
  }

  /** Every record matching `filter`, in no particular order (callers sort what they show). */
  async find(filter: string): Promise<R[]> {
    return guardRead(async () => (await this.client.all({ filter })).map((i) => this.toDomain(i)));
  }

  /** Every record of the list, unordered: one unfiltered read (no threshold applies). */
  async all(): Promise<R[]> {
    return (await this.client.all({})).map((i) => this.toDomain(i));
  }

  /**
   * A page in key order. Unfiltered, so no threshold applies; the list's size bounds the read:
   * Scholen 1,000, Personen 50,000, Bijeenkomsten/Mededelingen/Peilingen a few thousand in ten years.
   */
  async list(request?: PageRequest): Promise<Page<R>> {
    const limit = pageSize(request);
    const after = decodeCursor(request?.cursor);
    return guardRead(async () => {
      const sorted = await this.snapshots.read(after === null, async () => {
        const records = (await this.client.all({})).map((i) => this.toDomain(i));
        return records.map((r) => ({ key: this.mapping.keyOf(r), record: r })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      });
      const start = after === null ? 0 : firstAfter(sorted, after);
      const rows = sorted.slice(start, start + limit + 1).map((e) => e.record);
      return toPage(rows, limit, (r) => this.mapping.keyOf(r));
    });
  }

  async upsert(record: Omit<R, 'version'>, expectedVersion: string): Promise<Result<R>> {
    return guardWrite(async () => ok(await this.write(record, expectedVersion)));
  }

  /** Create or If-Match update; throws Conflict or StorageUnavailable. */
  async write(record: Omit<R, 'version'>, expectedVersion: string, extra: Fields = {}): Promise<R> {
    const fields = { ...this.mapping.toFields(record), ...extra };
    if (expectedVersion === '') return this.toDomain(await this.client.create(fields));
    const version = parseVersion(expectedVersion);
    if (!version) throw new Conflict();
    return this.toDomain(await this.client.update(version.itemId, version.etag, fields));
  }
}
