/**
 * A school's niveau-overzicht and reflections live on the school's own SharePoint site and are
 * reached on behalf of the signed-in user, so SharePoint's own permissions keep other schools and
 * the partnership out — also where our POLICY would let someone through. The Graph fake gives each
 * site its own permissions: the partnership's site lets in only the app's token; a school's site
 * only the users the school let in (`local-user:{oid}`, what the server sends for a user against
 * a loopback Graph). Every flow below therefore also proves the app itself never needs a school site.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultNiveauTemplate, exampleFramework, type DashboardDto, type NiveauOverzicht, type ReflectionViewDto } from '@samen/shared';
import { listsOf } from '../../infra/sharepoint/lists.js';
import { provisionSite } from '../../infra/sharepoint/provision.js';
import { delegatedClients, localUserToken } from '../../bot/src/graph/delegated-client.js';
import { StorageForbidden } from '../../bot/src/store/errors.js';
import { startGraphFake, type GraphFake } from '../graph-fake/graph-fake.js';
import { as, makeFixture, NOW, PEOPLE, YEAR, type Fixture } from '../api/fixture.js';
import { fakeClient, fakeStores, provisionedSite } from './fake-stores.js';
import type { SharePointStores } from '../../bot/src/store/sharepoint/index.js';

const APP_TOKEN = 'fake-token';
const SITE_A = 'contoso.sharepoint.com,linde,web';
const SITE_B = 'contoso.sharepoint.com,eik,web';
const user = (p: { aadObjectId: string }) => localUserToken(p.aadObjectId);

let fake: GraphFake;
let stores: SharePointStores;
let f: Fixture;

beforeEach(async () => {
  fake = await startGraphFake();
  const central = await provisionedSite(fake);
  for (const site of [SITE_A, SITE_B]) {
    fake.addSite(site);
    await provisionSite(fakeClient(fake), site, listsOf('school'));
  }
  // School A lets its own team in, and the coördinator may read (its niveau-overzicht is no secret
  // to the partnership); school B lets only its own team in. The app is on the partnership's site only.
  fake.restrict(central, [APP_TOKEN]);
  fake.restrict(SITE_A, [user(PEOPLE.ibA), user(PEOPLE.teacherA), user(PEOPLE.leaderA), user(PEOPLE.coordinator)]);
  fake.restrict(SITE_B, [user(PEOPLE.ibB), user(PEOPLE.leaderB)]);
  stores = await fakeStores(fake, {
    siteId: central,
    schoolSites: { 'school-a': SITE_A, 'school-b': SITE_B },
    delegated: delegatedClients(fake.baseUrl, null),
    clock: () => NOW,
  });
  f = await makeFixture(undefined, stores);
});

afterEach(async () => {
  await f.close();
  await fake.close();
});

const niveauBody = (title: string) => ({
  expectedVersion: '',
  levels: exampleLevels(title),
});

/** The school's five levels as the tab sends them, with level 3's title changed. */
const exampleLevels = (title: string) => defaultNiveauTemplate().map((l) => (l.level === 3 ? { ...l, title } : l));

const saveNiveau = (personId: string, school: string, title: string) =>
  request(f.app).put(`/api/tab/schools/${school}/niveaus`).set(as(personId)).send(niveauBody(title));

const reflectionUrl = (school: string) => `/api/tab/schools/${school}/reflections/${YEAR}`;

describe('school data on the schools’ own sites, on behalf of the user', () => {
  it('saves the niveau-overzicht on the school’s own site with the ib’er’s own rights', async () => {
    const saved = await saveNiveau(PEOPLE.ibA.id, 'school-a', 'Ondersteuning op schoolniveau');
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const read = await request(f.app).get('/api/tab/schools/school-a/niveaus').set(as(PEOPLE.teacherA.id)).expect(200);
    expect(JSON.stringify(read.body)).toContain('Ondersteuning op schoolniveau');
    const onSiteA = fake.sites.get(SITE_A)?.lists.find((l) => l.displayName === 'Niveau-overzicht');
    expect(onSiteA?.items.size).toBe(1);
  });

  it('lets SharePoint refuse a reader the school did not let in, even where our policy would allow it', async () => {
    await saveNiveau(PEOPLE.ibB.id, 'school-b', 'Eik niveau 3').expect(200);
    // The coördinator may read any niveau-overzicht by our POLICY; school B's site says no.
    const refused = await request(f.app).get('/api/tab/schools/school-b/niveaus').set(as(PEOPLE.coordinator.id));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    expect(refused.body.message).toMatch(/geen toegang|mag/i);
    // School A let the coördinator in: readable.
    await saveNiveau(PEOPLE.ibA.id, 'school-a', 'Linde niveau 3').expect(200);
    const allowed = await request(f.app).get('/api/tab/schools/school-a/niveaus').set(as(PEOPLE.coordinator.id)).expect(200);
    expect(JSON.stringify(allowed.body)).toContain('Linde niveau 3');
  });

  it('keeps a store acting for one school’s ib’er out of another school’s lists (SharePoint says 403)', async () => {
    await saveNiveau(PEOPLE.ibB.id, 'school-b', 'Alleen voor De Eik').expect(200);
    const asIbA = stores.asUser({ ssoToken: 'sso-ib-a', oid: PEOPLE.ibA.aadObjectId });
    await expect(asIbA.niveaus.get('school-b')).rejects.toBeInstanceOf(StorageForbidden);
    const write = await asIbA.reflections.save({
      schoolId: 'school-b',
      schoolYear: YEAR,
      frameworkRevision: 1,
      status: 'concept',
      grants: [],
      updatedAt: NOW.toISOString(),
      updatedBy: PEOPLE.ibA.id,
      answers: {},
      expectedVersion: '',
    });
    expect(write).toEqual({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('shows the coördinator every school’s progress from the partnership’s site alone', async () => {
    await saveNiveau(PEOPLE.ibB.id, 'school-b', 'Eik niveau 3').expect(200);
    await request(f.app).post(`${reflectionUrl('school-b')}/start`).set(as(PEOPLE.ibB.id)).expect(200);
    const dashboard = (await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.coordinator.id)).expect(200)).body as DashboardDto;
    const eik = dashboard.schools.find((s) => s.id === 'school-b');
    expect(eik).toMatchObject({ niveauUpdatedThisYear: true, reflection: { status: 'concept', sharedWithSwv: false } });
    expect(dashboard.schools.find((s) => s.id === 'school-a')).toMatchObject({ niveauUpdatedThisYear: false, reflection: { status: 'niet-gestart' } });
  });

  it('lets the coördinator read a reflection only while the school shares it, without access to the school’s site', async () => {
    const answer = 'Wij werken met groepsplannen per bouw.';
    const itemId = exampleFramework(YEAR).items[0]!.id;
    await request(f.app).post(`${reflectionUrl('school-b')}/start`).set(as(PEOPLE.ibB.id)).expect(200);
    await request(f.app).patch(`${reflectionUrl('school-b')}/answers`).set(as(PEOPLE.ibB.id)).send({ itemId, answer: { waarStaanWij: answer } }).expect(200);

    const before = (await request(f.app).get(reflectionUrl('school-b')).set(as(PEOPLE.coordinator.id)).expect(200)).body as ReflectionViewDto;
    expect(before.kind).toBe('status');
    expect(JSON.stringify(before)).not.toContain(answer);

    await request(f.app).post(`${reflectionUrl('school-b')}/grants`).set(as(PEOPLE.ibB.id)).send({ audience: { kind: 'swv' } }).expect(200);
    const shared = (await request(f.app).get(reflectionUrl('school-b')).set(as(PEOPLE.coordinator.id)).expect(200)).body as ReflectionViewDto;
    expect(shared.kind === 'full' && shared.canEdit).toBe(false);
    expect(JSON.stringify(shared)).toContain(answer);

    await request(f.app).post(`${reflectionUrl('school-b')}/grants/revoke`).set(as(PEOPLE.ibB.id)).send({ audience: { kind: 'swv' } }).expect(200);
    const unshared = (await request(f.app).get(reflectionUrl('school-b')).set(as(PEOPLE.coordinator.id)).expect(200)).body as ReflectionViewDto;
    expect(unshared.kind).toBe('status');
    // Nothing of the answers stays behind on the partnership's site.
    const mirror = [...(fake.sites.values())].flatMap((s) => s.lists).find((l) => l.displayName === 'Reflectiestatus');
    expect(JSON.stringify([...(mirror?.items.values() ?? [])])).not.toContain(answer);
  });

  it('lets school A read a reflection school B shares with it by name, without access to B’s site, until B revokes', async () => {
    const answer = 'Wij werken met groepsplannen per bouw.';
    const itemId = exampleFramework(YEAR).items[0]!.id;
    await request(f.app).post(`${reflectionUrl('school-b')}/start`).set(as(PEOPLE.ibB.id)).expect(200);
    await request(f.app).patch(`${reflectionUrl('school-b')}/answers`).set(as(PEOPLE.ibB.id)).send({ itemId, answer: { waarStaanWij: answer } }).expect(200);
    const toA = { audience: { kind: 'school', schoolId: 'school-a' } };

    await request(f.app).post(`${reflectionUrl('school-b')}/grants`).set(as(PEOPLE.ibB.id)).send(toA).expect(200);
    const listed = await request(f.app).get(`/api/tab/schools/school-a/shared-reflections/${YEAR}`).set(as(PEOPLE.teacherA.id)).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ schoolId: 'school-b', status: 'concept' })]);
    const read = (await request(f.app).get(reflectionUrl('school-b')).set(as(PEOPLE.ibA.id)).expect(200)).body as ReflectionViewDto;
    expect(read.kind === 'full' && read.canEdit).toBe(false);
    expect(JSON.stringify(read)).toContain(answer);
    // The coördinator was not chosen: still the status only.
    expect(((await request(f.app).get(reflectionUrl('school-b')).set(as(PEOPLE.coordinator.id)).expect(200)).body as ReflectionViewDto).kind).toBe('status');

    await request(f.app).post(`${reflectionUrl('school-b')}/grants/revoke`).set(as(PEOPLE.ibB.id)).send(toA).expect(200);
    const refused = await request(f.app).get(reflectionUrl('school-b')).set(as(PEOPLE.ibA.id));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('REFLECTION.NOT_SHARED');
    const mirror = [...(fake.sites.values())].flatMap((s) => s.lists).find((l) => l.displayName === 'Reflectiestatus');
    expect(JSON.stringify([...(mirror?.items.values() ?? [])])).not.toContain(answer);
  });

  it('never reads a history the school did not write: restore stays on the school’s site', async () => {
    await saveNiveau(PEOPLE.ibA.id, 'school-a', 'Eerste versie').expect(200);
    const current = (await request(f.app).get('/api/tab/schools/school-a/niveaus').set(as(PEOPLE.ibA.id)).expect(200)).body as { overzicht: NiveauOverzicht };
    await request(f.app)
      .put('/api/tab/schools/school-a/niveaus')
      .set(as(PEOPLE.ibA.id))
      .send({ expectedVersion: current.overzicht.version, levels: exampleLevels('Tweede versie') })
      .expect(200);
    await request(f.app).post('/api/tab/schools/school-a/niveaus/restore/1').set(as(PEOPLE.leaderA.id)).expect(200);
    const after = await request(f.app).get('/api/tab/schools/school-a/niveaus').set(as(PEOPLE.ibA.id)).expect(200);
    expect(JSON.stringify(after.body)).toContain('Eerste versie');
    expect(fake.sites.get(SITE_A)?.lists.find((l) => l.displayName === 'Niveau-overzicht')?.items.size).toBe(3);
  });
});
