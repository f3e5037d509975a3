import { DateTime } from 'luxon';
import type { Id } from './ids.js';
import type { Meeting } from './meeting.js';

/** Reminders go out at this local hour on the day they are planned. */
export const REMINDER_HOUR = 9;
const ZONE = 'Europe/Amsterdam';

export interface ReminderDue {
  /** Stable per meeting and plan step: the outbox key prefix, so a step is sent once per person. */
  readonly key: string;
  readonly audience: 'non-responders' | 'attendees';
  readonly sessionId: Id | null;
  /** ISO moment from which this reminder may go out. */
  readonly dueAt: string;
}

const daysBefore = (iso: string, days: number): string =>
  DateTime.fromISO(iso, { zone: ZONE })
    .minus({ days })
    .set({ hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toISO() as string;

/** Every reminder a meeting's plan asks for, sent or not. */
export const plannedReminders = (meeting: Meeting): ReminderDue[] => {
  const plan = meeting.reminderPlan;
  const deadline = meeting.registrationDeadline;
  const toNonResponders = deadline
    ? plan.nonRespondersDaysBeforeDeadline.map((d) => ({
        key: `${meeting.id}:deadline-${d}`,
        audience: 'non-responders' as const,
        sessionId: null,
        dueAt: daysBefore(deadline, d),
      }))
    : [];
  const toAttendees = meeting.sessions.flatMap((s) =>
    plan.attendeesDaysBefore.map((d) => ({
      key: `${meeting.id}:${s.id}:before-${d}`,
      audience: 'attendees' as const,
      sessionId: s.id,
      dueAt: daysBefore(s.startsAt, d),
    })),
  );
  return [...toNonResponders, ...toAttendees];
};

/**
 * Reminders that are due at `now`: planned moment reached, not more than `graceHours` ago (a server
 * that was down for days does not send stale reminders), for a sent meeting whose event is still ahead.
 */
export const dueReminders = (meeting: Meeting, now: Date, graceHours = 24): ReminderDue[] => {
  if (meeting.status !== 'verstuurd') return [];
  const earliest = now.getTime() - graceHours * 3_600_000;
  return plannedReminders(meeting).filter((r) => {
    const due = new Date(r.dueAt).getTime();
    if (due > now.getTime() || due < earliest) return false;
    if (r.audience === 'non-responders') return meeting.registrationDeadline !== null && now < new Date(meeting.registrationDeadline);
    const session = meeting.sessions.find((s) => s.id === r.sessionId);
    return session !== undefined && now < new Date(session.startsAt);
  });
};
