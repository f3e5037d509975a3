/** A message from the organiser to everyone registered for a session (or all sessions) of a meeting. */
import { fail, ok, type Id, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';
import { queueMessages } from './invitations.js';

export const messageParticipants = async (
  deps: Deps,
  meetingId: Id,
  sessionId: Id | null,
  message: string,
): Promise<Result<{ queued: number }>> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  if (sessionId !== null && !meeting.sessions.some((s) => s.id === sessionId)) return fail('RSVP.UNKNOWN_SESSION');
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const targets = [
    ...new Set(
      rsvps
        .filter((r) => (sessionId === null || r.sessionId === sessionId) && (r.status === 'booked' || r.status === 'waitlisted'))
        .map((r) => r.personId),
    ),
  ];
  // Every message is its own broadcast: a new key, sent once to each person.
  const queued = await queueMessages(deps, 'update', `update:${meeting.id}:${deps.newId()}`, meeting, targets, { message, sessionId });
  return ok({ queued });
};
