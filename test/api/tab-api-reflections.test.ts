import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleFramework, type Reflection, type ReflectionViewDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, YEAR, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const url = (school = 'school-a', year = YEAR) => `/api/tab/schools/${school}/reflections/${year}`;
const firstItem = () => exampleFramework(YEAR).items[0]!.id;

const started = async () => {
  await request(f.app).post(`${url()}/start`).set(as(PEOPLE.ibA.id)).expect(200);
  await request(f.app)
    .patch(`${url()}/answers`)
    .set(as(PEOPLE.teacherA.id))
    .send({ itemId: firstItem(), answer: { waarStaanWij: 'Wij bespreken elke leerling twee keer per jaar.' } })
    .expect(200);
};

describe('tab API: reflection', () => {
  it('keeps an autosaved answer for the whole school team', async () => {
    await started();
    const view = (await request(f.app).get(url()).set(as(PEOPLE.ibA.id))).body as ReflectionViewDto;
    expect(view.kind).toBe('full');
    if (view.kind !== 'full') return;
    expect(view.reflection?.answers[firstItem()]?.waarStaanWij).toBe('Wij bespreken elke leerling twee keer per jaar.');
    expect(view.framework.items.length).toBeGreaterThan(0);
  });

  it('forbids people of another school to read it, saying it is not shared with them', async () => {
    await started();
    const res = await request(f.app).get(url()).set(as(PEOPLE.ibB.id));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'REFLECTION.NOT_SHARED', message: expect.stringContaining('deelt haar reflectie niet') });
  });

  it('forbids people of another school to write it', async () => {
    await started();
    const res = await request(f.app).patch(`${url()}/answers`).set(as(PEOPLE.ibB.id)).send({ itemId: firstItem(), answer: { aanpak: 'x' } });
    expect(res.status).toBe(403);
  });

  it('shows the coördinator the status, not the answers, until the school shares it', async () => {
    await started();
    const before = await request(f.app).get(url()).set(as(PEOPLE.coordinator.id));
    expect(before.body).toEqual({
      kind: 'status',
      status: expect.objectContaining({ schoolId: 'school-a', status: 'concept', sharedWithSwv: false }),
    });
    expect(JSON.stringify(before.body)).not.toContain('twee keer per jaar');
    await request(f.app).post(`${url()}/grants`).set(as(PEOPLE.ibA.id)).send({ audience: { kind: 'swv' } }).expect(200);
    const after = (await request(f.app).get(url()).set(as(PEOPLE.coordinator.id))).body as ReflectionViewDto;
    expect(after.kind === 'full' && after.canEdit).toBe(false);
    expect(JSON.stringify(after)).toContain('twee keer per jaar');
  });

  it('refuses changes once finished, and accepts them again after reopening', async () => {
    await started();
    await request(f.app).post(`${url()}/finish`).set(as(PEOPLE.ibA.id)).expect(200);
    const patch = { itemId: firstItem(), answer: { aanpak: 'Met de leesspecialist.' } };
    const refused = await request(f.app).patch(`${url()}/answers`).set(as(PEOPLE.ibA.id)).send(patch);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REFLECTION.FINISHED');
    await request(f.app).post(`${url()}/reopen`).set(as(PEOPLE.ibA.id)).expect(200);
    const accepted = await request(f.app).patch(`${url()}/answers`).set(as(PEOPLE.ibA.id)).send(patch);
    expect((accepted.body as Reflection).answers[firstItem()]).toMatchObject({ aanpak: 'Met de leesspecialist.', waarStaanWij: expect.stringContaining('twee keer') });
  });

  it('starts empty and shows last year’s answers beside it, without copying them', async () => {
    const lastYear = '2025-2026';
    await request(f.app).post(`${url('school-a', lastYear)}/start`).set(as(PEOPLE.ibA.id)).expect(200);
    await request(f.app)
      .patch(`${url('school-a', lastYear)}/answers`)
      .set(as(PEOPLE.ibA.id))
      .send({ itemId: firstItem(), answer: { houdenErinAnders: 'De groepsbespreking houden we erin.' } })
      .expect(200);
    await request(f.app).post(`${url()}/start`).set(as(PEOPLE.ibA.id)).expect(200);
    const view = (await request(f.app).get(url()).set(as(PEOPLE.ibA.id))).body as ReflectionViewDto;
    if (view.kind !== 'full') throw new Error('expected the full view');
    expect(view.previous?.answers[firstItem()]?.houdenErinAnders).toBe('De groepsbespreking houden we erin.');
    expect(view.reflection?.answers[firstItem()]).toEqual({ waarStaanWij: '', houdenErinAnders: '', aanpak: '' });
  });

  it.each([
    ['a year that is not a school year', () => request(f.app).get(url('school-a', '2026')), 404],
    ['an item that is not in the handreiking', () => request(f.app).patch(`${url()}/answers`).send({ itemId: 'nope', answer: { aanpak: 'x' } }), 404],
    ['a finish with a body field', () => request(f.app).post(`${url()}/finish`).send({ force: true }), 400],
  ])('refuses %s', async (_name, call, status) => {
    await started();
    const res = await call().set(as(PEOPLE.ibA.id));
    expect(res.status).toBe(status);
  });

  it('lets only a coördinator change the handreiking, and keeps the revision a reflection was started on', async () => {
    await started();
    const items = exampleFramework(YEAR).items.slice(0, 2);
    const put = (who: string) => request(f.app).put(`/api/tab/frameworks/${YEAR}`).set(as(who)).send({ items, expectedVersion: '' });
    expect((await put(PEOPLE.ibA.id)).status).toBe(403);
    const saved = await put(PEOPLE.coordinator.id);
    expect(saved.status).toBe(200);
    expect(saved.body.items).toHaveLength(2);
    const view = (await request(f.app).get(url()).set(as(PEOPLE.ibA.id))).body as ReflectionViewDto;
    if (view.kind !== 'full') throw new Error('expected the full view');
    expect(view.reflection?.frameworkRevision).not.toBe(saved.body.revision);
  });
});
