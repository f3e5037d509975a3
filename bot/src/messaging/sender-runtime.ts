/** Builds the sender's limiter, ledger and policy from config. */
import type { Deps } from '../deps.js';
import { newCounters, type SenderRuntime } from './deliver-item.js';
import { RateLimiter } from './rate-limiter.js';
import { SqliteLedger } from './sqlite-ledger.js';
import type { OutboxWorkerOptions } from './outbox-worker.js';

export const runtimeFromConfig = (deps: Deps): { options: OutboxWorkerOptions; runtime: SenderRuntime } => {
  const f = deps.config.fanout;
  return {
    options: { batchSize: f.batchSize, maxAttempts: f.maxAttempts, baseRetryMs: f.baseRetryMs, concurrency: f.concurrency },
    runtime: {
      limiter: new RateLimiter({ perConversation: f.perConversation, perApp: f.perApp, safetyMs: f.safetyMs }),
      ledger: new SqliteLedger(deps.config.dataDir),
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      random: Math.random,
      counters: newCounters(),
    },
  };
};
