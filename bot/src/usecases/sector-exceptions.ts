/**
 * The organiser lets one person register for sessions outside their own sector ("uitzondering"):
 * `Meeting.sectorExceptions` holds their id, and the RSVP rule (domain/session-sectors.ts) lets them in.
 */
import { fail, ok, withSectorException, type Id, type Meeting, type Person, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { authorize } from './policy.js';

export interface ExceptionOutcome {
  readonly meeting: Meeting;
  readonly person: Person;
  /** False when the person already had an exception for this meeting. */
  readonly added: boolean;
}

/**
 * Finds the person by e-mail address (case-insensitive). The directory has no e-mail index: this
 * reads it page by page, which is fine for an organiser's occasional command.
 */
const personByEmail = async (deps: Deps, email: string): Promise<Person | null> => {
  const wanted = email.trim().toLowerCase();
  const people = await allPages((p) => deps.stores.people.list(p));
  return people.find((p) => p.email.trim().toLowerCase() === wanted) ?? null;
};

export const addSectorException = async (deps: Deps, actor: Person, meetingId: Id, email: string): Promise<Result<ExceptionOutcome>> => {
  const allowed = authorize(deps, actor, 'meeting.exception');
  if (!allowed.ok) return allowed;
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const person = await personByEmail(deps, email);
  if (!person) return fail('PERSON.NOT_FOUND');
  const updated = withSectorException(meeting, person.id);
  if (updated === meeting) return ok({ meeting, person, added: false });
  const { version, ...rest } = updated;
  const saved = await deps.stores.meetings.upsert({ ...rest, expectedVersion: version });
  return saved.ok ? ok({ meeting: saved.value, person, added: true }) : saved;
};
