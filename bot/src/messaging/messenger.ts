import type { DeliveryFailure, Id } from '@samen/shared';
import type { Reply } from '../conversation/replies.js';

/**
 * The outcome of one proactive send, as the channel reported it. A failure is a code
 * (`DeliveryFailure`), stored as is and worded only at the edge; `detail` (e.g. "HTTP 403
 * ConversationBlockedByUser") is for the log, never stored or shown.
 */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly activityId: string | null }
  /**
   * Try again later (throttled 429, 5xx, timeout); `retryAfterMs` from Retry-After when given.
   * `uncertain`: the message may have arrived anyway (5xx, timeout) — reconcile before sending again.
   */
  | { readonly kind: 'retry'; readonly failure: RetryFailure; readonly retryAfterMs: number | null; readonly uncertain?: boolean; readonly detail?: string }
  /** Never retry: the user blocked or removed the bot, or we cannot reach them at all. */
  | { readonly kind: 'permanent'; readonly failure: PermanentFailure; readonly detail?: string };

/** Codes a send may be retried after; the rest of a channel's codes end the item. */
export type RetryFailure = Extract<DeliveryFailure, 'throttled' | 'server-error' | 'timeout' | 'network' | 'installing' | 'install-failed' | 'unconfirmed'>;
export type PermanentFailure = Extract<DeliveryFailure, 'not-met' | 'not-installed' | 'blocked' | 'gone' | 'rejected'>;

export interface SendOptions {
  /** Travels with the activity so a later `probe` can tell whether it arrived. */
  readonly idempotencyKey?: string;
  /** The rate limiter's hold on this delivery's requests; absent = unpaced. */
  readonly pacing?: RequestPacing;
}

/**
 * How a Messenger keeps its requests inside the rate limits (messaging/rate-limiter.ts). It calls
 * `beforeRequest` right before every request it makes, after everything it can prepare without one
 * (reading the conversation, drawing the activity): the first takes the delivery's slot, a second
 * (a 1:1 conversation created first, then the message) another app-wide one, as createConversation
 * counts against the per-app limit too. It calls `answered` as soon as an answer (or failure) is in.
 * A slot counts until its answer, plus the window, so work before or after the request would only
 * stretch every slot and slow the whole broadcast. A Messenger must call `beforeRequest` before each
 * request: the sender takes no slot for it otherwise.
 */
export interface RequestPacing {
  beforeRequest(): Promise<void>;
  answered(): void;
}

/**
 * Did a message with this key reach the person's chat? 'unknown': this channel can never say (no
 * probe configured) — the item is sent again; 'error': the check failed now — try the check later.
 */
export type ProbeResult = 'delivered' | 'absent' | 'unknown' | 'error';

/** Port: delivers a reply to one person's 1:1 chat. The Teams adapter implements it in bot/src/teams/. */
export interface Messenger {
  sendToPerson(personId: Id, reply: Reply, options?: SendOptions): Promise<SendOutcome>;
  /** Reconciliation after a crash or an uncertain failure; absent = cannot tell. */
  probe?(personId: Id, idempotencyKey: string): Promise<ProbeResult>;
}
