import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceDto, DashboardDto, ProgrammeDraftDto, Rsvp } from '@samen/shared';
import { as, makeFixture, MEETING, PEOPLE, type Fixture } from './fixture.js';

/** A PLG session two weeks ago: ib-a and ib-b booked, teacher-a on the waitlist. */
const PAST = {
  ...MEETING,
  id: 'meeting-past',
  title: 'PLG ronde 1',
  sessions: [{ ...MEETING.sessions[0], id: 'past-1', startsAt: '2026-11-12T15:00:00+01:00', endsAt: '2026-11-12T17:00:00+01:00', capacity: 2 }],
  registrationDeadline: null,
} as typeof MEETING;

const rsvp = (meetingId: string, sessionId: string, personId: string, status: Rsvp['status'], answers?: Record<string, string>): Rsvp => ({
  id: `r-${meetingId}-${personId}`,
  meetingId,
  sessionId,
  personId,
  status,
  statusSince: '2026-11-01T10:00:00+01:00',
  source: 'tab',
  ...(answers ? { answers } : {}),
  version: '',
});

let f: Fixture;
beforeEach(async () => {
  f = await makeFixture();
  await f.deps.stores.meetings.upsert({ ...PAST, expectedVersion: '' });
  const writes = [rsvp(PAST.id, 'past-1', PEOPLE.ibA.id, 'booked'), rsvp(PAST.id, 'past-1', PEOPLE.ibB.id, 'booked'), rsvp(PAST.id, 'past-1', PEOPLE.teacherA.id, 'waitlisted')];
  await f.deps.stores.rsvps.transact(PAST.id, () => ({ ok: true, value: { writes } }));
});
afterEach(async () => {
  await f.close();
});

const sheet = (who: string, meetingId = PAST.id) => request(f.app).get(`/api/tab/meetings/${meetingId}/attendance`).set(as(who));
const mark = (who: string, body: unknown, sessionId = 'past-1', meetingId = PAST.id) =>
  request(f.app).put(`/api/tab/meetings/${meetingId}/sessions/${sessionId}/attendance`).set(as(who)).send(body as object);

describe('tab API: attendance', () => {
  it('lists the booked people (not the waitlist) with attendance not taken yet', async () => {
    const res = await sheet(PEOPLE.coordinator.id);
    expect(res.status).toBe(200);
    const dto = res.body as AttendanceDto;
    expect(dto.sessions[0]).toMatchObject({ id: 'past-1', started: true, count: null });
    expect(dto.sessions[0]?.people).toEqual([
      { personId: 'ib-a', name: 'Naam ib-a', attended: null },
      { personId: 'ib-b', name: 'Naam ib-b', attended: null },
    ]);
  });

  it('stores who was there, shows "n van m" and puts it on the dashboard', async () => {
    const res = await mark(PEOPLE.coordinator.id, { present: ['ib-a'] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ present: 1, of: 2 });
    const stored = await f.deps.stores.rsvps.forMeeting(PAST.id);
    expect(stored.map((r) => [r.personId, r.attended])).toEqual(
      expect.arrayContaining([
        ['ib-a', true],
        ['ib-b', false],
        ['teacher-a', undefined],
      ]),
    );
    const dto = (await sheet(PEOPLE.coordinator.id)).body as AttendanceDto;
    expect(dto.sessions[0]?.count).toEqual({ present: 1, of: 2 });
    const dashboard = (await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.coordinator.id))).body as DashboardDto;
    expect(dashboard.meetings.find((m) => m.id === PAST.id)?.sessions[0]?.attendance).toEqual({ present: 1, of: 2 });
  });

  it('refuses staff with 403 and a Dutch message, and changes nothing', async () => {
    const res = await mark(PEOPLE.ibA.id, { present: ['ib-a'] });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ code: 'MEETING.NOT_ORGANISER', message: 'Alleen de organisator of een coördinator kan dit doen.' });
    expect((await sheet(PEOPLE.ibA.id)).status).toBe(403);
    expect((await f.deps.stores.rsvps.forMeeting(PAST.id)).every((r) => r.attended === undefined)).toBe(true);
  });

  it('lets the organiser of the meeting take it, also when not a coördinator', async () => {
    const current = await f.deps.stores.meetings.get(PAST.id);
    if (!current) throw new Error('fixture');
    await f.deps.stores.meetings.upsert({ ...current, organiserId: PEOPLE.ibB.id, expectedVersion: current.version });
    expect((await mark(PEOPLE.ibB.id, { present: ['ib-a', 'ib-b'] })).body).toEqual({ present: 2, of: 2 });
  });

  it.each([
    ['a list that is not a list', { present: 'ib-a' }, 'present'],
    ['an unknown field', { present: [], absent: ['ib-b'] }, 'absent'],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const res = await mark(PEOPLE.coordinator.id, body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.INVALID_BODY');
    expect(res.body.fields).toContain(field);
  });

  it('refuses someone who was not booked (waitlist) with 400 in Dutch, storing nothing', async () => {
    const res = await mark(PEOPLE.coordinator.id, { present: ['ib-a', 'teacher-a'] });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Je kunt alleen aanwezigheid opnemen voor mensen die voor deze sessie zijn aangemeld. Open de lijst opnieuw.');
    expect((await f.deps.stores.rsvps.forMeeting(PAST.id)).every((r) => r.attended === undefined)).toBe(true);
  });

  it('refuses a session that has not started yet (409) and an unknown one (404)', async () => {
    const early = await mark(PEOPLE.coordinator.id, { present: [] }, 'session-1', MEETING.id);
    expect([early.status, early.body.message]).toEqual([409, 'Deze sessie is nog niet begonnen. Neem de aanwezigheid op na afloop.']);
    expect((await mark(PEOPLE.coordinator.id, { present: [] }, 'nope')).status).toBe(404);
  });
});

describe('tab API: programme', () => {
  beforeEach(async () => {
    const current = await f.deps.stores.meetings.get(MEETING.id);
    if (!current) throw new Error('fixture');
    await f.deps.stores.meetings.upsert({ ...current, questions: [{ id: 'q1', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: false }], expectedVersion: current.version });
    await f.deps.stores.rsvps.transact(MEETING.id, () => ({
      ok: true,
      value: { writes: [rsvp(MEETING.id, 'session-1', PEOPLE.ibA.id, 'booked', { q1: 'Thuiszitters in groep 8' }), rsvp(MEETING.id, 'session-1', PEOPLE.ibB.id, 'waitlisted', { q1: 'Thuiszitters' })] },
    }));
  });

  it('drafts the programme from the knelpunten, without names', async () => {
    const res = await request(f.app).get(`/api/tab/meetings/${MEETING.id}/programme`).set(as(PEOPLE.coordinator.id));
    expect(res.status).toBe(200);
    const dto = res.body as ProgrammeDraftDto;
    expect(dto.text).toContain('Programma — PLG ondersteuningsniveaus');
    expect(dto.text).toContain('Thema “thuiszitters” (2 knelpunten)');
    expect(dto.text).not.toContain('Naam');
    expect([dto.day, dto.firstDay, dto.lastDay]).toEqual(['2026-12-03', '2026-11-25', '2026-12-10']);
  });

  it('schedules it for everyone booked at 09:00 Amsterdam on the chosen day', async () => {
    const res = await request(f.app).post(`/api/tab/meetings/${MEETING.id}/programme`).set(as(PEOPLE.coordinator.id)).send({ text: 'Programma: thuiszitters', day: '2026-12-03' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ queued: 1, notBefore: '2026-12-03T08:00:00.000Z' });
    const items = (await f.deps.stores.outbox.forSubject(MEETING.id)).filter((i) => i.kind === 'update');
    expect(items.map((i) => [i.personId, i.notBefore, i.kind === 'update' && i.payload.message])).toEqual([['ib-a', '2026-12-03T08:00:00.000Z', 'Programma: thuiszitters']]);
  });

  it.each([
    ['a day in the past', { text: 'x', day: '2026-11-20' }, 400, 'PROGRAMME.DATE_INVALID'],
    ['a day after the last session', { text: 'x', day: '2026-12-11' }, 400, 'PROGRAMME.DATE_INVALID'],
    ['no text', { text: '  ', day: '2026-12-03' }, 400, 'REQUEST.INVALID_BODY'],
  ])('refuses %s in Dutch and queues nothing', async (_name, body, status, code) => {
    const res = await request(f.app).post(`/api/tab/meetings/${MEETING.id}/programme`).set(as(PEOPLE.coordinator.id)).send(body);
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.message).toMatch(/^[A-Z]/);
    expect((await f.deps.stores.outbox.forSubject(MEETING.id)).filter((i) => i.kind === 'update')).toEqual([]);
  });

  it('refuses staff with 403', async () => {
    const res = await request(f.app).post(`/api/tab/meetings/${MEETING.id}/programme`).set(as(PEOPLE.ibA.id)).send({ text: 'x', day: '2026-12-03' });
    expect([res.status, res.body.code]).toEqual([403, 'MEETING.NOT_ORGANISER']);
    const cancel = await request(f.app).delete(`/api/tab/meetings/${MEETING.id}/programme`).set(as(PEOPLE.ibA.id));
    expect([cancel.status, cancel.body.code]).toEqual([403, 'MEETING.NOT_ORGANISER']);
  });

  it('says while a scheduled programme waits, and cancels it: nothing of it is left to send', async () => {
    const path = `/api/tab/meetings/${MEETING.id}/programme`;
    await request(f.app).post(path).set(as(PEOPLE.coordinator.id)).send({ text: 'Programma: thuiszitters', day: '2026-12-03' });
    const waiting = (await request(f.app).get(path).set(as(PEOPLE.coordinator.id))).body as ProgrammeDraftDto;
    expect(waiting.alreadyScheduled).toEqual({ notBefore: '2026-12-03T08:00:00.000Z', recipients: 1 });

    const cancelled = await request(f.app).delete(path).set(as(PEOPLE.coordinator.id));
    expect([cancelled.status, cancelled.body]).toEqual([200, { cancelled: 1, inFlight: 0 }]);
    const after = (await request(f.app).get(path).set(as(PEOPLE.coordinator.id))).body as ProgrammeDraftDto;
    expect(after.alreadyScheduled).toBeNull();
    const updates = (await f.deps.stores.outbox.forSubject(MEETING.id)).filter((i) => i.kind === 'update');
    expect(updates.filter((i) => i.status === 'pending' || i.status === 'sending')).toEqual([]);
    expect(updates.every((i) => i.status === 'failed' && i.failure === 'cancelled')).toBe(true);
  });
});
