/**
 * Group commit: every write step asked for in one turn of the event loop (the clicks of a storm whose
 * requests arrived together, and the conversation references they bring) runs in one
 * `BEGIN IMMEDIATE` transaction, in the order asked, each in its own savepoint: a step reads what the
 * steps before it wrote, and a step that throws undoes only its own writes and gets its own error.
 * Nobody hears a result before the one commit; if the transaction cannot start or the commit fails,
 * every step in it gets that error. One commit (one WAL append) instead of one per write.
 */
import type { Database } from 'better-sqlite3';
import { StorageUnavailable } from '../errors.js';

interface Queued {
  readonly step: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Settled = { readonly value: unknown } | { readonly error: unknown };

export class GroupCommit {
  private queue: Queued[] = [];

  constructor(private readonly db: Database) {}

  /** Runs `step` (synchronous, inside the next group transaction) and resolves with what it returned once that is committed. */
  run<T>(step: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ step, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.commit());
    });
  }

  private commit(): void {
    const batch = this.queue;
    this.queue = [];
    let settled: Settled[];
    try {
      if (!this.db.open) throw new StorageUnavailable('The store is closed.');
      settled = this.db.transaction(() => batch.map((queued) => this.inSavepoint(queued.step))).immediate();
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    batch.forEach((queued, i) => {
      const outcome = settled[i] as Settled;
      if ('error' in outcome) queued.reject(outcome.error);
      else queued.resolve(outcome.value);
    });
  }

  private inSavepoint(step: () => unknown): Settled {
    // A failure that ended the whole transaction would let this savepoint run as a transaction of its own.
    if (!this.db.inTransaction) throw new StorageUnavailable('The transaction was ended by a failure.');
    try {
      return { value: this.db.transaction(step)() };
    } catch (error) {
      return { error };
    }
  }
}
