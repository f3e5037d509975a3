/**
 * A per-meeting lock on SharePoint, for capacity without transactions.
 *
 * Why a lock and not "order RSVPs by item id": the RSVP rule (`decideRsvp`) decides on the whole
 * current state (seats, waitlist order, promotions after a decline), and the port promises that
 * two concurrent decisions never both see the last seat. SharePoint has no multi-item
 * transaction, but a single item can be changed atomically with If-Match. So every meeting has one
 * item in `Aanmeldingsslot`; taking the lock is an If-Match PATCH that sets Holder and a lease
 * (LockedUntilMs). Of two racers only one PATCH succeeds (the other gets 412 and tries again);
 * while the lease runs nobody else decides for that meeting. The lease makes a crashed holder
 * harmless: after it ends, the next caller takes over. Within one process, callers for the same
 * meeting queue in memory first (`KeyedQueue`), so only separate instances contend on SharePoint.
 */
import type { Clock } from '@samen/shared';
import type { Sleep } from '../../graph/throttling.js';
import { StorageUnavailable } from '../errors.js';
import { Conflict } from './errors.js';
import { lit, type ListClient, type ListItem } from './list-client.js';

export interface LockOptions {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly holderId: string;
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
}

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
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly list: ListClient,
    private readonly options: LockOptions,
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.maxAttempts = options.maxAttempts ?? 200;
  }

  async withLock<T>(meetingId: string, task: () => Promise<T>): Promise<T> {
    const token = `${this.options.holderId}:${++this.taken}`;
    const held = await this.acquire(meetingId, token);
    try {
      return await task();
    } finally {
      await this.release(held, token);
    }
  }

  private async acquire(meetingId: string, token: string): Promise<ListItem> {
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
  private async release(held: ListItem, token: string): Promise<void> {
    let etag = held.etag;
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        await this.list.update(held.itemId, etag, { Holder: null, LockedUntilMs: 0 });
        return;
      } catch (e) {
        if (!(e instanceof Conflict) && attempt >= 3) return;
        const now = await this.list.getItem(held.itemId).catch(() => null);
        if (now && now.fields.Holder !== token) return;
        if (now) etag = now.etag;
      }
    }
  }
}
