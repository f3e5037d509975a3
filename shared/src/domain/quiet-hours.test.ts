import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDARS } from './holidays.js';
import { nextSendableMoment, sessionDateWarning, type SendWindow } from './quiet-hours.js';

const window: SendWindow = { startHour: 8, endHour: 18, region: 'midden' };
const at = (iso: string) => nextSendableMoment(new Date(iso), window, DEFAULT_HOLIDAY_CALENDARS).toISOString();

describe('nextSendableMoment', () => {
  it.each([
    ['a weekday afternoon goes out at once', '2026-11-25T14:00:00+01:00', '2026-11-25T13:00:00.000Z'],
    ['early morning waits until 08:00', '2026-11-25T06:30:00+01:00', '2026-11-25T07:00:00.000Z'],
    ['evening waits until the next morning', '2026-11-25T21:00:00+01:00', '2026-11-26T07:00:00.000Z'],
    ['Friday evening waits until Monday', '2026-11-27T19:00:00+01:00', '2026-11-30T07:00:00.000Z'],
    ['Saturday waits until Monday', '2026-11-28T10:00:00+01:00', '2026-11-30T07:00:00.000Z'],
    ['the Christmas holiday waits until school starts', '2026-12-22T10:00:00+01:00', '2027-01-04T07:00:00.000Z'],
  ])('%s', (_label, input, expected) => {
    expect(at(input)).toBe(expected);
  });
});

describe('sessionDateWarning', () => {
  it.each([
    ['2026-12-15T09:00:00+01:00', 'midden', null],
    ['2026-12-19T09:00:00+01:00', 'midden', { kind: 'weekend' }],
    ['2026-12-23T09:00:00+01:00', 'midden', { kind: 'holiday', name: 'kerstvakantie', region: 'midden' }],
    // Zuid's voorjaarsvakantie (6–14 Feb 2027) is not midden's (13–21 Feb).
    ['2027-02-09T19:00:00+01:00', 'zuid', { kind: 'holiday', name: 'voorjaarsvakantie', region: 'zuid' }],
    ['2027-02-09T19:00:00+01:00', 'midden', null],
  ] as const)('warns for %s in %s: %j', (startsAt, region, expected) => {
    expect(sessionDateWarning(startsAt, region, DEFAULT_HOLIDAY_CALENDARS)).toEqual(expected);
  });
});
