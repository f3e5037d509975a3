/**
 * Who may take a place in a session meant for some sectors ("Regio Noord — (speciaal) voortgezet
 * onderwijs"): people whose school is in one of those sectors, and anyone the organiser made an
 * exception for (`Meeting.sectorExceptions`).
 */
import type { Id } from './ids.js';
import type { Meeting, Session } from './meeting.js';
import type { Sector } from './people.js';
import { fail, ok, type Result } from './result.js';
import type { RsvpResponse } from './rsvp-types.js';

export interface SectorCheck {
  readonly personId: Id;
  /** Sectors of the person's schools; absent = unknown (a coördinator, someone from outside): not checked. */
  readonly personSectors?: readonly Sector[];
  readonly sessionId: Id | null;
  readonly response: RsvpResponse;
}

/** Whether the session takes this person: no sectors = everyone; an exception always does. */
export const sessionAdmits = (meeting: Pick<Meeting, 'sectorExceptions'>, session: Pick<Session, 'sectors'>, personId: Id, personSectors: readonly Sector[] | undefined): boolean =>
  session.sectors.length === 0 ||
  personSectors === undefined ||
  personSectors.length === 0 ||
  personSectors.some((s) => session.sectors.includes(s)) ||
  (meeting.sectorExceptions ?? []).includes(personId);

/**
 * Registering ("aanmelden", "misschien") for a session outside the person's sectors is refused with
 * the session's sectors in the message; declining is always possible.
 */
export const checkSessionSector = (meeting: Meeting, check: SectorCheck): Result<true> => {
  if (check.response === 'decline' || check.sessionId === null) return ok(true);
  const session = meeting.sessions.find((s) => s.id === check.sessionId);
  if (!session || sessionAdmits(meeting, session, check.personId, check.personSectors)) return ok(true);
  return fail('RSVP.SECTOR_MISMATCH', { sectors: session.sectors.join(', ') });
};

/** The meeting with one more exception (unchanged when the person already had one). */
export const withSectorException = (meeting: Meeting, personId: Id): Meeting =>
  (meeting.sectorExceptions ?? []).includes(personId) ? meeting : { ...meeting, sectorExceptions: [...(meeting.sectorExceptions ?? []), personId] };
