import type { Id } from '@samen/shared';
import type { Reply } from '../conversation/replies.js';

/** The outcome of one proactive send, as the channel reported it. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly activityId: string | null }
  /**
   * Try again later (throttled 429, 5xx, timeout); `retryAfterMs` from Retry-After when given.
   * `uncertain`: the message may have arrived anyway (5xx, timeout) — reconcile before sending again.
   */
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs: number | null; readonly uncertain?: boolean }
  /** Never retry: the user blocked or removed the bot, or we cannot reach them at all. */
  | { readonly kind: 'permanent'; readonly reason: string };

export interface SendOptions {
  /** Travels with the activity so a later `probe` can tell whether it arrived. */
  readonly idempotencyKey?: string;
  /**
   * Called when one delivery takes two requests: a 1:1 conversation is created first (someone the
   * bot has not met), then the message goes out. createConversation counts against the per-app rate
   * limit too, so the sender's slot covers it and this takes another app-wide slot for the message.
   */
  readonly beforeFollowUpRequest?: () => Promise<void>;
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
