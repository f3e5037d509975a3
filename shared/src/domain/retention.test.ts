import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_RULES,
  isPseudonym,
  meetingEndedAt,
  nextRetentionRun,
  retentionCutoffs,
  retentionDue,
  type RetentionRules,
} from './retention.js';

const rules = (o: Partial<RetentionRules> = {}): RetentionRules => ({ ...DEFAULT_RETENTION_RULES, ...o });

describe('retentionCutoffs', () => {
  it.each([
    // In school year 2026-2027 the two school years kept are 2025-2026 and 2026-2027.
    { now: '2026-12-02T04:00:00+01:00', years: 2, before: '2025-07-31T22:00:00.000Z' },
    // 31 July 23:59 Amsterdam is still 2025-2026: 2024-2025 and 2025-2026 are kept.
    { now: '2026-07-31T23:59:00+02:00', years: 2, before: '2024-07-31T22:00:00.000Z' },
    // One minute later a new school year starts, and 2024-2025 goes.
    { now: '2026-08-01T00:00:00+02:00', years: 2, before: '2025-07-31T22:00:00.000Z' },
    { now: '2026-12-02T04:00:00+01:00', years: 1, before: '2026-07-31T22:00:00.000Z' },
    { now: '2026-12-02T04:00:00+01:00', years: 3, before: '2024-07-31T22:00:00.000Z' },
  ])('pseudonymises what lies before $before at $now when $years school years are kept', ({ now, years, before }) => {
    expect(retentionCutoffs(new Date(now), rules({ pseudonymiseAfterSchoolYears: years })).pseudonymiseBefore).toBe(before);
  });

  it.each([
    // 8 weeks before 3 December 03:00 (winter time) is 8 October 03:00 (summer time): whole days in Amsterdam.
    { now: '2026-12-03T03:00:00+01:00', weeks: 8, before: '2026-10-08T01:00:00.000Z' },
    { now: '2026-12-03T03:00:00+01:00', weeks: 1, before: '2026-11-26T02:00:00.000Z' },
  ])('deletes registrants of meetings that ended before $before ($weeks weeks)', ({ now, weeks, before }) => {
    expect(retentionCutoffs(new Date(now), rules({ registrantWeeks: weeks })).registrantsEndedBefore).toBe(before);
  });

  it.each([
    { now: '2026-12-03T03:00:00+01:00', days: 90, before: '2026-09-04T01:00:00.000Z' },
    { now: '2026-04-01T03:00:00+02:00', days: 1, before: '2026-03-31T01:00:00.000Z' },
  ])('deletes finished delivery records changed before $before ($days days)', ({ now, days, before }) => {
    expect(retentionCutoffs(new Date(now), rules({ deliveryDays: days })).deliveryBefore).toBe(before);
  });
});

describe('nextRetentionRun and retentionDue', () => {
  it.each([
    { now: '2026-12-02T02:59:00+01:00', hour: 3, next: '2026-12-02T02:00:00.000Z' },
    { now: '2026-12-02T03:00:00+01:00', hour: 3, next: '2026-12-03T02:00:00.000Z' },
    { now: '2026-12-02T15:00:00+01:00', hour: 3, next: '2026-12-03T02:00:00.000Z' },
    // The night summer time starts: 03:00 on 29 March 2026 is 01:00 UTC.
    { now: '2026-03-28T12:00:00+01:00', hour: 3, next: '2026-03-29T01:00:00.000Z' },
  ])('after $now the next run at $hour:00 Amsterdam is $next', ({ now, hour, next }) => {
    expect(nextRetentionRun(new Date(now), hour)).toBe(next);
  });

  it('is due when it never ran, or once the planned moment has come (also after a restart that missed it)', () => {
    const planned = { nextRunAt: '2026-12-03T02:00:00.000Z' };
    expect(retentionDue(new Date('2026-12-02T10:00:00Z'), null)).toBe(true);
    expect(retentionDue(new Date('2026-12-03T01:59:59Z'), planned)).toBe(false);
    expect(retentionDue(new Date('2026-12-03T02:00:00Z'), planned)).toBe(true);
    expect(retentionDue(new Date('2026-12-05T12:00:00Z'), planned)).toBe(true);
  });
});

describe('meetingEndedAt', () => {
  const session = (endsAt: string) => ({ id: 's', startsAt: endsAt, endsAt, location: null, onlineUrl: null, region: null, sectors: [], capacity: null });

  it('is the end of the last session, whatever their order', () => {
    const sessions = [session('2026-03-02T21:00:00+01:00'), session('2026-05-11T21:00:00+02:00'), session('2026-04-01T21:00:00+02:00')];
    expect(meetingEndedAt({ sessions, createdAt: '2026-01-01T10:00:00Z' })).toBe('2026-05-11T21:00:00+02:00');
  });

  it('is when it was made for a meeting without sessions', () => {
    expect(meetingEndedAt({ sessions: [], createdAt: '2026-01-01T10:00:00Z' })).toBe('2026-01-01T10:00:00Z');
  });
});

describe('isPseudonym', () => {
  it('tells a pseudonym from a person or registrant id', () => {
    expect(isPseudonym('anon-3f2a')).toBe(true);
    expect(isPseudonym('person-0001')).toBe(false);
    expect(isPseudonym('ext-0001')).toBe(false);
  });
});
