import { describe, expect, it } from 'vitest';
import { attendanceCount, markAttendance, presentPersonIds, presentSchoolIds } from './attendance.js';
import { notAttendedAt, selectAudience } from './audience.js';
import type { Person, School } from './people.js';
import type { Rsvp } from './rsvp-types.js';
import { rsvp } from './test-fixtures.js';

const person = (id: string, schoolIds: string[]): Person => ({
  id,
  aadObjectId: `aad-${id}`,
  name: `Collega ${id}`,
  email: `${id}@school.example`,
  schoolIds,
  roles: ['ib'],
  locale: 'nl',
  version: '1',
});
const school = (id: string): School => ({ id, name: `School ${id}`, sector: 'PO', region: 'noord', place: 'Dorp', version: '1' });
const schools = [school('a'), school('b'), school('c')];
// a1, a2 at school a; b1 at b; c1 at c.
const people = [person('a1', ['a']), person('a2', ['a']), person('b1', ['b']), person('c1', ['c'])];
const ids = (ps: readonly Person[]) => ps.map((p) => p.id);
const attended = (r: Rsvp, value: boolean): Rsvp => ({ ...r, attended: value });

describe('markAttendance', () => {
  const current = [rsvp('a1', 'booked'), rsvp('b1', 'booked'), rsvp('c1', 'waitlisted'), rsvp('a2', 'booked', 's2')];

  it('marks every booked person of the session present or absent, and nobody else', () => {
    const result = markAttendance(current, 's1', ['a1']);
    expect(result.ok && result.value.writes.map((r) => [r.personId, r.attended])).toEqual([
      ['a1', true],
      ['b1', false],
    ]);
    expect(result.ok && [result.value.present, result.value.of]).toEqual([1, 2]);
  });

  it('refuses a person who is not booked for the session (waitlisted, other session or unknown)', () => {
    for (const id of ['c1', 'a2', 'zz']) expect(markAttendance(current, 's1', [id])).toEqual({ ok: false, error: { code: 'ATTENDANCE.NOT_BOOKED' } });
  });

  it('does not rewrite RSVPs whose attendance did not change', () => {
    const taken = [attended(rsvp('a1', 'booked'), true), attended(rsvp('b1', 'booked'), false)];
    const result = markAttendance(taken, 's1', ['a1']);
    expect(result.ok && result.value.writes).toEqual([]);
  });
});

describe('attendanceCount', () => {
  it('is null until taken, then "n of m" over the booked people', () => {
    const booked = [rsvp('a1', 'booked'), rsvp('b1', 'booked'), rsvp('c1', 'declined')];
    expect(attendanceCount(booked, 's1')).toBeNull();
    expect(attendanceCount([attended(booked[0] as Rsvp, true), attended(booked[1] as Rsvp, false), booked[2] as Rsvp], 's1')).toEqual({ present: 1, of: 2 });
  });
});

describe('who was at an earlier meeting', () => {
  it('counts booked people while attendance is not taken, and only the present ones once it is', () => {
    const before = [rsvp('a1', 'booked'), rsvp('b1', 'booked'), rsvp('c1', 'declined')];
    expect([...presentPersonIds(before)].sort()).toEqual(['a1', 'b1']);
    const after = [attended(rsvp('a1', 'booked'), false), attended(rsvp('b1', 'booked'), true), rsvp('c1', 'declined')];
    expect([...presentPersonIds(after)]).toEqual(['b1']);
    expect([...presentSchoolIds(after, people)]).toEqual(['b']);
  });

  it('takes attendance per session: a session without it still counts its booked people', () => {
    const mixed = [attended(rsvp('a1', 'booked'), false), rsvp('c1', 'booked', 's2')];
    expect([...presentPersonIds(mixed)]).toEqual(['c1']);
  });
});

describe('the audience axis "not at meeting X"', () => {
  const earlier = [attended(rsvp('a1', 'booked'), true), attended(rsvp('b1', 'booked'), false)];
  const base = { roles: [], sectors: [], schoolIds: [] };

  it('by person: everyone invited who was not there', () => {
    const audience = { ...base, notAttended: { meetingId: 'm1', by: 'person' as const } };
    expect(ids(selectAudience(people, audience, schools, earlier))).toEqual(['a2', 'b1', 'c1']);
  });

  it('by school: everyone at a school where nobody was there', () => {
    const audience = { ...base, notAttended: { meetingId: 'm1', by: 'school' as const } };
    expect(ids(selectAudience(people, audience, schools, earlier))).toEqual(['b1', 'c1']);
  });

  it('keeps a person with two schools when one of them had nobody there', () => {
    const both = person('ab', ['a', 'b']);
    expect(ids(notAttendedAt([both], { by: 'school' }, earlier, [...people, both]))).toEqual(['ab']);
  });

  it('combines with the other axes (AND)', () => {
    const audience = { ...base, schoolIds: ['a'], notAttended: { meetingId: 'm1', by: 'person' as const } };
    expect(ids(selectAudience(people, audience, schools, earlier))).toEqual(['a2']);
  });

  it('without the axis, the earlier meeting does not matter', () => {
    expect(ids(selectAudience(people, base, schools, earlier))).toEqual(['a1', 'a2', 'b1', 'c1']);
  });
});
