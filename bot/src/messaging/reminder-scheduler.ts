/**
 * Fires the reminders of every sent meeting's plan when they fall due. Safe to run often and on
 * several instances: each (plan step, person) has one outbox key, so a reminder is queued once.
 */
import { dueReminders, nonResponders, type Meeting, type ReminderDue } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { audienceOf, queueMessages } from '../usecases/invitations.js';
import { runDueBroadcastReminders } from '../usecases/broadcast-reminders.js';
import { queueSelectionNotices } from '../usecases/selection.js';
import { runDueReflectionReminders } from '../usecases/reflection-reminders.js';
import { alwaysHeld, type Lease } from '../store/lease.js';

const targetsOf = async (deps: Deps, meeting: Meeting, due: ReminderDue): Promise<string[]> => {
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  if (due.audience === 'attendees') {
    return rsvps.filter((r) => r.sessionId === due.sessionId && r.status === 'booked').map((r) => r.personId);
  }
  return nonResponders(await audienceOf(deps, meeting), rsvps);
};

/** Queues every reminder due now; returns how many messages were added to the outbox. */
export const runDueReminders = async (deps: Deps): Promise<number> => {
  const now = deps.clock();
  const meetings = await allPages((p) => deps.stores.meetings.list(p));
  let queued = 0;
  for (const meeting of meetings) {
    for (const due of dueReminders(meeting, now)) {
      const targets = await targetsOf(deps, meeting, due);
      queued += await queueMessages(
        deps,
        { kind: 'reminder', payload: { audience: due.audience, sessionId: due.sessionId } },
        `reminder:${due.key}`,
        meeting,
        targets,
      );
    }
  }
  return queued;
};

/** Checks the reminder plans every minute; with several instances only the lease holder fires. */
export const startReminderScheduler = (deps: Deps, lease: Lease = alwaysHeld, intervalMs = 60_000): (() => void) => {
  const tick = () =>
    lease
      .runIfHeld(() => Promise.all([runDueReminders(deps), runDueBroadcastReminders(deps), queueSelectionNotices(deps), runDueReflectionReminders(deps)]))
      .catch((err: unknown) => deps.logger.error({ err }, 'reminder run failed'));
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
};
