/**
 * The outbox record contract on the Azure Storage outbox (Azurite, in memory): keys, kinds and
 * subject ids, failure codes, items of earlier versions and unreadable ones. The queue part of the
 * contract (due order by `now`, retry times) does not apply: Azure makes work visible by the real
 * clock and in queue order; test/fanout/azure.test.ts covers delivery on it with two workers.
 */
import { afterAll, beforeAll } from 'vitest';
import { runOutboxRecordContract } from '../../bot/src/store/contract/index.js';
import { AzureOutbox } from '../../bot/src/store/azure/index.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { startAzurite, type Azurite } from './azurite.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(async () => azurite?.stop());

let n = 0;
const withAzureOutbox = async (): Promise<Stores> => {
  const stores = await openSqliteStores({ memory: true });
  n += 1;
  const outbox = await new AzureOutbox({ connectionString: azurite.connectionString, table: `contract${n}`, queue: `contract-${n}` }).init();
  return new Proxy(stores, { get: (target, prop, receiver) => (prop === 'outbox' ? outbox : Reflect.get(target, prop, receiver)) });
};

runOutboxRecordContract(withAzureOutbox);
