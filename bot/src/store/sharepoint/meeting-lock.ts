/**
 * A per-meeting lock on SharePoint, for capacity without transactions.
 *
 * Why a lock and not "order RSVPs by item id": the RSVP rule (`decideRsvp`) decides on the whole
 * current state (seats, waitlist order, promotions after a decline), and the port promises that
 * two concurrent decisions never both see the last seat. SharePoint has no multi-item
 * transaction, but a single item can be changed atomically with If-Match. So every meeting has one
 * item in `Aanmeldingsslot`; taking the lock is an If-Match PATCH that sets Holder and a lease
 * (LockedUntilMs). Of two racers only one PATCH succeeds (the other gets 412 — or 409
 * resourceModified, an edit conflict — and tries again);
 * while the lease runs nobody else decides for that meeting. The lease makes a crashed holder
 * harmless: after it ends, the next caller takes over. Within one process, callers for the same
 * meeting queue in memory first (`KeyedQueue`), so only separate instances contend on SharePoint.
 *
 * Round trips: when this instance freed the lock last, taking it again is a blind If-Match PATCH
 * on the ETag the release answered with, in one $batch with the holder's first read (`dependsOn`:
 * the read runs only once the lock is ours, else it is answered 424). The holder can put the
 * release in the $batch of its writes (`releaseCall`, depending on them all), so a release never
 * runs before the writes it guards succeeded; when it did not run, the lock is freed as before.
 */
import type { Clock } from '@samen/shared';
import type { Sleep } from '../../graph/throttling.js';
import { StorageUnavailable } from '../errors.js';
import { Conflict } from './errors.js';
import type { GraphAnswer, GraphCall, GraphRequests } from './graph-requests.js';
import { lit, type Fields, type ListClient, type ListItem } from './list-client.js';

export interface LockOptions {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly holderId: string;
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
}

/** What the task holding the lock gets. */
export interface HeldLock {
  /** The answer to the `firstRead` sent with the take, or null; any non-2xx (424, 429) means: read it yourself. */
  readonly firstRead: GraphAnswer | null;
  /** The PATCH that frees the lock, for the $batch of the holder's last writes (make it depend on them). */
  releaseCall(): GraphCall;
  /** Reports how that PATCH went: a lock it freed is not released again. */
  releasedBy(answer: GraphAnswer | undefined): Promise<void>;
}

const FREE: Fields = { Holder: null, LockedUntilMs: 0 };
const isSuccess = (a: GraphAnswer | undefined): a is GraphAnswer => a !== undefined && a.status >= 200 && a.status < 300;

/** Runs tasks for the same key one after another, in arrival order. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

export class MeetingLock {
  private taken = 0;
  /** Item id of each meeting's lock item, once known: later reads are single-item GETs (1 resource unit). */
  private readonly itemIds = new Map<string, string>();
  /**
   * The lock item as our own last release left it (the PATCH answer carries its new ETag). While
   * nobody touched it since, it is free, so the next take is a blind If-Match PATCH on that ETag,
   * without reading the item first; any change in between (another instance took it, SharePoint
   * bumped the ETag) makes it a 412 and we read it as before. Only ever set by a release that
   * succeeded, so a crash or a lost lease never leaves a stale "free" behind.
   */
  private readonly released = new Map<string, { readonly itemId: string; readonly etag: string; readonly revision: number }>();
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly list: ListClient,
    private readonly options: LockOptions,
    private readonly graph: GraphRequests,
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.maxAttempts = options.maxAttempts ?? 200;
  }

  async withLock<T>(meetingId: string, task: (held: HeldLock) => Promise<T>, firstRead?: GraphCall): Promise<T> {
    const token = `${this.options.holderId}:${++this.taken}`;
    const { item, read } = await this.acquire(meetingId, token, firstRead);
    let freed = false;
    const held: HeldLock = {
      firstRead: read,
      releaseCall: () => this.list.updateCall(item.itemId, item.etag, FREE),
      releasedBy: async (answer) => {
        if (!isSuccess(answer)) return;
        try {
          this.remember(meetingId, await this.list.written(answer, item.itemId), item);
          freed = true;
        } catch {
          // An answer we cannot read: the release below finds out whether we still hold it.
        }
      },
    };
    try {
      return await task(held);
    } finally {
      if (!freed) await this.release(meetingId, item, token);
    }
  }

  private async acquire(meetingId: string, token: string, firstRead?: GraphCall): Promise<{ item: ListItem; read: GraphAnswer | null }> {
    const free = this.released.get(meetingId);
    this.released.delete(meetingId);
    if (free) {
      const lease = { Holder: token, LockedUntilMs: this.options.clock().getTime() + this.leaseMs, Revision: free.revision + 1 };
      const take = this.list.updateCall(free.itemId, free.etag, lease);
      const [taken, read] = firstRead ? await this.graph.batch([take, { ...firstRead, dependsOn: [0] }]) : [await this.graph.send(take)];
      try {
        return { item: await this.list.written(taken as GraphAnswer, free.itemId), read: read ?? null };
      } catch (e) {
        if (!(e instanceof Conflict)) throw e;
      }
    }
    return { item: await this.take(meetingId, token), read: null };
  }

  private async take(meetingId: string, token: string): Promise<ListItem> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const now = this.options.clock().getTime();
      const lease = { Holder: token, LockedUntilMs: now + this.leaseMs };
      const item = await this.find(meetingId);
      try {
        if (!item) return await this.list.create({ Title: meetingId, MeetingId: meetingId, ...lease, Revision: 1 });
        if (Number(item.fields.LockedUntilMs ?? 0) <= now) {
          return await this.list.update(item.itemId, item.etag, { ...lease, Revision: Number(item.fields.Revision ?? 0) + 1 });
        }
      } catch (e) {
        if (!(e instanceof Conflict)) throw e;
        continue;
      }
      await this.options.sleep(Math.min(1_000, 25 * attempt));
    }
    throw new StorageUnavailable(`The RSVP lock of ${meetingId} stayed taken.`);
  }

  /** Unique MeetingId: one lock item per meeting. */
  private async find(meetingId: string): Promise<ListItem | null> {
    const known = this.itemIds.get(meetingId);
    const item = (known ? await this.list.getItem(known) : null) ?? (await this.list.first(`fields/MeetingId eq ${lit(meetingId)}`));
    if (item) this.itemIds.set(meetingId, item.itemId);
    return item;
  }

  /** Frees the lock unless the lease was lost; a 412 that left us holder (someone touched the item) is retried. */
  private async release(meetingId: string, held: ListItem, token: string): Promise<void> {
    let etag = held.etag;
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        this.remember(meetingId, await this.list.update(held.itemId, etag, FREE), held);
        return;
      } catch (e) {
        if (!(e instanceof Conflict) && attempt >= 3) return;
        const now = await this.list.getItem(held.itemId).catch(() => null);
        if (now && now.fields.Holder !== token) return;
        if (now) etag = now.etag;
      }
    }
  }

  /** After a release that succeeded: the item as it left it (free), for the next blind take. */
  private remember(meetingId: string, freed: ListItem, held: ListItem): void {
    const revision = Number(freed.fields.Revision ?? held.fields.Revision);
    if (Number.isFinite(revision)) this.released.set(meetingId, { itemId: freed.itemId, etag: freed.etag, revision });
  }
}
