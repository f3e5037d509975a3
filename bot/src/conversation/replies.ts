import type { AdaptiveCardJson } from './card-json.js';

/** What a conversation handler answers; the Teams layer turns it into activities. */
export type Reply =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'card'; readonly card: AdaptiveCardJson }
  | { readonly type: 'file'; readonly name: string; readonly contentType: string; readonly content: string };

export const text = (value: string): Reply => ({ type: 'text', text: value });
export const card = (value: AdaptiveCardJson): Reply => ({ type: 'card', card: value });

/** The same reply with its card's automatic refresh addressed to one user (the only per-person part of a card). */
export const withRefreshFor = (reply: Reply, userId: string): Reply => {
  if (reply.type !== 'card' || !reply.card.refresh) return reply;
  return { ...reply, card: { ...reply.card, refresh: { ...reply.card.refresh, userIds: [userId] } } };
};
