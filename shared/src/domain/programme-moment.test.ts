import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDARS } from './holidays.js';
import { isProgrammeDay, programmeDays, programmeMoment, suggestedProgrammeDay } from './programme.js';
import { DEFAULT_SEND_WINDOW } from './quiet-hours.js';
import { NOW, session } from './test-fixtures.js';

const at = (day: string, now = NOW) => programmeMoment(day, now, DEFAULT_SEND_WINDOW, DEFAULT_HOLIDAY_CALENDARS).toISOString();
const twoSessions = { sessions: [session('s1', { startsAt: '2026-12-10T09:00:00+01:00' }), session('s2', { startsAt: '2027-01-21T09:00:00+01:00' })] };

describe('when a scheduled programme goes out', () => {
  it('at 09:00 Amsterdam on the chosen day, in winter and in summer time', () => {
    expect(at('2026-12-03')).toBe('2026-12-03T08:00:00.000Z');
    expect(at('2027-06-08', new Date('2027-06-01T10:00:00+02:00'))).toBe('2027-06-08T07:00:00.000Z');
  });

  it('a weekend day or a school holiday moves it to the next school day at the start of the send window', () => {
    expect(at('2026-12-05')).toBe('2026-12-07T07:00:00.000Z'); // Saturday → Monday 08:00
    expect(at('2026-12-28')).toBe('2027-01-04T07:00:00.000Z'); // Christmas holidays → the first Monday after
  });

  it('today after 09:00: now, unless quiet hours say later', () => {
    expect(at('2026-11-25')).toBe(NOW.toISOString());
    expect(at('2026-11-25', new Date('2026-11-25T19:30:00+01:00'))).toBe('2026-11-26T07:00:00.000Z');
  });
});

describe('which days may be chosen', () => {
  it('from today up to the day of the last session; the suggestion is a week before the first', () => {
    expect(programmeDays(twoSessions, NOW)).toEqual({ first: '2026-11-25', last: '2027-01-21' });
    expect(suggestedProgrammeDay(twoSessions, NOW)).toBe('2026-12-03');
    expect(suggestedProgrammeDay(twoSessions, new Date('2026-12-08T10:00:00+01:00'))).toBe('2026-12-08');
    expect(['2026-11-24', '2026-11-25', '2027-01-21', '2027-01-22', '2026-02-30', '3-12-2026'].map((d) => isProgrammeDay(twoSessions, d, NOW))).toEqual([false, true, true, false, false, false]);
  });
});
