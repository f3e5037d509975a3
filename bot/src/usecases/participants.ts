/** A message from the organiser to everyone registered for some sessions (null: all sessions) of a meeting. */
import { fail, ok, type Id, type Person, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';
import { queueMessages } from './invitations.js';
import { authorize } from './policy.js';

export const messageParticipants = async (
  deps: Deps,
  actor: Person,
  meetingId: Id,
  sessionIds: readonly Id[] | null,
  message: string,
): Promise<Result<{ queued: number }>> => {
  const allowed = authorize(deps, actor, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  if (sessionIds?.some((id) => !meeting.sessions.some((s) => s.id === id))) return fail('RSVP.UNKNOWN_SESSION');
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const targets = [
    ...new Set(
      rsvps
        .filter((r) => (sessionIds === null || sessionIds.includes(r.sessionId)) && (r.status === 'booked' || r.status === 'waitlisted'))
        .map((r) => r.personId),
    ),
  ];
  // Every message is its own broadcast: a new key, sent once to each person.
  const queued = await queueMessages(deps, { kind: 'update', payload: { message } }, `update:${meeting.id}:${deps.newId()}`, meeting, targets);
  return ok({ queued });
};
