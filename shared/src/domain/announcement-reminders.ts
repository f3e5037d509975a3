/**
 * Deadline reminders for announcements and surveys: the same quiet hour and once-only rule as
 * meeting reminders. Each plan step has a stable key; the outbox key `${step}:${person}` makes a
 * second queueing of the same step for the same person impossible.
 */
import { DateTime } from 'luxon';
import type { Id } from './ids.js';
import { REMINDER_HOUR } from './reminders.js';
import { ZONE } from './school-year.js';

/** What a deadline reminder needs to know of an announcement or a survey. */
export interface DeadlineBroadcast {
  readonly id: Id;
  readonly status: 'concept' | 'verstuurd';
  readonly deadline: string | null;
  readonly reminderDaysBeforeDeadline: readonly number[];
}

/** What a deadline reminder is about: its outbox keys start with this. */
export type DeadlineReminderKind = 'announcement' | 'survey' | 'reflection';

export interface DeadlineReminderStep {
  /** Stable per broadcast and plan step, e.g. `announcement:a1:deadline-2`. */
  readonly key: string;
  readonly dueAt: string;
}

const reminderMoment = (deadline: string, days: number): string =>
  DateTime.fromISO(deadline, { zone: ZONE })
    .minus({ days })
    .set({ hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toISO() as string;

export const plannedDeadlineReminders = (kind: DeadlineReminderKind, b: DeadlineBroadcast): DeadlineReminderStep[] =>
  b.deadline === null
    ? []
    : [...new Set(b.reminderDaysBeforeDeadline)].map((d) => ({ key: `${kind}:${b.id}:deadline-${d}`, dueAt: reminderMoment(b.deadline as string, d) }));

/**
 * Steps due at `now`: moment reached, at most `graceHours` ago (no stale reminders after downtime),
 * for a sent broadcast whose deadline is still ahead.
 */
export const dueDeadlineReminders = (
  kind: DeadlineReminderKind,
  b: DeadlineBroadcast,
  now: Date,
  graceHours = 24,
): DeadlineReminderStep[] => {
  if (b.status !== 'verstuurd' || b.deadline === null || now >= new Date(b.deadline)) return [];
  const earliest = now.getTime() - graceHours * 3_600_000;
  return plannedDeadlineReminders(kind, b).filter((s) => {
    const due = new Date(s.dueAt).getTime();
    return due <= now.getTime() && due >= earliest;
  });
};
