/** Loads what a card needs and renders it for one viewer. No rules here: the domain and cards decide. */
import { cardText, invitationCard, promotionCard, reminderCard, t, withBanner, type Meeting, type Person, type Rsvp } from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxMessage } from '../store/ports.js';
import type { AdaptiveCardJson } from './card-json.js';
import { card, type Reply } from './replies.js';
import { renderBroadcastForPerson } from './broadcast-cards.js';
import type { Viewer } from './viewer.js';

export type { Viewer } from './viewer.js';

/** `known`: the meeting's RSVPs when the caller already has them (just written); otherwise they are read. */
export const invitationFor = async (deps: Deps, meeting: Meeting, viewer: Viewer, known?: readonly Rsvp[]): Promise<AdaptiveCardJson> => {
  const rsvps = known ?? (await deps.stores.rsvps.forMeeting(meeting.id));
  // The organiser sees the totals; other coördinatoren see the invitation as invitees do (they have
  // "overzicht" for the numbers) and can register themselves.
  const isOrganiser = meeting.organiserId === viewer.person.id;
  return invitationCard({
    meeting,
    rsvps,
    viewer: { personId: viewer.person.id, isOrganiser, ...(viewer.teamsUserId ? { teamsUserId: viewer.teamsUserId } : {}) },
    now: deps.clock(),
    locale: viewer.locale,
  });
};

/** The card an outbox item turns into for its recipient, rendered at send time with today's counts. */
export const renderForPerson = async (deps: Deps, message: OutboxMessage, person: Person): Promise<Reply | null> => {
  if (message.kind === 'announcement' || message.kind === 'survey') return renderBroadcastForPerson(deps, message, { person, locale: person.locale });
  const meeting = await deps.stores.meetings.get(message.meetingId);
  if (!meeting) return null;
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const input = { meeting, rsvps, viewer: { personId: person.id, isOrganiser: false }, now: deps.clock(), locale: person.locale };
  switch (message.kind) {
    case 'promotion':
      return card(promotionCard({ ...input, sessionId: message.payload.sessionId }));
    case 'update':
      if (!message.payload.message) return card(await invitationFor(deps, meeting, { person, locale: person.locale }));
      return card(
        withBanner(invitationCard(input), [cardText(t('cards:message.banner', person.locale), { weight: 'bolder' }), cardText(message.payload.message)], 'accent'),
      );
    case 'reminder': {
      const { audience, sessionId } = message.payload;
      return card(reminderCard(audience === 'attendees' && sessionId ? { ...input, kind: 'attendee', sessionId } : { ...input, kind: 'non-responder' }));
    }
    case 'invitation':
      return card(await invitationFor(deps, meeting, { person, locale: person.locale }));
    case 'registration':
      // Only people outside the organisation get this (by e-mail); staff see their status on the card.
      return null;
  }
};
