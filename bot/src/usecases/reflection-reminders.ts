/**
 * Reminders of the reflection deadline (#16), through the bot. At each reminder moment, everyone who
 * keeps the reflection (REFLECTION_REMINDER_ROLES) at a school whose reflection is not afgerond gets
 * one card per school. The outbox key holds school year, deadline date, plan step, school and person:
 * a second run (or another instance, or a restart) adds nothing, and a changed date plans anew.
 * Rendered at send time: a reminder whose deadline changed or passed, or whose school finished in the
 * meantime, is not sent.
 */
import {
  DEFAULT_HOLIDAY_CALENDARS,
  dueReflectionReminders,
  isResponsibleForReflection,
  nextSendableMoment,
  reflectionDeadlinePassed,
  reflectionReminderCard,
  type AdaptiveCard,
  type Id,
  type Person,
  type ReflectionDeadline,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import type { NewOutboxItem, OutboxMessage } from '../store/ports.js';
import { frameworkFor } from './framework.js';
import { listAll } from './school-access.js';

interface Target {
  readonly schoolId: Id;
  readonly personId: Id;
}

/** Who is reminded for a year: the responsible people of every school whose reflection is not afgerond. */
const targetsOf = async (deps: Deps, schoolYear: string): Promise<Target[]> => {
  const [schools, statuses] = await Promise.all([listAll((p) => deps.stores.schools.list(p)), deps.stores.reflections.statuses(schoolYear)]);
  const finished = new Set(statuses.filter((s) => s.status === 'afgerond').map((s) => s.schoolId));
  const open = new Set(schools.map((s) => s.id).filter((id) => !finished.has(id)));
  if (open.size === 0) return [];
  const people = await deps.stores.people.atSchools([...open]);
  return people
    .filter(isResponsibleForReflection)
    .flatMap((p) => p.schoolIds.filter((id) => open.has(id)).map((schoolId) => ({ schoolId, personId: p.id })));
};

const queueStep = (deps: Deps, deadline: ReflectionDeadline & { date: string }, stepKey: string, targets: readonly Target[], notBefore: string) =>
  deps.stores.outbox.enqueue(
    targets.map(
      ({ schoolId, personId }): NewOutboxItem => ({
        key: `reminder:${stepKey}:${schoolId}:${personId}`,
        kind: 'reflection-reminder',
        personId,
        schoolYear: deadline.schoolYear,
        payload: { schoolId, date: deadline.date },
        notBefore,
      }),
    ),
  );

/** Queues every reflection reminder due now; returns how many messages were added to the outbox. */
export const runDueReflectionReminders = async (deps: Deps): Promise<number> => {
  const now = deps.clock();
  let queued = 0;
  for (const deadline of await deps.stores.reflectionDeadlines.list()) {
    const { date } = deadline;
    const steps = dueReflectionReminders(deadline, now);
    if (date === null || steps.length === 0) continue;
    const targets = await targetsOf(deps, deadline.schoolYear);
    // Like meeting reminders: a weekday daytime outside the school holidays.
    const notBefore = nextSendableMoment(now, deps.config.sendWindow, DEFAULT_HOLIDAY_CALENDARS).toISOString();
    for (const step of steps) queued += await queueStep(deps, { ...deadline, date }, step.key, targets, notBefore);
  }
  return queued;
};

type ReflectionReminder = Extract<OutboxMessage, { kind: 'reflection-reminder' }>;

/** The card for one reminder as things stand now; null (nothing to send) once it no longer applies. */
export const renderReflectionReminder = async (deps: Deps, message: ReflectionReminder, person: Person): Promise<AdaptiveCard | null> => {
  const { schoolYear, payload } = message;
  const { schoolId, date } = payload;
  const [deadline, school, statuses, progress] = await Promise.all([
    deps.stores.reflectionDeadlines.get(schoolYear),
    deps.stores.schools.get(schoolId),
    deps.stores.reflections.statuses(schoolYear),
    deps.stores.reflectionDeadlines.progress(schoolYear),
  ]);
  if (deadline?.date !== date || reflectionDeadlinePassed(date, deps.clock())) return null;
  if (!school || !person.schoolIds.includes(schoolId)) return null;
  const status = statuses.find((s) => s.schoolId === schoolId)?.status;
  if (status === 'afgerond') return null;
  const counted = progress.find((p) => p.schoolId === schoolId);
  // Not started: nothing answered of this year's framework. Started before counts were kept: unknown.
  const notStarted = status === undefined ? { answered: 0, total: (await frameworkFor(deps, schoolYear)).items.length } : null;
  return reflectionReminderCard({
    schoolName: school.name,
    schoolYear,
    date,
    progress: counted ? { answered: counted.answered, total: counted.total } : notStarted,
    url: `${deps.config.publicUrl}/#/school/${encodeURIComponent(schoolId)}/reflectie`,
    locale: person.locale,
  });
};
