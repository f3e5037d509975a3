/** The idempotency ledger in an Azure table, shared by every instance (see messaging/delivery-ledger.ts). */
import { odata, RestError, TableClient } from '@azure/data-tables';
import type { DeliveryLedger, LedgerEntry } from '../delivery-ledger.js';

const PK = 'ledger';
const rk = (key: string): string => encodeURIComponent(key);

export class AzureLedger implements DeliveryLedger {
  private readonly table: TableClient;
  constructor(connectionString: string, table = 'ledger') {
    this.table = TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });
  }
  async init(): Promise<this> {
    await this.table.createTable();
    return this;
  }
  async get(key: string): Promise<LedgerEntry | null> {
    try {
      const e = await this.table.getEntity<{ state: string; activityId: string }>(PK, rk(key));
      return { key, state: e.state as LedgerEntry['state'], activityId: e.activityId || null };
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 404) return null;
      throw e;
    }
  }
  private put(key: string, state: LedgerEntry['state'], activityId: string | null): Promise<unknown> {
    return this.table.upsertEntity({ partitionKey: PK, rowKey: rk(key), state, activityId: activityId ?? '' }, 'Replace');
  }
  async begin(key: string): Promise<void> {
    await this.put(key, 'begun', null);
  }
  async confirm(key: string, activityId: string | null): Promise<void> {
    await this.put(key, 'confirmed', activityId);
  }
  async clear(key: string): Promise<void> {
    await this.table.deleteEntity(PK, rk(key)).catch((e: unknown) => (e instanceof RestError && e.statusCode === 404 ? undefined : Promise.reject(e)));
  }
  /** By the table's own `Timestamp` (last write): a scan of the ledger's one partition, once a day. */
  async purge(before: Date): Promise<number> {
    let n = 0;
    for await (const e of this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${PK} and Timestamp lt ${before}`, select: ['RowKey'] } })) {
      await this.clear(decodeURIComponent(String(e.rowKey)));
      n += 1;
    }
    return n;
  }
  async close(): Promise<void> {}
}
