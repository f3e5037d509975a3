/**
 * What a sender reads to draw its cards, read once and shared for a few seconds instead of once
 * per recipient. A broadcast's items are mostly alike: the same meeting and registrations, the
 * same announcement with its recipients and acknowledgements, the same survey and its answers.
 * `preload` reads the people of a claimed batch in one `byIds`; `view` hands the card renderers
 * the stores with those reads answered from this memory. Each entry lives `ttlMs` (5 s), so a card
 * never shows counts older than that; writes and everything else go straight to the stores.
 * One per running sender (SenderRuntime.reads), never module-wide.
 */
import { BoundedMap, isRegistrantId, type Id } from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxItem, Stores } from '../store/ports.js';

export const RENDER_READS_MS = 5_000;

interface Entry {
  readonly value: Promise<unknown>;
  readonly until: number;
}

/** `store` with some of its methods replaced; the rest still called on the store itself. */
const overlay = <S extends object>(store: S, reads: Partial<S>): S =>
  new Proxy(store, {
    get: (target, key) => {
      if (key in reads) return reads[key as keyof S];
      const member = Reflect.get(target, key) as unknown;
      return typeof member === 'function' ? (member as (...a: unknown[]) => unknown).bind(target) : member;
    },
  });

export class RenderReads {
  private readonly entries: BoundedMap<string, Entry>;
  private views = new WeakMap<Stores, Stores>();

  constructor(
    private readonly ttlMs = RENDER_READS_MS,
    private readonly now: () => number = Date.now,
    max = 5_000,
  ) {
    this.entries = new BoundedMap(max);
  }

  /** Reads the people of these items in one request and keeps them for the items' cards. */
  async preload(deps: Deps, items: readonly OutboxItem[]): Promise<void> {
    // People outside the organisation (`ext-`) are not in the directory: their mail reads the registrant.
    const wanted = [...new Set(items.map((i) => i.personId))].filter((id) => !isRegistrantId(id) && !this.fresh(`person:${id}`));
    if (wanted.length === 0) return;
    const found = await deps.stores.people.byIds(wanted);
    for (const person of found) this.keep(`person:${person.id}`, Promise.resolve(person));
  }

  /** The deps a card renderer gets: the same, with the shared reads answered from memory. */
  view(deps: Deps): Deps {
    let stores = this.views.get(deps.stores);
    if (!stores) {
      stores = this.storesOver(deps.stores);
      this.views.set(deps.stores, stores);
    }
    return { ...deps, stores };
  }

  private storesOver(s: Stores): Stores {
    const responses = (surveyId: Id) => this.through(`responses:${surveyId}`, () => s.surveys.responses(surveyId));
    return overlay(s, {
      people: overlay(s.people, {
        get: (id: Id) => this.through(`person:${id}`, () => s.people.get(id)),
        atSchools: (ids: readonly Id[]) => this.through(`school:${[...ids].sort().join('|')}`, () => s.people.atSchools(ids)),
      }),
      meetings: overlay(s.meetings, { get: (id: Id) => this.through(`meeting:${id}`, () => s.meetings.get(id)) }),
      rsvps: overlay(s.rsvps, { forMeeting: (id: Id) => this.through(`rsvps:${id}`, () => s.rsvps.forMeeting(id)) }),
      announcements: overlay(s.announcements, {
        get: (id: Id) => this.through(`announcement:${id}`, () => s.announcements.get(id)),
        recipients: (id: Id) => this.through(`recipients:${id}`, () => s.announcements.recipients(id)),
        acknowledgements: (id: Id) => this.through(`acks:${id}`, () => s.announcements.acknowledgements(id)),
      }),
      surveys: overlay(s.surveys, {
        get: (id: Id) => this.through(`survey:${id}`, () => s.surveys.get(id)),
        responses,
        responseOf: async (surveyId: Id, personId: Id) => (await responses(surveyId)).find((r) => r.personId === personId) ?? null,
        responseOfSchool: async (surveyId: Id, schoolId: Id) => (await responses(surveyId)).find((r) => r.schoolId === schoolId) ?? null,
      }),
    });
  }

  private fresh(key: string): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.until > this.now();
  }

  private keep(key: string, value: Promise<unknown>): void {
    if (this.ttlMs > 0) this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }

  /** The remembered answer, or `read()` shared by everyone asking in the next `ttlMs`; a failed read is not kept. */
  private through<T>(key: string, read: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > this.now()) return entry.value as Promise<T>;
    const value = read();
    this.keep(key, value);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
