/**
 * COORDINATOR_GROUP_ID: the (transitive) members of an Entra group are coördinatoren, read through Graph
 * (here the Graph fake); everyone else is not, whatever role they picked in their profile.
 */
import pino from 'pino';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { openCoordinatorGroup, type OpenCoordinatorGroup } from '../../bot/src/auth/open-coordinator-group.js';
import { startGraphFake, type GraphFake } from '../graph-fake/graph-fake.js';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

const GROUP = '5f0c8c1e-0000-4000-8000-00000000c0de';
const NESTED = '5f0c8c1e-0000-4000-8000-0000000000ee';

let fake: GraphFake;
let group: OpenCoordinatorGroup;
let f: Fixture;

beforeAll(async () => {
  fake = await startGraphFake();
  // ibB is in a group nested inside the coördinator group; ibA is in neither; a device is not a person.
  fake.groups.set(GROUP, [`group:${NESTED}`, 'device-1']);
  fake.groups.set(NESTED, [PEOPLE.ibB.aadObjectId]);
  const config = loadConfig({ LOG_LEVEL: 'silent', COORDINATOR_GROUP_ID: GROUP, GRAPH_BASE_URL: fake.baseUrl });
  group = await openCoordinatorGroup(config, pino({ level: 'silent' }));
  f = await makeFixture(undefined, undefined, group.members);
});
afterAll(async () => {
  group.stop();
  await f.close();
  await fake.close();
});

describe('coördinatoren from an Entra group', () => {
  it('gives a member of a nested group the coördinator dashboard', async () => {
    const res = await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibB.id));
    expect(res.status).toBe(200);
  });

  it('refuses the dashboard to someone outside the group, in Dutch', async () => {
    const res = await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibA.id));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'AUTH.FORBIDDEN', message: expect.stringMatching(/geen toegang/i) });
  });

  it('reads the group with one Graph request, not one per check', async () => {
    fake.resetCounts();
    for (let i = 0; i < 5; i++) await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibB.id));
    expect(fake.counts.requests).toBe(0);
  });
});

describe('config', () => {
  it('refuses COORDINATOR_GROUP_ID against the real Graph without app credentials, naming what is missing', () => {
    expect(() => loadConfig({ COORDINATOR_GROUP_ID: GROUP })).toThrow(/COORDINATOR_GROUP_ID:\n.*GRAPH_TENANT_ID, GRAPH_CLIENT_ID en GRAPH_CLIENT_SECRET/);
  });
});

describe('the group read again', () => {
  afterEach(() => fake.groups.refused.clear());

  it('takes in a new member at the next read', async () => {
    fake.groups.set(NESTED, [PEOPLE.ibB.aadObjectId, PEOPLE.ibA.aadObjectId]);
    expect(await group.refresh()).toBe(true);
    expect((await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibA.id))).status).toBe(200);
  });

  it('keeps the members it read before when Graph refuses a later read', async () => {
    fake.groups.refused.add('local-graph-stand-in');
    expect(await group.refresh()).toBe(false);
    expect((await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibB.id))).status).toBe(200);
  });
});
