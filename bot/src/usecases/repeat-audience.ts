/**
 * The audience "niet bij …" for a repeat session: which earlier meetings the form offers, and — for the
 * preview — how many people and which schools the choice comes down to.
 */
import { t, type EarlierMeeting, type Locale, type Meeting, type MeetingFormField } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { audiencePeople } from './invitations.js';

/** The form lists at most this many earlier meetings, the most recent first. */
export const MAX_EARLIER_MEETINGS = 15;

const lastStart = (m: Meeting): string => m.sessions.map((s) => s.startsAt).sort().at(-1) ?? '';

/** Sent meetings with a session that has started, most recent first (the meeting being edited left out). */
export const earlierMeetings = async (deps: Deps, exceptId: string | null = null): Promise<EarlierMeeting[]> => {
  const now = deps.clock().getTime();
  const meetings = await allPages((p) => deps.stores.meetings.list(p));
  return meetings
    .filter((m) => m.id !== exceptId && m.status === 'verstuurd' && m.sessions.some((s) => Date.parse(s.startsAt) <= now))
    .sort((a, b) => lastStart(b).localeCompare(lastStart(a)))
    .slice(0, MAX_EARLIER_MEETINGS)
    .map((m) => ({ id: m.id, title: m.title }));
};

/** For the preview: the earlier meeting's title, the people selected and their schools (by name). */
export const notAttendedSummary = async (
  deps: Deps,
  meeting: Meeting,
): Promise<{ title: string; people: number; schoolNames: string[] } | undefined> => {
  const axis = meeting.audience.notAttended;
  if (!axis) return undefined;
  const [earlier, people, schools] = await Promise.all([
    deps.stores.meetings.get(axis.meetingId),
    audiencePeople(deps, meeting),
    allPages((p) => deps.stores.schools.list(p)),
  ]);
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const schoolIds = new Set(people.flatMap((p) => p.schoolIds));
  const schoolNames = [...schoolIds].map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b, 'nl'));
  return { title: earlier?.title ?? axis.meetingId, people: people.length, schoolNames };
};

/**
 * "Alleen wie niet bij … was" must name another meeting that exists; otherwise the form shows why under
 * the choice (a forged or stale value would otherwise quietly invite everyone).
 */
export const checkNotAttended = async (
  deps: Deps,
  earlierId: string | undefined,
  ownId: string | null,
  locale: Locale,
): Promise<Partial<Record<MeetingFormField, string>> | null> => {
  if (earlierId === undefined) return null;
  const earlier = earlierId === ownId ? null : await deps.stores.meetings.get(earlierId);
  return earlier ? null : { audienceNotAttended: t('programme:audience.unknownMeeting', locale) };
};
