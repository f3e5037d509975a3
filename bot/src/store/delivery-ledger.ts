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
  close(): Promise<void>;
}

export class MemoryLedger implements DeliveryLedger {
  readonly entries = new Map<string, LedgerEntry>();
  async get(key: string): Promise<LedgerEntry | null> {
    return this.entries.get(key) ?? null;
  }
  async begin(key: string): Promise<void> {
    this.entries.set(key, { key, state: 'begun', activityId: null });
  }
  async confirm(key: string, activityId: string | null): Promise<void> {
    this.entries.set(key, { key, state: 'confirmed', activityId });
  }
  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }
  async close(): Promise<void> {}
}
