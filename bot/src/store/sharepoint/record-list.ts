/**
 * The versioned-record pattern on a SharePoint list: a unique, indexed key column; get by key;
 * cursor paging ordered by the key (`key gt cursor`, so no skip tokens are kept between
 * requests); an optimistic upsert ('' = create, refused as a duplicate by the unique column;
 * otherwise PATCH with If-Match from the version).
 */
import { ok, type Result } from '@samen/shared';
import type { Page, PageRequest } from '../ports.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
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

export class RecordList<R> {
  constructor(
    readonly client: ListClient,
    readonly mapping: ListMapping<R>,
  ) {}

  toDomain(item: ListItem): R {
    return this.mapping.toDomain(item.fields, versionOf(item));
  }

  async get(key: string): Promise<R | null> {
    return guardRead(async () => {
      const item = await this.client.first(`fields/${this.mapping.keyColumn} eq ${lit(key)}`);
      return item ? this.toDomain(item) : null;
    });
  }

  async find(filter: string, orderby?: string): Promise<R[]> {
    return guardRead(async () => (await this.client.all(orderby ? { filter, orderby } : { filter })).map((i) => this.toDomain(i)));
  }

  async list(request?: PageRequest): Promise<Page<R>> {
    const limit = pageSize(request);
    const after = decodeCursor(request?.cursor);
    const key = `fields/${this.mapping.keyColumn}`;
    return guardRead(async () => {
      const { items } = await this.client.page({
        ...(after === null ? {} : { filter: `${key} gt ${lit(after)}` }),
        orderby: `${key} asc`,
        top: limit + 1,
      });
      return toPage(items.map((i) => this.toDomain(i)), limit, (r) => this.mapping.keyOf(r));
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
