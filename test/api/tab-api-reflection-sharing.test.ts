/**
 * Sharing a reflection per audience through the tab API (#16 item 3): the ib'er of school A shares
 * with its bestuur and with school B; who can then read the answers, and who sees only the status or
 * nothing, before and after a revoke. Runs on SQLite and (the vitest project `sharepoint`) SharePoint.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReflectionSharingDto, ReflectionViewDto, SharedWithUsDto } from '@samen/shared';
import { exampleFramework } from '@samen/shared';
import { as, makeFixture, PEOPLE, YEAR, type Fixture } from './fixture.js';

let f: Fixture;
const SECRET = 'Wij bespreken elke leerling twee keer per jaar.';
const url = (school = 'school-a') => `/api/tab/schools/${school}/reflections/${YEAR}`;
const BESTUUR_A = 'bestuur-a';
const BESTUUR_B = 'bestuur-b';

beforeEach(async () => {
  f = await makeFixture();
  const board = (id: string, schoolIds: string[]) =>
    f.deps.stores.people.upsert({ id, aadObjectId: `aad-${id}`, name: `Bestuurder ${id}`, email: `${id}@bestuur.example`, schoolIds, roles: ['bestuur'], locale: 'nl', expectedVersion: '' });
  await board(BESTUUR_A, ['school-a']);
  await board(BESTUUR_B, ['school-b']);
  await request(f.app).post(`${url()}/start`).set(as(PEOPLE.ibA.id)).expect(200);
  await request(f.app)
    .patch(`${url()}/answers`)
    .set(as(PEOPLE.ibA.id))
    .send({ itemId: exampleFramework(YEAR).items[0]!.id, answer: { waarStaanWij: SECRET } })
    .expect(200);
});
afterEach(async () => { await f.close(); });

const view = (personId: string) => request(f.app).get(url()).set(as(personId));
const share = (personId: string, audience: unknown, revoke = false) =>
  request(f.app).post(`${url()}/grants${revoke ? '/revoke' : ''}`).set(as(personId)).send({ audience });

/** What each reader gets: 'full' (answers), 'status', or the refusal code. */
const seenBy = async (personId: string): Promise<string> => {
  const res = await view(personId);
  if (res.status !== 200) return res.body.code as string;
  const body = res.body as ReflectionViewDto;
  if (body.kind === 'full') expect(JSON.stringify(body)).toContain(SECRET);
  else expect(JSON.stringify(body)).not.toContain(SECRET);
  return body.kind;
};

const everyone = async () => ({
  teacherA: await seenBy(PEOPLE.teacherA.id),
  bestuurA: await seenBy(BESTUUR_A),
  bestuurB: await seenBy(BESTUUR_B),
  ibB: await seenBy(PEOPLE.ibB.id),
  coordinator: await seenBy(PEOPLE.coordinator.id),
});

describe('tab API: sharing a reflection per audience', () => {
  it('before sharing: the school reads, its bestuur and the coördinator see the status, others nothing', async () => {
    expect(await everyone()).toEqual({ teacherA: 'full', bestuurA: 'status', bestuurB: 'REFLECTION.NOT_SHARED', ibB: 'REFLECTION.NOT_SHARED', coordinator: 'status' });
    const own = (await view(PEOPLE.ibA.id)).body as ReflectionViewDto;
    expect(own.kind === 'full' && own.sharing).toEqual({
      grants: [],
      otherSchools: [{ id: 'school-b', name: expect.any(String) }],
    });
  });

  it('shares with the bestuur and school B: they read it read-only, the partnership still sees only the status', async () => {
    const granted = await share(PEOPLE.ibA.id, { kind: 'bestuur' });
    expect(granted.status).toBe(200);
    const both = await share(PEOPLE.leaderA.id, { kind: 'school', schoolId: 'school-b' });
    const sharing = both.body.sharing as ReflectionSharingDto;
    expect(sharing.grants).toEqual([
      { kind: 'bestuur', grantedBy: PEOPLE.ibA.id, grantedByName: PEOPLE.ibA.name, grantedAt: expect.any(String), schoolName: null },
      { kind: 'school', schoolId: 'school-b', grantedBy: PEOPLE.leaderA.id, grantedByName: PEOPLE.leaderA.name, grantedAt: expect.any(String), schoolName: expect.any(String) },
    ]);

    expect(await everyone()).toEqual({ teacherA: 'full', bestuurA: 'full', bestuurB: 'REFLECTION.NOT_SHARED', ibB: 'full', coordinator: 'status' });
    const asB = (await view(PEOPLE.ibB.id)).body as ReflectionViewDto;
    expect(asB).toMatchObject({ kind: 'full', canEdit: false, sharing: null, previous: null, sharedFrom: expect.any(String) });
    // Read-only: school B changes nothing.
    const write = await request(f.app).patch(`${url()}/answers`).set(as(PEOPLE.ibB.id)).send({ itemId: exampleFramework(YEAR).items[0]!.id, answer: { aanpak: 'x' } });
    expect(write.status).toBe(403);
    expect((await share(PEOPLE.ibB.id, { kind: 'swv' })).status).toBe(403);

    const list = await request(f.app).get(`/api/tab/schools/school-b/shared-reflections/${YEAR}`).set(as(PEOPLE.leaderB.id)).expect(200);
    expect(list.body as SharedWithUsDto[]).toEqual([
      { schoolId: 'school-a', schoolName: expect.any(String), schoolYear: YEAR, status: 'concept', grantedAt: expect.any(String) },
    ]);
    // The dashboard's status row: not shared with the partnership.
    const status = (await view(PEOPLE.coordinator.id)).body as ReflectionViewDto;
    expect(status.kind === 'status' && status.status.sharedWithSwv).toBe(false);
  });

  it('a revoke takes effect at once: school B gets a clear Dutch refusal and no longer lists it', async () => {
    await share(PEOPLE.ibA.id, { kind: 'school', schoolId: 'school-b' }).expect(200);
    expect(await seenBy(PEOPLE.ibB.id)).toBe('full');
    const revoked = await share(PEOPLE.ibA.id, { kind: 'school', schoolId: 'school-b' }, true).expect(200);
    expect((revoked.body.sharing as ReflectionSharingDto).grants).toEqual([]);

    const refused = await view(PEOPLE.ibB.id);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Deze school deelt haar reflectie niet (meer) met jou. Vraag de school om de reflectie te delen als je die wilt lezen.');
    expect(JSON.stringify(refused.body)).not.toContain(SECRET);
    const list = await request(f.app).get(`/api/tab/schools/school-b/shared-reflections/${YEAR}`).set(as(PEOPLE.ibB.id)).expect(200);
    expect(list.body).toEqual([]);
  });

  it('shares with the partnership: the coördinator reads it; revoked, only the status again', async () => {
    await share(PEOPLE.ibA.id, { kind: 'swv' }).expect(200);
    expect(await seenBy(PEOPLE.coordinator.id)).toBe('full');
    expect(await seenBy(BESTUUR_A)).toBe('status');
    await share(PEOPLE.ibA.id, { kind: 'swv' }, true).expect(200);
    expect(await seenBy(PEOPLE.coordinator.id)).toBe('status');
  });

  it.each([
    { who: 'a leerkracht (not a niveau editor)', person: PEOPLE.teacherA.id, audience: { kind: 'swv' }, status: 403, code: 'AUTH.FORBIDDEN' },
    { who: 'the school’s bestuur', person: BESTUUR_A, audience: { kind: 'bestuur' }, status: 403, code: 'AUTH.FORBIDDEN' },
    { who: 'the coördinator', person: PEOPLE.coordinator.id, audience: { kind: 'swv' }, status: 403, code: 'AUTH.FORBIDDEN' },
    { who: 'the ib’er, with the school itself', person: PEOPLE.ibA.id, audience: { kind: 'school', schoolId: 'school-a' }, status: 400, code: 'REFLECTION.SHARE_INVALID' },
    { who: 'the ib’er, with a school that does not exist', person: PEOPLE.ibA.id, audience: { kind: 'school', schoolId: 'school-zz' }, status: 400, code: 'REFLECTION.SHARE_INVALID' },
    { who: 'the ib’er, with an unknown audience', person: PEOPLE.ibA.id, audience: { kind: 'iedereen' }, status: 400, code: 'REQUEST.INVALID_BODY' },
    { who: 'the ib’er, a school without its id', person: PEOPLE.ibA.id, audience: { kind: 'school' }, status: 400, code: 'REQUEST.INVALID_BODY' },
  ])('refuses sharing by $who', async ({ person, audience, status, code }) => {
    const res = await share(person, audience);
    expect(res.status).toBe(status);
    expect(String(res.body.code)).toContain(code);
    expect(res.body.message).toMatch(/\S/);
    expect(await seenBy(PEOPLE.ibB.id)).toBe('REFLECTION.NOT_SHARED');
  });
});
