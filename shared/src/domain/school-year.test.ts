import { describe, expect, it } from 'vitest';
import { isSchoolYear, nextSchoolYear, previousSchoolYear, schoolYearBounds, schoolYearOf } from './school-year.js';

describe('schoolYearOf', () => {
  it.each([
    { at: '2026-11-25T10:00:00+01:00', year: '2026-2027' },
    { at: '2026-08-01T00:00:00+02:00', year: '2026-2027' },
    { at: '2026-07-31T23:30:00+02:00', year: '2025-2026' },
    // 31 Jul 23:30 in Amsterdam is 21:30 UTC: still the old year.
    { at: '2026-07-31T21:30:00Z', year: '2025-2026' },
    // 1 Aug 00:30 in Amsterdam is still 31 Jul in UTC: already the new year.
    { at: '2026-07-31T22:30:00Z', year: '2026-2027' },
    { at: '2027-01-01T12:00:00+01:00', year: '2026-2027' },
  ])('puts $at in $year', ({ at, year }) => {
    expect(schoolYearOf(at)).toBe(year);
    expect(schoolYearOf(new Date(at))).toBe(year);
  });

  it('refuses text that is not a date', () => {
    expect(() => schoolYearOf('gisteren')).toThrow(RangeError);
  });
});

describe('schoolYearBounds', () => {
  it.each([
    { year: '2025-2026', start: '2025-08-01T00:00:00.000+02:00', end: '2026-08-01T00:00:00.000+02:00' },
    { year: '2026-2027', start: '2026-08-01T00:00:00.000+02:00', end: '2027-08-01T00:00:00.000+02:00' },
  ])('runs $year from 1 August to the next 1 August (exclusive), Amsterdam time', ({ year, start, end }) => {
    expect(schoolYearBounds(year)).toEqual({ start, end });
  });

  it('agrees with schoolYearOf at both edges', () => {
    const { start, end } = schoolYearBounds('2025-2026');
    expect(schoolYearOf(start)).toBe('2025-2026');
    expect(schoolYearOf(new Date(Date.parse(end) - 1))).toBe('2025-2026');
    expect(schoolYearOf(end)).toBe('2026-2027');
  });
});

describe('previous and next school year', () => {
  it.each([
    { year: '2026-2027', previous: '2025-2026', next: '2027-2028' },
    { year: '1999-2000', previous: '1998-1999', next: '2000-2001' },
  ])('around $year', ({ year, previous, next }) => {
    expect(previousSchoolYear(year)).toBe(previous);
    expect(nextSchoolYear(year)).toBe(next);
  });

  it('refuses something that is not a school year', () => {
    expect(() => nextSchoolYear('2026-2028')).toThrow(RangeError);
  });
});

describe('isSchoolYear', () => {
  it.each([
    { s: '2025-2026', valid: true },
    { s: '2025-2027', valid: false },
    { s: '2026-2025', valid: false },
    { s: '2025/2026', valid: false },
    { s: '25-26', valid: false },
    { s: ' 2025-2026', valid: false },
    { s: '2025-2026 ', valid: false },
  ])('says $valid for "$s"', ({ s, valid }) => {
    expect(isSchoolYear(s)).toBe(valid);
  });
});
