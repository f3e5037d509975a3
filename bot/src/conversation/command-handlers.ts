/** One handler per chat command (help lives in handle-message.ts). */
import { isInvited, meetingFormCard, overviewCard, profileCard, summariseAnswers, t, withWorkspaceDialog, type Meeting } from '@samen/shared';
import { meetingBoards } from '../usecases/dashboard.js';
import { importCommand } from './import-actions.js';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';

import { remindNonResponders } from '../usecases/invitations.js';
import { addSectorException } from '../usecases/sector-exceptions.js';
import { signLink } from '../export/signed-link.js';
import type { CommandName } from './commands.js';
import type { CommandHandler } from './command-types.js';
import { invitationFor } from './meeting-cards.js';
import { card, text, type Reply } from './replies.js';
import { allSchools, schoolMap } from './schools.js';
import { meetingList, pickMeeting } from './meeting-picker.js';
import { announcementCommand, surveyCommand } from './broadcast-commands.js';
import { attendanceCommand, programmeCommand } from './programme-commands.js';
import { earlierMeetings } from '../usecases/repeat-audience.js';
import { selectionCommand } from './selection-actions.js';

/** At most this many cards in one answer; the tab shows the rest. */
const MAX_CARDS = 5;
const LINK_TTL_MS = 15 * 60_000;

const upcoming = async (deps: Deps): Promise<Meeting[]> => {
  const now = deps.clock();
  const meetings = await allPages((p) => deps.stores.meetings.list(p));
  return meetings
    .filter((m) => m.status === 'verstuurd' && m.sessions.some((s) => new Date(s.endsAt) > now))
    .sort((a, b) => (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? ''));
};

const myMeetings: CommandHandler = async (deps, turn) => {
  const schools = await schoolMap(deps);
  const mine = (await upcoming(deps)).filter((m) => turn.isCoordinator || isInvited(turn.person, m.audience, schools));
  if (mine.length === 0) return [text(t('bot:noMeetings', turn.locale))];
  const cards = await Promise.all(mine.slice(0, MAX_CARDS).map((m) => invitationFor(deps, m, turn)));
  return cards.map(card);
};

/** A card per upcoming meeting with counts per session, school and role, the waitlist and the answers. */
const overview: CommandHandler = async (deps, turn) => {
  const meetings = (await upcoming(deps)).slice(0, MAX_CARDS);
  const board = await meetingBoards(deps, turn.person, meetings);
  if (!board.ok) return [text(t(`errors:${board.error.code}`, turn.locale))];
  if (meetings.length === 0) return [text(t('bot:noMeetings', turn.locale))];
  const { boards, schoolNames } = board.value;
  return boards.map(({ meeting, view, rsvps }) =>
    card(withWorkspaceDialog(overviewCard({ meeting: view, schoolNames, answers: summariseAnswers(meeting, rsvps), locale: turn.locale, now: deps.clock() }), turn.locale, meeting.id)),
  );
};

const remind: CommandHandler = async (deps, turn, argument) => {
  const meetings = await upcoming(deps);
  const meeting = pickMeeting(meetings, argument);
  if (!meeting) return [text(meetingList(meetings, 'herinner', turn.locale))];
  const result = await remindNonResponders(deps, turn.person, meeting.id);
  if (!result.ok) return [text(t(`errors:${result.error.code}`, turn.locale))];
  const key = result.value.queued === 0 ? 'bot:reminderNone' : 'bot:reminderQueued';
  return [text(t(key, turn.locale, { count: result.value.queued, title: meeting.title }))];
};

const exportCsv: CommandHandler = async (deps, turn, argument) => {
  const meetings = await upcoming(deps);
  const meeting = pickMeeting(meetings, argument);
  if (!meeting) return [text(meetingList(meetings, 'export', turn.locale))];
  const exp = deps.clock().getTime() + LINK_TTL_MS;
  const query = signLink(deps.config.linkSecret, { personId: turn.person.id, resource: `csv:${meeting.id}`, exp });
  const url = `${deps.config.publicUrl}/export/meetings/${encodeURIComponent(meeting.id)}.csv?${query.toString()}`;
  return [text(t('bot:exportReady', turn.locale, { title: meeting.title, url }))];
};

/** "uitzondering 2 naam@school.nl": that person may register for sessions of meeting 2 outside their sector. */
const exception: CommandHandler = async (deps, turn, argument) => {
  const meetings = await upcoming(deps);
  const [which = '', email = ''] = argument.split(' ').filter(Boolean);
  const meeting = pickMeeting(meetings, which);
  if (!meeting) return [text(meetingList(meetings, 'uitzondering', turn.locale))];
  if (!email.includes('@')) return [text(t('sessions:exceptionUsage', turn.locale))];
  const result = await addSectorException(deps, turn.person, meeting.id, email);
  if (!result.ok && result.error.code === 'PERSON.NOT_FOUND') return [text(t('sessions:exceptionUnknownPerson', turn.locale, { email }))];
  if (!result.ok) return [text(t(`errors:${result.error.code}`, turn.locale))];
  const params = { person: result.value.person.name, meeting: meeting.title };
  return [text(t(result.value.added ? 'sessions:exceptionAdded' : 'sessions:exceptionAlready', turn.locale, params))];
};

export const COMMAND_HANDLERS: Record<Exclude<CommandName, 'help'>, CommandHandler> = {
  'mijn-bijeenkomsten': myMeetings,
  profiel: async (deps, turn): Promise<readonly Reply[]> => [
    card(profileCard({ schools: await allSchools(deps), current: turn.person, locale: turn.locale })),
  ],
  // The form for a quick, small meeting, with a button that opens the tab's workspace in a Teams dialog.
  'nieuwe-bijeenkomst': async (deps, turn) => [
    card(withWorkspaceDialog(meetingFormCard({ schools: await allSchools(deps), locale: turn.locale, earlierMeetings: await earlierMeetings(deps) }), turn.locale)),
  ],
  aanwezigheid: attendanceCommand,
  programma: programmeCommand,
  overzicht: overview,
  herinner: remind,
  export: exportCsv,
  mededeling: announcementCommand,
  enquete: surveyCommand,
  importeer: async (deps, turn, argument) => importCommand(deps.formsImporter)(deps, turn, argument),
  selectie: selectionCommand,
  uitzondering: exception,
};
