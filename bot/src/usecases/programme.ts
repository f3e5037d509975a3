/**
 * The programme from the knelpunten: a draft from the answers (pure: shared/domain/programme.ts), edited
 * by the organiser, then scheduled as a message to everyone booked, at 09:00 Amsterdam on the chosen day
 * (or the next moment outside quiet hours). The outbox is persistent, so a scheduled programme survives
 * restarts; the worker sends it once `notBefore` has passed.
 */
import {
  DEFAULT_HOLIDAY_CALENDARS,
  fail,
  ok,
  isProgrammeDay,
  programmeDays,
  programmeMoment,
  programmeSections,
  programmeText,
  suggestedProgrammeDay,
  type Id,
  type Locale,
  type Meeting,
  type Person,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxItem } from '../store/ports.js';
import { authorizeMeeting } from './policy.js';

const loadMeeting = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<Meeting>> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const allowed = authorizeMeeting(deps, actor, 'meeting.programme', meeting);
  return allowed.ok ? ok(meeting) : allowed;
};

export interface ProgrammeDraft {
  readonly meeting: Meeting;
  readonly text: string;
  /** Suggested day: a week before the first session, not before today. */
  readonly suggestedDay: string;
  readonly days: { readonly first: string; readonly last: string };
  /**
   * A programme scheduled earlier that has not gone out yet (the soonest moment, and to how many people):
   * scheduling again sends a second message, so the card says so.
   */
  readonly alreadyScheduled: { readonly notBefore: string; readonly recipients: number } | null;
}

/** Every scheduling of a meeting's programme has keys `programme:<meeting>:<scheduling>:<person>`. */
const programmeKeyPrefix = (meetingId: Id): string => `programme:${meetingId}:`;

/** The meeting's programme messages still to go out: pending, or being sent right now (`sending`). */
const waitingProgramme = async (deps: Deps, meetingId: Id): Promise<OutboxItem[]> =>
  (await deps.stores.outbox.forSubject(meetingId)).filter(
    (item) => item.kind === 'update' && item.key.startsWith(programmeKeyPrefix(meetingId)) && (item.status === 'pending' || item.status === 'sending'),
  );

/** How many different people the messages go to (someone in two schedulings counts once). */
const peopleIn = (items: readonly OutboxItem[]): number => new Set(items.map((item) => item.personId)).size;

const pendingProgramme = async (deps: Deps, meetingId: Id): Promise<ProgrammeDraft['alreadyScheduled']> => {
  const waiting = await waitingProgramme(deps, meetingId);
  if (waiting.length === 0) return null;
  const notBefore = waiting.map((item) => item.notBefore).sort()[0]!;
  return { notBefore, recipients: peopleIn(waiting) };
};

export const programmeDraft = async (deps: Deps, actor: Person, meetingId: Id, locale: Locale): Promise<Result<ProgrammeDraft>> => {
  const loaded = await loadMeeting(deps, actor, meetingId);
  if (!loaded.ok) return loaded;
  const meeting = loaded.value;
  const [rsvps, alreadyScheduled] = await Promise.all([deps.stores.rsvps.forMeeting(meeting.id), pendingProgramme(deps, meeting.id)]);
  const now = deps.clock();
  return ok({
    meeting,
    text: programmeText(meeting.title, programmeSections(meeting, rsvps), locale),
    suggestedDay: suggestedProgrammeDay(meeting, now),
    days: programmeDays(meeting, now),
    alreadyScheduled,
  });
};

/** Queues the programme for everyone booked for a session of the meeting, to go out on `day`. */
export const scheduleProgramme = async (
  deps: Deps,
  actor: Person,
  meetingId: Id,
  message: string,
  day: string,
): Promise<Result<{ queued: number; notBefore: string }>> => {
  const loaded = await loadMeeting(deps, actor, meetingId);
  if (!loaded.ok) return loaded;
  const meeting = loaded.value;
  const now = deps.clock();
  if (!isProgrammeDay(meeting, day, now)) return fail('PROGRAMME.DATE_INVALID');
  const notBefore = programmeMoment(day, now, deps.config.sendWindow, DEFAULT_HOLIDAY_CALENDARS).toISOString();
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const targets = [...new Set(rsvps.filter((r) => r.status === 'booked').map((r) => r.personId))];
  // Its own broadcast: a new key per scheduling, one item per person.
  const prefix = `${programmeKeyPrefix(meeting.id)}${deps.newId()}`;
  const queued = await deps.stores.outbox.enqueue(
    targets.map((personId) => ({ kind: 'update' as const, payload: { message }, key: `${prefix}:${personId}`, personId, meetingId: meeting.id, notBefore })),
  );
  return ok({ queued, notBefore });
};

/**
 * Withdraws every scheduled programme of the meeting that has not gone out: its pending messages are closed
 * with the code `cancelled` (never sent; the delivery report leaves them out). A message the worker is
 * sending at this moment (`sending`) can no longer be stopped and is counted apart.
 */
export const cancelProgramme = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<{ cancelled: number; inFlight: number }>> => {
  const loaded = await loadMeeting(deps, actor, meetingId);
  if (!loaded.ok) return loaded;
  const waiting = await waitingProgramme(deps, meetingId);
  const now = deps.clock();
  const pending = waiting.filter((item) => item.status === 'pending');
  for (const item of pending) await deps.stores.outbox.markFailed(item.key, 'cancelled', null, now);
  return ok({ cancelled: peopleIn(pending), inFlight: peopleIn(waiting.filter((item) => item.status === 'sending')) });
};
