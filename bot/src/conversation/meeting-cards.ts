/** Loads what a card needs and renders it for one viewer. No rules here: the domain and cards decide. */
import { invitationCard, type Id, type Locale, type Meeting, type Person } from '@samen/shared';
import type { Deps } from '../deps.js';
import { isCoordinator } from '../auth/roles.js';
import type { OutboxItem } from '../store/ports.js';
import type { AdaptiveCardJson } from './card-json.js';
import { card, type Reply } from './replies.js';

export interface Viewer {
  readonly person: Person;
  readonly locale: Locale;
  readonly teamsUserId?: string;
}

export const invitationFor = async (deps: Deps, meeting: Meeting, viewer: Viewer): Promise<AdaptiveCardJson> => {
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const isOrganiser = meeting.organiserId === viewer.person.id || isCoordinator(deps.config, viewer.person);
  return invitationCard({
    meeting,
    rsvps,
    viewer: { personId: viewer.person.id, isOrganiser, ...(viewer.teamsUserId ? { teamsUserId: viewer.teamsUserId } : {}) },
    now: deps.clock(),
    locale: viewer.locale,
  });
};

/** The card an outbox item turns into for its recipient, with today's counts. */
export const renderForPerson = async (
  deps: Deps,
  _kind: OutboxItem['kind'],
  meetingId: Id,
  person: Person,
  _payload: unknown,
): Promise<Reply | null> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return null;
  return card(await invitationFor(deps, meeting, { person, locale: person.locale }));
};
