/**
 * The authorization matrix over the tab API in tenant mode, with real RS256 tokens checked against
 * a JWKS served on 127.0.0.1: every caller × every endpoint (all on school A), allowed or not.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultNiveauTemplate, shippedNiveauTemplate, type Person } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import { saveNiveaus } from '../../bot/src/usecases/niveau.js';
import { startReflection, updateReflectionAnswer } from '../../bot/src/usecases/reflection.js';
import { grantReflectionAccess } from '../../bot/src/usecases/reflection-sharing.js';
import { SAMPLE_COORDINATOR_AAD_ID } from '../../bot/src/sample/ids.js';
import { makeFixture, NOW, PEOPLE, YEAR, type Fixture } from './fixture.js';
import { CLIENT_ID, PUBLIC_URL, startEntraStandIn, TENANT_ID, type EntraStandIn, type TokenOptions } from './entra-stand-in.js';

const SECRET_ANSWER = 'GEHEIM: onze aanpak van school A';
const NIVEAU_TEXT = 'Niveau 3 zoals school A het doet';
const A = '/api/tab/schools/school-a';

let entra: EntraStandIn;
beforeAll(async () => { entra = await startEntraStandIn(); });
afterAll(async () => { await entra.close(); });

const tenantConfig = () =>
  loadConfig({
    BOT_ID: CLIENT_ID,
    BOT_PASSWORD: 'not-used',
    BOT_TENANT_ID: TENANT_ID,
    PUBLIC_URL,
    TAB_JWKS_URL: entra.jwksUrl,
    COORDINATOR_IDS: SAMPLE_COORDINATOR_AAD_ID,
    LOG_LEVEL: 'silent',
    TAB_DIST_DIR: './does-not-exist',
  });

const personOf = async (f: Fixture, id: string): Promise<Person> => (await f.deps.stores.people.get(id))!;

/** School A has a saved niveau-overzicht (revision 1) and an unshared reflection with an answer. */
const seeded = async (): Promise<Fixture> => {
  const f = await makeFixture(tenantConfig());
  const ib = await personOf(f, PEOPLE.ibA.id);
  const levels = defaultNiveauTemplate().map((l) => (l.level === 3 ? { ...l, title: NIVEAU_TEXT } : l));
  await saveNiveaus(f.deps, ib, 'school-a', { levels, expectedVersion: '' });
  await startReflection(f.deps, ib, 'school-a', YEAR);
  await updateReflectionAnswer(f.deps, ib, 'school-a', YEAR, { itemId: 'bouwsteen-1', answer: { aanpak: SECRET_ANSWER } });
  return f;
};

type Caller = { readonly oid: string | null; readonly token?: TokenOptions };
const aad = (p: { aadObjectId: string }) => p.aadObjectId;

const CALLERS: Record<string, Caller> = {
  leerkracht: { oid: aad(PEOPLE.teacherA) },
  ibEr: { oid: aad(PEOPLE.ibA) },
  schoolleider: { oid: aad(PEOPLE.leaderA) },
  coordinator: { oid: aad(PEOPLE.coordinator) },
  otherSchool: { oid: aad(PEOPLE.ibB) },
  noToken: { oid: null },
  expired: { oid: aad(PEOPLE.ibA), token: { expiresIn: -120 } },
  otherTenant: { oid: aad(PEOPLE.ibA), token: { tid: 'tenant-elders' } },
  otherAudience: { oid: aad(PEOPLE.ibA), token: { aud: 'api://elders.example.nl/other-client' } },
  forgedSignature: { oid: aad(PEOPLE.ibA), token: { signedBy: 'stranger' } },
};

type Send = (f: Fixture, auth: Record<string, string>) => Promise<request.Response>;
const levelsBody = async (f: Fixture) => ({
  levels: defaultNiveauTemplate(),
  expectedVersion: (await f.deps.stores.niveaus.get('school-a'))?.version ?? '',
});
/** The sample meeting as the workspace page sends it back, with the version it read. */
const meetingBody = async (f: Fixture) => {
  const m = await f.deps.stores.meetings.get('meeting-plg');
  if (!m) throw new Error('fixture meeting');
  const { title, type, description, sessions, sessionChoice, audience, registrationDeadline, reminderPlan } = m;
  return { version: m.version, meeting: { title, type, description, sessions, sessionChoice, audience, registrationDeadline, reminderPlan } };
};
const frameworkBody = { items: [{ id: 'u1', kind: 'uitgangspunt', title: 'Thuisnabij', explanation: '' }], expectedVersion: '' };

const ENDPOINTS: Record<string, Send> = {
  'GET /me': (f, h) => request(f.app).get('/api/tab/me').set(h),
  'GET /schools': (f, h) => request(f.app).get('/api/tab/schools').set(h),
  'GET niveaus': (f, h) => request(f.app).get(`${A}/niveaus`).set(h),
  'PUT niveaus': async (f, h) => request(f.app).put(`${A}/niveaus`).set(h).send(await levelsBody(f)),
  'GET niveau history': (f, h) => request(f.app).get(`${A}/niveaus/history`).set(h),
  'POST niveau restore': (f, h) => request(f.app).post(`${A}/niveaus/restore/1`).set(h),
  'GET reflection': (f, h) => request(f.app).get(`${A}/reflections/${YEAR}`).set(h),
  'POST reflection start': (f, h) => request(f.app).post(`${A}/reflections/${YEAR}/start`).set(h),
  'PATCH reflection answer': (f, h) =>
    request(f.app).patch(`${A}/reflections/${YEAR}/answers`).set(h).send({ itemId: 'bouwsteen-1', answer: { aanpak: 'x' } }),
  'POST reflection finish': (f, h) => request(f.app).post(`${A}/reflections/${YEAR}/finish`).set(h),
  'POST reflection reopen': (f, h) => request(f.app).post(`${A}/reflections/${YEAR}/reopen`).set(h),
  'POST reflection grant': (f, h) => request(f.app).post(`${A}/reflections/${YEAR}/grants`).set(h).send({ audience: { kind: 'swv' } }),
  'POST reflection revoke': (f, h) => request(f.app).post(`${A}/reflections/${YEAR}/grants/revoke`).set(h).send({ audience: { kind: 'swv' } }),
  'GET reflections shared with school': (f, h) => request(f.app).get(`${A}/shared-reflections/${YEAR}`).set(h),
  'GET framework': (f, h) => request(f.app).get(`/api/tab/frameworks/${YEAR}`).set(h),
  'PUT framework': (f, h) => request(f.app).put(`/api/tab/frameworks/${YEAR}`).set(h).send(frameworkBody),
  'GET niveau template': (f, h) => request(f.app).get('/api/tab/niveau-templates/VO').set(h),
  'PUT niveau template': (f, h) =>
    request(f.app).put('/api/tab/niveau-templates/VO').set(h).send({ levels: shippedNiveauTemplate('VO').levels, expectedVersion: '' }),
  'POST niveau template level': async (f, h) =>
    request(f.app).post(`${A}/niveaus/template/3`).set(h).send({ choice: 'keep', expectedVersion: (await f.deps.stores.niveaus.get('school-a'))?.version ?? '' }),
  'GET meetings': (f, h) => request(f.app).get('/api/tab/meetings').set(h),
  'POST rsvp': (f, h) => request(f.app).post('/api/tab/meetings/meeting-plg/rsvp').set(h).send({ sessionId: 'session-1', response: 'attend' }),
  'GET dashboard': (f, h) => request(f.app).get('/api/tab/dashboard').set(h),
  'GET dashboard csv': (f, h) => request(f.app).get('/api/tab/dashboard/meetings/meeting-plg.csv').set(h),
  'GET workspace': (f, h) => request(f.app).get('/api/tab/workspace').set(h),
  'GET workspace meeting': (f, h) => request(f.app).get('/api/tab/workspace/meetings/meeting-plg').set(h),
  'POST meeting': async (f, h) => request(f.app).post('/api/tab/meetings').set(h).send({ meeting: (await meetingBody(f)).meeting }),
  'PUT meeting': async (f, h) => request(f.app).put('/api/tab/meetings/meeting-plg').set(h).send(await meetingBody(f)),
  'POST meeting send': (f, h) => request(f.app).post('/api/tab/meetings/meeting-plg/send').set(h),
};

// Y = allowed (2xx), F = 403, U = 401. Columns: leerkracht, ib'er, schoolleider, coördinator, other school.
// The five rows without a valid token are U everywhere (checked below).
const ALLOWED: Record<keyof typeof ENDPOINTS, string> = {
  'GET /me': 'YYYYY',
  'GET /schools': 'YYYYY',
  'GET niveaus': 'YYYYF',
  'PUT niveaus': 'FYYFF',
  'GET niveau history': 'YYYYF',
  'POST niveau restore': 'FYYFF',
  'GET reflection': 'YYYYF', // the coördinator gets the status only (below)
  'POST reflection start': 'YYYFF',
  'PATCH reflection answer': 'YYYFF',
  'POST reflection finish': 'YYYFF',
  'POST reflection reopen': 'YYYFF',
  // Sharing is for the school's niveau editors (ib'er, schoolleider, …), not every colleague.
  'POST reflection grant': 'FYYFF',
  'POST reflection revoke': 'FYYFF',
  'GET reflections shared with school': 'YYYFF',
  'GET framework': 'YYYYY',
  'PUT framework': 'FFFYF',
  'GET niveau template': 'YYYYY',
  'PUT niveau template': 'FFFYF',
  'POST niveau template level': 'FYYFF',
  'GET meetings': 'YYYYY',
  'POST rsvp': 'YYFYY', // the meeting is for ib'ers and teachers; a coördinator may always answer
  'GET dashboard': 'FFFYF',
  'GET dashboard csv': 'FFFYF',
  'GET workspace': 'FFFYF',
  'GET workspace meeting': 'FFFYF',
  'POST meeting': 'FFFYF',
  'PUT meeting': 'FFFYF',
  'POST meeting send': 'FFFYF',
};

const SIGNED_IN = ['leerkracht', 'ibEr', 'schoolleider', 'coordinator', 'otherSchool'] as const;
const expected = (caller: string, endpoint: string): number => {
  const column = SIGNED_IN.indexOf(caller as (typeof SIGNED_IN)[number]);
  if (column < 0) return 401;
  return ALLOWED[endpoint]?.[column] === 'Y' ? 200 : 403;
};

const authOf = async (caller: Caller): Promise<Record<string, string>> =>
  caller.oid === null ? {} : { Authorization: `Bearer ${await entra.token(caller.oid, NOW, caller.token)}` };

const cells = Object.keys(CALLERS).flatMap((caller) => Object.keys(ENDPOINTS).map((endpoint) => [caller, endpoint] as const));

describe('tab API authorization matrix (tenant mode, Entra tokens)', () => {
  it.each(cells)('%s → %s', async (caller, endpoint) => {
    const f = await seeded();
    try {
      const res = await ENDPOINTS[endpoint]!(f, await authOf(CALLERS[caller]!));
      const status = res.status === 201 ? 200 : res.status;
      expect(status, JSON.stringify(res.body)).toBe(expected(caller, endpoint));
      if (status !== 200) expect(res.body.message).toMatch(/\S/);
    } finally {
      await f.close();
    }
  });
});

describe('tab API token details', () => {
  it('accepts the v1 issuer and the bare client id as audience', async () => {
    const f = await seeded();
    const token = await entra.token(aad(PEOPLE.ibA), NOW, { issuer: 'v1', aud: CLIENT_ID });
    const res = await request(f.app).get('/api/tab/me').set('Authorization', `Bearer ${token}`);
    expect(res.body).toMatchObject({ id: 'ib-a' });
    await f.close();
  });

  it('refuses a token whose issuer names another tenant than its tid', async () => {
    const f = await seeded();
    const token = await entra.token(aad(PEOPLE.ibA), NOW, { issuer: 'https://login.microsoftonline.com/tenant-elders/v2.0' });
    expect((await request(f.app).get('/api/tab/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    await f.close();
  });
});

describe('what other schools and the partnership can see', () => {
  const everyEndpoint = async (f: Fixture, caller: Caller) => {
    const auth = await authOf(caller);
    const bodies: string[] = [];
    for (const send of Object.values(ENDPOINTS)) {
      const res = await send(f, auth);
      bodies.push(res.text ?? JSON.stringify(res.body ?? null));
    }
    return bodies.join('\n');
  };

  it('a user of school B neither reads nor changes anything of school A', async () => {
    const f = await seeded();
    const before = { niveau: await f.deps.stores.niveaus.get('school-a'), reflection: await f.deps.stores.reflections.get('school-a', YEAR) };
    const seen = await everyEndpoint(f, CALLERS['otherSchool']!);
    expect(seen).not.toContain(SECRET_ANSWER);
    expect(seen).not.toContain(NIVEAU_TEXT);
    expect(await f.deps.stores.niveaus.get('school-a')).toEqual(before.niveau);
    expect(await f.deps.stores.reflections.get('school-a', YEAR)).toEqual(before.reflection);
    await f.close();
  });

  it('the coördinator sees only the status of a reflection until the school shares it', async () => {
    const f = await seeded();
    const coordinator = CALLERS['coordinator']!;
    const auth = await authOf(coordinator);
    const seen = await everyEndpoint(f, { oid: coordinator.oid });
    expect(seen).not.toContain(SECRET_ANSWER);
    const status = await request(f.app).get(`${A}/reflections/${YEAR}`).set(auth);
    expect(status.body).toMatchObject({ kind: 'status', status: { status: 'concept', sharedWithSwv: false } });

    await grantReflectionAccess(f.deps, await personOf(f, PEOPLE.ibA.id), 'school-a', YEAR, { kind: 'swv' });
    const shared = await request(f.app).get(`${A}/reflections/${YEAR}`).set(auth);
    expect(shared.body).toMatchObject({ kind: 'full', canEdit: false });
    expect(JSON.stringify(shared.body)).toContain(SECRET_ANSWER);
    await f.close();
  });
});
