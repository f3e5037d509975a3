/** The optimistic-concurrency and paging contract every id-keyed port shares (schools, people, meetings). */
import { describe, expect, it } from 'vitest';
import type { Id, Result } from '@samen/shared';
import type { Expected, Page, PageRequest, Stores } from '../ports.js';
import { value, type MakeStores } from './fixtures.js';
import { readAllPages, stored, useStores } from './harness.js';

type Versioned = { readonly id: Id; readonly version: string };

interface VersionedPort<R extends Versioned> {
  list(page?: PageRequest): Promise<Page<R>>;
  get(id: Id): Promise<R | null>;
  upsert(record: Omit<R, 'version'> & Expected): Promise<Result<R>>;
}

export interface VersionedCase<R extends Versioned> {
  readonly name: string;
  readonly port: (stores: Stores) => VersionedPort<R>;
  readonly make: (n: number) => Omit<R, 'version'> & Expected;
  /** An edited copy of a stored record, as a user would change it. */
  readonly edit: (record: R, n: number) => Omit<R, 'version'>;
}

export const runVersionedContract = <R extends Versioned>(c: VersionedCase<R>, make: MakeStores): void => {
  describe(`${c.name} (versioned records)`, () => {
    const stores = useStores(make);
    const port = (): VersionedPort<R> => c.port(stores());
    const create = async (n: number): Promise<R> => value(await port().upsert(c.make(n)));

    it('returns null for an id it has never stored', async () => {
      expect(await port().get('does-not-exist')).toBeNull();
    });

    it('reads back exactly what was created, with a version', async () => {
      const created = await create(1);
      expect(created.version).not.toBe('');
      expect(await port().get(created.id)).toEqual({ ...stored(c.make(1)), version: created.version });
    });

    it('refuses to create a record that already exists and keeps the original', async () => {
      const created = await create(1);
      const again = await port().upsert({ ...c.edit(created, 2), expectedVersion: '' });
      expect(again).toEqual({ ok: false, error: { code: 'STORE.CONFLICT' } });
      expect(await port().get(created.id)).toEqual(created);
    });

    it('updates with the version it was read with and hands out a new version', async () => {
      const created = await create(1);
      const updated = value(await port().upsert({ ...c.edit(created, 2), expectedVersion: created.version }));
      expect(updated.version).not.toBe(created.version);
      expect(await port().get(created.id)).toEqual({ ...c.edit(created, 2), version: updated.version });
    });

    it('refuses an update with a stale version and keeps the newer data', async () => {
      const created = await create(1);
      const first = value(await port().upsert({ ...c.edit(created, 2), expectedVersion: created.version }));
      const stale = await port().upsert({ ...c.edit(created, 3), expectedVersion: created.version });
      expect(stale).toEqual({ ok: false, error: { code: 'STORE.CONFLICT' } });
      expect(await port().get(created.id)).toEqual(first);
    });

    it('refuses an update of a record that does not exist', async () => {
      const result = await port().upsert({ ...c.make(1), expectedVersion: '1' });
      expect(result).toEqual({ ok: false, error: { code: 'STORE.CONFLICT' } });
      expect(await port().get(c.make(1).id)).toBeNull();
    });

    it('pages through 250 records in pages of 100 without duplicates or gaps', async () => {
      for (let n = 250; n >= 1; n--) await create(n);
      const { items, pageSizes } = await readAllPages((p) => port().list(p), 100);
      expect(pageSizes).toEqual([100, 100, 50]);
      const ids = items.map((r) => r.id);
      expect(new Set(ids).size).toBe(250);
      expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => c.make(i + 1).id).sort());
    });

    it('gives 100 records per page by default and never more than 500', async () => {
      for (let n = 1; n <= 501; n++) await create(n);
      const byDefault = await port().list();
      const huge = await port().list({ limit: 10_000 });
      expect(byDefault.items).toHaveLength(100);
      expect(huge.items).toHaveLength(500);
      expect(huge.nextCursor).toBeDefined();
      const rest = await port().list({ limit: 10_000, ...(huge.nextCursor ? { cursor: huge.nextCursor } : {}) });
      expect(rest.items.map((r) => r.id)).toEqual([c.make(501).id]);
      expect(rest.nextCursor).toBeUndefined();
    });

    it('returns an empty last page without a cursor when there is nothing', async () => {
      expect(await port().list()).toEqual({ items: [] });
    });
  });
};
