/**
 * OUTBOX=azure: the outbox and the delivery ledger move to Azure Storage (Azurite locally), the
 * rest of the stores stay as configured. Wiring (store/index.ts `openStores`, one line):
 *   `return config.fanout.outbox === 'azure' ? withAzureOutbox(stores, config) : stores;`
 */
import type { Config } from '../../config.js';
import type { Stores } from '../ports.js';
import { AzureOutbox } from './azure-outbox.js';

export { AzureOutbox } from './azure-outbox.js';
export { AzureLedger } from './azure-ledger.js';
export { BlobLease } from './blob-lease.js';

export const withAzureOutbox = async (stores: Stores, config: Config, names: { table?: string; queue?: string } = {}): Promise<Stores> => {
  const connectionString = config.fanout.azureConnectionString;
  if (!connectionString) throw new Error('OUTBOX=azure vraagt AZURE_STORAGE_CONNECTION_STRING');
  const outbox = await new AzureOutbox({ connectionString, ...names }).init();
  return new Proxy(stores, { get: (target, prop, receiver) => (prop === 'outbox' ? outbox : Reflect.get(target, prop, receiver)) });
};
