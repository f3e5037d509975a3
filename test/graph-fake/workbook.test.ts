/**
 * The fake's workbook API refuses app-only tokens as Graph does (tablerow-list, worksheet-list-tables:
 * "Application: Not supported"); a delegated token (a signed-in user) reads the table.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startGraphFake } from './graph-fake.js';

const fake = await startGraphFake();
afterAll(() => fake.close());
fake.workbooks.setTable('b!drive', 'item-1', 'Antwoorden', ['ID', 'E-mail'], [[1, 'anna@school.example']]);

const get = async (path: string, token: string) => {
  const res = await fetch(`${fake.baseUrl}/v1.0/drives/b!drive/items/item-1/workbook/tables/Antwoorden/${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { error?: { code: string }; value?: unknown[]; values?: unknown[][] } };
};

describe('Graph fake: Excel workbook tables', () => {
  it.each(['rows?$top=10', 'headerRowRange'])('refuses an app-only token on %s with 403, as Graph does', async (path) => {
    const res = await get(path, 'app-only-token');
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('accessDenied');
  });

  it('serves the table to a user signed in (delegated token)', async () => {
    expect((await get('headerRowRange', 'local-user:aad-anna')).body.values).toEqual([['ID', 'E-mail']]);
    const rows = await get('rows?$top=10', 'local-user:aad-anna');
    expect(rows.status).toBe(200);
    expect(rows.body.value).toEqual([{ index: 0, values: [[1, 'anna@school.example']] }]);
  });
});
