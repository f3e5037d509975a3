/** Turns an outbox item into the card the recipient sees, rendered at send time with current counts. */
import type { Deps } from '../deps.js';
import type { OutboxItem } from '../store/ports.js';
import type { Reply } from '../conversation/replies.js';
import { renderForPerson } from '../conversation/meeting-cards.js';

export const renderOutboxItem = async (deps: Deps, item: OutboxItem): Promise<Reply | null> => {
  if (!item.meetingId) return null;
  const person = await deps.stores.people.get(item.personId);
  if (!person) return null;
  return renderForPerson(deps, item.kind, item.meetingId, person, item.payload);
};
