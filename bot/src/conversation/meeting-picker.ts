import { formatDate, t, type Locale, type Meeting } from '@samen/shared';

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
