/**
 * What the coördinator's dashboard draws, pure: (a) how far the schools are with each document this
 * school year (counts per state, one stacked bar per kind), and (b) a meeting's registrations per day,
 * cumulative, against its capacity. Days are Amsterdam calendar days, `YYYY-MM-DD`.
 */
import { DateTime } from 'luxon';
import type { ReflectionStatus } from './handreiking-types.js';
import type { Meeting } from './meeting.js';
import type { Rsvp, RsvpStatus } from './rsvp-types.js';
import { amsterdamDate, ZONE } from './school-year.js';
import { SOP_STATUSES, type SopStatus } from './sop.js';

// ---- (a) progress per school ---------------------------------------------------------------------------

export const PROGRESS_KINDS = ['niveau', 'reflection', 'sop'] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

/** The states of each kind, from not begun to done (the order of the bar's segments). */
export const PROGRESS_STATES = {
  niveau: ['niet-bijgewerkt', 'bijgewerkt'],
  reflection: ['niet-gestart', 'concept', 'afgerond'],
  sop: ['niet-gestart', ...SOP_STATUSES],
} as const satisfies Readonly<Record<ProgressKind, readonly string[]>>;
export type ProgressState = (typeof PROGRESS_STATES)[ProgressKind][number];

/** What the dashboard knows of one school's progress (never the documents themselves). */
export interface SchoolProgressInput {
  readonly niveauUpdatedThisYear: boolean;
  readonly reflection: { readonly status: ReflectionStatus | 'niet-gestart' };
  /** Absent: no SOP yet (an older server). */
  readonly sop?: { readonly status: SopStatus | 'niet-gestart' };
}

export interface ProgressSegment {
  readonly state: ProgressState;
  readonly count: number;
}

/** One stacked bar: every state of the kind in order, zero counts included; `total` = the schools. */
export interface ProgressBar {
  readonly kind: ProgressKind;
  readonly total: number;
  readonly segments: readonly ProgressSegment[];
}

const stateOf = (kind: ProgressKind, school: SchoolProgressInput): ProgressState => {
  if (kind === 'niveau') return school.niveauUpdatedThisYear ? 'bijgewerkt' : 'niet-bijgewerkt';
  if (kind === 'reflection') return school.reflection.status;
  return school.sop?.status ?? 'niet-gestart';
};

/** Per document kind: how many schools are in each state. */
export const schoolProgress = (schools: readonly SchoolProgressInput[]): ProgressBar[] =>
  PROGRESS_KINDS.map((kind) => {
    const states: readonly ProgressState[] = PROGRESS_STATES[kind];
    const counts = new Map<ProgressState, number>(states.map((s) => [s, 0]));
    for (const school of schools) {
      const state = stateOf(kind, school);
      counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    return { kind, total: schools.length, segments: states.map((state) => ({ state, count: counts.get(state) ?? 0 })) };
  });

// ---- (b) registrations per meeting over time -------------------------------------------------------------

/** The statuses that hold (or ask for) a place: what the registrations line counts. */
export const REGISTERED_STATUSES: readonly RsvpStatus[] = ['booked', 'waitlisted', 'applied'];

export interface TimelineStep {
  readonly day: string;
  /** Registrations up to and including this day. */
  readonly total: number;
}

/**
 * A meeting's registrations over time. `start`: the day the meeting was made (there is no separate "sent"
 * stamp) or its first registration, whichever is earlier; `end`: the day registration closes (the deadline,
 * else the last session's start); `asOf`: the last day counted (today, at most `end`, at least `start`).
 * `steps`: only the days on which the total changed, ascending. `capacity`: all sessions' places together,
 * null when a session has no limit.
 *
 * An RSVP has one timestamp, `statusSince` (when its current status was reached), so the line counts the
 * registrations that stand now, on the day they reached that status: someone promoted from the waitlist
 * counts from the promotion, someone who cancelled not at all.
 */
export interface RegistrationTimeline {
  readonly start: string;
  readonly end: string;
  readonly asOf: string;
  readonly capacity: number | null;
  readonly steps: readonly TimelineStep[];
}

/** The Amsterdam calendar day of a moment (ISO with offset, or a Date). */
export const amsterdamDay = (moment: string | Date): string =>
  typeof moment === 'string' ? (DateTime.fromISO(moment, { setZone: true }).setZone(ZONE).toISODate() ?? '') : amsterdamDate(moment);

const minDay = (a: string, b: string): string => (a < b ? a : b);
const maxDay = (a: string, b: string): string => (a > b ? a : b);

export const registrationTimeline = (
  meeting: Pick<Meeting, 'createdAt' | 'registrationDeadline' | 'sessions'>,
  rsvps: readonly Pick<Rsvp, 'status' | 'statusSince'>[],
  now: Date,
): RegistrationTimeline => {
  const days = rsvps.filter((r) => REGISTERED_STATUSES.includes(r.status)).map((r) => amsterdamDay(r.statusSince)).sort();
  const lastSession = meeting.sessions.map((s) => s.startsAt).sort().at(-1) ?? meeting.createdAt;
  const closes = meeting.registrationDeadline ? minDay(amsterdamDay(meeting.registrationDeadline), amsterdamDay(lastSession)) : amsterdamDay(lastSession);
  const start = minDay(amsterdamDay(meeting.createdAt), days[0] ?? amsterdamDay(meeting.createdAt));
  const end = maxDay(closes, maxDay(start, days.at(-1) ?? start));
  const asOf = maxDay(start, minDay(end, maxDay(amsterdamDay(now), days.at(-1) ?? start)));
  const steps: TimelineStep[] = [];
  days.forEach((day, i) => {
    const last = steps.at(-1);
    if (last?.day === day) steps[steps.length - 1] = { day, total: i + 1 };
    else steps.push({ day, total: i + 1 });
  });
  const capacities = meeting.sessions.map((s) => s.capacity);
  const capacity = capacities.length > 0 && capacities.every((c) => c !== null) ? capacities.reduce<number>((sum, c) => sum + (c ?? 0), 0) : null;
  return { start, end, asOf, capacity, steps };
};

/** Days from `from` to `to` (whole calendar days; 0 for the same day). */
export const daysBetween = (from: string, to: string): number =>
  Math.round(DateTime.fromISO(to, { zone: ZONE }).diff(DateTime.fromISO(from, { zone: ZONE }), 'days').days);

/** The running total on every day from `start` to `asOf`, for drawing the line. */
export const timelineDays = (timeline: RegistrationTimeline): TimelineStep[] => {
  const out: TimelineStep[] = [];
  const first = DateTime.fromISO(timeline.start, { zone: ZONE });
  const count = daysBetween(timeline.start, timeline.asOf);
  let total = 0;
  let next = 0;
  for (let i = 0; i <= count; i++) {
    const day = first.plus({ days: i }).toISODate() ?? '';
    while (next < timeline.steps.length && (timeline.steps[next]?.day ?? '') <= day) total = timeline.steps[next++]?.total ?? total;
    out.push({ day, total });
  }
  return out;
};


/** "3 nov." / "3 Nov": a day on a chart's axis. */
export const formatShortDay = (day: string, locale: 'nl' | 'en' = 'nl'): string => DateTime.fromISO(day, { zone: ZONE }).setLocale(locale).toFormat('d LLL');
