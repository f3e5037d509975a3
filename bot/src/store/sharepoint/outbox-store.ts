/**
 * The outbox on the central site (`Uitnodigingen`). The unique OutboxKey makes a second enqueue of
 * the same key impossible (409); claiming is an If-Match PATCH per item, so two workers never take
 * the same item: the loser gets 412 and looks for the next due one. `DueKey` (zero-padded due time
 * in ms + key) is the one indexed column that orders the queue: oldest first, then by key.
 */
import type { Clock, DeliveryFailure, Id } from '@samen/shared';
import type { ClaimedOutbox, NewOutboxItem, OutboxItem, OutboxStore } from '../ports.js';
import { outboxFromStored, readOutboxRows, storedPayload, subjectIdOf, type StoredOutboxFields } from '../outbox-record.js';
import { Conflict, guardRead, isConflict, isDuplicate, unavailable } from './errors.js';
import type { GraphRequests } from './graph-requests.js';
import { lit, type Fields, type ListClient, type ListItem } from './list-client.js';

const dueKey = (notBefore: string, key: string): string => {
  const ms = Date.parse(notBefore);
  if (Number.isNaN(ms)) throw new TypeError(`Outbox notBefore is not a date: ${notBefore}`);
  return `${String(ms).padStart(15, '0')}|${key}`;
};
/** Every DueKey of an item due at `now` sorts below this. */
const dueBefore = (now: Date): string => String(now.getTime() + 1).padStart(15, '0');


/** `MeetingId` holds the subject id of every kind (meeting, announcement, survey). Checked in outbox-record.ts. */
export const outboxFields = (item: ListItem): StoredOutboxFields => {
  const f = item.fields;
  return {
    key: f.OutboxKey,
    kind: f.Kind,
    personId: f.PersonId,
    subjectId: f.MeetingId ?? null,
    payload: f.Payload,
    status: f.Status,
    attempts: f.Attempts,
    notBefore: f.NotBefore,
    lastError: f.LastError ?? null,
    activityId: f.ActivityId ?? null,
    updatedAt: f.UpdatedAt,
  };
};

/** What `change` needs of any item, readable or not. */
interface Progress {
  readonly status: unknown;
  readonly attempts: number;
}
const progressOf = (item: ListItem): Progress => ({
  status: item.fields.Status,
  attempts: typeof item.fields.Attempts === 'number' ? item.fields.Attempts : 0,
});

export class SharePointOutboxStore implements OutboxStore {
  constructor(
    private readonly list: ListClient,
    private readonly graph: GraphRequests,
    private readonly clock: Clock,
  ) {}

  /** One $batch per 20 items; a duplicate key (409, or SharePoint's 500/400, see isDuplicate) counts as not added. */
  enqueue(items: readonly NewOutboxItem[]): Promise<number> {
    const updatedAt = this.clock().toISOString();
    return guardRead(async () => {
      const calls = items.map((i) =>
        this.list.createCall({
          Title: i.key.slice(0, 255),
          OutboxKey: i.key,
          Kind: i.kind,
          PersonId: i.personId,
          MeetingId: subjectIdOf(i),
          Payload: storedPayload(i),
          Status: 'pending',
          Attempts: 0,
          NotBefore: i.notBefore,
          DueKey: dueKey(i.notBefore, i.key),
          UpdatedAt: updatedAt,
        }),
      );
      if (calls.length === 0) return 0;
      const answers = await this.graph.batch(calls);
      const failed = answers.find((a) => a.status >= 300 && !isDuplicate(a));
      if (failed) throw unavailable(failed, `SharePoint answered ${failed.status} to an enqueue.`);
      return answers.filter((a) => a.status === 201).length;
    });
  }

  /**
   * The `limit` earliest-due pending items, each taken with an If-Match PATCH (a 412 means another
   * worker took it: read again). Graph ignores `$orderby`, so the due ones are read (DueKey only)
   * and sorted in memory. `Status eq 'pending'` is the first clause: it selects the messages not
   * yet sent, which stays under 5,000 while one fan-out at a time waits for fewer than 5,000
   * recipients; a larger fan-out outgrows it: then run with OUTBOX=azure (Storage queues).
   */
  claim(now: Date, limit: number): Promise<ClaimedOutbox> {
    if (!(limit >= 1)) return Promise.resolve({ items: [], unreadable: [] });
    const want = Math.floor(limit);
    const filter = `fields/Status eq 'pending' and fields/DueKey lt ${lit(dueBefore(now))}`;
    return guardRead(async () => {
      const claimed: OutboxItem[] = [];
      const unreadable: { key: string; problem: string; item: ListItem }[] = [];
      while (claimed.length + unreadable.length < want) {
        const due = (await this.list.all({ filter, select: ['DueKey'] })).sort((a, b) => String(a.fields.DueKey).localeCompare(String(b.fields.DueKey)));
        const items = due.slice(0, want - claimed.length - unreadable.length);
        if (items.length === 0) break;
        const calls = items.map((i) => this.list.updateCall(i.itemId, i.etag, { Status: 'sending', UpdatedAt: now.toISOString() }));
        const answers = await this.graph.batch(calls);
        let lost = 0;
        for (const [n, a] of answers.entries()) {
          if (a.status === 200) {
            const written = await this.list.written(a, (items[n] as ListItem).itemId);
            const read = outboxFromStored(outboxFields(written));
            if (read.ok) claimed.push(read.item);
            else unreadable.push({ key: read.key, problem: read.problem, item: written });
          }
          else if (isConflict(a) || a.status === 404) lost += 1;
          else throw unavailable(a, `SharePoint answered ${a.status} to a claim.`);
        }
        if (lost === 0) break;
      }
      // taken (status sending) by this claim, so no other worker holds them: give them up, by item id
      if (unreadable.length > 0) {
        const failed: Fields = { Status: 'failed', LastError: 'unreadable' satisfies DeliveryFailure, UpdatedAt: now.toISOString() };
        const answers = await this.graph.batch(unreadable.map(({ item }) => this.list.updateCall(item.itemId, item.etag, failed)));
        const refused = answers.find((a) => a.status >= 300 && !isConflict(a));
        if (refused) throw unavailable(refused, `SharePoint answered ${refused.status} to giving up an unreadable item.`);
      }
      return {
        items: claimed.sort((a, b) => dueKey(a.notBefore, a.key).localeCompare(dueKey(b.notBefore, b.key))),
        unreadable: unreadable.map(({ key, problem }) => ({ key, problem })),
      };
    });
  }

  markSent(key: string, activityId: string | null, now: Date): Promise<void> {
    return this.change(key, (item) => ({
      Status: 'sent',
      ActivityId: activityId,
      LastError: null,
      Attempts: item.attempts + 1,
      UpdatedAt: now.toISOString(),
    }));
  }

  /** With `retryAt` the item goes back to pending, due then; without, it is given up ('failed'). */
  markFailed(key: string, failure: DeliveryFailure, retryAt: Date | null, now: Date): Promise<void> {
    return this.change(key, (item) => {
      if (item.status === 'sent') return null;
      const common = { LastError: failure, Attempts: item.attempts + 1, UpdatedAt: now.toISOString() };
      return retryAt
        ? { ...common, Status: 'pending', NotBefore: retryAt.toISOString(), DueKey: dueKey(retryAt.toISOString(), key) }
        : { ...common, Status: 'failed' };
    });
  }

  /**
   * Due order, made in memory. `MeetingId eq` selects one meeting's messages: its invitees (a few
   * hundred) times the invitation, reminders and updates — far below 5,000. An announcement or survey is
   * found by its id in the same column.
   */
  forSubject(subjectId: Id): Promise<readonly OutboxItem[]> {
    return guardRead(async () => {
      const rows = (await this.list.all({ filter: `fields/MeetingId eq ${lit(subjectId)}` })).sort((a, b) =>
        String(a.fields.DueKey).localeCompare(String(b.fields.DueKey)),
      );
      // unreadable items are left out here; claiming them marks them failed
      return readOutboxRows(rows, outboxFields).items;
    });
  }

  /** `Status eq 'sending'` selects what workers hold right now: a few claim batches. */
  requeueStale(olderThan: Date): Promise<number> {
    return guardRead(async () => {
      const stale = await this.list.all({ filter: `fields/Status eq 'sending' and fields/UpdatedAt lt ${lit(olderThan.toISOString())}` });
      if (stale.length === 0) return 0;
      const answers = await this.graph.batch(stale.map((i) => this.list.updateCall(i.itemId, i.etag, { Status: 'pending' })));
      return answers.filter((a) => a.status === 200).length;
    });
  }

  /**
   * `UpdatedAt lt` (indexed; ISO text in UTC compares as time) selects what the daily clean-up has
   * not removed yet: about one day of messages, plus the few still unfinished. A day with more than
   * 5,000 finished messages outgrows it, as the claim does: then run with OUTBOX=azure.
   */
  purgeFinished(before: Date): Promise<number> {
    return guardRead(async () => {
      const old = await this.list.all({ filter: `fields/UpdatedAt lt ${lit(before.toISOString())}`, select: ['Status'] });
      return this.list.removeAll(old.filter((i) => i.fields.Status === 'sent' || i.fields.Status === 'failed'));
    });
  }

  /** Read-modify-write with If-Match, re-read and retried when another writer got there first. Unique key: one item. */
  private change(key: string, next: (item: Progress) => Fields | null): Promise<void> {
    return guardRead(async () => {
      for (let attempt = 0; ; attempt++) {
        const item = await this.list.first(`fields/OutboxKey eq ${lit(key)}`);
        if (!item) return;
        const fields = next(progressOf(item));
        if (!fields) return;
        try {
          await this.list.update(item.itemId, item.etag, fields);
          return;
        } catch (e) {
          if (!(e instanceof Conflict) || attempt >= 10) throw e;
        }
      }
    });
  }
}
