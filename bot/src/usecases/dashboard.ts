/**
 * The coördinator's dashboard: every meeting with its numbers and waitlists and its registrations per
 * day (for the chart), and per school only whether the niveau-overzicht was updated this school year
 * and the reflection's and SOP's status.
 */
import {
  attendanceCount,
  fail,
  registrationModeOf,
  formatDateTime,
  ok,
  schoolYearOf,
  sessionCounts,
  t,
  waitlistOf,
  type DashboardDto,
  type DashboardDraftDto,
  type DashboardMeetingDto,
  type DashboardSchoolDto,
  type Id,
  type Locale,
  type Meeting,
  type Person,
  type Result,
  type Role,
  type ExternalRegistrant,
  isRegistrantId,
  type Rsvp,
  reflectionStatusView,
  registrationTimeline,
  rolesForSectors,
  sopStatusView,
  type RsvpStatus,
  type School,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorize, listAll } from './school-access.js';

const tally = (keys: readonly string[], into: Record<string, number>): void => {
  for (const k of keys) into[k] = (into[k] ?? 0) + 1;
};

const firstStart = (m: Meeting): string => m.sessions.map((s) => s.startsAt).sort()[0] ?? '';

const meetingView = (meeting: Meeting, rsvps: readonly Rsvp[], people: ReadonlyMap<Id, Registered>): DashboardMeetingDto => {
  const counts = sessionCounts(meeting, rsvps);
  return {
    id: meeting.id,
    title: meeting.title,
    type: meeting.type,
    status: meeting.status,
    registrationMode: registrationModeOf(meeting),
    sessions: meeting.sessions.map((session, i) => {
      const c = counts[i];
      const bySchool: Record<string, number> = {};
      const byRole: Record<string, number> = {};
      for (const r of rsvps.filter((x) => x.sessionId === session.id && x.status === 'booked')) {
        tally(people.get(r.personId)?.schoolIds ?? [], bySchool);
        tally(people.get(r.personId)?.roles ?? [], byRole);
      }
      const waitlist = waitlistOf(rsvps, session.id).map((r, index) => ({
        personId: r.personId,
        name: people.get(r.personId)?.name ?? '',
        position: index + 1,
      }));
      const statusCounts: Record<RsvpStatus, number> = {
        booked: c?.booked ?? 0,
        waitlisted: c?.waitlisted ?? 0,
        maybe: c?.maybe ?? 0,
        declined: c?.declined ?? 0,
        applied: c?.applied ?? 0,
        'not-selected': c?.notSelected ?? 0,
      };
      const where = { ...(session.name ? { name: session.name } : {}), location: session.location, onlineUrl: session.onlineUrl };
      return { id: session.id, ...where, startsAt: session.startsAt, capacity: session.capacity, counts: statusCounts, bySchool, byRole, waitlist, attendance: attendanceCount(rsvps, session.id) };
    }),
  };
};

const schoolsView = async (deps: Deps, schools: readonly School[], year: string): Promise<DashboardSchoolDto[]> => {
  // Two reads for every school together, never the schools' own data (see NiveauStore.statuses).
  const [reflections, niveaus, sops] = await Promise.all([
    deps.stores.reflections.statuses(year),
    deps.stores.niveaus.statuses(),
    deps.stores.sops.statuses(year),
  ]);
  const statuses = new Map(reflections.map((s) => [s.schoolId, s]));
  const sopOf = new Map(sops.map((s) => [s.schoolId, s]));
  const niveauOf = new Map(niveaus.map((n) => [n.schoolId, n]));
  return schools.map((school) => {
    const niveau = niveauOf.get(school.id);
    return {
      id: school.id,
      name: school.name,
      sector: school.sector,
      region: school.region,
      niveauUpdatedThisYear: niveau !== undefined && schoolYearOf(niveau.updatedAt) === year,
      niveauUpdatedAt: niveau?.updatedAt ?? null,
      reflection: reflectionStatusView(statuses.get(school.id), school.id, year),
      sop: sopStatusView(sopOf.get(school.id), school.id, year),
    };
  });
};

/** Who registered: a member of staff, or someone from outside (a Forms registrant, shown as "(extern)"). */
interface Registered {
  readonly name: string;
  readonly schoolIds: readonly Id[];
  readonly roles: readonly Role[];
  readonly external: ExternalRegistrant | null;
}

/**
 * The people these registrations are of, by id: one read by ids, never the whole directory; people
 * outside the organisation (`ext-` ids) from the registrants, in one read beside it.
 */
const registrants = async (deps: Deps, rsvps: readonly Rsvp[], locale: Locale = 'nl'): Promise<Map<Id, Registered>> => {
  const ids = [...new Set(rsvps.map((r) => r.personId))];
  const external = ids.filter(isRegistrantId);
  const [people, outsiders] = await Promise.all([
    deps.stores.people.byIds(ids.filter((id) => !isRegistrantId(id))),
    external.length > 0 ? deps.stores.registrants.byIds(external) : Promise.resolve([]),
  ]);
  return new Map<Id, Registered>([
    ...people.map((p): [Id, Registered] => [p.id, { name: p.name, schoolIds: p.schoolIds, roles: p.roles, external: null }]),
    ...outsiders.map((r): [Id, Registered] => [r.id, { name: t('registrants:name', locale, { name: r.name }), schoolIds: [], roles: [], external: r }]),
  ]);
};

export const dashboard = async (deps: Deps, person: Person): Promise<Result<DashboardDto>> => {
  const allowed = authorize(deps, person, 'dashboard.read');
  if (!allowed.ok) return allowed;
  const year = schoolYearOf(deps.clock());
  const [meetings, schools, formsImports] = await Promise.all([
    listAll((p) => deps.stores.meetings.list(p)),
    listAll((p) => deps.stores.schools.list(p)),
    // The last Forms import per form: counts and unmatched rows as row number + reason only.
    deps.stores.formsImports.runs(),
  ]);
  const shown = meetings.filter((m) => m.status !== 'concept').sort((a, b) => firstStart(a).localeCompare(firstStart(b)));
  const boards = await boardsOf(deps, shown);
  // The charts' registrations per day come from the registrations already read for the boards: no extra reads.
  const registrationTimelines = boards.map((b) => ({ meetingId: b.meeting.id, timeline: registrationTimeline(b.meeting, b.rsvps, deps.clock()) }));
  const sortedSchools = [...schools].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return ok({
    schoolYear: year,
    meetings: boards.map((b) => b.view),
    schools: await schoolsView(deps, sortedSchools, year),
    formsImports,
    registrationTimelines,
    drafts: draftsOf(meetings),
  });
};

/** The concepts, newest first, with what tells them apart: title, kind, first date. */
const draftsOf = (meetings: readonly Meeting[]): DashboardDraftDto[] =>
  meetings
    .filter((m) => m.status === 'concept')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((m) => ({ id: m.id, title: m.title, type: m.type, firstStartsAt: firstStart(m) || null, createdAt: m.createdAt }));

export interface MeetingBoard {
  readonly meeting: Meeting;
  readonly view: DashboardMeetingDto;
  /** The registrations the view was made from (for the answers to the invitation's questions). */
  readonly rsvps: readonly Rsvp[];
}

/** Each meeting's registrations, read once, the people they are of in one read, and its board. */
const boardsOf = async (deps: Deps, meetings: readonly Meeting[]): Promise<MeetingBoard[]> => {
  const registrations = await Promise.all(meetings.map((meeting) => deps.stores.rsvps.forMeeting(meeting.id)));
  const people = await registrants(deps, registrations.flat());
  return meetings.map((meeting, n) => {
    const rsvps = registrations[n] ?? [];
    return { meeting, view: meetingView(meeting, rsvps, people), rsvps };
  });
};

/**
 * The coördinator's board for just these meetings (the chat's `overzicht`): the dashboard's counts
 * per session, school and role and the waitlist, reading each meeting's registrations once.
 */
export const meetingBoards = async (
  deps: Deps,
  person: Person,
  meetings: readonly Meeting[],
): Promise<Result<{ readonly boards: readonly MeetingBoard[]; readonly schoolNames: ReadonlyMap<Id, string> }>> => {
  const allowed = authorize(deps, person, 'dashboard.read');
  if (!allowed.ok) return allowed;
  const [boards, schools] = await Promise.all([boardsOf(deps, meetings), listAll((p) => deps.stores.schools.list(p))]);
  return ok({ boards, schoolNames: new Map(schools.map((s) => [s.id, s.name])) });
};

const STATUS_ORDER: readonly RsvpStatus[] = ['booked', 'waitlisted', 'applied', 'maybe', 'declined', 'not-selected'];

/** The registrations of one meeting as table rows (header first), in the reader's language. */
export const meetingRegistrations = async (
  deps: Deps,
  person: Person,
  meetingId: Id,
  locale: Locale,
): Promise<Result<{ meeting: Meeting; rows: string[][] }>> => {
  const allowed = authorize(deps, person, 'dashboard.read');
  if (!allowed.ok) return allowed;
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return fail('MEETING.NOT_FOUND');
  const [rsvps, schools] = await Promise.all([deps.stores.rsvps.forMeeting(meetingId), listAll((p) => deps.stores.schools.list(p))]);
  const people = await registrants(deps, rsvps, locale);
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  const sectorsOf = (ids: readonly Id[]) => ids.flatMap((id) => schools.find((s) => s.id === id)?.sector ?? []);
  const questions = meeting.questions ?? [];
  const header = [
    ...(['meeting', 'sessionStart', 'name', 'schools', 'roles', 'status', 'since'] as const).map((k) => t(`tab:csv.${k}`, locale)),
    ...questions.map((q) => q.label),
  ];
  const rows: string[][] = [header];
  for (const session of meeting.sessions) {
    const of = rsvps
      .filter((r) => r.sessionId === session.id)
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.statusSince.localeCompare(b.statusSince));
    for (const r of of) {
      const p = people.get(r.personId);
      rows.push([
        meeting.title,
        formatDateTime(session.startsAt, locale),
        p?.name ?? '',
        (p?.schoolIds ?? []).map((id) => schoolName.get(id) ?? id).join(', '),
        p?.external ? t(`registrants:role.${p.external.role}`, locale) : rolesForSectors(p?.roles ?? [], sectorsOf(p?.schoolIds ?? [])).map((role) => t(`common:roles.${role}`, locale)).join(', '),
        t(`common:rsvpStatus.${r.status}`, locale),
        formatDateTime(r.statusSince, locale),
        ...questions.map((q) => r.answers?.[q.id] ?? ''),
      ]);
    }
  }
  return ok({ meeting, rows });
};
