/** Builds the sender's limiter and policy from config, around the ledger it is given. */
import type { Deps } from '../deps.js';
import { newCounters, type SenderRuntime } from './deliver-item.js';
import { RateLimiter } from './rate-limiter.js';
import { newRenderCache } from './render-outbox.js';
import { RenderReads } from './render-reads.js';
import type { DeliveryLedger } from '../store/delivery-ledger.js';
import type { OutboxWorkerOptions } from './worker-options.js';
import type { Mailer } from './mailer.js';

/** The worker's limits from config; the ledger comes from the composition root (compose.ts). */
export const runtimeFromConfig = (deps: Deps, ledger: DeliveryLedger, mailer?: Mailer): { options: OutboxWorkerOptions; runtime: SenderRuntime } => {
  const f = deps.config.fanout;
  return {
    options: { batchSize: f.batchSize, maxAttempts: f.maxAttempts, baseRetryMs: f.baseRetryMs, concurrency: f.concurrency },
    runtime: {
      limiter: new RateLimiter({ perConversation: f.perConversation, perApp: f.perApp, safetyMs: f.safetyMs }),
      ledger,
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      random: Math.random,
      counters: newCounters(),
      renderCache: newRenderCache(),
      reads: new RenderReads(),
      ...(mailer ? { mailer } : {}),
    },
  };
};
