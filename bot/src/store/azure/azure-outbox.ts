/**
 * The outbox on Azure Storage, shared by several server instances: a table holds each message's
 * delivery state (PartitionKey = meeting, RowKey = outbox key), a queue holds the work. A queue
 * message is invisible to other instances while one works on it; if that instance dies, the
 * message reappears after `leaseSeconds` and another instance takes over — the item's ledger
 * state (same table) makes it reconcile instead of sending twice. Runs against Azurite locally.
 */
import { odata, RestError, TableClient, type TableEntityResult } from '@azure/data-tables';
import { QueueClient } from '@azure/storage-queue';
import type { DeliveryFailure, Id } from '@samen/shared';
import type { ClaimedOutbox, NewOutboxItem, OutboxItem, OutboxStore } from '../ports.js';
import { outboxFromStored, readOutboxRows, storedPayload, subjectIdOf, type StoredOutboxFields } from '../outbox-record.js';

interface Row {
  partitionKey: string;
  rowKey: string;
  key: string;
  kind: string;
  personId: string;
  meetingId: string;
  payload: string;
  status: string;
  attempts: number;
  notBefore: string;
  lastError: string;
  activityId: string;
  updatedAt: string;
  ledger: string;
}

interface Work {
  readonly pk: string;
  readonly rk: string;
}

const rowKeyOf = (key: string): string => encodeURIComponent(key);

/**
 * The row as stored; checked in outbox-record.ts. The `meetingId` column and the partition hold the
 * subject id of every kind (meeting, announcement, survey). '' means none (older rows).
 */
const outboxFields = (r: TableEntityResult<Row>): StoredOutboxFields => ({
  key: r.key,
  kind: r.kind,
  personId: r.personId,
  subjectId: r.meetingId === '' ? null : r.meetingId,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  notBefore: r.notBefore,
  lastError: r.lastError === '' ? null : r.lastError,
  activityId: r.activityId === '' ? null : r.activityId,
  updatedAt: r.updatedAt,
});

const isStatus = (e: unknown, status: number): boolean => e instanceof RestError && e.statusCode === status;

export interface AzureOutboxOptions {
  readonly connectionString: string;
  /** Names; tests use their own. */
  readonly table?: string;
  readonly queue?: string;
  /** How long a claimed item stays invisible to other instances (renewed by finishing it). */
  readonly leaseSeconds?: number;
}

export class AzureOutbox implements OutboxStore {
  readonly table: TableClient;
  readonly queue: QueueClient;
  private readonly leaseSeconds: number;
  /** The queue message behind each item this instance has claimed. */
  private readonly claimed = new Map<string, { messageId: string; popReceipt: string; pk: string }>();

  constructor(o: AzureOutboxOptions) {
    this.table = TableClient.fromConnectionString(o.connectionString, o.table ?? 'outbox', { allowInsecureConnection: true });
    this.queue = new QueueClient(o.connectionString, o.queue ?? 'outbox-work');
    this.leaseSeconds = o.leaseSeconds ?? 60;
  }

  async init(): Promise<this> {
    await this.table.createTable();
    await this.queue.createIfNotExists();
    return this;
  }

  async enqueue(items: readonly NewOutboxItem[]): Promise<number> {
    let added = 0;
    for (const item of items) {
      const pk = subjectIdOf(item);
      const rk = rowKeyOf(item.key);
      try {
        await this.table.createEntity<Row>({
          partitionKey: pk, rowKey: rk, key: item.key, kind: item.kind, personId: item.personId, meetingId: pk,
          payload: storedPayload(item), status: 'pending', attempts: 0, notBefore: item.notBefore,
          lastError: '', activityId: '', updatedAt: new Date().toISOString(), ledger: '',
        });
      } catch (e) {
        if (isStatus(e, 409)) continue; // the key exists: a repeated enqueue adds nothing
        throw e;
      }
      await this.schedule({ pk, rk }, new Date(item.notBefore));
      added += 1;
    }
    return added;
  }

  private async schedule(work: Work, at: Date): Promise<void> {
    const delay = Math.max(0, Math.min(7 * 24 * 3600 - 1, Math.ceil((at.getTime() - Date.now()) / 1000)));
    await this.queue.sendMessage(JSON.stringify(work), { visibilityTimeout: delay, messageTimeToLive: -1 });
  }

  async claim(now: Date, limit: number): Promise<ClaimedOutbox> {
    const items: OutboxItem[] = [];
    const unreadable: { key: string; problem: string }[] = [];
    while (items.length + unreadable.length < limit) {
      const { receivedMessageItems: messages } = await this.queue.receiveMessages({
        numberOfMessages: Math.min(32, limit - items.length - unreadable.length),
        visibilityTimeout: this.leaseSeconds,
      });
      if (messages.length === 0) break;
      for (const m of messages) {
        const work = JSON.parse(m.messageText) as Work;
        const row = await this.table.getEntity<Row>(work.pk, work.rk).catch((e: unknown) => (isStatus(e, 404) ? null : Promise.reject(e)));
        if (!row || row.status === 'sent' || row.status === 'failed') {
          await this.queue.deleteMessage(m.messageId, m.popReceipt);
          continue;
        }
        const read = outboxFromStored(outboxFields(row));
        if (!read.ok) {
          // never sent: given up with a code, its work message removed (it would only come back)
          const patch = { partitionKey: work.pk, rowKey: work.rk, status: 'failed', lastError: 'unreadable' satisfies DeliveryFailure, updatedAt: now.toISOString() };
          await this.table.updateEntity(patch, 'Merge', { etag: row.etag }).catch((e: unknown) => (isStatus(e, 412) ? undefined : Promise.reject(e)));
          await this.queue.deleteMessage(m.messageId, m.popReceipt);
          unreadable.push({ key: read.key, problem: read.problem });
          continue;
        }
        // 'sending' here means an instance died holding it: the ledger decides (reconcile).
        const updatedAt = now.toISOString();
        try {
          await this.table.updateEntity({ partitionKey: work.pk, rowKey: work.rk, status: 'sending', updatedAt }, 'Merge', { etag: row.etag });
        } catch (e) {
          if (isStatus(e, 412)) continue; // changed under us: its message comes back later
          throw e;
        }
        this.claimed.set(row.key, { messageId: m.messageId, popReceipt: m.popReceipt, pk: work.pk });
        items.push({ ...read.item, status: 'sending', updatedAt });
      }
    }
    return { items, unreadable };
  }

  private async finish(key: string, patch: Partial<Row>, retryAt: Date | null): Promise<void> {
    const held = this.claimed.get(key);
    const pk = held?.pk ?? (await this.find(key))?.partitionKey;
    if (!pk) return;
    const rk = rowKeyOf(key);
    const row = await this.table.getEntity<Row>(pk, rk);
    if (row.status === 'sent') return;
    await this.table.updateEntity({ partitionKey: pk, rowKey: rk, ...patch, attempts: row.attempts + 1 }, 'Merge', { etag: row.etag });
    if (retryAt) await this.schedule({ pk, rk }, retryAt);
    if (held) {
      this.claimed.delete(key);
      await this.queue.deleteMessage(held.messageId, held.popReceipt).catch((e: unknown) => (isStatus(e, 404) ? undefined : Promise.reject(e)));
    }
  }

  private async find(key: string): Promise<TableEntityResult<Row> | null> {
    for await (const row of this.table.listEntities<Row>({ queryOptions: { filter: odata`RowKey eq ${rowKeyOf(key)}` } })) return row;
    return null;
  }

  async markSent(key: string, activityId: string | null, now: Date): Promise<void> {
    await this.finish(key, { status: 'sent', activityId: activityId ?? '', lastError: '', updatedAt: now.toISOString() }, null);
  }

  async markFailed(key: string, failure: DeliveryFailure, retryAt: Date | null, now: Date): Promise<void> {
    const patch: Partial<Row> = retryAt
      ? { status: 'pending', lastError: failure, notBefore: retryAt.toISOString(), updatedAt: now.toISOString() }
      : { status: 'failed', lastError: failure, updatedAt: now.toISOString() };
    await this.finish(key, patch, retryAt);
  }

  /** Unreadable rows are left out here; claiming them marks them failed. */
  async forSubject(subjectId: Id): Promise<readonly OutboxItem[]> {
    const rows: TableEntityResult<Row>[] = [];
    for await (const row of this.table.listEntities<Row>({ queryOptions: { filter: odata`PartitionKey eq ${subjectId}` } })) rows.push(row);
    const { items } = readOutboxRows(rows, outboxFields);
    return items.sort((a, b) => a.notBefore.localeCompare(b.notBefore) || a.key.localeCompare(b.key));
  }

  /** A table scan on `updatedAt` (ISO text compares as time), once a day; the queue holds no finished work. */
  async purgeFinished(before: Date): Promise<number> {
    const old: { partitionKey: string; rowKey: string }[] = [];
    const filter = odata`updatedAt lt ${before.toISOString()} and (status eq 'sent' or status eq 'failed')`;
    for await (const row of this.table.listEntities<Row>({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
      old.push({ partitionKey: String(row.partitionKey), rowKey: String(row.rowKey) });
    }
    for (const { partitionKey, rowKey } of old) {
      await this.table.deleteEntity(partitionKey, rowKey).catch((e: unknown) => (isStatus(e, 404) ? undefined : Promise.reject(e)));
    }
    return old.length;
  }

  /** Nothing to do: the queue hands a dead instance's work back by itself when its lease runs out. */
  async requeueStale(): Promise<number> {
    return 0;
  }
}
