import { invitationCard, reminderCard } from '@samen/shared';
import { describe, expect, it } from 'vitest';
import { meeting, NOW } from '../../../shared/src/cards/card-fixtures.test-helper.js';
import { cardSchemaErrors } from '../../../shared/src/cards/card-schema.test-helper.js';
import { card, text } from '../conversation/replies.js';
import { cardCarries, carriesMarker, withDeliveryMarker } from './delivery-marker.js';

const KEY = 'invitation:meeting-0001:person-0002';
const input = { meeting: meeting(), rsvps: [], viewer: { personId: 'person-0002', isOrganiser: false }, now: NOW, locale: 'nl' as const };

describe('the outbox key inside a sent card', () => {
  it.each([
    ['an invitation', card(invitationCard(input))],
    ['a reminder', card(reminderCard({ ...input, kind: 'non-responder' }))],
  ])('rides in %s as a valid Adaptive Card 1.5 that Graph returns as a string', (_what, reply) => {
    const stamped = withDeliveryMarker(reply, KEY);
    expect(stamped.type === 'card' && cardSchemaErrors(stamped.card)).toEqual([]);
    const asGraphKeepsIt = stamped.type === 'card' ? JSON.stringify(stamped.card) : '';
    expect(cardCarries(asGraphKeepsIt, KEY)).toBe(true);
    expect(cardCarries(asGraphKeepsIt, 'invitation:meeting-0001:person-0003')).toBe(false);
  });

  it('leaves what the refresh invoke sends back untouched, so the strict verb schemas still accept it', () => {
    const reply = card(invitationCard(input));
    const stamped = withDeliveryMarker(reply, KEY);
    expect(stamped.type === 'card' && stamped.card.refresh?.action.data).toEqual(reply.type === 'card' && reply.card.refresh?.action.data);
  });

  it('cannot ride in a text reply, which is said rather than guessed', () => {
    expect(withDeliveryMarker(text('hoi'), KEY)).toEqual(text('hoi'));
    expect(carriesMarker(text('hoi'))).toBe(false);
    expect(carriesMarker(card(invitationCard(input)))).toBe(true);
  });

  it.each([['not json'], ['{"type":"AdaptiveCard"}'], [null]])('is not found in %j', (content) => {
    expect(cardCarries(content, KEY)).toBe(false);
  });
});
