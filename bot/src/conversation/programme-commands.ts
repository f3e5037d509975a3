/**
 * "aanwezigheid <n>": the attendance card per session that has started; "programma <n>": the draft
 * programme from the knelpunten with the day it is sent. Their card verbs: attendance.save and
 * programme.schedule.
 */
import { attendanceCard, cardText, formatDateTime, programmeCard, t, withBanner, type AdaptiveCard, type Meeting } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { attendanceSheet, recordAttendance, type AttendanceSheet } from '../usecases/attendance.js';
import { cancelProgramme, programmeDraft, scheduleProgramme, type ProgrammeDraft } from '../usecases/programme.js';
import { authorizeMeeting, type Action } from '../usecases/policy.js';
import { errorResult, type ActionTable } from './action-types.js';
import type { CommandHandler } from './command-types.js';
import { meetingList, notTheirs, pickMeeting } from './meeting-picker.js';
import { card, text } from './replies.js';
import type { Turn } from './turn.js';

/** At most this many cards (sessions) in one answer. */
const MAX_CARDS = 5;
const MAX_LISTED = 15;

/** Sent meetings `turn`'s person may take `action` on (as organiser or coördinator), of all meetings. */
const sentMeetings = (deps: Deps, turn: Turn, action: Action, all: readonly Meeting[]): Meeting[] =>
  all.filter((m) => m.status === 'verstuurd' && authorizeMeeting(deps, turn.person, action, m).ok);

const lastStart = (m: Meeting): string => m.sessions.map((s) => s.startsAt).sort().at(-1) ?? '';

/** Sent meetings with a session that has started, the most recent first. */
const startedMeetings = (deps: Deps, turn: Turn, all: readonly Meeting[]): Meeting[] => {
  const now = deps.clock().getTime();
  return sentMeetings(deps, turn, 'meeting.attendance', all)
    .filter((m) => m.sessions.some((s) => Date.parse(s.startsAt) <= now))
    .sort((a, b) => lastStart(b).localeCompare(lastStart(a)))
    .slice(0, MAX_LISTED);
};

/** Sent meetings with a session still to come, the soonest first. */
const comingMeetings = (deps: Deps, turn: Turn, all: readonly Meeting[]): Meeting[] => {
  const now = deps.clock().getTime();
  return sentMeetings(deps, turn, 'meeting.programme', all)
    .filter((m) => m.sessions.some((s) => Date.parse(s.startsAt) > now))
    .sort((a, b) => (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? ''))
    .slice(0, MAX_LISTED);
};

const sessionCards = (sheet: AttendanceSheet, turn: Turn): AdaptiveCard[] =>
  sheet.sessions.map((s, i) =>
    attendanceCard({ meetingId: sheet.meeting.id, title: sheet.meeting.title, session: s.session, n: i + 1, started: s.started, people: s.people, count: s.count, locale: turn.locale }),
  );

export const attendanceCommand: CommandHandler = async (deps, turn, argument) => {
  const all = await allPages((p) => deps.stores.meetings.list(p));
  if (notTheirs(deps, turn, 'meeting.attendance', all)) return [text(t('bot:coordinatorOnly', turn.locale))];
  const meetings = startedMeetings(deps, turn, all);
  if (meetings.length === 0) return [text(t('programme:command.noPast', turn.locale))];
  const meeting = pickMeeting(meetings, argument);
  if (!meeting) return [text(meetingList(meetings, 'aanwezigheid', turn.locale))];
  const sheet = await attendanceSheet(deps, turn.person, meeting.id);
  if (!sheet.ok) return [text(t(`errors:${sheet.error.code}`, turn.locale))];
  const started = sessionCards(sheet.value, turn).filter((_, i) => sheet.value.sessions[i]?.started);
  return started.slice(0, MAX_CARDS).map(card);
};

/** The editable draft, warning (with a cancel button) while an earlier scheduling still waits to go out. */
const draftCard = ({ meeting, text: draft, suggestedDay, days, alreadyScheduled }: ProgrammeDraft, turn: Turn): AdaptiveCard =>
  programmeCard({
    meetingId: meeting.id,
    title: meeting.title,
    draft,
    day: suggestedDay,
    days,
    noQuestions: (meeting.questions ?? []).length === 0,
    alreadyScheduled: alreadyScheduled ? { recipients: alreadyScheduled.recipients, moment: formatDateTime(alreadyScheduled.notBefore, turn.locale) } : null,
    locale: turn.locale,
  });

export const programmeCommand: CommandHandler = async (deps, turn, argument) => {
  const all = await allPages((p) => deps.stores.meetings.list(p));
  if (notTheirs(deps, turn, 'meeting.programme', all)) return [text(t('bot:coordinatorOnly', turn.locale))];
  const meetings = comingMeetings(deps, turn, all);
  const meeting = pickMeeting(meetings, argument);
  if (!meeting) return [text(meetingList(meetings, 'programma', turn.locale))];
  const draft = await programmeDraft(deps, turn.person, meeting.id, turn.locale);
  if (!draft.ok) return [text(t(`errors:${draft.error.code}`, turn.locale))];
  return [card(draftCard(draft.value, turn))];
};

export const PROGRAMME_ACTIONS: ActionTable = {
  /** From the overview: the attendance card of one session. */
  'attendance.show': async (deps, turn, action) => {
    const sheet = await attendanceSheet(deps, turn.person, action.meetingId);
    if (!sheet.ok) return errorResult(sheet.error, turn);
    const base = sessionCards(sheet.value, turn)[sheet.value.sessions.findIndex((s) => s.session.id === action.sessionId)];
    return base ? { card: base } : errorResult({ code: 'RSVP.UNKNOWN_SESSION' }, turn);
  },

  'attendance.save': async (deps, turn, action) => {
    const saved = await recordAttendance(deps, turn.person, action.meetingId, action.sessionId, action.present);
    if (!saved.ok) return errorResult(saved.error, turn);
    const sheet = await attendanceSheet(deps, turn.person, action.meetingId);
    if (!sheet.ok) return errorResult(sheet.error, turn);
    const index = sheet.value.sessions.findIndex((s) => s.session.id === action.sessionId);
    const base = sessionCards(sheet.value, turn)[index];
    if (!base) return errorResult({ code: 'RSVP.UNKNOWN_SESSION' }, turn);
    const note = t('programme:attendance.saved', turn.locale, { present: saved.value.present, count: saved.value.of });
    return { card: withBanner(base, [cardText(note, { weight: 'bolder' })], 'good') };
  },

  'programme.schedule': async (deps, turn, action) => {
    const scheduled = await scheduleProgramme(deps, turn.person, action.meetingId, action.programmeText, action.programmeDate);
    if (!scheduled.ok) return errorResult(scheduled.error, turn);
    const meeting = await deps.stores.meetings.get(action.meetingId);
    if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
    const days = { first: action.programmeDate, last: action.programmeDate };
    const base = programmeCard({ meetingId: meeting.id, title: meeting.title, draft: action.programmeText, day: action.programmeDate, days, noQuestions: false, locale: turn.locale });
    const note = t('programme:card.scheduled', turn.locale, { count: scheduled.value.queued, moment: formatDateTime(scheduled.value.notBefore, turn.locale) });
    // What was scheduled, without the button: scheduling again would send it twice.
    return { card: withBanner({ ...base, actions: [] }, [cardText(note, { weight: 'bolder' })], 'good') };
  },

  'programme.cancel': async (deps, turn, action) => {
    const cancelled = await cancelProgramme(deps, turn.person, action.meetingId);
    if (!cancelled.ok) return errorResult(cancelled.error, turn);
    const draft = await programmeDraft(deps, turn.person, action.meetingId, turn.locale);
    if (!draft.ok) return errorResult(draft.error, turn);
    // What could be cancelled is; a message on its way is named in the banner instead of the warning.
    const base = draftCard({ ...draft.value, alreadyScheduled: null }, turn);
    const { cancelled: count, inFlight } = cancelled.value;
    const notes = [t('programme:card.cancelled', turn.locale, { count }), ...(inFlight > 0 ? [t('programme:card.cancelInFlight', turn.locale, { count: inFlight })] : [])];
    return { card: withBanner(base, notes.map((note) => cardText(note, { weight: 'bolder' })), inFlight > 0 ? 'warning' : 'good') };
  },
};
