/**
 * The staff directory indexed by id and by school, from one whole-list read kept for at most
 * `ttlMs` (DIRECTORY_CACHE: a minute). It answers `byIds` and `atSchools` on SharePoint, where
 * `SchoolIds` is a note column that a $filter cannot select on; one read a minute serves every
 * card a sender draws in that minute (an announcement to 1,000 staff reads the directory once,
 * not once per recipient). Concurrent callers share one read. A save through this instance
 * updates the index at once; a read that began before a save is used once but not kept, so a
 * save is never hidden by an older read. Another instance's save shows within `ttlMs`.
 */
import type { Id, Person } from '@samen/shared';
import type { RecentOptions } from './recent-records.js';

interface Index {
  readonly until: number;
  readonly byId: Map<Id, Person>;
  readonly bySchool: Map<Id, Set<Id>>;
}

const byIdOrder = (a: Person, b: Person) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class DirectoryIndex {
  private index: Index | null = null;
  private loading: Promise<Index> | null = null;
  private generation = 0;
  private readonly now: () => number;

  constructor(
    private readonly load: () => Promise<readonly Person[]>,
    private readonly options: RecentOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async byIds(ids: readonly Id[]): Promise<readonly Person[]> {
    if (ids.length === 0) return [];
    const { byId } = await this.current();
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []).sort(byIdOrder);
  }

  async atSchools(schoolIds: readonly Id[]): Promise<readonly Person[]> {
    if (schoolIds.length === 0) return [];
    const { byId, bySchool } = await this.current();
    const ids = new Set(schoolIds.flatMap((s) => [...(bySchool.get(s) ?? [])]));
    return [...ids].flatMap((id) => byId.get(id) ?? []).sort(byIdOrder);
  }

  /** After a save through this instance: the index shows it at once. */
  put(person: Person): void {
    this.generation += 1;
    this.loading = null;
    if (!this.index) return;
    const { byId, bySchool } = this.index;
    for (const s of byId.get(person.id)?.schoolIds ?? []) bySchool.get(s)?.delete(person.id);
    byId.set(person.id, person);
    for (const s of person.schoolIds) bySchool.set(s, (bySchool.get(s) ?? new Set()).add(person.id));
  }

  /** After an erasure through this instance: the person is gone from the index at once. */
  drop(personId: Id): void {
    this.generation += 1;
    this.loading = null;
    if (!this.index) return;
    const { byId, bySchool } = this.index;
    for (const s of byId.get(personId)?.schoolIds ?? []) bySchool.get(s)?.delete(personId);
    byId.delete(personId);
  }

  private current(): Promise<Index> {
    if (this.index && this.index.until > this.now()) return Promise.resolve(this.index);
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = this.load().then((people) => {
      const index = indexOf(people, this.now() + this.options.ttlMs);
      if (generation === this.generation && this.options.ttlMs > 0) this.index = index;
      if (this.loading === loading) this.loading = null;
      return index;
    });
    loading.catch(() => {
      if (this.loading === loading) this.loading = null;
    });
    this.loading = loading;
    return loading;
  }
}

const indexOf = (people: readonly Person[], until: number): Index => {
  const byId = new Map(people.map((p) => [p.id, p]));
  const bySchool = new Map<Id, Set<Id>>();
  for (const p of people) for (const s of p.schoolIds) bySchool.set(s, (bySchool.get(s) ?? new Set()).add(p.id));
  return { until, byId, bySchool };
};
