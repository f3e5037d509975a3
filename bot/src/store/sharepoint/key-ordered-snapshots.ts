/**
 * The last whole-list read of one list, sorted, kept for a few seconds so the pages after the
 * first one of a walk through the list (`allPages`) are cut from it instead of reading the list
 * again. A first page (no cursor) always reads afresh; a later page within SNAPSHOT_MS reuses it,
 * which reads as one consistent snapshot from the first page on. Pages are cut by key, so a
 * fresh read after the snapshot expired continues correctly after the cursor.
 */
export const SNAPSHOT_MS = 30_000;

export class KeyOrderedSnapshots<E> {
  private last: { readonly at: number; readonly entries: readonly E[] } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  async read(fresh: boolean, load: () => Promise<readonly E[]>): Promise<readonly E[]> {
    const t = this.now();
    if (!fresh && this.last && t - this.last.at < SNAPSHOT_MS) return this.last.entries;
    const entries = await load();
    this.last = { at: t, entries };
    return entries;
  }
}
