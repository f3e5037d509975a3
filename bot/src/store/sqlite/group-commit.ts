/**
 * Group commit: every write step asked for in one turn of the event loop (the clicks of a storm whose
 * requests arrived together, and the conversation references they bring) runs in one
 * `BEGIN IMMEDIATE` transaction, in the order asked, each in its own savepoint: a step reads what the
 * steps before it wrote, and a step that throws undoes only its own writes and gets its own error.
 * Nobody hears a result before the one commit; if the transaction cannot start or the commit fails,
 * every step in it gets that error. One commit (one WAL append) instead of one per write.
 *
 * After the commit each caller hears its result in a turn of its own, in the order asked: what it does
 * next (draw its card, write its answer, which Node sends on the next tick) is done and sent before the
 * next caller resumes, so the first answer of a big turn is not held until the last card is drawn.
 */
import type { Database } from 'better-sqlite3';
import { StorageUnavailable } from '../errors.js';

interface Queued {
  readonly step: () => unknown;
  /** One SQL statement: SQLite undoes a failed statement on its own, so it needs no savepoint. */
  readonly single: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Settled = { readonly value: unknown } | { readonly error: unknown };

export class GroupCommit {
  private queue: Queued[] = [];

  constructor(private readonly db: Database) {}

  /** Runs `step` (synchronous, inside the next group transaction) and resolves with what it returned once that is committed. */
  run<T>(step: () => T): Promise<T> {
    return this.enqueue(step, false);
  }

  /**
   * The same for a step that is one SQL statement (an upsert): a failing statement is undone by SQLite
   * itself and leaves the transaction open, so the savepoint around it is left out.
   */
  runStatement<T>(step: () => T): Promise<T> {
    return this.enqueue(step, true);
  }

  private enqueue<T>(step: () => T, single: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ step, single, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.commit());
    });
  }

  private commit(): void {
    const batch = this.queue;
    this.queue = [];
    let settled: Settled[];
    try {
      if (!this.db.open) throw new StorageUnavailable('The store is closed.');
      settled = this.db.transaction(() => batch.map((queued) => this.inSavepoint(queued))).immediate();
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    batch.forEach((queued, i) => {
      const outcome = settled[i] as Settled;
      const hear = () => ('error' in outcome ? queued.reject(outcome.error) : queued.resolve(outcome.value));
      // Immediates queued here all run in the loop's next check phase, each followed by its own ticks and promises.
      if (i === 0) hear();
      else setImmediate(hear);
    });
  }

  private inSavepoint(queued: Queued): Settled {
    // A failure that ended the whole transaction would let this savepoint run as a transaction of its own.
    if (!this.db.inTransaction) throw new StorageUnavailable('The transaction was ended by a failure.');
    try {
      return { value: queued.single ? queued.step() : this.db.transaction(queued.step)() };
    } catch (error) {
      return { error };
    }
  }
}
