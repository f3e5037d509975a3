/** Cursor paging shared by every list: opaque cursors, default 100, at most 500 per page. */
import type { Page, PageRequest } from '../ports.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const pageSize = (page?: PageRequest): number => {
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
};

export const encodeCursor = (last: string): string => Buffer.from(last, 'utf8').toString('base64url');

export const decodeCursor = (cursor: string | undefined): string | null =>
  cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null;

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only says there is more.
 * `keyOf` gives the value the next page starts after.
 */
export const toPage = <T>(rows: readonly T[], limit: number, keyOf: (item: T) => string): Page<T> => {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return rows.length > limit && last !== undefined ? { items, nextCursor: encodeCursor(keyOf(last)) } : { items };
};
