/** Builds the sender's limiter, ledger and policy from config. */
import type { Deps } from '../deps.js';
import { newCounters, type SenderRuntime } from './deliver-item.js';
import { RateLimiter } from './rate-limiter.js';
import { SqliteLedger } from './sqlite-ledger.js';
import { AzureLedger } from '../store/azure/azure-ledger.js';
import type { DeliveryLedger } from './delivery-ledger.js';
import type { OutboxWorkerOptions } from './outbox-worker.js';

/** One machine: a SQLite file next to the store. Several instances (OUTBOX=azure): an Azure table. */
const ledgerFor = (deps: Deps): DeliveryLedger => {
  const f = deps.config.fanout;
  if (f.outbox === 'azure' && f.azureConnectionString) {
    const ledger = new AzureLedger(f.azureConnectionString);
    const ready = ledger.init();
    // every call waits for the table to exist (created once, on the first use)
    return {
      get: async (k) => (await ready, ledger.get(k)),
      begin: async (k) => (await ready, ledger.begin(k)),
      confirm: async (k, a) => (await ready, ledger.confirm(k, a)),
      clear: async (k) => (await ready, ledger.clear(k)),
      close: () => ledger.close(),
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
