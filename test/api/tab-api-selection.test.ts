/**
 * 'aanvraag' mode end to end through the tab API: people apply, the organiser sees the proposal,
 * adjusts and confirms it; statuses and outcome messages (for the outcome day, 09:00 Amsterdam) follow.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingViewDto, SelectionConfirmDto, SelectionDto } from '@samen/shared';
import { as, makeFixture, MEETING, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;

const update = async (changes: Partial<Meeting>) => {
  const current = await f.deps.stores.meetings.get(MEETING.id);
  if (!current) throw new Error('fixture meeting');
  const saved = await f.deps.stores.meetings.upsert({ ...current, ...changes, expectedVersion: current.version });
  if (!saved.ok) throw new Error(saved.error.code);
};

beforeEach(async () => {
  f = await makeFixture();
  await update({
    registrationMode: 'aanvraag',
    sessions: [{ ...MEETING.sessions[0]!, capacity: 2 }],
    questions: [{ id: 'q1', label: 'Ik ben', choices: ['begeleider', 'leerkracht'], required: true }],
  });
});
afterEach(async () => {
  await f.close();
});

const apply = (personId: string, group: string) =>
  request(f.app)
    .post(`/api/tab/meetings/${MEETING.id}/rsvp`)
    .set(as(personId))
    .send({ sessionId: 'session-1', response: 'attend', answers: { q1: group } });
const getSelection = (personId: string) => request(f.app).get(`/api/tab/meetings/${MEETING.id}/selection`).set(as(personId));
const confirm = (personId: string, body: unknown) =>
  request(f.app).post(`/api/tab/meetings/${MEETING.id}/selection/confirm`).set(as(personId)).send(body as object);

/** Three applications, in this order (same moment: the record ids keep the order): two begeleiders (ib'ers), one teacher. */
const threeApply = async () => {
  for (const [id, group] of [
    [PEOPLE.ibA.id, 'begeleider'],
    [PEOPLE.ibB.id, 'begeleider'],
    [PEOPLE.teacherA.id, 'leerkracht'],
  ] as const) {
    expect((await apply(id, group)).status).toBe(200);
  }
};
const afterDeadline = () => update({ registrationDeadline: '2026-11-24T23:59:00+01:00' });

describe('tab API: applying in aanvraag mode', () => {
  it('"Aanmelden" records an application, not a seat, and says when you hear', async () => {
    const res = await apply(PEOPLE.ibA.id, 'begeleider');
    expect(res.status).toBe(200);
    const session = (res.body as MeetingViewDto).sessions[0]!;
    expect(session.myStatus).toBe('applied');
    expect(session.outcomeAt).toBe('2026-11-26T09:00:00.000+01:00');
    // more applications than seats: still everyone applied, nobody waitlisted
    await apply(PEOPLE.ibB.id, 'begeleider');
    await apply(PEOPLE.teacherA.id, 'leerkracht');
    const statuses = (await f.deps.stores.rsvps.forMeeting(MEETING.id)).map((r) => r.status);
    expect(statuses).toEqual(['applied', 'applied', 'applied']);
    expect(await f.deps.stores.outbox.forSubject(MEETING.id)).toEqual([]);
  });
});

describe('tab API: the selection', () => {
  it('is only for the organiser or a coördinator (403, in Dutch)', async () => {
    await threeApply();
    await afterDeadline();
    for (const res of [await getSelection(PEOPLE.ibA.id), await confirm(PEOPLE.ibA.id, { sessions: [] })]) {
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ code: 'MEETING.NOT_ORGANISER', message: 'Alleen de organisator of een coördinator kan dit doen.' });
    }
    expect((await f.deps.stores.rsvps.forMeeting(MEETING.id)).every((r) => r.status === 'applied')).toBe(true);
  });

  it('proposes a balanced group: one begeleider and the teacher, the second begeleider as reserve', async () => {
    await threeApply();
    await afterDeadline();
    const res = await getSelection(PEOPLE.coordinator.id);
    expect(res.status).toBe(200);
    const body = res.body as SelectionDto;
    expect(body.confirmedAt).toBeNull();
    expect(body.groupQuestion).toBe('Ik ben');
    expect(body.sessions[0]?.proposed.map((a) => [a.personId, a.group, a.role])).toEqual([
      ['ib-a', 'begeleider', 'ib'],
      ['teacher-a', 'leerkracht', 'leerkracht'],
    ]);
    expect(body.sessions[0]?.reserve.map((a) => a.name)).toEqual(['Naam ib-b']);
  });

  it('refuses to confirm while applications are open (409, in Dutch) and writes nothing', async () => {
    await threeApply();
    const res = await confirm(PEOPLE.coordinator.id, { sessions: [] });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      code: 'SELECTION.STILL_OPEN',
      message: 'Aanvragen kan nog tot dinsdag 1 december 2026, 23:59. Daarna kun je de selectie bevestigen.',
    });
    expect((await f.deps.stores.meetings.get(MEETING.id))?.selectionConfirmedAt ?? null).toBeNull();
  });

  it.each([
    ['no sessions list', {}, 'sessions'],
    ['an unknown field', { sessions: [], sendNow: true }, 'sendNow'],
    ['a session without lists', { sessions: [{ sessionId: 'session-1' }] }, 'sessions.0.selected'],
  ])('refuses %s with 400 and a Dutch message, and confirms nothing', async (_name, body, field) => {
    await threeApply();
    await afterDeadline();
    const res = await confirm(PEOPLE.coordinator.id, body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.INVALID_BODY');
    expect(res.body.message).toMatch(/^[A-Z].* /);
    expect(res.body.fields).toContain(field);
    expect((await f.deps.stores.rsvps.forMeeting(MEETING.id)).every((r) => r.status === 'applied')).toBe(true);
  });

  it('confirms the adjusted choice: statuses, one outcome message each for 09:00 on the outcome day; twice is once', async () => {
    await threeApply();
    await afterDeadline();
    // The organiser swaps: the second begeleider in, the first on the reserve list, the teacher out.
    const choice = { sessions: [{ sessionId: 'session-1', selected: [PEOPLE.ibB.id], reserve: [PEOPLE.ibA.id] }] };
    const res = await confirm(PEOPLE.coordinator.id, choice);
    expect(res.status).toBe(200);
    const body = res.body as SelectionConfirmDto;
    expect(body).toMatchObject({ queued: 3, alreadyConfirmed: false });
    expect(body.selection.confirmedAt).toBe('2026-11-25T09:00:00.000Z');
    expect(body.selection.sessions[0]?.confirmed).toEqual({ booked: 1, waitlisted: 1, notSelected: 1 });

    const status = Object.fromEntries((await f.deps.stores.rsvps.forMeeting(MEETING.id)).map((r) => [r.personId, r.status]));
    expect(status).toEqual({ 'ib-b': 'booked', 'ib-a': 'waitlisted', 'teacher-a': 'not-selected' });
    const items = (await f.deps.stores.outbox.forSubject(MEETING.id)).map((i) => [i.kind, i.personId, i.kind === 'outcome' ? i.payload.outcome : null, i.notBefore]);
    expect(items.sort()).toEqual(
      [
        ['outcome', 'ib-a', 'waitlisted', '2026-11-26T08:00:00.000Z'],
        ['outcome', 'ib-b', 'confirmed', '2026-11-26T08:00:00.000Z'],
        ['outcome', 'teacher-a', 'not-selected', '2026-11-26T08:00:00.000Z'],
      ].sort(),
    );

    const again = await confirm(PEOPLE.coordinator.id, { sessions: [{ sessionId: 'session-1', selected: [PEOPLE.teacherA.id], reserve: [] }] });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ queued: 0, alreadyConfirmed: true });
    expect((await f.deps.stores.outbox.forSubject(MEETING.id)).length).toBe(3);
    expect((await f.deps.stores.rsvps.forMeeting(MEETING.id)).find((r) => r.personId === 'teacher-a')?.status).toBe('not-selected');
  });

  it('a cancellation after confirmation gives the first reserve the place, with the promotion card', async () => {
    await threeApply();
    await afterDeadline();
    await confirm(PEOPLE.coordinator.id, { sessions: [{ sessionId: 'session-1', selected: [PEOPLE.ibB.id, PEOPLE.teacherA.id], reserve: [PEOPLE.ibA.id] }] });
    const res = await request(f.app).post(`/api/tab/meetings/${MEETING.id}/rsvp`).set(as(PEOPLE.ibB.id)).send({ sessionId: 'session-1', response: 'decline' });
    expect(res.status).toBe(200);
    const ibA = (await f.deps.stores.rsvps.forMeeting(MEETING.id)).find((r) => r.personId === 'ib-a');
    expect(ibA?.status).toBe('booked');
    expect((await f.deps.stores.outbox.forSubject(MEETING.id)).filter((i) => i.kind === 'promotion').map((i) => i.personId)).toEqual(['ib-a']);
  });

  it('has nothing to select in direct mode (409, in Dutch)', async () => {
    await update({ registrationMode: 'direct' });
    const res = await getSelection(PEOPLE.coordinator.id);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('Bij deze bijeenkomst meldt iedereen zich direct aan: er valt niets te selecteren.');
  });
});
