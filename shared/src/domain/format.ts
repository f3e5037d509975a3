import { DateTime } from 'luxon';
import type { Person } from './people.js';
import { ZONE } from './school-year.js';
import { BoundedMap } from './bounded-map.js';

type Locale = Person['locale'];

const inZone = (iso: string, locale: Locale): DateTime => {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).setLocale(locale);
  if (!dt.isValid) throw new RangeError(`not an ISO date: ${iso}`);
  return dt;
};

/**
 * Formatting through luxon costs ~0.1 ms a call (zone and locale set-up), and cards format the same
 * few moments again and again (a broadcast renders a card per recipient): the texts are remembered,
 * a bounded number of them. Same input, same text: nothing else changes.
 */
const remembered = new BoundedMap<string, string>(2_000);
const remember = (key: string, make: () => string): string => {
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const text = make();
  remembered.set(key, text);
  return text;
};

/** "donderdag 18 juni 2026" / "Thursday 18 June 2026", in Amsterdam time. */
export const formatDate = (iso: string, locale: Locale = 'nl'): string =>
  remember(`d|${locale}|${iso}`, () => inZone(iso, locale).toFormat('cccc d LLLL yyyy'));

/** "09:00" in Amsterdam time. */
export const formatTime = (iso: string, locale: Locale = 'nl'): string =>
  remember(`t|${locale}|${iso}`, () => inZone(iso, locale).toFormat('HH:mm'));

/** "09:00–11:00"; when the end falls on another day its date is added. */
export const formatTimeRange = (startIso: string, endIso: string, locale: Locale = 'nl'): string =>
  remember(`r|${locale}|${startIso}|${endIso}`, () => {
    const start = inZone(startIso, locale);
    const end = inZone(endIso, locale);
    const endText = start.hasSame(end, 'day')
      ? end.toFormat('HH:mm')
      : `${end.toFormat('d LLLL')} ${end.toFormat('HH:mm')}`;
    return `${start.toFormat('HH:mm')}–${endText}`;
  });

/** "donderdag 18 juni 2026, 09:00" / "Thursday 18 June 2026, 09:00". */
export const formatDateTime = (iso: string, locale: Locale = 'nl'): string =>
  `${formatDate(iso, locale)}, ${formatTime(iso, locale)}`;

/** "donderdag 18 juni 2026, 09:00–11:00": a session as people read it. */
export const formatSession = (startIso: string, endIso: string, locale: Locale = 'nl'): string =>
  `${formatDate(startIso, locale)}, ${formatTimeRange(startIso, endIso, locale)}`;
