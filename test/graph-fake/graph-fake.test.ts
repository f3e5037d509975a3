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

  const keysOf = (body: Json | null): string[] => body!.value.map((i: Json) => i.fields.Key);
  const follow = async (link: string) => {
    const next = new URL(link);
    return call('GET', `${next.pathname}${next.search}`);
  };

  it('ignores $orderby on list items, as Graph does: items come back in id order', async () => {
    const asc = await call('GET', `${items}?$expand=fields&$orderby=fields/Rank asc`);
    expect(asc.status).toBe(200);
    // Rank runs 9, 8, 7, 6, 5 in id order; an honoured "asc" would start with k5.
    expect(keysOf(asc.body)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    const filtered = await call('GET', `${items}?$expand=fields&$orderby=fields/Key desc&$filter=fields/Rank ge 7`);
    expect(keysOf(filtered.body)).toEqual(['k1', 'k2', 'k3']);
  });

  it('sometimes answers a short page that still has a nextLink; following it loses and repeats nothing', async () => {
    const first = await call('GET', `${items}?$expand=fields&$top=2`);
    expect(keysOf(first.body)).toEqual(['k1', 'k2']);
    const second = await follow(first.body!['@odata.nextLink']);
    expect(keysOf(second.body)).toEqual(['k3']);
    expect(second.body!['@odata.nextLink']).toBeDefined();
    const third = await follow(second.body!['@odata.nextLink']);
    expect(keysOf(third.body)).toEqual(['k4', 'k5']);
    expect(third.body!['@odata.nextLink']).toBeUndefined();
  });

  it('can answer an empty page with a nextLink to a $top=1 read', async () => {
    const first = await call('GET', `${items}?$expand=fields&$top=1`);
    const second = await follow(first.body!['@odata.nextLink']);
    expect(second.body!.value).toEqual([]);
    expect(keysOf((await follow(second.body!['@odata.nextLink'])).body)).toEqual(['k2']);
  });

  it('refuses a filter whose first indexed clause selects more than the threshold, however narrow the rest', async () => {
    // threshold 3: Rank ge 6 selects k1-k4.
    const wide = await call('GET', `${items}?$expand=fields&$top=1&$filter=fields/Rank ge 6 and fields/Key eq 'k1'`);
    expect(wide.status).toBe(500);
    expect(wide.body!.error).toMatchObject({ code: expect.stringContaining('SPQueryThrottledException'), message: expect.stringContaining('list view threshold') });
    const narrowFirst = await call('GET', `${items}?$expand=fields&$filter=fields/Key eq 'k1' and fields/Rank ge 6`);
    expect(narrowFirst.status).toBe(200);
    expect(keysOf(narrowFirst.body)).toEqual(['k1']);
    const unfiltered = await call('GET', `${items}?$expand=fields&$top=500`);
    expect(keysOf(unfiltered.body)).toHaveLength(5);
  });

  it('refuses a filter on a column that is not indexed, even with the Prefer header past the threshold', async () => {
    const plain = await call('GET', `${items}?$expand=fields&$filter=fields/Owner eq 'a'`);
    expect(plain.status).toBe(400);
    expect(plain.body!.error).toMatchObject({ code: 'invalidRequest', message: expect.stringContaining('not indexed') });
    const honoured = await call('GET', `${items}?$filter=fields/Owner eq 'a'`, undefined, { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(honoured.body!.error.message).toContain('list view threshold');
  });

  it('refuses a duplicate in a unique column with 409, comparing without regard to case', async () => {
    expect((await call('POST', items, { fields: { Key: 'k1' } })).status).toBe(409);
    const upper = await call('POST', items, { fields: { Key: 'K1' } });
    expect(upper.status).toBe(409);
    expect(upper.body!.error.code).toBe('nameAlreadyExists');
    expect((await call('PATCH', `${items}/2/fields`, { Key: 'K1' })).status).toBe(409);
  });

  it('can answer a duplicate as real SharePoint does: 500 SPDuplicateValuesFoundException or 400', async () => {
    fake.settings.duplicate = 500;
    const exception = await call('POST', items, { fields: { Key: 'k1' } });
    fake.settings.duplicate = 400;
    const badRequest = await call('PATCH', `${items}/2/fields`, { Key: 'K1' });
    fake.settings.duplicate = 409;
    expect(exception.status).toBe(500);
    expect(exception.body!.error.code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(badRequest.status).toBe(400);
    expect(badRequest.body!.error.message).toContain('duplicate values were found');
  });

  it('refuses null in a create, also for a column that is not required; a PATCH clears with null', async () => {
    const refused = await call('POST', items, { fields: { Key: 'k-null', Owner: null } });
    expect(refused.status).toBe(400);
    expect(refused.body!.error.code).toBe('invalidRequest');
    expect((await call('POST', items, { fields: { Key: 'k-null' } })).status).toBe(201);
    expect((await call('PATCH', `${items}/1/fields`, { Owner: null })).status).toBe(200);
  });

  it('can answer a PATCH without @odata.etag (a fieldValueSet) and refuse one with 409 resourceModified', async () => {
    fake.settings.omitPatchEtag = true;
    const bare = await call('PATCH', `${items}/1/fields`, { Rank: 8 });
    fake.settings.omitPatchEtag = false;
    expect(bare.status).toBe(200);
    expect(bare.body!['@odata.etag']).toBeUndefined();
    expect(bare.body!.Rank).toBe(8);
    fake.settings.editConflictRate = 1;
    const modified = await call('PATCH', `${items}/1/fields`, { Rank: 7 });
    fake.settings.editConflictRate = 0;
    expect(modified.status).toBe(409);
    expect(modified.body!.error.code).toBe('resourceModified');
    expect((await call('GET', `${items}/1?$expand=fields`)).body!.fields.Rank).toBe(8);
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

  it('runs a $batch request after those it dependsOn, or answers 424 without running it', async () => {
    const item = await call('GET', `${items}/1`);
    const etag = item.body!['@odata.etag'] as string;
    const patch = (id: string, ifMatch: string, rank: number) => ({
      id,
      method: 'PATCH',
      url: `${items.slice(5)}/1/fields`,
      headers: { 'content-type': 'application/json', 'if-match': ifMatch },
      body: { Rank: rank },
    });
    // Listed first, but runs second: it waits for '1'.
    const ordered = await call('POST', '/v1.0/$batch', { requests: [{ ...patch('2', '*', 7), dependsOn: ['1'] }, patch('1', etag, 6)] });
    expect(ordered.body!.responses.map((r: Json) => [r.id, r.status])).toEqual([['1', 200], ['2', 200]]);
    expect((await call('GET', `${items}/1?$expand=fields`)).body!.fields.Rank).toBe(7);
    const stale = await call('POST', '/v1.0/$batch', { requests: [patch('1', etag, 1), { id: '2', method: 'GET', url: `${items.slice(5)}/1`, dependsOn: ['1'] }] });
    expect(stale.body!.responses.map((r: Json) => r.status)).toEqual([412, 424]);
    expect((await call('GET', `${items}/1?$expand=fields`)).body!.fields.Rank).toBe(7);
    const dangling = await call('POST', '/v1.0/$batch', { requests: [{ id: '1', method: 'GET', url: `${items.slice(5)}/1`, dependsOn: ['9'] }] });
    expect(dangling.status).toBe(400);
  });

  it('counts resource units: 1 per single-item get, 2 per query or write', async () => {
    fake.resetCounts();
    await call('GET', `${items}/1`);
    await call('GET', items);
    await call('PATCH', `${items}/1/fields`, { Rank: 9 });
    expect(fake.counts).toMatchObject({ requests: 3, resourceUnits: 5 });
  });
});
