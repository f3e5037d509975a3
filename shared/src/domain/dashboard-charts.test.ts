import { describe, expect, it } from 'vitest';
import { registrationTimeline, schoolProgress, timelineDays, type SchoolProgressInput } from './dashboard-charts.js';
import type { RsvpStatus } from './rsvp-types.js';
import { meeting, NOW, session } from './test-fixtures.js';

const school = (niveau: boolean, reflection: SchoolProgressInput['reflection']['status'], sop?: NonNullable<SchoolProgressInput['sop']>['status']): SchoolProgressInput => ({
  niveauUpdatedThisYear: niveau,
  reflection: { status: reflection },
  ...(sop ? { sop: { status: sop } } : {}),
});

const countsOf = (bars: ReturnType<typeof schoolProgress>) => Object.fromEntries(bars.map((b) => [b.kind, Object.fromEntries(b.segments.map((s) => [s.state, s.count]))]));

describe('schoolProgress: how many schools are in each state, per document', () => {
  it('counts every school once per kind, every state listed in order, zero included', () => {
    const bars = schoolProgress([
      school(true, 'afgerond', 'gepubliceerd'),
      school(true, 'concept', 'besproken-mr'),
      school(false, 'niet-gestart'),
      school(false, 'concept', 'concept'),
    ]);
    expect(countsOf(bars)).toEqual({
      niveau: { 'niet-bijgewerkt': 2, bijgewerkt: 2 },
      reflection: { 'niet-gestart': 1, concept: 2, afgerond: 1 },
      sop: { 'niet-gestart': 1, concept: 1, 'besproken-mr': 1, 'geaccordeerd-bestuur': 0, gepubliceerd: 1 },
    });
    expect(bars.map((b) => b.total)).toEqual([4, 4, 4]);
    for (const bar of bars) expect(bar.segments.reduce((n, s) => n + s.count, 0)).toBe(bar.total);
  });

  it('gives empty bars for no schools', () => {
    expect(schoolProgress([]).map((b) => [b.total, b.segments.every((s) => s.count === 0)])).toEqual([[0, true], [0, true], [0, true]]);
  });
});

const rsvp = (status: RsvpStatus, statusSince: string) => ({ status, statusSince });

describe('registrationTimeline: registrations per day, cumulative', () => {
  const m = meeting({
    createdAt: '2026-11-02T10:00:00+01:00',
    registrationDeadline: '2026-12-01T23:59:00+01:00',
    sessions: [session('s1', { capacity: 10, startsAt: '2026-12-10T09:00:00+01:00' }), session('s2', { capacity: 6, startsAt: '2026-12-17T09:00:00+01:00' })],
  });

  it('counts booked, waitlisted and applied on their Amsterdam day, not maybe, declined or not-selected', () => {
    const t = registrationTimeline(m, [
      rsvp('booked', '2026-11-03T09:00:00+01:00'),
      // 23:30 UTC on the 4th is already the 5th in Amsterdam.
      rsvp('waitlisted', '2026-11-04T23:30:00Z'),
      rsvp('applied', '2026-11-05T08:00:00+01:00'),
      rsvp('booked', '2026-11-03T17:00:00+01:00'),
      rsvp('maybe', '2026-11-06T10:00:00+01:00'),
      rsvp('declined', '2026-11-06T10:00:00+01:00'),
      rsvp('not-selected', '2026-11-06T10:00:00+01:00'),
    ], NOW);
    expect(t.steps).toEqual([{ day: '2026-11-03', total: 2 }, { day: '2026-11-05', total: 4 }]);
    expect(t.capacity).toBe(16);
    expect([t.start, t.end, t.asOf]).toEqual(['2026-11-02', '2026-12-01', '2026-11-25']);
  });

  it('runs to the deadline once it has passed, and has no capacity line when a session is unlimited', () => {
    const unlimited = { ...m, sessions: [session('s1', { capacity: null, startsAt: '2026-11-20T09:00:00+01:00' })], registrationDeadline: null };
    const t = registrationTimeline(unlimited, [rsvp('booked', '2026-11-10T12:00:00+01:00')], NOW);
    expect([t.start, t.end, t.asOf, t.capacity]).toEqual(['2026-11-02', '2026-11-20', '2026-11-20', null]);
  });

  it('starts at the first registration when it came before the meeting was made (imported data)', () => {
    const t = registrationTimeline(m, [rsvp('booked', '2026-10-30T12:00:00+01:00')], NOW);
    expect(t.start).toBe('2026-10-30');
  });

  it('fills every day from start to asOf with the running total', () => {
    const t = registrationTimeline(m, [rsvp('booked', '2026-11-03T09:00:00+01:00'), rsvp('booked', '2026-11-05T09:00:00+01:00')], new Date('2026-11-06T12:00:00+01:00'));
    expect(timelineDays(t)).toEqual([
      { day: '2026-11-02', total: 0 },
      { day: '2026-11-03', total: 1 },
      { day: '2026-11-04', total: 1 },
      { day: '2026-11-05', total: 2 },
      { day: '2026-11-06', total: 2 },
    ]);
  });

  it('counts whole days across the change to winter time', () => {
    const t = registrationTimeline({ ...m, createdAt: '2026-10-24T10:00:00+02:00' }, [], new Date('2026-10-26T10:00:00+01:00'));
    expect(timelineDays(t).map((d) => d.day)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });
});
