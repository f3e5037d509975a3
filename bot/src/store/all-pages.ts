import type { Page, PageRequest } from './ports.js';

/** Reads every page of a paged list (for audiences and exports; lists are bounded by the partnership's size). */
export const allPages = async <T>(list: (page: PageRequest) => Promise<Page<T>>, limit = 500): Promise<T[]> => {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor === undefined ? { limit } : { cursor, limit });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return out;
};
