import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatSession, formatTimeRange } from './format.js';

describe('formatDate', () => {
  it.each([
    { iso: '2026-06-18T09:00:00+02:00', locale: 'nl', text: 'donderdag 18 juni 2026' },
    { iso: '2026-06-18T09:00:00+02:00', locale: 'en', text: 'Thursday 18 June 2026' },
    // 23:30 UTC on 1 December is already 2 December in Amsterdam.
    { iso: '2026-12-01T23:30:00Z', locale: 'nl', text: 'woensdag 2 december 2026' },
  ] as const)('writes $iso as "$text" ($locale)', ({ iso, locale, text }) => {
    expect(formatDate(iso, locale)).toBe(text);
  });
});

describe('formatTimeRange', () => {
  it.each([
    { start: '2026-06-18T09:00:00+02:00', end: '2026-06-18T11:00:00+02:00', text: '09:00–11:00' },
    { start: '2026-06-18T07:00:00Z', end: '2026-06-18T09:00:00Z', text: '09:00–11:00' },
    { start: '2026-12-10T19:00:00+01:00', end: '2026-12-10T21:00:00+01:00', text: '19:00–21:00' },
    { start: '2026-12-10T22:00:00+01:00', end: '2026-12-11T01:00:00+01:00', text: '22:00–11 december 01:00' },
  ])('shows $start to $end as $text', ({ start, end, text }) => {
    expect(formatTimeRange(start, end, 'nl')).toBe(text);
  });
});

describe('formatDateTime and formatSession', () => {
  it.each([
    { locale: 'nl', dateTime: 'dinsdag 10 november 2026, 14:30', session: 'dinsdag 10 november 2026, 14:30–16:00' },
    { locale: 'en', dateTime: 'Tuesday 10 November 2026, 14:30', session: 'Tuesday 10 November 2026, 14:30–16:00' },
  ] as const)('write a moment and a session in Amsterdam time ($locale)', ({ locale, dateTime, session }) => {
    expect(formatDateTime('2026-11-10T13:30:00Z', locale)).toBe(dateTime);
    expect(formatSession('2026-11-10T13:30:00Z', '2026-11-10T15:00:00Z', locale)).toBe(session);
  });
});
