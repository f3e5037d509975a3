/**
 * The idempotency ledger: a send is recorded as 'begun' before it goes to Teams and 'confirmed'
 * after Teams answered. A key found 'begun' (a crash or an uncertain failure in between) is
 * reconciled through `Messenger.probe` before anything is sent again.
 */
export interface LedgerEntry {
  readonly key: string;
  readonly state: 'begun' | 'confirmed';
  readonly activityId: string | null;
}

export interface DeliveryLedger {
  get(key: string): Promise<LedgerEntry | null>;
  begin(key: string): Promise<void>;
  confirm(key: string, activityId: string | null): Promise<void>;
  /** Teams said for certain it did not take the message (429, 4xx): nothing to reconcile. */
  clear(key: string): Promise<void>;
  /** Retention: deletes entries last written before `before` (their sends are long finished); returns how many. */
  purge(before: Date): Promise<number>;
  close(): Promise<void>;
}

export class MemoryLedger implements DeliveryLedger {
  readonly entries = new Map<string, LedgerEntry>();
  private readonly writtenAt = new Map<string, number>();
  constructor(private readonly now: () => number = Date.now) {}
  async get(key: string): Promise<LedgerEntry | null> {
    return this.entries.get(key) ?? null;
  }
  async begin(key: string): Promise<void> {
    this.entries.set(key, { key, state: 'begun', activityId: null });
    this.writtenAt.set(key, this.now());
  }
  async confirm(key: string, activityId: string | null): Promise<void> {
    this.entries.set(key, { key, state: 'confirmed', activityId });
    this.writtenAt.set(key, this.now());
  }
  async clear(key: string): Promise<void> {
    this.entries.delete(key);
    this.writtenAt.delete(key);
  }
  async purge(before: Date): Promise<number> {
    const old = [...this.writtenAt].filter(([, at]) => at < before.getTime()).map(([key]) => key);
    for (const key of old) await this.clear(key);
    return old.length;
  }
  async close(): Promise<void> {}
}
