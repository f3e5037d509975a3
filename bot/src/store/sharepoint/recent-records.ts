/**
 * A short-lived, bounded memory of records this instance read or wrote recently, for the lookups
 * every click repeats (who is clicking, their schools). People and schools change rarely; a save
 * through this instance replaces the entry at once, a save through another instance is seen after
 * at most `ttlMs`. Never used for what decides capacity: meetings and RSVPs are always read.
 * Oldest entries go first when `max` is reached (BoundedMap).
 */
import { BoundedMap } from '@samen/shared';

export interface RecentOptions {
  readonly ttlMs: number;
  readonly max: number;
  /** Milliseconds; wall clock by default (like the stores' own timestamps). */
  readonly now?: () => number;
}

export const DIRECTORY_CACHE: RecentOptions = { ttlMs: 60_000, max: 2_000 };

export class RecentRecords<R> {
  private readonly entries: BoundedMap<string, { readonly record: R; readonly until: number }>;
  private readonly now: () => number;
  /** Bumped by every write through this instance: a read that started before it is not remembered. */
  private generation = 0;

  constructor(private readonly options: RecentOptions) {
    this.now = options.now ?? Date.now;
    this.entries = new BoundedMap(Math.max(1, options.max));
  }

  /** The remembered record, or `undefined` when it must be read (absence is never remembered). */
  get(key: string): R | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.record;
  }

  /** Remembers what was just written (or read). */
  set(key: string, record: R): void {
    if (this.options.ttlMs <= 0 || this.options.max <= 0) return;
    this.entries.set(key, { record, until: this.now() + this.options.ttlMs });
  }

  /** Before a write: forgets every entry whose record matches, and any read still under way. */
  forget(matches: (record: R) => boolean): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) if (matches(entry.record)) this.entries.delete(key);
  }

  /** Reads through: the remembered record, or `read()`, remembered under `key` when found. */
  async through(key: string, read: () => Promise<R | null>): Promise<R | null> {
    const known = this.get(key);
    if (known !== undefined) return known;
    const generation = this.generation;
    const record = await read();
    if (record !== null && generation === this.generation) this.set(key, record);
    return record;
  }
}
