/**
 * The RSVP use case: one source of truth for cards, chat, the tab and Forms imports.
 * Checks the invitation, runs the pure rule inside the store's atomic step, queues a message for
 * everyone moved off a waitlist.
 */
import {
  decideRsvpOn,
  fail,
  isInvited,
  ok,
  sliceScope,
  type Meeting,
  type Person,
  type Promotion,
  type Result,
  type RsvpRequest,
  type RsvpSlice,
  type School,
  type Sector,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { isCoordinator } from '../auth/coordinators.js';

export interface RsvpOutcome {
  readonly meeting: Meeting;
  readonly unchanged: boolean;
  readonly promoted: readonly Promotion[];
  /** The person's slice of the meeting's RSVPs right after this answer, as read and written inside the transaction. */
  readonly slice: RsvpSlice;
}

/** The person's schools, by id (unknown ids left out). */
export const schoolsById = async (deps: Deps, person: Person): Promise<Map<string, School>> => {
  const schools = await Promise.all(person.schoolIds.map((id) => deps.stores.schools.get(id)));
  return new Map(schools.filter((s): s is School => s !== null).map((s) => [s.id, s]));
};

/** The sectors an answer is checked against: a coördinator is checked on nothing, anyone else on their schools'. */
export const sectorsChecked = (coordinator: boolean, schools: ReadonlyMap<string, School>): Sector[] | undefined =>
  coordinator ? undefined : [...schools.values()].map((s) => s.sector);

export const respond = async (
  deps: Deps,
  person: Person,
  request: Omit<RsvpRequest, 'personId'>,
): Promise<Result<RsvpOutcome>> => {
  // Read together: on SharePoint, reads of the same tick go out as one $batch.
  const coordinator = isCoordinator(deps, person);
  const [meeting, schools] = await Promise.all([
    deps.stores.meetings.get(request.meetingId),
    coordinator ? new Map<string, School>() : schoolsById(deps, person),
  ]);
  if (!meeting) return fail('RSVP.UNKNOWN_MEETING');
  const invited = coordinator || isInvited(person, meeting.audience, schools);
  if (!invited) return fail('RSVP.NOT_INVITED');
  const now = deps.clock();
  const personSectors = sectorsChecked(coordinator, schools);
  const full: RsvpRequest = { ...request, personId: person.id, ...(personSectors ? { personSectors } : {}) };
  // Only the person's slice is read (own records, counts, the front of the waitlist): a click costs
  // the same with 10 or 1,000 answers.
  const decided = await deps.stores.rsvps.transactFor(meeting.id, sliceScope(meeting, person.id), (slice) =>
    decideRsvpOn(meeting, slice, full, now, deps.newId),
  );
  if (!decided.ok) return decided;
  await queuePromotions(deps, meeting, decided.value.promoted, now);
  return ok({ meeting, unchanged: decided.value.unchanged, promoted: decided.value.promoted, slice: decided.value.after });
};

/** Recorded in the outbox before anything is sent: the sender tells each promoted person. */
export const queuePromotions = async (deps: Deps, meeting: Meeting, promoted: readonly Promotion[], now: Date) => {
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
