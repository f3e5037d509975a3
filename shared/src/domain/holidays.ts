import { DateTime } from 'luxon';
import type { Region } from './people.js';
import { REGIONS } from './people.js';
import { ZONE } from './school-year.js';

export const HOLIDAY_NAMES = [
  'herfstvakantie',
  'kerstvakantie',
  'voorjaarsvakantie',
  'meivakantie',
  'zomervakantie',
] as const;
export type HolidayName = (typeof HOLIDAY_NAMES)[number];

/** One school holiday in one region; start and end are inclusive calendar dates (YYYY-MM-DD). */
export interface Holiday {
  readonly name: HolidayName;
  readonly region: Region;
  readonly start: string;
  readonly end: string;
}

/** Editable data: the partnership can replace or correct a year's calendar. */
export interface HolidayCalendar {
  readonly schoolYear: string;
  /** Where the dates come from; our defaults are examples to check against the official list. */
  readonly source: string;
  readonly holidays: readonly Holiday[];
}

export const EXAMPLE_HOLIDAY_SOURCE = 'voorbeeld — controleer de officiële data';

type Span = readonly [start: string, end: string];

/** One holiday with the same dates in every region. */
const everywhere = (name: HolidayName, span: Span): Holiday[] => REGIONS.map((region) => perRegion(name, region, span));
const perRegion = (name: HolidayName, region: Region, [start, end]: Span): Holiday => ({ name, region, start, end });
const split = (name: HolidayName, spans: Record<Region, Span>): Holiday[] =>
  REGIONS.map((region) => perRegion(name, region, spans[region]));

/** Recommended dates as we know them (rijksoverheid.nl); check before relying on them. */
export const DEFAULT_HOLIDAY_CALENDARS: readonly HolidayCalendar[] = [
  {
    schoolYear: '2025-2026',
    source: EXAMPLE_HOLIDAY_SOURCE,
    holidays: [
      ...split('herfstvakantie', {
        noord: ['2025-10-18', '2025-10-26'],
        midden: ['2025-10-18', '2025-10-26'],
        zuid: ['2025-10-11', '2025-10-19'],
      }),
      ...everywhere('kerstvakantie', ['2025-12-20', '2026-01-04']),
      ...split('voorjaarsvakantie', {
        noord: ['2026-02-21', '2026-03-01'],
        midden: ['2026-02-14', '2026-02-22'],
        zuid: ['2026-02-14', '2026-02-22'],
      }),
      ...everywhere('meivakantie', ['2026-04-25', '2026-05-03']),
      ...split('zomervakantie', {
        noord: ['2026-07-04', '2026-08-16'],
        midden: ['2026-07-18', '2026-08-30'],
        zuid: ['2026-07-11', '2026-08-23'],
      }),
    ],
  },
  {
    schoolYear: '2026-2027',
    source: EXAMPLE_HOLIDAY_SOURCE,
    holidays: [
      ...split('herfstvakantie', {
        noord: ['2026-10-10', '2026-10-18'],
        midden: ['2026-10-17', '2026-10-25'],
        zuid: ['2026-10-17', '2026-10-25'],
      }),
      ...everywhere('kerstvakantie', ['2026-12-19', '2027-01-03']),
      ...split('voorjaarsvakantie', {
        noord: ['2027-02-13', '2027-02-21'],
        midden: ['2027-02-13', '2027-02-21'],
        zuid: ['2027-02-06', '2027-02-14'],
      }),
      ...everywhere('meivakantie', ['2027-04-24', '2027-05-02']),
      ...split('zomervakantie', {
        noord: ['2027-07-10', '2027-08-22'],
        midden: ['2027-07-03', '2027-08-15'],
        zuid: ['2027-07-17', '2027-08-29'],
      }),
    ],
  },
];

/** The calendar date (YYYY-MM-DD) of a moment in Amsterdam; a bare date is taken as is. */
const amsterdamDate = (date: Date | string): string => {
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const dt = typeof date === 'string' ? DateTime.fromISO(date, { setZone: true }) : DateTime.fromJSDate(date);
  if (!dt.isValid) throw new RangeError(`not a date: ${String(date)}`);
  return dt.setZone(ZONE).toISODate() ?? '';
};

/**
 * The school holiday on a date in a region, or null. With region null (an online session, a
 * meeting for the whole partnership) a holiday in any region counts. Used to warn a coördinator.
 */
export const holidayOn = (
  date: Date | string,
  region: Region | null,
  calendars: readonly HolidayCalendar[] = DEFAULT_HOLIDAY_CALENDARS,
): Holiday | null => {
  const day = amsterdamDate(date);
  for (const calendar of calendars) {
    const hit = calendar.holidays.find(
      (h) => (region === null || h.region === region) && h.start <= day && day <= h.end,
    );
    if (hit) return hit;
  }
  return null;
};
