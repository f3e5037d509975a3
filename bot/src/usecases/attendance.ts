/**
 * Attendance after a session: who of the booked people was there. The organiser of the meeting or a
 * coördinator takes it; it is stored on the RSVPs (`attended`) inside `RsvpStore.transact`.
 */
import { attendanceCount, fail, markAttendance, ok, type Id, type Meeting, type Person, type Result, type Session } from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorizeMeeting } from './policy.js';

export interface AttendanceRow {
  readonly personId: Id;
  readonly name: string;
  /** Absent = not taken yet. */
  readonly attended?: boolean;
}

export interface AttendanceSession {
  readonly session: Session;
  /** Attendance can be taken once the session has started. */
  readonly started: boolean;
  readonly people: readonly AttendanceRow[];
  /** null until taken. */
  readonly count: { readonly present: number; readonly of: number } | null;
}

export interface AttendanceSheet {
  readonly meeting: Meeting;
  readonly sessions: readonly AttendanceSession[];
}

const loadMeeting = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<Meeting>> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const allowed = authorizeMeeting(deps, actor, 'meeting.attendance', meeting);
  return allowed.ok ? ok(meeting) : allowed;
};

/** Per session: the booked people (by name, sorted) with what was marked so far. */
export const attendanceSheet = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<AttendanceSheet>> => {
  const loaded = await loadMeeting(deps, actor, meetingId);
  if (!loaded.ok) return loaded;
  const meeting = loaded.value;
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const booked = rsvps.filter((r) => r.status === 'booked');
  const people = new Map((await deps.stores.people.byIds([...new Set(booked.map((r) => r.personId))])).map((p) => [p.id, p]));
  const now = deps.clock().getTime();
  return ok({
    meeting,
    sessions: meeting.sessions.map((session) => ({
      session,
      started: Date.parse(session.startsAt) <= now,
      count: attendanceCount(rsvps, session.id),
      people: booked
        .filter((r) => r.sessionId === session.id)
        .map((r) => ({ personId: r.personId, name: people.get(r.personId)?.name ?? r.personId, ...(r.attended === undefined ? {} : { attended: r.attended }) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    })),
  });
};

/** Marks `presentIds` present and every other booked person of the session absent. */
export const recordAttendance = async (
  deps: Deps,
  actor: Person,
  meetingId: Id,
  sessionId: Id,
  presentIds: readonly Id[],
): Promise<Result<{ present: number; of: number }>> => {
  const loaded = await loadMeeting(deps, actor, meetingId);
  if (!loaded.ok) return loaded;
  const session = loaded.value.sessions.find((s) => s.id === sessionId);
  if (!session) return fail('RSVP.UNKNOWN_SESSION');
  if (Date.parse(session.startsAt) > deps.clock().getTime()) return fail('ATTENDANCE.NOT_STARTED');
  const done = await deps.stores.rsvps.transact(meetingId, (current) => markAttendance(current, sessionId, [...new Set(presentIds)]));
  return done.ok ? ok({ present: done.value.present, of: done.value.of }) : done;
};
