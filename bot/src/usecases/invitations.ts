/**
 * Sending invitations and reminders: who gets them is a domain rule (audience, non-responders);
 * every message goes into the outbox first, keyed so the same message never goes out twice.
 */
import { DEFAULT_HOLIDAY_CALENDARS, nextSendableMoment, nonResponders, ok, selectAudience, fail, type Id, type Meeting, type Person, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';
import { publish } from './publish.js';
import { allPages } from '../store/all-pages.js';
import type { OutboxMessage } from '../store/ports.js';
import { authorize } from './policy.js';

type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A message about a meeting, without the meeting: its kind and typed payload. */
export type MeetingMessage = OmitEach<Extract<OutboxMessage, { readonly meetingId: Id }>, 'meetingId'>;

/** Everyone a meeting is meant for (with `audience.notAttended`: read against that meeting's RSVPs). */
export const audiencePeople = async (deps: Deps, meeting: Meeting): Promise<Person[]> => {
  const earlierId = meeting.audience.notAttended?.meetingId;
  const [people, schools, earlier] = await Promise.all([
    allPages((p) => deps.stores.people.list(p)),
    allPages((p) => deps.stores.schools.list(p)),
    earlierId ? deps.stores.rsvps.forMeeting(earlierId) : Promise.resolve([]),
  ]);
  return selectAudience(people, meeting.audience, schools, earlier);
};

export const audienceOf = async (deps: Deps, meeting: Meeting): Promise<Id[]> => (await audiencePeople(deps, meeting)).map((p) => p.id);

/** Queues one message per person, keyed `${keyPrefix}:${personId}`; a key seen before adds nothing. */
export const queueMessages = async (
  deps: Deps,
  message: MeetingMessage,
  keyPrefix: string,
  meeting: Meeting,
  personIds: readonly Id[],
): Promise<number> => {
  // Reminders wait for a weekday daytime outside the school holidays; other messages go now.
  const now = deps.clock();
  const notBefore = (message.kind === 'reminder' ? nextSendableMoment(now, deps.config.sendWindow, DEFAULT_HOLIDAY_CALENDARS) : now).toISOString();
  return deps.stores.outbox.enqueue(
    personIds.map((personId) => ({ ...message, key: `${keyPrefix}:${personId}`, personId, meetingId: meeting.id, notBefore })),
  );
};

/** Marks a concept meeting as sent and queues one invitation per person in its audience. */
export const sendInvitations = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<{ queued: number; audience: number }>> => {
  const allowed = authorize(deps, actor, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const published = await publish(meeting, (next) => deps.stores.meetings.upsert(next));
  if (!published.ok) return published;
  const sent = published.value;
  if (sent.status !== 'verstuurd') return fail('RSVP.MEETING_CANCELLED');
  const audience = await audienceOf(deps, sent);
  const queued = await queueMessages(deps, { kind: 'invitation', payload: {} }, `invitation:${sent.id}`, sent, audience);
  return ok({ queued, audience: audience.length });
};

/** Queues a reminder for everyone invited who has not answered; one per person per day at most. */
export const remindNonResponders = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<{ queued: number }>> => {
  const allowed = authorize(deps, actor, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const [audience, rsvps] = await Promise.all([audienceOf(deps, meeting), deps.stores.rsvps.forMeeting(meeting.id)]);
  const day = deps.clock().toISOString().slice(0, 10);
  const targets = nonResponders(audience, rsvps);
  const queued = await queueMessages(
    deps,
    { kind: 'reminder', payload: { audience: 'non-responders', sessionId: null } },
    `reminder:${meeting.id}:manual-${day}`,
    meeting,
    targets,
  );
  return ok({ queued });
};
