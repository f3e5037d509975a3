/**
 * Drains the outbox: claims due items, renders, sends through the Messenger, records the outcome.
 * A message is always recorded before it is sent (the outbox, then the ledger) and marked after;
 * a crash leaves it 'sending', the worker hands such items back on start, and the ledger makes the
 * next try reconcile instead of repeating blindly. The running worker keeps `concurrency` sends in
 * flight, paced by the rate limiter, and claims the next batch before the current one runs dry.
 * After a restart the items it handed back are claimed first; those the ledger holds as begun go to
 * the end of their batch, so reconciling them (a Graph check each) does not hold up the sending.
 */
import type { Deps } from '../deps.js';
import type { ClaimedOutbox, OutboxItem } from '../store/ports.js';
import type { DeliveryLedger } from '../store/delivery-ledger.js';
import type { Messenger } from './messenger.js';
import type { Mailer } from './mailer.js';
import { deliverItem, newCounters, type SenderRuntime } from './deliver-item.js';
import { startProgressLog } from './progress.js';
import { newRenderCache } from './render-outbox.js';
import { RenderReads } from './render-reads.js';
import { runtimeFromConfig } from './sender-runtime.js';
import { DEFAULT_WORKER_OPTIONS, type OutboxWorkerOptions } from './worker-options.js';

export { DEFAULT_WORKER_OPTIONS, type OutboxWorkerOptions } from './worker-options.js';

const unlimited = (random: () => number): SenderRuntime => ({
  limiter: null,
  ledger: null,
  now: Date.now,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random,
  counters: newCounters(),
  renderCache: newRenderCache(),
  reads: new RenderReads(),
});

/** Runs `work` over `items` with at most `concurrency` at once. */
const pool = async <T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> => {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
};

/**
 * After a claim: items the store could not read were given up there ('unreadable'), named in the
 * log and counted as failed; the people of the rest are read in one go for their cards. A failed
 * read only means each card reads its own person.
 */
const afterClaim = async (deps: Deps, claimed: ClaimedOutbox, runtime: SenderRuntime): Promise<void> => {
  for (const { key, problem } of claimed.unreadable) deps.logger.error({ key, problem, failure: 'unreadable' }, 'outbox item unreadable; marked failed');
  runtime.counters.failed += claimed.unreadable.length;
  await runtime.reads?.preload(deps, claimed.items).catch((err: unknown) => deps.logger.warn({ err }, 'people of a batch not read in one go'));
};

/** Sends every item due now, once. Returns how many were handled. */
export const drainOutboxOnce = async (
  deps: Deps,
  messenger: Messenger,
  options: OutboxWorkerOptions = DEFAULT_WORKER_OPTIONS,
  random: () => number = Math.random,
  runtime: SenderRuntime = unlimited(random),
): Promise<number> => {
  const claimed = await deps.stores.outbox.claim(deps.clock(), options.batchSize);
  await afterClaim(deps, claimed, runtime);
  const { items } = claimed;
  await pool(items, options.concurrency ?? 1, async (item) => {
    const result = await deliverItem(deps, messenger, item, options, runtime);
    deps.logger.debug({ key: item.key, kind: item.kind, result }, 'outbox item handled');
  });
  return items.length + claimed.unreadable.length;
};

/**
 * Of the first `check` items, those with a begun send in the ledger (the previous process may have
 * delivered them) move behind the rest, keeping their order: the lanes start on items they can send
 * at once instead of all waiting for a probe. Only items handed back at start are checked.
 */
const unconfirmedLast = async (items: readonly OutboxItem[], check: number, ledger: DeliveryLedger | null): Promise<OutboxItem[]> => {
  if (check <= 0 || !ledger) return [...items];
  const checked = items.slice(0, check);
  const begun = await Promise.all(checked.map(async (item) => (await ledger.get(item.key))?.state === 'begun'));
  const later = checked.filter((_, i) => begun[i]);
  return [...checked.filter((_, i) => !begun[i]), ...items.slice(check), ...later];
};

export interface RunningWorker {
  stop(): Promise<void>;
}

/** The continuous worker: `concurrency` lanes share a prefetched queue of claimed items. */
export const runOutboxWorker = (
  deps: Deps,
  messenger: Messenger,
  options: OutboxWorkerOptions,
  runtime: SenderRuntime,
  idleMs: number,
): RunningWorker => {
  let stopped = false;
  const queue: OutboxItem[] = [];
  let refilling: Promise<number> | null = null;
  /** Items handed back at start that have not been claimed again yet (see unconfirmedLast). */
  let handedBack = 0;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const idle: (() => void)[] = [];
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  const refill = (): Promise<number> => {
    refilling ??= deps.stores.outbox
      .claim(deps.clock(), Math.max(options.batchSize, concurrency * 2))
      .then(async (claimed) => {
        await afterClaim(deps, claimed, runtime);
        const check = handedBack;
        handedBack = Math.max(0, handedBack - claimed.items.length);
        queue.push(...(await unconfirmedLast(claimed.items, check, runtime.ledger)));
        return claimed.items.length + claimed.unreadable.length;
      })
      .finally(() => {
        refilling = null;
      });
    return refilling;
  };
  const lane = async () => {
    while (!stopped) {
      if (queue.length <= concurrency && !refilling) void refill().catch(() => 0);
      let item = queue.shift();
      if (!item) {
        const claimed = await (refilling ?? refill()).catch((err: unknown) => {
          deps.logger.error({ err }, 'outbox claim failed');
          return 0;
        });
        item = queue.shift();
        if (!item) {
          if (claimed === 0) await nap(idleMs);
          continue;
        }
      }
      try {
        await deliverItem(deps, messenger, item, options, runtime);
      } catch (err) {
        deps.logger.error({ err, key: item.key }, 'outbox item failed unexpectedly');
      }
    }
  };
  const started = deps.stores.outbox
    .requeueStale(deps.clock())
    .then((n) => {
      handedBack = n;
      if (n > 0) deps.logger.info({ requeued: n }, 'unconfirmed outbox items handed back for reconciliation');
    })
    .then(() => Promise.all(Array.from({ length: concurrency }, lane)));
  return {
    stop: async () => {
      stopped = true;
      for (const wake of idle.splice(0)) wake();
      await started.catch(() => undefined);
    },
  };
};

/** Runs the worker with the configured limits until stopped (used by main). */
export const startOutboxWorker = (deps: Deps, messenger: Messenger, ledger: DeliveryLedger, intervalMs = 1_000, mailer?: Mailer): (() => Promise<void>) => {
  const { options, runtime } = runtimeFromConfig(deps, ledger, mailer);
  const worker = runOutboxWorker(deps, messenger, options, runtime, intervalMs);
  const stopLog = startProgressLog(deps.logger, runtime.counters, deps.config.fanout.progressMs);
  return async () => {
    stopLog();
    await worker.stop();
  };
};
