/**
 * Where an outbox key travels inside the message so that reconciliation can find it again in
 * Microsoft Graph's view of the chat. Graph's chatMessage keeps no Bot Framework channelData, but
 * it does keep the card: `attachments[].content` is the Adaptive Card JSON as a string. The key
 * goes into the id of the card's refresh action (`refresh.action.id`): valid Adaptive Card 1.5,
 * never shown, and not part of the `data` the refresh invoke sends back (so the verb schemas stay
 * strict). Every card the outbox sends carries a refresh (the per-user view).
 */
import type { Reply } from '../conversation/replies.js';

const PREFIX = 'samen-verder/outbox/';

export const deliveryMarker = (key: string): string => `${PREFIX}${key}`;

/** The reply with its key stamped in; a reply that cannot carry it (text, file, card without refresh) is returned as is. */
export const withDeliveryMarker = (reply: Reply, key: string): Reply => {
  if (reply.type !== 'card' || !reply.card.refresh) return reply;
  const { refresh } = reply.card;
  return { ...reply, card: { ...reply.card, refresh: { ...refresh, action: { ...refresh.action, id: deliveryMarker(key) } } } };
};

/** Can this reply be found again by its key? */
export const carriesMarker = (reply: Reply): boolean => reply.type === 'card' && reply.card.refresh !== undefined;

/** Does one card (as Graph returns it: a JSON string, or already parsed) carry this key? */
export const cardCarries = (content: unknown, key: string): boolean => {
  let card: unknown = content;
  if (typeof content === 'string') {
    try {
      card = JSON.parse(content);
    } catch {
      return false;
    }
  }
  const id = (card as { refresh?: { action?: { id?: unknown } } } | null)?.refresh?.action?.id;
  return id === deliveryMarker(key);
};
