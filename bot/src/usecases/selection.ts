/**
 * 'aanvraag' mode for the organiser: the selection proposal (pure rule in shared/src/domain/selection.ts),
 * and its confirmation: statuses written in one RSVP transaction, one outcome message per applicant
 * queued for the outcome day, then `selectionConfirmedAt` set. Nothing is sent before confirmation;
 * a second confirmation changes nothing. Every step can be repeated after a crash: the RSVP step only
 * touches applications, the outbox keys are per meeting, session and person.
 */
import {
  OUTCOME_OF_STATUS,
  applyChoice,
  fail,
  findSession,
  formatDateTime,
  ok,
  outcomeNotBefore,
  proposeSelection,
  registrationModeOf,
  selectionDue,
  type ApplicantProfile,
  type Id,
  type Meeting,
  type Person,
  type Result,
  type Rsvp,
  type School,
  type SelectionChoice,
  type SessionProposal,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import type { NewOutboxItem } from '../store/ports.js';
import { authorizeMeeting } from './policy.js';

export interface SelectionView {
  readonly meeting: Meeting;
  /** Per session: the proposal (before confirmation) over the open applications. */
  readonly proposals: readonly SessionProposal[];
  /** Display names of the applicants by person id (staff names; nothing else about them). */
  readonly names: ReadonlyMap<Id, string>;
  /** All RSVPs of the meeting: after confirmation the outcome per person. */
  readonly rsvps: readonly Rsvp[];
  readonly confirmedAt: string | null;
}

export interface ConfirmResult {
  readonly meeting: Meeting;
  /** Outcome messages added to the outbox by this call (0 when it was confirmed already). */
  readonly queued: number;
  readonly alreadyConfirmed: boolean;
}


/** The meeting, if this person may select for it and it takes applications. */
const selectable = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<Meeting>> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const allowed = authorizeMeeting(deps, actor, 'meeting.select', meeting);
  if (!allowed.ok) return allowed;
  if (registrationModeOf(meeting) !== 'aanvraag') return fail('SELECTION.NOT_AANVRAAG');
  if (meeting.status === 'geannuleerd') return fail('RSVP.MEETING_CANCELLED');
  if (meeting.status !== 'verstuurd') return fail('MEETING.NOT_FOUND');
  return ok(meeting);
};

/** Roles and school sectors of the applicants: all the rule may know of them. */
const profilesOf = async (deps: Deps, personIds: readonly Id[]): Promise<{ profiles: Map<Id, ApplicantProfile>; names: Map<Id, string> }> => {
  const people = await deps.stores.people.byIds([...new Set(personIds)]);
  const schoolIds = [...new Set(people.flatMap((p) => p.schoolIds))];
  const schools = (await Promise.all(schoolIds.map((id) => deps.stores.schools.get(id)))).filter((s): s is School => s !== null);
  const sectorOf = new Map(schools.map((s) => [s.id, s.sector]));
  const profiles = new Map<Id, ApplicantProfile>();
  const names = new Map<Id, string>();
  for (const p of people) {
    const sectors = [...new Set(p.schoolIds.map((id) => sectorOf.get(id)).filter((s) => s !== undefined))];
    profiles.set(p.id, { roles: p.roles, sectors });
    names.set(p.id, p.name);
  }
  return { profiles, names };
};

/** The proposal as the organiser sees it: per session proposed, reserve and out-of-sector applicants. */
export const selectionFor = async (deps: Deps, actor: Person, meetingId: Id): Promise<Result<SelectionView>> => {
  const found = await selectable(deps, actor, meetingId);
  if (!found.ok) return found;
  const meeting = found.value;
  const rsvps = await deps.stores.rsvps.forMeeting(meeting.id);
  const { profiles, names } = await profilesOf(
    deps,
    rsvps.filter((r) => r.status === 'applied' || OUTCOME_OF_STATUS[r.status] !== undefined).map((r) => r.personId),
  );
  return ok({ meeting, proposals: proposeSelection(meeting, rsvps, profiles), names, rsvps, confirmedAt: meeting.selectionConfirmedAt ?? null });
};

/** One outcome message per applicant of the confirmed selection, for the outcome day at 09:00. */
const outcomeItems = (meeting: Meeting, rsvps: readonly Rsvp[], now: Date): NewOutboxItem[] =>
  rsvps.flatMap((r) => {
    const outcome = OUTCOME_OF_STATUS[r.status];
    const session = findSession(meeting, r.sessionId);
    if (!outcome || !session || new Date(session.startsAt) <= now) return [];
    return [
      {
        key: `outcome:${meeting.id}:${r.sessionId}:${r.personId}`,
        kind: 'outcome' as const,
        personId: r.personId,
        meetingId: meeting.id,
        payload: { sessionId: r.sessionId, outcome },
        notBefore: outcomeNotBefore(meeting, session, now),
      },
    ];
  });

/**
 * Confirms the organiser's choice. Refused while applications are still open (before the deadline).
 * `choices` names per session who gets a place and the reserve in order; every other application of
 * that session is not selected. Ids that are no application of the session are ignored.
 */
export const confirmSelection = async (
  deps: Deps,
  actor: Person,
  meetingId: Id,
  choices: readonly SelectionChoice[],
): Promise<Result<ConfirmResult>> => {
  const found = await selectable(deps, actor, meetingId);
  if (!found.ok) return found;
  const meeting = found.value;
  if (meeting.selectionConfirmedAt) return ok({ meeting, queued: 0, alreadyConfirmed: true });
  const now = deps.clock();
  if (meeting.registrationDeadline !== null && now <= new Date(meeting.registrationDeadline))
    return fail('SELECTION.STILL_OPEN', { date: formatDateTime(meeting.registrationDeadline, actor.locale) });
  let after: readonly Rsvp[] = [];
  const written = await deps.stores.rsvps.transact(meeting.id, (current) => {
    const writes = applyChoice(meeting, current, choices, now).map((w) => w.rsvp);
    const byId = new Map(current.map((r) => [r.id, r]));
    for (const w of writes) byId.set(w.id, w);
    after = [...byId.values()];
    return ok({ writes });
  });
  if (!written.ok) return written;
  const queued = await deps.stores.outbox.enqueue(outcomeItems(meeting, after, now));
  const saved = await deps.stores.meetings.upsert({ ...meeting, selectionConfirmedAt: now.toISOString(), expectedVersion: meeting.version });
  if (!saved.ok) return saved;
  deps.logger.info({ meetingId: meeting.id, queued }, 'selection confirmed');
  return ok({ meeting: saved.value, queued, alreadyConfirmed: false });
};

/**
 * Tells each organiser once that applications closed and a proposal waits (one outbox key per
 * meeting). Run by the reminder scheduler; returns how many notices it queued.
 */
export const queueSelectionNotices = async (deps: Deps): Promise<number> => {
  const now = deps.clock();
  const meetings = await allPages((p) => deps.stores.meetings.list(p));
  const due = meetings.filter((m) => selectionDue(m, now) && m.sessions.some((s) => new Date(s.startsAt) > now));
  if (due.length === 0) return 0;
  return deps.stores.outbox.enqueue(
    due.map((m) => ({
      key: `selection:${m.id}`,
      kind: 'selection' as const,
      personId: m.organiserId,
      meetingId: m.id,
      payload: {},
      notBefore: now.toISOString(),
    })),
  );
};
