/**
 * Whose data an AVG request is about, and everything the app holds about them: the PersonDataStore's
 * records plus what lives inside meetings, announcements and surveys (organiser, contact, sector
 * exceptions) and the anonymous "has answered" markers (computed, never stored with a person).
 */
import { fail, ok, registrantEmailKey, type Announcement, type ExternalRegistrant, type Id, type Meeting, type Person, type PrivacySubject, type Result, type Survey } from '@samen/shared';
import type { Deps } from '../../deps.js';
import type { PersonRecords, StoredFormAnswer } from '../../store/ports.js';
import { listAll } from '../school-access.js';
import { answeredMarker } from '../survey-marker.js';

/** The ids and addresses that stand for one person: a staff member's id, or each registrant record's id. */
export interface ResolvedSubject {
  readonly subject: PrivacySubject;
  readonly ids: readonly Id[];
  /** Their addresses, lowercased (to find a meeting's contact and Forms answers). */
  readonly emails: readonly string[];
  readonly profile: Person | null;
  readonly registrants: readonly ExternalRegistrant[];
}

export const resolveSubject = async (deps: Deps, subject: PrivacySubject): Promise<ResolvedSubject | null> => {
  if (subject.kind === 'staff') {
    const profile = await deps.stores.people.get(subject.personId);
    const emails = profile && profile.email.trim() !== '' ? [registrantEmailKey(profile.email)] : [];
    return { subject, ids: [subject.personId], emails, profile, registrants: [] };
  }
  const registrants = await deps.stores.personData.registrantsByEmail(subject.email);
  return { subject, ids: registrants.map((r) => r.id), emails: [registrantEmailKey(subject.email)], profile: null, registrants };
};

export interface Mentions<T> {
  readonly record: T;
  readonly organiser: boolean;
  readonly contact: boolean;
  readonly sectorException: boolean;
}

export interface PersonHoldings {
  readonly who: ResolvedSubject;
  readonly records: PersonRecords;
  readonly meetings: readonly Mentions<Meeting>[];
  readonly announcements: readonly Mentions<Announcement>[];
  readonly surveys: readonly Mentions<Survey>[];
  readonly anonymousSurveys: readonly Survey[];
  readonly formAnswers: readonly StoredFormAnswer[];
  /** Titles by id, for the readable export. */
  readonly meetingsById: ReadonlyMap<Id, Meeting>;
  readonly announcementsById: ReadonlyMap<Id, Announcement>;
  readonly surveysById: ReadonlyMap<Id, Survey>;
}

const mentioned = <T>(m: Mentions<T>): boolean => m.organiser || m.contact || m.sectorException;

/** Everything the app holds about the person; null when nothing at all is left (unknown or erased). */
export const holdingsOf = async (deps: Deps, who: ResolvedSubject): Promise<PersonHoldings | null> => {
  const ids = new Set(who.ids);
  const emails = new Set(who.emails);
  const [records, meetings, announcements, surveys, formAnswers] = await Promise.all([
    deps.stores.personData.recordsOf(who.ids),
    listAll((p) => deps.stores.meetings.list(p)),
    listAll((p) => deps.stores.announcements.list(p)),
    listAll((p) => deps.stores.surveys.list(p)),
    Promise.all(who.emails.map((e) => deps.stores.personData.formAnswersOf(e))).then((a) => a.flat()),
  ]);
  const meetingMentions = meetings
    .map((m) => ({
      record: m,
      organiser: ids.has(m.organiserId),
      contact: m.contact != null && emails.has(registrantEmailKey(m.contact.email)),
      sectorException: (m.sectorExceptions ?? []).some((x) => ids.has(x)),
    }))
    .filter(mentioned);
  const organised = <T extends { readonly organiserId: Id }>(list: readonly T[]) =>
    list.map((r) => ({ record: r, organiser: ids.has(r.organiserId), contact: false, sectorException: false })).filter(mentioned);
  // Staff only: registrants never answer surveys. One marker lookup per anonymous survey.
  const anonymous = who.subject.kind === 'staff' ? surveys.filter((s) => s.anonymous) : [];
  const answered = await Promise.all(
    anonymous.map(async (s) => ((await Promise.all(who.ids.map((id) => deps.stores.surveys.hasMarker(s.id, answeredMarker(deps.secrets.surveyMarker, s.id, id))))).some(Boolean) ? s : null)),
  );
  const holdings: PersonHoldings = {
    who,
    records,
    meetings: meetingMentions,
    announcements: organised(announcements),
    surveys: organised(surveys),
    anonymousSurveys: answered.filter((s): s is Survey => s !== null),
    formAnswers,
    meetingsById: new Map(meetings.map((m) => [m.id, m])),
    announcementsById: new Map(announcements.map((a) => [a.id, a])),
    surveysById: new Map(surveys.map((s) => [s.id, s])),
  };
  return isEmpty(holdings) ? null : holdings;
};

/** Markers alone do not count: a keyed hash is not a person's record, and it survives erasure by design. */
const isEmpty = (h: PersonHoldings): boolean =>
  Object.values(h.records).every((list: readonly unknown[]) => list.length === 0) &&
  h.meetings.length === 0 &&
  h.announcements.length === 0 &&
  h.surveys.length === 0 &&
  h.formAnswers.length === 0;

/** Resolves and collects; PERSON.NOT_FOUND when the app holds nothing about them. */
export const findHoldings = async (deps: Deps, subject: PrivacySubject): Promise<Result<PersonHoldings>> => {
  const who = await resolveSubject(deps, subject);
  const holdings = who ? await holdingsOf(deps, who) : null;
  return holdings ? ok(holdings) : fail('PERSON.NOT_FOUND');
};
