import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingViewDto } from '@samen/shared';
import { as, makeFixture, MEETING, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await makeFixture();
  const current = await f.deps.stores.meetings.get(MEETING.id);
  if (!current) throw new Error('fixture meeting');
  await f.deps.stores.meetings.upsert({
    ...current,
    questions: [
      { id: 'q1', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: true },
      { id: 'q2', label: 'Dieetwensen', choices: ['Geen', 'Vegetarisch'], required: false },
    ],
    expectedVersion: current.version,
  });
});
afterEach(async () => { await f.close(); });

const rsvp = (body: object) =>
  request(f.app).post(`/api/tab/meetings/${MEETING.id}/rsvp`).set(as(PEOPLE.ibA.id)).send({ sessionId: 'session-1', ...body });

describe('tab API: answers to the meeting questions', () => {
  it('stores my answers with "Aanmelden" and shows them back with the questions', async () => {
    const res = await rsvp({ response: 'attend', answers: { q1: 'Thuiszitters', q2: 'Vegetarisch' } });
    expect(res.status).toBe(200);
    expect((res.body as MeetingViewDto).myAnswers).toEqual({ q1: 'Thuiszitters', q2: 'Vegetarisch' });
    const listed = (await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.ibA.id))).body as MeetingViewDto[];
    expect(listed[0]?.questions.map((q) => q.label)).toEqual(['Welk knelpunt wil je inbrengen?', 'Dieetwensen']);
    expect(listed[0]?.myAnswers).toEqual({ q1: 'Thuiszitters', q2: 'Vegetarisch' });
    expect(listed[0]?.sessions[0]?.myStatus).toBe('booked');
  });

  it('refuses "Aanmelden" without the required answer, in Dutch, and books nothing', async () => {
    const res = await rsvp({ response: 'attend', answers: { q2: 'Geen' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('RSVP.ANSWER_REQUIRED');
    expect(res.body.message).toBe('Beantwoord eerst de vraag “Welk knelpunt wil je inbrengen?”.');
    const listed = (await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.ibA.id))).body as MeetingViewDto[];
    expect(listed[0]?.sessions[0]?.myStatus).toBeNull();
  });

  it.each([
    ['an unknown question', { q1: 'Thuiszitters', q3: 'x' }, 'answers.q3'],
    ['an answer that is too long', { q1: 'x'.repeat(501) }, 'answers.q1'],
    ['an answer that is not text', { q1: 42 }, 'answers.q1'],
  ])('refuses %s with 400 naming the field, and books nothing', async (_name, answers, field) => {
    const res = await rsvp({ response: 'attend', answers });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', fields: [field] });
    const listed = (await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.ibA.id))).body as MeetingViewDto[];
    expect(listed[0]?.sessions[0]?.myStatus).toBeNull();
  });
});
