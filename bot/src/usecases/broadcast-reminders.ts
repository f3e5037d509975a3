/**
 * Deadline reminders for announcements (to who has not acknowledged) and surveys (to who has not
 * answered). Each plan step has one outbox key per person, so a step reaches a person once, however
 * often this runs and on however many instances.
 */
import { DEFAULT_HOLIDAY_CALENDARS, dueDeadlineReminders, nextSendableMoment, pendingAcknowledgers, type Id, type Survey } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import type { NewOutboxItem } from '../store/ports.js';
import { answerState, surveyRecipients } from './surveys.js';

/**
 * Queued to go out at the next moment outside quiet hours (evenings, weekends, school holidays), as meeting
 * reminders are: a step that falls on a Saturday, or is caught up at night after downtime, waits for a school day.
 */
const enqueue = (deps: Deps, kind: 'announcement' | 'survey', stepKey: string, subjectId: Id, personIds: readonly Id[]): Promise<number> => {
  const notBefore = nextSendableMoment(deps.clock(), deps.config.sendWindow, DEFAULT_HOLIDAY_CALENDARS).toISOString();
  return deps.stores.outbox.enqueue(
    personIds.map((personId): NewOutboxItem => {
      const key = `reminder:${stepKey}:${personId}`;
      return kind === 'announcement'
        ? { key, kind, personId, announcementId: subjectId, payload: { sharedBy: null, reminder: true }, notBefore }
        : { key, kind, personId, surveyId: subjectId, payload: { reminder: true }, notBefore };
    }),
  );
};

const announcementReminders = async (deps: Deps): Promise<number> => {
  const now = deps.clock();
  let queued = 0;
  for (const a of await allPages((p) => deps.stores.announcements.list(p))) {
    for (const step of dueDeadlineReminders('announcement', a, now)) {
      const [recipients, acks] = await Promise.all([deps.stores.announcements.recipients(a.id), deps.stores.announcements.acknowledgements(a.id)]);
      queued += await enqueue(deps, 'announcement', step.key, a.id, pendingAcknowledgers(recipients, acks));
    }
  }
  return queued;
};

/** Who has not answered yet (for a per-school survey: whose school has not answered). */
const surveyPending = async (deps: Deps, survey: Survey): Promise<Id[]> => {
  const ids = new Set(await surveyRecipients(deps, survey));
  const people = await deps.stores.people.byIds([...ids]);
  const pending: Id[] = [];
  for (const person of people) {
    const state = await answerState(deps, survey, person);
    if (!state.mine && !state.school && !state.answered) pending.push(person.id);
  }
  return pending;
};

const surveyReminders = async (deps: Deps): Promise<number> => {
  const now = deps.clock();
  let queued = 0;
  for (const s of await allPages((p) => deps.stores.surveys.list(p))) {
    const steps = dueDeadlineReminders('survey', s, now);
    if (steps.length === 0) continue;
    const pending = await surveyPending(deps, s);
    for (const step of steps) queued += await enqueue(deps, 'survey', step.key, s.id, pending);
  }
  return queued;
};

/** Queues every announcement and survey reminder due now; returns how many messages were added. */
export const runDueBroadcastReminders = async (deps: Deps): Promise<number> =>
  (await announcementReminders(deps)) + (await surveyReminders(deps));
