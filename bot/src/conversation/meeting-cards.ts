/** Loads what a card needs and renders it for one viewer. No rules here: the domain and cards decide. */
import { cardText, invitationCard, outcomeCard, promotionCard, reminderCard, t, withBanner, type Meeting, type Person, type RsvpSlice, OUTCOME_OF_STATUS } from '@samen/shared';
import { selectionFor } from '../usecases/selection.js';
import { renderReflectionReminder } from '../usecases/reflection-reminders.js';
import { selectionCardOf } from './selection-actions.js';
import type { Deps } from '../deps.js';
import type { OutboxMessage } from '../store/ports.js';
import type { AdaptiveCardJson } from './card-json.js';
import { card, type Reply } from './replies.js';
import { renderBroadcastForPerson } from './broadcast-cards.js';
import type { Viewer } from './viewer.js';

export type { Viewer } from './viewer.js';


/**
 * `known`: the viewer's slice of the meeting's RSVPs when the caller already has it (an answer just
 * written); otherwise the meeting's RSVPs are read.
 */
export const invitationFor = async (deps: Deps, meeting: Meeting, viewer: Viewer, known?: RsvpSlice): Promise<AdaptiveCardJson> => {
  const source = known ? { slice: known } : { rsvps: await deps.stores.rsvps.forMeeting(meeting.id) };
  // The organiser sees the totals; other coördinatoren see the invitation as invitees do (they have
  // "overzicht" for the numbers) and can register themselves.
  const isOrganiser = meeting.organiserId === viewer.person.id;
  return invitationCard({
    meeting,
    ...source,
    viewer: { personId: viewer.person.id, isOrganiser, ...(viewer.teamsUserId ? { teamsUserId: viewer.teamsUserId } : {}) },
    now: deps.clock(),
    locale: viewer.locale,
    contact: deps.config.contact,
  });
};

/** The card an outbox item turns into for its recipient, rendered at send time with today's counts. */
export const renderForPerson = async (deps: Deps, message: OutboxMessage, person: Person): Promise<Reply | null> => {
  if (message.kind === 'announcement' || message.kind === 'survey') return renderBroadcastForPerson(deps, message, { person, locale: person.locale });
  if (message.kind === 'reflection-reminder') {
    const reminder = await renderReflectionReminder(deps, message, person);
    return reminder ? card(reminder) : null;
  }
  if (message.kind === 'selection') {
    // Rendered for the organiser at send time; nothing to send once confirmed or no longer theirs.
    const view = await selectionFor(deps, person, message.meetingId);
    return view.ok && !view.value.confirmedAt ? card(selectionCardOf(view.value, person.locale, true)) : null;
  }
  const meeting = await deps.stores.meetings.get(message.meetingId);
  if (!meeting) return null;
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const input = { meeting, rsvps, viewer: { personId: person.id, isOrganiser: false }, now: deps.clock(), locale: person.locale, contact: deps.config.contact };
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
    case 'outcome': {
      // Told as things stand on the day: a reserve promoted since hears "je kunt deelnemen", someone who withdrew nothing.
      const { sessionId } = message.payload;
      const outcome = OUTCOME_OF_STATUS[rsvps.find((r) => r.personId === person.id && r.sessionId === sessionId)?.status ?? 'declined'];
      return outcome ? card(outcomeCard({ ...input, sessionId, outcome })) : null;
    }
    case 'registration':
      // Only people outside the organisation get this (by e-mail); staff see their status on the card.
      return null;
  }
};
