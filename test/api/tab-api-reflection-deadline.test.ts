/** The reflection deadline over the tab API: everyone reads it, a coördinator sets, changes and clears it, with Dutch field errors. */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleFramework, type ReflectionDeadlineDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, YEAR, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const PATH = '/api/tab/reflection-deadlines/2026-2027';
const read = async (who: string) => (await request(f.app).get(PATH).set(as(who))).body as ReflectionDeadlineDto;
const put = (who: string, body: object) => request(f.app).put(PATH).set(as(who)).send(body);

describe('tab API: reflection deadline', () => {
  it('has no deadline until the coördinator sets one; then the school reads it, the coördinator also how many schools are done', async () => {
    expect(await read(PEOPLE.ibA.id)).toEqual({
      schoolYear: '2026-2027', date: null, reminderDaysBefore: [14, 3], passed: false, version: '', canEdit: false, schools: null,
    });
    const saved = await put(PEOPLE.coordinator.id, { date: '2027-03-15', reminderDaysBefore: [3, 14], expectedVersion: '' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ date: '2027-03-15', reminderDaysBefore: [14, 3], passed: false, canEdit: true, schools: { done: 0, total: 2 } });
    expect(await read(PEOPLE.teacherA.id)).toMatchObject({ date: '2027-03-15', canEdit: false, schools: null });
    // The server judges "passed" on its own clock (25 November 2026), from 00:00 on the day itself.
    const moved = await put(PEOPLE.coordinator.id, { date: '2026-11-25', reminderDaysBefore: [], expectedVersion: (saved.body as ReflectionDeadlineDto).version });
    expect((moved.body as ReflectionDeadlineDto).passed).toBe(true);
    const tomorrow = await put(PEOPLE.coordinator.id, { date: '2026-11-26', reminderDaysBefore: [], expectedVersion: (moved.body as ReflectionDeadlineDto).version });
    expect((tomorrow.body as ReflectionDeadlineDto).passed).toBe(false);
  });

  it('lets only a coördinator change it, with the version read; clearing leaves no date', async () => {
    for (const who of [PEOPLE.ibA.id, PEOPLE.leaderA.id, PEOPLE.teacherA.id]) {
      const refused = await put(who, { date: '2027-03-15', reminderDaysBefore: [], expectedVersion: '' });
      expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    }
    const first = (await put(PEOPLE.coordinator.id, { date: '2027-03-15', reminderDaysBefore: [14], expectedVersion: '' })).body as ReflectionDeadlineDto;
    expect((await put(PEOPLE.coordinator.id, { date: '2027-04-01', reminderDaysBefore: [14], expectedVersion: '' })).status).toBe(409);
    const cleared = await put(PEOPLE.coordinator.id, { date: null, reminderDaysBefore: [14], expectedVersion: first.version });
    expect(cleared.status).toBe(200);
    expect((await read(PEOPLE.ibB.id)).date).toBeNull();
  });

  it('refuses a date outside the school year or bad reminder days with a Dutch message per field, and a wrong shape with its path', async () => {
    const outside = await put(PEOPLE.coordinator.id, { date: '2027-09-01', reminderDaysBefore: [200], expectedVersion: '' });
    expect(outside.status).toBe(400);
    expect(outside.body.fieldErrors).toEqual({
      date: 'Kies een datum in dit schooljaar (1 augustus tot en met 31 juli).',
      reminderDaysBefore: 'Een herinnering kan 1 tot en met 120 dagen vooraf.',
    });
    const shape = await put(PEOPLE.coordinator.id, { date: 20270315, reminderDaysBefore: '14', expectedVersion: '', extra: true });
    expect(shape.status).toBe(400);
    expect(shape.body.code).toBe('REQUEST.INVALID_BODY');
    expect(shape.body.fields).toEqual(expect.arrayContaining(['date', 'reminderDaysBefore', 'extra']));
    expect((await request(f.app).get('/api/tab/reflection-deadlines/2026').set(as(PEOPLE.ibA.id))).status).toBe(404);
    expect((await read(PEOPLE.ibA.id)).date).toBeNull();
  });

  it('keeps how far a school is as a count on every saved answer (what the reminder shows), never the text', async () => {
    const reflection = `/api/tab/schools/school-a/reflections/${YEAR}`;
    const items = exampleFramework(YEAR).items;
    const progress = async () => (await f.deps.stores.reflectionDeadlines.progress(YEAR)).map(({ schoolId, answered, total }) => ({ schoolId, answered, total }));
    expect(await progress()).toEqual([]);
    await request(f.app).post(`${reflection}/start`).set(as(PEOPLE.ibA.id)).expect(200);
    expect(await progress()).toEqual([{ schoolId: 'school-a', answered: 0, total: items.length }]);
    const full = { waarStaanWij: 'Twee keer per jaar.', houdenErinAnders: 'Erin houden.', aanpak: 'Samen met ib.' };
    for (const item of items.slice(0, 2)) {
      await request(f.app).patch(`${reflection}/answers`).set(as(PEOPLE.teacherA.id)).send({ itemId: item.id, answer: full }).expect(200);
    }
    await request(f.app).patch(`${reflection}/answers`).set(as(PEOPLE.teacherA.id)).send({ itemId: items[2]!.id, answer: { aanpak: 'Half.' } }).expect(200);
    expect(await progress()).toEqual([{ schoolId: 'school-a', answered: 2, total: items.length }]);
    expect(JSON.stringify(await f.deps.stores.reflectionDeadlines.progress(YEAR))).not.toContain('Twee keer');
  });
});
