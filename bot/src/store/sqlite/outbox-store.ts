import type { Database, Statement } from 'better-sqlite3';
import type { Clock, DeliveryFailure, Id } from '@samen/shared';
import type { ClaimedOutbox, OutboxItem, OutboxStore } from '../ports.js';
import { outboxFromStored, readOutboxRows } from '../outbox-record.js';
import { guardCommand, guardRead } from './guard.js';
import { outboxFields, outboxToRow, type NewOutboxItem } from './outbox-mapper.js';
import type { Row } from './record-table.js';

const SQL = {
  insert: `INSERT OR IGNORE INTO outbox
    (key, kind, person_id, meeting_id, payload, status, attempts, not_before, not_before_ms, last_error, activity_id, updated_at)
    VALUES (@key, @kind, @person_id, @meeting_id, @payload, 'pending', 0, @not_before, @not_before_ms, NULL, NULL, @updated_at)`,
  due: `SELECT * FROM outbox WHERE status = 'pending' AND not_before_ms <= ? ORDER BY not_before_ms, key LIMIT ?`,
  take: `UPDATE outbox SET status = 'sending', updated_at = ? WHERE key = ? AND status = 'pending'`,
  sent: `UPDATE outbox SET status = 'sent', activity_id = ?, last_error = NULL, attempts = attempts + 1, updated_at = ?
    WHERE key = ?`,
  retry: `UPDATE outbox SET status = 'pending', not_before = ?, not_before_ms = ?, last_error = ?,
    attempts = attempts + 1, updated_at = ? WHERE key = ? AND status <> 'sent'`,
  failed: `UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1, updated_at = ?
    WHERE key = ? AND status <> 'sent'`,
  forSubject: 'SELECT * FROM outbox WHERE meeting_id = ? ORDER BY not_before_ms, key',
  requeue: `UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND updated_at < ?`,
  purge: `DELETE FROM outbox WHERE updated_at < ? AND status IN ('sent', 'failed')`,
} as const;

type Statements = { readonly [K in keyof typeof SQL]: Statement };

/**
 * `attempts` counts finished tries (sent or failed). Timestamps written here are UTC ISO strings
 * from Date#toISOString, so they compare correctly as text.
 */
export class SqliteOutboxStore implements OutboxStore {
  private readonly sql: Statements;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    this.sql = Object.fromEntries(Object.entries(SQL).map(([k, s]) => [k, db.prepare(s)])) as Statements;
  }

  async enqueue(items: readonly NewOutboxItem[]): Promise<number> {
    const updatedAt = this.clock().toISOString();
    const run = this.db.transaction(() =>
      items.reduce((added, item) => added + this.sql.insert.run(outboxToRow(item, updatedAt)).changes, 0),
    );
    return guardCommand(this.db, () => run.immediate());
  }

  /**
   * One IMMEDIATE transaction: no other caller, here or in another process, can take the same items.
   * A due row that does not read is given up ('unreadable') in the same transaction and reported.
   */
  async claim(now: Date, limit: number): Promise<ClaimedOutbox> {
    if (!(limit >= 1)) return { items: [], unreadable: [] };
    const at = now.toISOString();
    const run = this.db.transaction((): ClaimedOutbox => {
      const due = this.sql.due.all(now.getTime(), Math.floor(limit)) as Row[];
      const items: OutboxItem[] = [];
      const unreadable: { key: string; problem: string }[] = [];
      for (const row of due) {
        const read = outboxFromStored(outboxFields(row));
        if (!read.ok) {
          this.sql.failed.run('unreadable' satisfies DeliveryFailure, at, row.key);
          unreadable.push({ key: String(row.key), problem: read.problem });
          continue;
        }
        this.sql.take.run(at, row.key);
        items.push({ ...read.item, status: 'sending', updatedAt: at });
      }
      return { items, unreadable };
    });
    return guardCommand(this.db, () => run.immediate());
  }

  async markSent(key: string, activityId: string | null, now: Date): Promise<void> {
    guardCommand(this.db, () => this.sql.sent.run(activityId, now.toISOString(), key));
  }

  /** With `retryAt` the item goes back to pending, due then; without, it is given up ('failed'). */
  async markFailed(key: string, failure: DeliveryFailure, retryAt: Date | null, now: Date): Promise<void> {
    const at = now.toISOString();
    guardCommand(this.db, () =>
      retryAt
        ? this.sql.retry.run(retryAt.toISOString(), retryAt.getTime(), failure, at, key)
        : this.sql.failed.run(failure, at, key),
    );
  }

  /** Unreadable rows are left out here; claiming them marks them failed. */
  async forSubject(subjectId: Id): Promise<readonly OutboxItem[]> {
    return guardRead(this.db, () => readOutboxRows(this.sql.forSubject.all(subjectId) as Row[], outboxFields).items);
  }

  async requeueStale(olderThan: Date): Promise<number> {
    return guardCommand(this.db, () => this.sql.requeue.run(olderThan.toISOString()).changes);
  }

  async purgeFinished(before: Date): Promise<number> {
    return guardCommand(this.db, () => this.sql.purge.run(before.toISOString()).changes);
  }
}
