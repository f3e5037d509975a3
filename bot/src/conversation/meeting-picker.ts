import { formatDate, t, type Locale, type Meeting } from '@samen/shared';
import type { CoordinatorSources } from '../auth/coordinators.js';
import { authorize, authorizeMeeting, type Action } from '../usecases/policy.js';
import type { Turn } from './turn.js';

/** "herinner 2" picks the second meeting of the numbered list; "herinner" alone shows the list. */
export const pickMeeting = (meetings: readonly Meeting[], argument: string): Meeting | null => {
  const n = Number.parseInt(argument, 10);
  return Number.isInteger(n) && n >= 1 && n <= meetings.length ? (meetings[n - 1] ?? null) : null;
};

export const meetingList = (meetings: readonly Meeting[], command: string, locale: Locale): string => {
  if (meetings.length === 0) return t('bot:noMeetings', locale);
  const lines = meetings.map((m, i) => {
    const first = m.sessions[0];
    return `${i + 1}. ${m.title}${first ? ` (${formatDate(first.startsAt, locale)})` : ''}`;
  });
  return [t('bot:pickMeeting', locale, { command }), '', ...lines].join('\n');
};

/**
 * Someone who may take `action` on none of `meetings` (every meeting, in any state: an organiser whose meeting
 * has not started yet, or has passed, is still an organiser), and is no coördinator: the command is not theirs.
 */
export const notTheirs = (deps: CoordinatorSources, turn: Pick<Turn, 'person'>, action: Action, meetings: readonly Meeting[]): boolean =>
  !authorize(deps, turn.person, action).ok && !meetings.some((m) => authorizeMeeting(deps, turn.person, action, m).ok);
