import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOLIDAY_CALENDARS,
  EXAMPLE_HOLIDAY_SOURCE,
  HOLIDAY_NAMES,
  holidayOn,
  type HolidayCalendar,
} from './holidays.js';
import { REGIONS } from './people.js';
import { schoolYearBounds } from './school-year.js';

const own: HolidayCalendar[] = [
  {
    schoolYear: '2026-2027',
    source: 'eigen rooster',
    holidays: [
      { name: 'kerstvakantie', region: 'noord', start: '2026-12-21', end: '2027-01-01' },
      { name: 'herfstvakantie', region: 'zuid', start: '2026-10-19', end: '2026-10-23' },
    ],
  },
];

describe('holidayOn', () => {
  it.each([
    { name: 'finds a holiday on its first day', date: '2026-12-21', region: 'noord', expected: 'kerstvakantie' },
    { name: 'finds a holiday on its last day', date: '2027-01-01', region: 'noord', expected: 'kerstvakantie' },
    { name: 'is free the day after', date: '2027-01-02', region: 'noord', expected: null },
    { name: 'only looks at the given region', date: '2026-10-20', region: 'noord', expected: null },
    { name: 'looks at every region when none is given', date: '2026-10-20', region: null, expected: 'herfstvakantie' },
    {
      name: 'takes a moment in Amsterdam time',
      date: '2026-12-20T23:30:00Z',
      region: 'noord',
      expected: 'kerstvakantie',
    },
    { name: 'accepts a Date', date: new Date('2026-10-22T10:00:00+02:00'), region: 'zuid', expected: 'herfstvakantie' },
  ] as const)('$name', ({ date, region, expected }) => {
    expect(holidayOn(date, region, own)?.name ?? null).toBe(expected);
  });

  it('warns for a session planned in the default Christmas holiday', () => {
    expect(holidayOn('2026-12-22T19:00:00+01:00', 'midden')).toMatchObject({ name: 'kerstvakantie', region: 'midden' });
  });

  it('gives no warning for an ordinary school day', () => {
    expect(holidayOn('2026-11-25T10:00:00+01:00', 'midden')).toBeNull();
  });
});

describe('DEFAULT_HOLIDAY_CALENDARS', () => {
  it.each(DEFAULT_HOLIDAY_CALENDARS.map((c) => ({ year: c.schoolYear, calendar: c })))(
    '$year is marked as an example and has every holiday once per region, in order',
    ({ calendar }) => {
      expect(calendar.source).toBe(EXAMPLE_HOLIDAY_SOURCE);
      for (const region of REGIONS) {
        const inRegion = calendar.holidays.filter((h) => h.region === region);
        expect(inRegion.map((h) => h.name)).toEqual([...HOLIDAY_NAMES]);
        for (const h of inRegion) expect(h.start <= h.end).toBe(true);
      }
    },
  );

  it.each(DEFAULT_HOLIDAY_CALENDARS.map((c) => ({ year: c.schoolYear, calendar: c })))(
    '$year starts every holiday inside its school year',
    ({ year, calendar }) => {
      const { start, end } = schoolYearBounds(year);
      for (const h of calendar.holidays) expect(h.start >= start.slice(0, 10) && h.start < end.slice(0, 10)).toBe(true);
    },
  );
});
