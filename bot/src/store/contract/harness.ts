import { afterEach, beforeEach } from 'vitest';
import type { Page, PageRequest, Stores } from '../ports.js';
import type { MakeStores } from './fixtures.js';

/** A fresh, empty store for every test, closed afterwards. */
export const useStores = (make: MakeStores): (() => Stores) => {
  let stores: Stores | undefined;
  beforeEach(async () => {
    stores = await make();
  });
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });
  return () => {
    if (!stores) throw new Error('stores are only available inside a test');
    return stores;
  };
};

/** Follows nextCursor to the end; returns every item and the size of every page. */
export const readAllPages = async <T>(
  list: (page: PageRequest) => Promise<Page<T>>,
  limit?: number,
): Promise<{ items: T[]; pageSizes: number[] }> => {
  const items: T[] = [];
  const pageSizes: number[] = [];
  let cursor: string | undefined;
  do {
    const request: PageRequest = { ...(limit === undefined ? {} : { limit }), ...(cursor ? { cursor } : {}) };
    const page = await list(request);
    items.push(...page.items);
    pageSizes.push(page.items.length);
    cursor = page.nextCursor;
    if (pageSizes.length > 1_000) throw new Error('paging does not end');
  } while (cursor !== undefined);
  return { items, pageSizes };
};

/** Drops the write-only field, leaving what a read should give back (minus version). */
export const stored = <T extends { expectedVersion: string }>(input: T): Omit<T, 'expectedVersion'> => {
  const { expectedVersion: _ignored, ...rest } = input;
  return rest;
};
