import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Announcement, BroadcastsDto, Survey } from '@samen/shared';
import { sendAnnouncement } from '../../bot/src/usecases/announcements.js';
import { answerSurvey, sendSurvey } from '../../bot/src/usecases/surveys.js';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';
import { TEST_COORDINATOR } from '../../bot/src/deps.test-helper.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const ANNOUNCEMENT: Omit<Announcement, 'version'> = {
  id: 'ann-handreiking',
  title: 'Praktische Handreiking ontvangen?',
  text: 'Geef aan dat je de handreiking hebt ontvangen.',
  documentUrl: null,
  ackLabel: null,
  deadline: '2026-12-04T17:00:00+01:00',
  audience: { roles: ['ib'], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  organiserId: 'coord',
  status: 'concept',
  createdAt: '2026-11-20T09:00:00+01:00',
};

const SURVEY: Omit<Survey, 'version'> = {
  id: 'survey-oo',
  title: 'Inzet onderwijsondersteuners',
  intro: '',
  questions: [{ id: 'q1', kind: 'rating', text: 'Hoe tevreden ben je?', required: true, options: [] }],
  anonymous: false,
  perSchool: true,
  deadline: '2026-12-10T17:00:00+01:00',
  audience: { roles: [], sectors: [], schoolIds: ['school-a'] },
  reminderDaysBeforeDeadline: [],
  formsUrl: null,
  organiserId: 'coord',
  status: 'concept',
  createdAt: '2026-11-21T09:00:00+01:00',
};

const announce = async (a: Partial<Announcement> = {}) => {
  const saved = await f.deps.stores.announcements.upsert({ ...ANNOUNCEMENT, ...a, expectedVersion: '' });
  if (!saved.ok) throw new Error(saved.error.code);
  await sendAnnouncement(f.deps, TEST_COORDINATOR, saved.value.id);
};

const survey = async (s: Partial<Survey> = {}) => {
  const saved = await f.deps.stores.surveys.upsert({ ...SURVEY, ...s, expectedVersion: '' });
  if (!saved.ok) throw new Error(saved.error.code);
  await sendSurvey(f.deps, TEST_COORDINATOR, saved.value.id);
};

const broadcasts = async (who: string): Promise<BroadcastsDto> => {
  const res = await request(f.app).get('/api/tab/broadcasts').set(as(who)).expect(200);
  return res.body as BroadcastsDto;
};

const ack = (who: string, id = ANNOUNCEMENT.id) => request(f.app).post(`/api/tab/announcements/${id}/ack`).set(as(who)).send({});

describe('tab API: announcements and surveys', () => {
  it('shows the coördinator each announcement acknowledged of sent, per school and per role', async () => {
    await announce();
    const a = (await broadcasts(PEOPLE.coordinator.id)).progress?.announcements[0];
    expect(a).toMatchObject({ id: 'ann-handreiking', status: 'verstuurd', total: 2, done: 0, forwarded: 0 });
    expect(a?.bySchool).toEqual([
      { schoolId: 'school-a', name: 'OBS De Linde', total: 1, done: 0 },
      { schoolId: 'school-b', name: 'CBS De Eik', total: 1, done: 0 },
    ]);
    expect(a?.byRole).toEqual([{ role: 'ib', total: 2, done: 0 }]);
  });

  it('changes the report when a recipient acknowledges from the tab, once however often they click', async () => {
    await announce();
    const first = await ack(PEOPLE.ibA.id).expect(200);
    expect(first.body).toMatchObject({ id: 'ann-handreiking', acknowledged: true });
    await ack(PEOPLE.ibA.id).expect(200);
    const a = (await broadcasts(PEOPLE.coordinator.id)).progress?.announcements[0];
    expect(a).toMatchObject({ total: 2, done: 1 });
    expect(a?.bySchool.map((s) => [s.schoolId, s.done])).toEqual([['school-a', 1], ['school-b', 0]]);
    expect((await broadcasts(PEOPLE.ibA.id)).mine.announcements).toMatchObject([{ id: 'ann-handreiking', acknowledged: true }]);
    expect((await broadcasts(PEOPLE.ibB.id)).mine.announcements).toMatchObject([{ id: 'ann-handreiking', acknowledged: false }]);
  });

  it('shows staff only what was sent to them, and no progress', async () => {
    await announce();
    const mine = await broadcasts(PEOPLE.teacherA.id);
    expect(mine).toEqual({ progress: null, mine: { announcements: [], surveys: [] } });
    const ib = await broadcasts(PEOPLE.ibA.id);
    expect(ib.progress).toBeNull();
    expect(ib.mine.announcements.map((a) => a.id)).toEqual(['ann-handreiking']);
  });

  it("shows another school's staff nothing of an announcement for one school, and refuses their acknowledgement", async () => {
    await announce({ audience: { roles: [], sectors: [], schoolIds: ['school-a'] } });
    await survey();
    for (const who of [PEOPLE.ibB.id, PEOPLE.leaderB.id]) {
      expect((await broadcasts(who)).mine).toEqual({ announcements: [], surveys: [] });
    }
    const res = await ack(PEOPLE.ibB.id);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ code: 'ANNOUNCEMENT.NOT_RECIPIENT', message: 'Deze mededeling is niet aan jou gestuurd.' });
    expect((await broadcasts(PEOPLE.coordinator.id)).progress?.announcements[0]).toMatchObject({ total: 3, done: 0 });
  });

  it('answers an unknown or unsent announcement with 404 in Dutch', async () => {
    await f.deps.stores.announcements.upsert({ ...ANNOUNCEMENT, id: 'ann-concept', expectedVersion: '' });
    for (const id of ['bestaat-niet', 'ann-concept']) {
      const res = await ack(PEOPLE.ibA.id, id);
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('Deze mededeling bestaat niet (meer).');
    }
  });

  it('counts a per-school survey per school and shows colleagues their school has answered', async () => {
    await survey();
    expect((await broadcasts(PEOPLE.leaderA.id)).mine.surveys).toMatchObject([{ id: 'survey-oo', answered: false, closed: false }]);
    const teacher = await f.deps.stores.people.get(PEOPLE.teacherA.id);
    const answered = await answerSurvey(f.deps, teacher!, 'survey-oo', { answer_q1: '4' });
    expect(answered.ok).toBe(true);
    expect((await broadcasts(PEOPLE.leaderA.id)).mine.surveys).toMatchObject([{ answered: true }]);
    expect((await broadcasts(PEOPLE.coordinator.id)).progress?.surveys).toMatchObject([
      { id: 'survey-oo', total: 1, done: 1, perSchool: true, closed: false, deadline: '2026-12-10T17:00:00+01:00' },
    ]);
  });

  it('counts a survey per person and says when it is closed', async () => {
    await survey({ id: 'survey-closed', perSchool: false, audience: { roles: ['ib'], sectors: [], schoolIds: [] }, deadline: '2026-11-24T17:00:00+01:00' });
    expect((await broadcasts(PEOPLE.coordinator.id)).progress?.surveys).toMatchObject([{ id: 'survey-closed', total: 2, done: 0, closed: true }]);
    expect((await broadcasts(PEOPLE.ibB.id)).mine.surveys).toMatchObject([{ id: 'survey-closed', answered: false, closed: true }]);
  });
});
