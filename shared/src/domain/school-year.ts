import { DateTime } from 'luxon';

export const ZONE = 'Europe/Amsterdam';

/** The Amsterdam calendar date of a moment, `YYYY-MM-DD`. */
export const amsterdamDate = (now: Date): string => DateTime.fromJSDate(now).setZone(ZONE).toISODate() ?? '';

/** The start (00:00 Amsterdam) of a calendar day `YYYY-MM-DD`, as ISO with offset. */
export const dayStart = (day: string): string => DateTime.fromISO(day, { zone: ZONE }).toISO() ?? day;

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** True for "2025-2026" and the like: two consecutive years. */
export const isSchoolYear = (s: string): boolean => {
  const m = SCHOOL_YEAR.exec(s);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
};

const startYear = (schoolYear: string): number => {
  const m = SCHOOL_YEAR.exec(schoolYear);
  if (!m || !isSchoolYear(schoolYear)) throw new RangeError(`not a school year: ${schoolYear}`);
  return Number(m[1]);
};

const format = (start: number): string => `${start}-${start + 1}`;

/** The school year (1 Aug–31 Jul, Amsterdam time) a moment falls in, e.g. "2026-2027". */
export const schoolYearOf = (date: Date | string): string => {
  const dt = (typeof date === 'string' ? DateTime.fromISO(date, { setZone: true }) : DateTime.fromJSDate(date)).setZone(
    ZONE,
  );
  if (!dt.isValid) throw new RangeError(`not a date: ${String(date)}`);
  return format(dt.month >= 8 ? dt.year : dt.year - 1);
};

/** Start (1 Aug 00:00) and exclusive end (next 1 Aug 00:00) in Amsterdam time, ISO with offset. */
export const schoolYearBounds = (schoolYear: string): { start: string; end: string } => {
  const year = startYear(schoolYear);
  const start = DateTime.fromObject({ year, month: 8, day: 1 }, { zone: ZONE });
  return { start: start.toISO() ?? '', end: start.plus({ years: 1 }).toISO() ?? '' };
};

export const previousSchoolYear = (schoolYear: string): string => format(startYear(schoolYear) - 1);
export const nextSchoolYear = (schoolYear: string): string => format(startYear(schoolYear) + 1);
