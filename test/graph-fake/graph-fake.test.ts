/** The Graph fake keeps the Graph semantics the adapter relies on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphFake, type GraphFake } from './graph-fake.js';

// Graph's JSON as the test reads it: loosely typed on purpose, asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let fake: GraphFake;
const site = 'contoso.sharepoint.com,1,2';
const items = `/v1.0/sites/${encodeURIComponent(site)}/lists/Taken/items`;

const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${fake.baseUrl}${path}`, {
    method,
    headers: { authorization: 'Bearer t', 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, headers: res.headers, body: res.status === 204 ? null : ((await res.json()) as Json) };
};

beforeAll(async () => {
  fake = await startGraphFake({ threshold: 3 });
  fake.addSite(site);
  await call('POST', `/v1.0/sites/${encodeURIComponent(site)}/lists`, {
    displayName: 'Taken',
    columns: [
      { name: 'Key', text: {}, indexed: true, enforceUniqueValues: true },
      { name: 'Owner', text: {} },
      { name: 'Rank', number: {}, indexed: true },
    ],
  });
  for (let i = 1; i <= 5; i++) await call('POST', items, { fields: { Key: `k${i}`, Owner: i % 2 ? 'a' : 'b', Rank: 10 - i } });
});
afterAll(() => fake.close());

describe('Graph fake: SharePoint list items', () => {
  it('hands out increasing item ids and ETags that change on every update', async () => {
    const created = await call('POST', items, { fields: { Key: 'k6', Rank: 1 } });
    expect(created.status).toBe(201);
    expect(Number(created.body!.id)).toBe(6);
    const updated = await call('PATCH', `${items}/6/fields`, { Rank: 2 }, { 'If-Match': created.body!['@odata.etag'] });
    expect(updated.body!['@odata.etag']).not.toBe(created.body!['@odata.etag']);
    const stale = await call('PATCH', `${items}/6/fields`, { Rank: 3 }, { 'If-Match': created.body!['@odata.etag'] });
    expect(stale.status).toBe(412);
    expect(stale.body!.error.code).toBe('preconditionFailed');
    await call('DELETE', `${items}/6`, undefined, { 'If-Match': '*' });
  });

  it('pages with @odata.nextLink, ordered and filtered on indexed columns', async () => {
    const first = await call('GET', `${items}?$expand=fields&$orderby=fields/Rank desc&$top=2&$filter=fields/Rank ge 6`);
    expect(first.body!.value.map((i: Json) => i.fields.Key)).toEqual(['k1', 'k2']);
    const next = new URL(first.body!['@odata.nextLink']);
    const second = await call('GET', `${next.pathname}${next.search}`);
    expect(second.body!.value.map((i: Json) => i.fields.Key)).toEqual(['k3', 'k4']);
    expect(second.body!['@odata.nextLink']).toBeUndefined();
  });

  it('refuses a filter on a column that is not indexed, even with the Prefer header past the threshold', async () => {
    const plain = await call('GET', `${items}?$expand=fields&$filter=fields/Owner eq 'a'`);
    expect(plain.status).toBe(400);
    expect(plain.body!.error).toMatchObject({ code: 'invalidRequest', message: expect.stringContaining('not indexed') });
    const honoured = await call('GET', `${items}?$filter=fields/Owner eq 'a'`, undefined, { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(honoured.body!.error.message).toContain('list view threshold');
  });

  it('refuses a duplicate in a unique column with 409', async () => {
    expect((await call('POST', items, { fields: { Key: 'k1' } })).status).toBe(409);
  });

  it('answers 429 with Retry-After at the configured rate, also inside a $batch', async () => {
    fake.throttleRate = 1;
    const throttled = await call('GET', items);
    fake.throttleRate = 0;
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
  });

  it('runs at most 20 requests per $batch', async () => {
    const requests = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i), method: 'GET', url: `${items.slice(5)}/1` }));
    const ok = await call('POST', '/v1.0/$batch', { requests: requests(20) });
    expect(ok.body!.responses).toHaveLength(20);
    expect(ok.body!.responses.every((r: Json) => r.status === 200)).toBe(true);
    expect((await call('POST', '/v1.0/$batch', { requests: requests(21) })).status).toBe(400);
  });

  it('counts resource units: 1 per single-item get, 2 per query or write', async () => {
    fake.resetCounts();
    await call('GET', `${items}/1`);
    await call('GET', items);
    await call('PATCH', `${items}/1/fields`, { Rank: 9 });
    expect(fake.counts).toMatchObject({ requests: 3, resourceUnits: 5 });
  });
});
