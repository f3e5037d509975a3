/**
 * The RSVP use case: one source of truth for cards, chat, the tab and Forms imports.
 * Checks the invitation, runs the pure rule inside the store's atomic step, queues a message for
 * everyone moved off a waitlist.
 */
import {
  decideRsvp,
  fail,
  isInvited,
  ok,
  type Meeting,
  type Person,
  type Promotion,
  type Result,
  type RsvpRequest,
  type School,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { isCoordinator } from '../auth/coordinators.js';

export interface RsvpOutcome {
  readonly meeting: Meeting;
  readonly unchanged: boolean;
  readonly promoted: readonly Promotion[];
}

const schoolsById = async (deps: Deps, person: Person): Promise<Map<string, School>> => {
  const schools = await Promise.all(person.schoolIds.map((id) => deps.stores.schools.get(id)));
  return new Map(schools.filter((s): s is School => s !== null).map((s) => [s.id, s]));
};

export const respond = async (
  deps: Deps,
  person: Person,
  request: Omit<RsvpRequest, 'personId'>,
): Promise<Result<RsvpOutcome>> => {
  const meeting = await deps.stores.meetings.get(request.meetingId);
  if (!meeting) return fail('RSVP.UNKNOWN_MEETING');
  const invited =
    isCoordinator(deps, person) || isInvited(person, meeting.audience, await schoolsById(deps, person));
  if (!invited) return fail('RSVP.NOT_INVITED');
  const now = deps.clock();
  const full: RsvpRequest = { ...request, personId: person.id };
  const decided = await deps.stores.rsvps.transact(meeting.id, (current) =>
    decideRsvp(meeting, current, full, now, deps.newId),
  );
  if (!decided.ok) return decided;
  await queuePromotions(deps, meeting, decided.value.promoted, now);
  return ok({ meeting, unchanged: decided.value.unchanged, promoted: decided.value.promoted });
};

/** Recorded in the outbox before anything is sent: the sender tells each promoted person. */
const queuePromotions = async (deps: Deps, meeting: Meeting, promoted: readonly Promotion[], now: Date) => {
  if (promoted.length === 0) return;
  await deps.stores.outbox.enqueue(
    promoted.map((p) => ({
      key: `promotion:${meeting.id}:${p.sessionId}:${p.personId}:${now.toISOString()}`,
      kind: 'promotion' as const,
      personId: p.personId,
      meetingId: meeting.id,
      payload: { sessionId: p.sessionId },
      notBefore: now.toISOString(),
    })),
  );
};
