/** The Graph fake's groups behave as Graph's transitiveMembers does, and the app reads them as Graph serves them. */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../bot/src/graph/client.js';
import { GraphCoordinatorGroup } from '../../bot/src/graph/coordinator-group.js';
import { startGraphFake, type GraphFake } from './graph-fake.js';

let fake: GraphFake;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${fake.baseUrl}/v1.0${path}`, { headers: { Authorization: 'Bearer app', ...headers } }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

beforeAll(async () => {
  fake = await startGraphFake();
  fake.groups.set('big', Array.from({ length: 1_500 }, (_, i) => `user-${i}`));
  fake.groups.set('outer', ['group:inner', 'u-outer']);
  fake.groups.set('inner', ['u-inner', 'group:outer']);
});
afterAll(() => fake.close());

describe('Graph fake: GET /groups/{id}/transitiveMembers', () => {
  it('flattens nested groups (also a cycle) and lists the nested group itself', async () => {
    const { body } = await get('/groups/outer/transitiveMembers?$select=id');
    expect((body.value as { id: string }[]).map((m) => m.id).sort()).toEqual(['inner', 'u-inner', 'u-outer']);
  });

  it('pages 100 by default, follows @odata.nextLink to the end', async () => {
    const first = await get('/groups/big/transitiveMembers');
    expect(first.body.value).toHaveLength(100);
    expect(decodeURIComponent(String(first.body['@odata.nextLink']))).toMatch(/\$skiptoken=100/);
  });

  it('refuses $top above 999', async () => {
    expect((await get('/groups/big/transitiveMembers?$top=1000')).status).toBe(400);
  });

  it('refuses an OData cast without ConsistencyLevel: eventual and $count=true (an advanced query)', async () => {
    expect((await get('/groups/outer/transitiveMembers/microsoft.graph.user')).body).toMatchObject({ error: { code: 'Request_UnsupportedQuery' } });
    const advanced = await get('/groups/outer/transitiveMembers/microsoft.graph.user?$count=true', { ConsistencyLevel: 'eventual' });
    expect((advanced.body.value as { id: string }[]).map((m) => m.id).sort()).toEqual(['u-inner', 'u-outer']);
  });

  it('answers 404 for an unknown group', async () => {
    expect((await get('/groups/nope/transitiveMembers')).body).toMatchObject({ error: { code: 'Request_ResourceNotFound' } });
  });
});

describe('GraphCoordinatorGroup', () => {
  const groupOf = (id: string) => new GraphCoordinatorGroup(createGraphClient({ baseUrl: fake.baseUrl, token: async () => 'app' }), id, pino({ level: 'silent' }));

  it('reads every page: the 1,500th member counts as much as the first', async () => {
    const group = groupOf('big');
    expect(await group.refresh()).toBe(true);
    expect([group.has('user-0'), group.has('user-1499'), group.has('user-1500')]).toEqual([true, true, false]);
  });

  it('counts people only, not a nested group’s own id', async () => {
    const group = groupOf('outer');
    await group.refresh();
    expect([group.has('u-inner'), group.has('u-outer'), group.has('inner')]).toEqual([true, true, false]);
  });

  it('lets nobody in through a group it could not read', async () => {
    const group = groupOf('nope');
    expect(await group.refresh()).toBe(false);
    expect(group.has('u-outer')).toBe(false);
  });
});
