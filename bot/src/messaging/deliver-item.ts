/**
 * One outbox item, start to finish: reconcile an unconfirmed earlier try, wait for a rate slot,
 * record the key, send, record the outcome. Failures are stored as their code (`DeliveryFailure`);
 * permanent ones are never retried; retries are bounded and spaced by Retry-After or backoff with
 * jitter, and the last retry's code stays on the item when it is given up.
 */
import type { Deps } from '../deps.js';
import type { OutboxItem } from '../store/ports.js';
import type { DeliveryLedger } from '../store/delivery-ledger.js';
import type { Reply } from '../conversation/replies.js';
import type { Messenger, RequestPacing, SendOutcome } from './messenger.js';
import type { RateLimiter, Slot } from './rate-limiter.js';
import { renderOutboxItem, type RenderCache } from './render-outbox.js';
import type { RenderReads } from './render-reads.js';
import { carriesMarker } from './delivery-marker.js';
import { isRegistrantId } from '@samen/shared';
import type { Mailer } from './mailer.js';
import { renderMail } from './render-mail.js';

export interface DeliveryPolicy {
  readonly maxAttempts: number;
  /** Base delay for a retry without Retry-After; doubled per attempt, with jitter. */
  readonly baseRetryMs: number;
}

/** What the sender needs besides deps; everything time-related injected so tests are instant. */
export interface SenderRuntime {
  readonly limiter: RateLimiter | null;
  readonly ledger: DeliveryLedger | null;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly counters: DeliveryCounters;
  /** Shared rendering of identical invitation cards during a broadcast; absent = render each one. */
  readonly renderCache?: RenderCache;
  /** Reads shared by the cards of a broadcast for a few seconds; absent = each card reads for itself. */
  readonly reads?: RenderReads;
  /** E-mail for recipients outside the organisation (`ext-` ids); absent = they cannot be reached ('not-met'). */
  readonly mailer?: Mailer;
}

export interface DeliveryCounters {
  sent: number;
  reconciled: number;
  retried: number;
  failed: number;
  unreachable: number;
  throttled: number;
}

export const newCounters = (): DeliveryCounters => ({ sent: 0, reconciled: 0, retried: 0, failed: 0, unreachable: 0, throttled: 0 });

export const backoffMs = (attempt: number, base: number, random: () => number): number =>
  Math.round(base * 2 ** attempt * (0.5 + random()));

export type ItemResult = 'sent' | 'reconciled' | 'retry' | 'failed' | 'unreachable';

/**
 * Was an earlier try of this key perhaps delivered? 'settled' = recorded as sent; 'later' = check
 * again later. A reply that cannot carry its key (no card refresh) cannot be found: 'unknown'.
 */
const reconcile = async (deps: Deps, messenger: Messenger, item: OutboxItem, reply: Reply, ledger: DeliveryLedger): Promise<'settled' | 'send' | 'later'> => {
  const entry = await ledger.get(item.key);
  if (!entry) return 'send';
  if (entry.state === 'confirmed') {
    await deps.stores.outbox.markSent(item.key, entry.activityId, deps.clock());
    return 'settled';
  }
  const probe = messenger.probe && carriesMarker(reply) ? await messenger.probe(item.personId, item.key) : 'unknown';
  if (probe === 'delivered') {
    await ledger.confirm(item.key, null);
    await deps.stores.outbox.markSent(item.key, null, deps.clock());
    deps.logger.info({ key: item.key }, 'unconfirmed send found delivered; not sent again');
    return 'settled';
  }
  if (probe === 'error') return 'later';
  if (probe === 'unknown') deps.logger.warn({ key: item.key }, 'unconfirmed send cannot be checked; sending again');
  return 'send';
};

const send = async (messenger: Messenger, item: OutboxItem, reply: Reply, rt: SenderRuntime): Promise<SendOutcome> => {
  // begun before any slot is taken: the slot is used by the request right after it
  await rt.ledger?.begin(item.key);
  const limiter = rt.limiter;
  if (!limiter) return messenger.sendToPerson(item.personId, reply, { idempotencyKey: item.key });
  // the slot is taken just before the request leaves and counts until its answer is in (Teams counts
  // the request somewhere in between); see RequestPacing
  let slot: Slot | null = null;
  const pacing: RequestPacing = {
    beforeRequest: async () => {
      if (slot) await slot.followUp();
      else slot = await limiter.take(item.personId, rt.now, rt.sleep);
    },
    answered: () => slot?.done(),
  };
  try {
    return await messenger.sendToPerson(item.personId, reply, { idempotencyKey: item.key, pacing });
  } finally {
    (slot as Slot | null)?.done();
  }
};

/**
 * Someone outside the organisation: the item is rendered as an e-mail and sent through the Mailer.
 * No Teams rate slot and no reconciliation (a mail cannot be looked up); the outcome is recorded as
 * a Teams send's is.
 */
const deliverMail = async (deps: Deps, item: OutboxItem, policy: DeliveryPolicy, rt: SenderRuntime): Promise<ItemResult> => {
  // Read fresh, not through the batch's shared reads: a mail decides from the registration itself
  // (a promotion is only mailed to someone who holds the seat now), and mails are few.
  const mail = await renderMail(deps, item);
  if (!mail) {
    await deps.stores.outbox.markFailed(item.key, 'nothing-to-send', null, deps.clock());
    rt.counters.failed += 1;
    return 'failed';
  }
  const outcome: SendOutcome = rt.mailer ? await rt.mailer.send(mail) : { kind: 'permanent', failure: 'not-met', detail: 'no mailer configured' };
  return recordOutcome(deps, item, outcome, policy, { ...rt, ledger: null, limiter: null });
};

export const deliverItem = async (
  deps: Deps,
  messenger: Messenger,
  item: OutboxItem,
  policy: DeliveryPolicy,
  rt: SenderRuntime,
): Promise<ItemResult> => {
  if (isRegistrantId(item.personId)) return deliverMail(deps, item, policy, rt);
  const { outbox } = deps.stores;
  const reply = await renderOutboxItem(rt.reads ? rt.reads.view(deps) : deps, item, rt.renderCache);
  if (!reply) {
    await outbox.markFailed(item.key, 'nothing-to-send', null, deps.clock());
    rt.counters.failed += 1;
    return 'failed';
  }
  const reconciled = rt.ledger ? await reconcile(deps, messenger, item, reply, rt.ledger) : 'send';
  if (reconciled === 'settled') {
    rt.counters.reconciled += 1;
    return 'reconciled';
  }
  const outcome: SendOutcome =
    reconciled === 'later'
      ? { kind: 'retry', failure: 'unconfirmed', retryAfterMs: null, uncertain: true }
      : await send(messenger, item, reply, rt);
  return recordOutcome(deps, item, outcome, policy, rt);
};

/** Records what the channel answered: sent, never again (permanent), or retried later within the policy. */
const recordOutcome = async (deps: Deps, item: OutboxItem, outcome: SendOutcome, policy: DeliveryPolicy, rt: SenderRuntime): Promise<ItemResult> => {
  const { outbox } = deps.stores;
  if (outcome.kind === 'sent') {
    await rt.ledger?.confirm(item.key, outcome.activityId);
    await outbox.markSent(item.key, outcome.activityId, deps.clock());
    rt.counters.sent += 1;
    return 'sent';
  }
  if (outcome.kind === 'permanent') {
    await rt.ledger?.clear(item.key);
    await outbox.markFailed(item.key, outcome.failure, null, deps.clock());
    deps.logger.info({ key: item.key, failure: outcome.failure, detail: outcome.detail }, 'recipient not reachable');
    rt.counters.unreachable += 1;
    return 'unreachable';
  }
  if (!outcome.uncertain) await rt.ledger?.clear(item.key);
  if (outcome.retryAfterMs !== null) {
    rt.counters.throttled += 1;
    rt.limiter?.pause(item.personId, rt.now() + outcome.retryAfterMs, false);
  }
  if (item.attempts + 1 >= policy.maxAttempts) {
    await outbox.markFailed(item.key, outcome.failure, null, deps.clock());
    deps.logger.warn({ key: item.key, failure: outcome.failure, detail: outcome.detail, attempts: item.attempts + 1 }, 'message given up after retries');
    rt.counters.failed += 1;
    return 'failed';
  }
  const delay = outcome.retryAfterMs ?? backoffMs(item.attempts, policy.baseRetryMs, rt.random);
  await outbox.markFailed(item.key, outcome.failure, new Date(deps.clock().getTime() + delay), deps.clock());
  rt.counters.retried += 1;
  return 'retry';
};
