/**
 * Attendance: after a session the organiser marks who of the booked people was there. Stored on the
 * RSVP (`attended`: true/false; absent = not taken). Pure: the use case runs `markAttendance` inside
 * `RsvpStore.transact`.
 */
import type { Id } from './ids.js';
import type { Person } from './people.js';
import { fail, ok, type Result } from './result.js';
import type { Rsvp } from './rsvp-types.js';

/** Whether the organiser took attendance for a meeting (or one of its sessions). */
export const attendanceTaken = (rsvps: readonly Rsvp[], sessionId?: Id): boolean =>
  rsvps.some((r) => r.attended !== undefined && (sessionId === undefined || r.sessionId === sessionId));

/** "aanwezig n van m" for one session: null until attendance is taken. */
export const attendanceCount = (rsvps: readonly Rsvp[], sessionId: Id): { present: number; of: number } | null => {
  if (!attendanceTaken(rsvps, sessionId)) return null;
  const booked = rsvps.filter((r) => r.sessionId === sessionId && r.status === 'booked');
  return { present: booked.filter((r) => r.attended === true).length, of: booked.length };
};

/**
 * The writes that record attendance for one session: every booked person gets `attended` — true when
 * in `presentIds`, false otherwise. A present id that is not booked for the session is refused
 * (ATTENDANCE.NOT_BOOKED), so a stale card cannot mark a stranger. Unchanged RSVPs are not rewritten.
 */
export const markAttendance = (
  current: readonly Rsvp[],
  sessionId: Id,
  presentIds: readonly Id[],
): Result<{ writes: Rsvp[]; present: number; of: number }> => {
  const booked = current.filter((r) => r.sessionId === sessionId && r.status === 'booked');
  const bookedIds = new Set(booked.map((r) => r.personId));
  if (presentIds.some((id) => !bookedIds.has(id))) return fail('ATTENDANCE.NOT_BOOKED');
  const present = new Set(presentIds);
  const writes = booked.filter((r) => r.attended !== present.has(r.personId)).map((r) => ({ ...r, attended: present.has(r.personId) }));
  return ok({ writes, present: present.size, of: booked.length });
};

/**
 * Who was at a meeting: booked for one of its sessions, or — once attendance is taken for a session —
 * marked present there. Sessions without attendance count their booked people.
 */
export const presentPersonIds = (rsvps: readonly Rsvp[]): Set<Id> => {
  const taken = new Set(rsvps.filter((r) => r.attended !== undefined).map((r) => r.sessionId));
  return new Set(
    rsvps.filter((r) => r.status === 'booked' && (taken.has(r.sessionId) ? r.attended === true : true)).map((r) => r.personId),
  );
};

/** Schools with at least one person who was there (people unknown to `people` count for no school). */
export const presentSchoolIds = (rsvps: readonly Rsvp[], people: readonly Pick<Person, 'id' | 'schoolIds'>[]): Set<Id> => {
  const present = presentPersonIds(rsvps);
  return new Set(people.filter((p) => present.has(p.id)).flatMap((p) => p.schoolIds));
};
