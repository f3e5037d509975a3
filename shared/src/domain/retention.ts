/**
 * Retention (AVG, issue #18): how long each kind of data is kept, as data, and the pure planner
 * that turns "now" and the rules into cut-off moments. The job that applies them lives in
 * bot/src/retention/; nothing here reads a clock or a store.
 *
 * - external registrants (name, e-mail): deleted `registrantWeeks` after their meeting's last
 *   session ended; their RSVPs stay, under a pseudonym, so counts do not change;
 * - RSVPs, acknowledgements (and who received an announcement), named survey answers: the person
 *   id is replaced by a pseudonym once the meeting/announcement/survey lies before the start of the
 *   school year `pseudonymiseAfterSchoolYears - 1` years back (2: kept for its own school year and
 *   the next; pseudonymised on 1 August after that);
 * - outbox and delivery records: deleted `deliveryDays` after their last change, once finished;
 * - reflections, niveau-overzichten, SOPs: kept as long as the school keeps them (no rule here).
 */
import { DateTime } from 'luxon';
import type { Id } from './ids.js';
import type { Meeting } from './meeting.js';
import { previousSchoolYear, schoolYearBounds, schoolYearOf, ZONE } from './school-year.js';

export interface RetentionRules {
  /** External registrants: weeks after their meeting ended (default 8). */
  readonly registrantWeeks: number;
  /** RSVPs, acknowledgements, named survey answers: school years, the one it happened in included (default 2). */
  readonly pseudonymiseAfterSchoolYears: number;
  /** Finished outbox items and delivery-ledger records: days after their last change (default 90). */
  readonly deliveryDays: number;
  /** The hour (Europe/Amsterdam) the daily clean-up runs (default 3: nobody is working). */
  readonly runHour: number;
}

export const DEFAULT_RETENTION_RULES: RetentionRules = {
  registrantWeeks: 8,
  pseudonymiseAfterSchoolYears: 2,
  deliveryDays: 90,
  runHour: 3,
};

/** Every kind of data the app stores and what happens to it; docs/privacy.md explains each. */
export const RETENTION_KINDS = [
  'registrants',
  'rsvps',
  'acknowledgements',
  'surveyAnswers',
  'outbox',
  'deliveryLedger',
  'schoolDocuments',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** The moments before which each rule applies (ISO, UTC). */
export interface RetentionCutoffs {
  /** Registrants of meetings that ended before this are deleted. */
  readonly registrantsEndedBefore: string;
  /** Meetings, announcements and surveys from before this are pseudonymised. */
  readonly pseudonymiseBefore: string;
  /** Finished outbox and ledger records last changed before this are deleted. */
  readonly deliveryBefore: string;
}

const iso = (dt: DateTime): string => dt.toUTC().toISO() ?? '';

/** What the rules say at `now`. Calendar arithmetic in Amsterdam time (weeks and days across DST stay whole days). */
export const retentionCutoffs = (now: Date, rules: RetentionRules): RetentionCutoffs => {
  const local = DateTime.fromJSDate(now).setZone(ZONE);
  let year = schoolYearOf(now);
  for (let n = 1; n < rules.pseudonymiseAfterSchoolYears; n++) year = previousSchoolYear(year);
  return {
    registrantsEndedBefore: iso(local.minus({ weeks: rules.registrantWeeks })),
    pseudonymiseBefore: iso(DateTime.fromISO(schoolYearBounds(year).start, { setZone: true })),
    deliveryBefore: iso(local.minus({ days: rules.deliveryDays })),
  };
};

/** The first `runHour`:00 (Amsterdam) strictly after `now`: when the next clean-up is due. */
export const nextRetentionRun = (now: Date, runHour: number): string => {
  const local = DateTime.fromJSDate(now).setZone(ZONE);
  let next = local.set({ hour: runHour, minute: 0, second: 0, millisecond: 0 });
  if (next <= local) next = next.plus({ days: 1 }).set({ hour: runHour });
  return iso(next);
};

/**
 * Whether a clean-up is due: never run, or its planned moment has come. A restart reads the
 * stored plan, so a run missed while the server was down happens at the first check after it.
 */
export const retentionDue = (now: Date, last: { readonly nextRunAt: string } | null): boolean =>
  last === null || now.getTime() >= Date.parse(last.nextRunAt);

/** When a meeting is over: its last session's end (a meeting without sessions: when it was made). */
export const meetingEndedAt = (meeting: Pick<Meeting, 'sessions' | 'createdAt'>): string =>
  meeting.sessions.reduce((latest, s) => (Date.parse(s.endsAt) > Date.parse(latest) ? s.endsAt : latest), meeting.sessions[0]?.endsAt ?? meeting.createdAt);

export const isBefore = (moment: string, cutoff: string): boolean => Date.parse(moment) < Date.parse(cutoff);

/**
 * Pseudonyms replace a person id in old records: `anon-` and a keyed hash of the record's scope
 * (meeting, announcement, survey) and the person, made by the server (bot/src/retention/pseudonym.ts).
 * The same person stays the same pseudonym within one scope (a person's two sessions still count as
 * one person) but not across scopes.
 */
export const PSEUDONYM_PREFIX = 'anon-';

export const isPseudonym = (id: Id): boolean => id.startsWith(PSEUDONYM_PREFIX);

/** What one clean-up did, counts only (the dashboard shows them). */
export const RETENTION_COUNTS = [
  'registrantsDeleted',
  'rsvpsPseudonymised',
  'acknowledgementsPseudonymised',
  'recipientsPseudonymised',
  'surveyAnswersPseudonymised',
  'outboxDeleted',
  'ledgerDeleted',
] as const;
export type RetentionCount = (typeof RETENTION_COUNTS)[number];
export type RetentionCounts = Readonly<Record<RetentionCount, number>>;

export const noRetentionCounts = (): Record<RetentionCount, number> =>
  Object.fromEntries(RETENTION_COUNTS.map((k) => [k, 0])) as Record<RetentionCount, number>;
