/** Loads what a card needs and renders it for one viewer. No rules here: the domain and cards decide. */
import { cardText, invitationCard, promotionCard, reminderCard, t, withBanner, type Id, type Locale, type Meeting, type Person, type Rsvp } from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxItem } from '../store/ports.js';
import type { AdaptiveCardJson } from './card-json.js';
import { card, type Reply } from './replies.js';
import { isBroadcastKind, renderBroadcastForPerson } from './broadcast-cards.js';

export interface Viewer {
  readonly person: Person;
  readonly locale: Locale;
  readonly teamsUserId?: string;
}

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

interface Payload {
  readonly sessionId?: string;
  readonly audience?: string;
  readonly message?: string;
}

const payloadOf = (payload: unknown): Payload => (typeof payload === 'object' && payload !== null ? (payload as Payload) : {});

/** The card an outbox item turns into for its recipient, rendered at send time with today's counts. */
export const renderForPerson = async (
  deps: Deps,
  kind: OutboxItem['kind'],
  meetingId: Id,
  person: Person,
  payload: unknown,
): Promise<Reply | null> => {
  if (isBroadcastKind(kind)) return renderBroadcastForPerson(deps, { kind, meetingId, payload }, { person, locale: person.locale });
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return null;
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const input = { meeting, rsvps, viewer: { personId: person.id, isOrganiser: false }, now: deps.clock(), locale: person.locale };
  const { sessionId, audience, message } = payloadOf(payload);
  if (kind === 'promotion' && sessionId) return card(promotionCard({ ...input, sessionId }));
  if (kind === 'update' && message) {
    return card(withBanner(invitationCard(input), [cardText(t('cards:message.banner', person.locale), { weight: 'bolder' }), cardText(message)], 'accent'));
  }
  if (kind === 'reminder') {
    return card(reminderCard(audience === 'attendees' && sessionId ? { ...input, kind: 'attendee', sessionId } : { ...input, kind: 'non-responder' }));
  }
  return card(await invitationFor(deps, meeting, { person, locale: person.locale }));
};
