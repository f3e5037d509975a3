/** Builds the sender's limiter, ledger and policy from config. */
import type { Deps } from '../deps.js';
import { newCounters, type SenderRuntime } from './deliver-item.js';
import { RateLimiter } from './rate-limiter.js';
import { SqliteLedger } from '../store/sqlite/delivery-ledger.js';
import type { DeliveryLedger } from '../store/delivery-ledger.js';
import type { OutboxWorkerOptions } from './worker-options.js';

/**
 * One machine: a SQLite file next to the store. Several instances (OUTBOX=azure): an Azure table,
 * its SDK loaded only then (it adds ~0.3 s to every start, and a restarted server sends nothing
 * until its modules are loaded).
 */
const ledgerFor = (deps: Deps): DeliveryLedger => {
  const f = deps.config.fanout;
  if (f.outbox === 'azure' && f.azureConnectionString) {
    const connectionString = f.azureConnectionString;
    // every call waits for the table to exist (created once, on the first use)
    const ready = import('../store/azure/azure-ledger.js').then(async ({ AzureLedger }) => {
      const ledger = new AzureLedger(connectionString);
      await ledger.init();
      return ledger;
    });
    // a failed start surfaces at the first call, not as an unhandled rejection
    ready.catch(() => undefined);
    return {
      get: async (k) => (await ready).get(k),
      begin: async (k) => (await ready).begin(k),
      confirm: async (k, a) => (await ready).confirm(k, a),
      clear: async (k) => (await ready).clear(k),
      close: () => ready.then((l) => l.close(), () => undefined),
    };
  }
  return new SqliteLedger(deps.config.dataDir);
};

export const runtimeFromConfig = (deps: Deps): { options: OutboxWorkerOptions; runtime: SenderRuntime } => {
  const f = deps.config.fanout;
  return {
    options: { batchSize: f.batchSize, maxAttempts: f.maxAttempts, baseRetryMs: f.baseRetryMs, concurrency: f.concurrency },
    runtime: {
      limiter: new RateLimiter({ perConversation: f.perConversation, perApp: f.perApp, safetyMs: f.safetyMs }),
      ledger: ledgerFor(deps),
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      random: Math.random,
      counters: newCounters(),
    },
  };
};
