/** The personal "Bijeenkomsten" view: meetings meant for me with my RSVP state, and RSVP from the tab. */
import {
  outcomeMoment,
  registrationModeOf,
  isInvited,
  ok,
  personMeetingViewOf,
  sessionAdmits,
  sliceOf,
  type Id,
  type Meeting,
  type MeetingViewDto,
  type Person,
  type Result,
  type RsvpBody,
  type RsvpSlice,
  type Sector,
} from '@samen/shared';
import { isCoordinator } from '../auth/coordinators.js';
import type { Deps } from '../deps.js';
import { respond, schoolsById, sectorsChecked } from './rsvp.js';
import { listAll } from './school-access.js';

/** `personSectors`: the sectors of the viewer's schools; undefined = not checked (a coördinator), as in `respond`. */
const toView = (meeting: Meeting, slice: RsvpSlice, now: Date, personSectors: readonly Sector[] | undefined): MeetingViewDto => {
  const view = personMeetingViewOf(meeting, slice, now);
  return {
    id: meeting.id,
    title: meeting.title,
    type: meeting.type,
    description: meeting.description,
    status: meeting.status,
    registrationDeadline: meeting.registrationDeadline,
    sessionChoice: meeting.sessionChoice,
    questions: meeting.questions ?? [],
    myAnswers: slice.own.filter((r) => r.answers).at(-1)?.answers ?? {},
    sessions: meeting.sessions.map((s, i) => {
      const mine = view.sessions[i];
      return {
        id: s.id,
        ...(s.name ? { name: s.name } : {}),
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        location: s.location,
        onlineUrl: s.onlineUrl,
        capacity: s.capacity,
        seatsLeft: mine?.seatsLeft ?? null,
        myStatus: mine && mine.status !== 'none' ? mine.status : null,
        waitlistPosition: mine?.waitlistPosition ?? null,
        open: mine?.open ?? false,
        outcomeAt: registrationModeOf(meeting) === 'aanvraag' ? outcomeMoment(meeting, s) : null,
        forMe: sessionAdmits(meeting, s, slice.personId, personSectors),
      };
    }),
  };
};



const lastEnd = (m: Meeting): number => Math.max(...m.sessions.map((s) => new Date(s.endsAt).getTime()));
const firstStart = (m: Meeting): number => Math.min(...m.sessions.map((s) => new Date(s.startsAt).getTime()));

/** Sent meetings still to come that invite me, or that I answered (a cancelled one I booked stays visible). */
export const myMeetings = async (deps: Deps, person: Person): Promise<Result<MeetingViewDto[]>> => {
  const now = deps.clock();
  const [meetings, mine, schools] = await Promise.all([
    listAll((p) => deps.stores.meetings.list(p)),
    deps.stores.rsvps.forPerson(person.id),
    schoolsById(deps, person),
  ]);
  const answered = new Set(mine.map((r) => r.meetingId));
  const relevant = meetings.filter(
    (m) =>
      m.status !== 'concept' &&
      m.sessions.length > 0 &&
      lastEnd(m) > now.getTime() &&
      (answered.has(m.id) || (m.status === 'verstuurd' && isInvited(person, m.audience, schools))),
  );
  relevant.sort((a, b) => firstStart(a) - firstStart(b));
  const views = await Promise.all(
    relevant.map(async (m) => toView(m, sliceOf(await deps.stores.rsvps.forMeeting(m.id), m.id, person.id), now, sectorsChecked(isCoordinator(deps, person), schools))),
  );
  return ok(views);
};

const definedOnly = (answers: NonNullable<RsvpBody['answers']>): Record<Id, string> =>
  Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** RSVP from the tab: the same use case (and rules) as the card. */
export const rsvpFromTab = async (deps: Deps, person: Person, meetingId: Id, body: RsvpBody): Promise<Result<MeetingViewDto>> => {
  const answers = body.answers ? definedOnly(body.answers) : undefined;
  const answered = await respond(deps, person, {
    meetingId,
    sessionId: body.sessionId,
    response: body.response,
    source: 'tab',
    ...(answers ? { answers } : {}),
  });
  if (!answered.ok) return answered;
  deps.logger.info({ meetingId, personId: person.id, response: body.response }, 'rsvp from tab');
  const sectors = sectorsChecked(isCoordinator(deps, person), await schoolsById(deps, person));
  return ok(toView(answered.value.meeting, answered.value.slice, deps.clock(), sectors));
};

