/**
 * 'aanvraag' mode: who gets a place when there are more applications than seats, and when people
 * hear it. Pure: the use case (bot/src/usecases/selection.ts) reads, asks here, and writes.
 */
import { DateTime } from 'luxon';
import type { Id } from './ids.js';
import { DEFAULT_CONFIRM_DAYS_BEFORE, type Meeting, type Session } from './meeting.js';
import type { Role, Sector } from './people.js';
import type { Rsvp, RsvpStatus } from './rsvp-types.js';

const ZONE = 'Europe/Amsterdam';
/** Outcomes are sent from this local hour on their day. */
export const OUTCOME_HOUR = 9;

/** What the rule knows of an applicant: never more than roles and the sectors of their schools. */
export interface ApplicantProfile {
  readonly roles: readonly Role[];
  /** Sectors of the applicant's schools; empty = unknown (e.g. a parent or pupil without a school). */
  readonly sectors: readonly Sector[];
}

export interface Candidate {
  readonly rsvpId: Id;
  readonly personId: Id;
  /** The answer to the meeting's first choice question ("Ik ben: ouder / leerling / …"); null = none. */
  readonly group: string | null;
  /** The applicant's first role; null = unknown. */
  readonly role: Role | null;
  readonly appliedAt: string;
}

export interface SessionProposal {
  readonly sessionId: Id;
  readonly capacity: number | null;
  /** Proposed for a place, in the order the rule picked them. */
  readonly proposed: readonly Candidate[];
  /** Eligible but not proposed: the reserve list, first come first. */
  readonly reserve: readonly Candidate[];
  /** Outside the session's sectors (and not an exception): not proposed. */
  readonly ineligible: readonly Candidate[];
}

/** The meeting's first question with choices: the groups the selection balances over; null = none. */
export const groupQuestionOf = (meeting: Meeting) => (meeting.questions ?? []).find((q) => q.choices.length > 0) ?? null;

const byArrival = (a: Candidate, b: Candidate): number => {
  const diff = Date.parse(a.appliedAt) - Date.parse(b.appliedAt);
  if (diff !== 0) return diff;
  return a.rsvpId < b.rsvpId ? -1 : a.rsvpId > b.rsvpId ? 1 : 0;
};

/** An applicant may be proposed for a session when the session is for every sector, their sector is
 * unknown, one of their schools' sectors is among the session's, or the organiser made an exception. */
export const eligibleFor = (meeting: Meeting, session: Session, personId: Id, profile: ApplicantProfile | undefined): boolean => {
  if (session.sectors.length === 0) return true;
  if ((meeting.sectorExceptions ?? []).includes(personId)) return true;
  const sectors = profile?.sectors ?? [];
  return sectors.length === 0 || sectors.some((s) => session.sectors.includes(s));
};

/**
 * Picks from buckets (each in arrival order) the one with the fewest picks so far; on a tie the
 * bucket whose next applicant came first, then the bucket listed first.
 */
const pickBucket = <K>(buckets: Map<K, Candidate[]>, picked: Map<K, number>): { readonly key: K } | null => {
  let best: { readonly key: K } | null = null;
  for (const [key, queue] of buckets) {
    if (queue.length === 0) continue;
    if (best === null) {
      best = { key };
      continue;
    }
    const diff = (picked.get(key) ?? 0) - (picked.get(best.key) ?? 0);
    if (diff < 0 || (diff === 0 && byArrival(queue[0]!, buckets.get(best.key)![0]!) < 0)) best = { key };
  }
  return best;
};

const bucketsBy = <K>(candidates: readonly Candidate[], keys: readonly K[], keyOf: (c: Candidate) => K): Map<K, Candidate[]> => {
  const buckets = new Map<K, Candidate[]>(keys.map((k) => [k, []]));
  for (const c of [...candidates].sort(byArrival)) {
    const k = keyOf(c);
    if (!buckets.has(k)) buckets.set(k, []);
    buckets.get(k)!.push(c);
  }
  return buckets;
};

/**
 * The selection rule, per session, over its applications (status 'applied'):
 * 1. Applicants outside the session's sectors are not proposed (`eligibleFor`), unless the organiser
 *    listed them in `meeting.sectorExceptions`.
 * 2. Seats are filled one at a time. Each seat goes to the group (answer to the meeting's first
 *    choice question; no answer is a group of its own) with the fewest proposed so far; within that
 *    group to the role with the fewest proposed so far; within that role to the earliest application
 *    (`statusSince`, then id). Ties between groups or roles go to the one whose next applicant applied
 *    first, then to the group listed first in the question.
 * 3. A session without a limit proposes every eligible applicant. The eligible rest is the reserve,
 *    in order of application.
 */
export const proposeSelection = (
  meeting: Meeting,
  rsvps: readonly Rsvp[],
  profiles: ReadonlyMap<Id, ApplicantProfile>,
): SessionProposal[] => {
  const question = groupQuestionOf(meeting);
  const groupOf = (r: Rsvp): string | null => {
    const answer = question ? r.answers?.[question.id]?.trim() : undefined;
    return answer ? answer : null;
  };
  return meeting.sessions.map((session) => {
    const applied = rsvps
      .filter((r) => r.meetingId === meeting.id && r.sessionId === session.id && r.status === 'applied')
      .map((r): Candidate => ({
        rsvpId: r.id,
        personId: r.personId,
        group: groupOf(r),
        role: profiles.get(r.personId)?.roles[0] ?? null,
        appliedAt: r.statusSince,
      }))
      .sort(byArrival);
    const eligible = applied.filter((c) => eligibleFor(meeting, session, c.personId, profiles.get(c.personId)));
    const ineligible = applied.filter((c) => !eligible.includes(c));
    const seats = session.capacity === null ? eligible.length : Math.min(session.capacity, eligible.length);
    const groups = new Map(
      [...bucketsBy(eligible, [...(question?.choices ?? []), null], (c) => c.group)].map(([g, members]) => [g, bucketsBy(members, [], (c) => c.role)]),
    );
    const pickedPerGroup = new Map<string | null, number>();
    const pickedPerRole = new Map<string | null, Map<Role | null, number>>();
    const proposed: Candidate[] = [];
    const heads = (g: Map<Role | null, Candidate[]>) => [...g.values()].flat().sort(byArrival);
    while (proposed.length < seats) {
      const flat = new Map([...groups].map(([g, roles]) => [g, heads(roles)]));
      const pickedGroup = pickBucket(flat, pickedPerGroup);
      if (pickedGroup === null) break;
      const group = pickedGroup.key;
      const roles = groups.get(group)!;
      const rolePicked = pickedPerRole.get(group) ?? new Map<Role | null, number>();
      const role = pickBucket(roles, rolePicked)!.key;
      const next = roles.get(role)!.shift()!;
      proposed.push(next);
      pickedPerGroup.set(group, (pickedPerGroup.get(group) ?? 0) + 1);
      rolePicked.set(role, (rolePicked.get(role) ?? 0) + 1);
      pickedPerRole.set(group, rolePicked);
    }
    const reserve = eligible.filter((c) => !proposed.includes(c));
    return { sessionId: session.id, capacity: session.capacity, proposed, reserve, ineligible };
  });
};

export const confirmDaysOf = (meeting: Meeting): number => meeting.confirmDaysBefore ?? DEFAULT_CONFIRM_DAYS_BEFORE;

/** When people hear whether they can take part: the session's start minus `confirmDaysBefore` days, 09:00 Amsterdam (ISO with offset). */
export const outcomeMoment = (meeting: Meeting, session: Session): string =>
  DateTime.fromISO(session.startsAt, { zone: ZONE })
    .minus({ days: confirmDaysOf(meeting) })
    .set({ hour: OUTCOME_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toISO() as string;

/** From when an outcome may be sent: `outcomeMoment`, or `now` once that moment has passed. */
export const outcomeNotBefore = (meeting: Meeting, session: Session, now: Date): string => {
  const planned = new Date(outcomeMoment(meeting, session));
  return planned.getTime() > now.getTime() ? planned.toISOString() : now.toISOString();
};

/** True while the organiser should be choosing: 'aanvraag' mode, sent, deadline passed, not confirmed. */
export const selectionDue = (meeting: Meeting, now: Date): boolean =>
  (meeting.registrationMode ?? 'direct') === 'aanvraag' &&
  meeting.status === 'verstuurd' &&
  !meeting.selectionConfirmedAt &&
  meeting.registrationDeadline !== null &&
  now > new Date(meeting.registrationDeadline);

/** What the organiser decided for one session: places, the reserve in order; everyone else gets "helaas". */
export interface SelectionChoice {
  readonly sessionId: Id;
  readonly selected: readonly Id[];
  readonly reserve: readonly Id[];
}

export type SelectionOutcome = 'confirmed' | 'waitlisted' | 'not-selected';

/** What an RSVP's status means after the selection: the outcome its holder hears; absent = none to tell. */
export const OUTCOME_OF_STATUS: Readonly<Partial<Record<RsvpStatus, SelectionOutcome>>> = {
  booked: 'confirmed',
  waitlisted: 'waitlisted',
  'not-selected': 'not-selected',
};

export interface OutcomeWrite {
  readonly rsvp: Rsvp;
  readonly outcome: SelectionOutcome;
}

/**
 * Turns the organiser's choice into records: each application of a session becomes 'booked'
 * (selected), 'waitlisted' (reserve, in the given order: statusSince one millisecond apart) or
 * 'not-selected'. Person ids are matched against the session's applications; others are ignored.
 * A person named both selected and reserve is selected.
 */
export const applyChoice = (meeting: Meeting, rsvps: readonly Rsvp[], choices: readonly SelectionChoice[], now: Date): OutcomeWrite[] =>
  meeting.sessions.flatMap((session) => {
    const choice = choices.find((c) => c.sessionId === session.id);
    const selected = new Set(choice?.selected ?? []);
    const reserve = (choice?.reserve ?? []).filter((p) => !selected.has(p));
    return rsvps
      .filter((r) => r.meetingId === meeting.id && r.sessionId === session.id && r.status === 'applied')
      .map((r): OutcomeWrite => {
        if (selected.has(r.personId)) return { rsvp: { ...r, status: 'booked', statusSince: now.toISOString() }, outcome: 'confirmed' };
        const place = reserve.indexOf(r.personId);
        if (place >= 0)
          return { rsvp: { ...r, status: 'waitlisted', statusSince: new Date(now.getTime() + place).toISOString() }, outcome: 'waitlisted' };
        return { rsvp: { ...r, status: 'not-selected', statusSince: now.toISOString() }, outcome: 'not-selected' };
      });
  });
