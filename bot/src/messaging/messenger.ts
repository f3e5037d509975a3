import type { Id } from '@samen/shared';
import type { Reply } from '../conversation/replies.js';

/** The outcome of one proactive send, as the channel reported it. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly activityId: string | null }
  /** Try again later (throttled 429, 5xx, timeout); `retryAfterMs` from Retry-After when given. */
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs: number | null }
  /** Never retry: the user blocked or removed the bot, or we cannot reach them at all. */
  | { readonly kind: 'permanent'; readonly reason: string };

/** Port: delivers a reply to one person's 1:1 chat. The Teams adapter implements it in bot/src/teams/. */
export interface Messenger {
  sendToPerson(personId: Id, reply: Reply): Promise<SendOutcome>;
}
