/** The fake's column definitions follow SharePoint's rules (each rule's source is in columns.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphFake, type GraphFake } from './graph-fake.js';

// Graph's JSON as the test reads it: loosely typed on purpose, asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let fake: GraphFake;
const site = 'contoso.sharepoint.com,cols,web';
const lists = `/v1.0/sites/${encodeURIComponent(site)}/lists`;
const columns = `${lists}/Kolommen/columns`;

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${fake.baseUrl}${path}`, {
    method,
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

beforeAll(async () => {
  fake = await startGraphFake();
  fake.addSite(site);
  await call('POST', lists, {
    displayName: 'Kolommen',
    columns: [
      { name: 'Key', text: { maxLength: 255 }, indexed: true, enforceUniqueValues: true },
      { name: 'Notes', text: { allowMultipleLines: true, textType: 'plain' } },
    ],
  });
});
afterAll(() => fake.close());

describe('columns on the Graph fake', () => {
  it('returns every list with its column definitions on lists?$expand=columns', async () => {
    const { status, body } = await call('GET', `${lists}?$expand=columns`);
    expect(status).toBe(200);
    const list = (body.value as Json[]).find((l) => l.displayName === 'Kolommen') as Json;
    expect(list.columns.map((c: Json) => c.name)).toEqual(['Title', 'Key', 'Notes']);
    expect(list.columns[2]).toMatchObject({ text: { allowMultipleLines: true, textType: 'plain' }, indexed: false });
    expect((await call('GET', lists)).body.value[0].columns).toBeUndefined();
  });

  it('refuses a column without a type, with two types, or with an unknown textType', async () => {
    expect((await call('POST', columns, { name: 'Geen' })).status).toBe(400);
    expect((await call('POST', columns, { name: 'Twee', text: {}, number: {} })).status).toBe(400);
    expect((await call('POST', columns, { name: 'Html', text: { allowMultipleLines: true, textType: 'html' } })).status).toBe(400);
    expect((await call('POST', columns, { name: 'Keuze', choice: { choices: [1, 2] } })).status).toBe(400);
    expect((await call('POST', columns, { name: 'Vak', text: { allowMultipleLines: true, linesForEditing: 0 } })).status).toBe(400);
  });

  it('refuses an index or unique values on multiple lines of text, unique Yes/No, and unique values without an index', async () => {
    const refused = [
      { name: 'A', text: { allowMultipleLines: true }, indexed: true },
      { name: 'B', boolean: {}, indexed: true, enforceUniqueValues: true },
      { name: 'C', text: {}, enforceUniqueValues: true },
    ];
    for (const column of refused) {
      const { status, body } = await call('POST', columns, column);
      expect(status).toBe(400);
      expect(body.error.code).toBe('invalidRequest');
    }
    expect((await call('POST', columns, { name: 'D', boolean: {}, indexed: true })).status).toBe(201);
  });

  it('updates a column with PATCH, merging the text settings and checking the result before keeping it', async () => {
    const patched = await call('PATCH', `${columns}/Notes`, { text: { textType: 'richText' } });
    expect(patched.body.text).toEqual({ allowMultipleLines: true, textType: 'richText' });
    expect((await call('PATCH', `${columns}/Notes`, { text: { linesForEditing: 0 } })).status).toBe(400);
    expect((await call('PATCH', `${columns}/Key`, { indexed: false })).status).toBe(400);
    expect((await call('GET', `${columns}/Key`)).body).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect((await call('PATCH', `${columns}/Key`, { indexed: false, enforceUniqueValues: false })).status).toBe(200);
    expect((await call('PATCH', `${columns}/Notes`, { indexed: true })).status).toBe(400);
  });
});
