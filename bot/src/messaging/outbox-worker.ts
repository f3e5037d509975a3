/**
 * Drains the outbox: claims due items, renders, sends through the Messenger, records the outcome.
 * A message is always recorded before it is sent (the outbox) and marked after; a crash leaves it
 * 'sending', and `requeueStale` hands it back on restart.
 */
import type { Deps } from '../deps.js';
import type { Messenger } from './messenger.js';
import { renderOutboxItem } from './render-outbox.js';

export interface OutboxWorkerOptions {
  readonly batchSize: number;
  readonly maxAttempts: number;
  /** Base delay for a retry without Retry-After; doubled per attempt, with jitter. */
  readonly baseRetryMs: number;
}

export const DEFAULT_WORKER_OPTIONS: OutboxWorkerOptions = { batchSize: 50, maxAttempts: 5, baseRetryMs: 2_000 };

const backoff = (attempt: number, base: number, random: () => number): number =>
  Math.round(base * 2 ** attempt * (0.5 + random()));

/** Sends every item due now, once. Returns how many were handled. */
export const drainOutboxOnce = async (
  deps: Deps,
  messenger: Messenger,
  options: OutboxWorkerOptions = DEFAULT_WORKER_OPTIONS,
  random: () => number = Math.random,
): Promise<number> => {
  const now = deps.clock();
  const items = await deps.stores.outbox.claim(now, options.batchSize);
  for (const item of items) {
    const reply = await renderOutboxItem(deps, item);
    if (!reply) {
      await deps.stores.outbox.markFailed(item.key, 'nothing to send (meeting or person gone)', null, now);
      continue;
    }
    const outcome = await messenger.sendToPerson(item.personId, reply);
    if (outcome.kind === 'sent') {
      await deps.stores.outbox.markSent(item.key, outcome.activityId, deps.clock());
    } else if (outcome.kind === 'permanent' || item.attempts + 1 >= options.maxAttempts) {
      await deps.stores.outbox.markFailed(item.key, outcome.reason, null, deps.clock());
    } else {
      const delay = outcome.retryAfterMs ?? backoff(item.attempts, options.baseRetryMs, random);
      await deps.stores.outbox.markFailed(item.key, outcome.reason, new Date(deps.clock().getTime() + delay), deps.clock());
    }
    deps.logger.debug({ key: item.key, kind: item.kind, outcome: outcome.kind }, 'outbox item handled');
  }
  return items.length;
};

/** Runs the drain on an interval until stopped. */
export const startOutboxWorker = (deps: Deps, messenger: Messenger, intervalMs = 1_000): (() => void) => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    drainOutboxOnce(deps, messenger)
      .catch((err: unknown) => deps.logger.error({ err }, 'outbox drain failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};
