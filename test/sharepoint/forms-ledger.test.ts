/**
 * The Forms import's ledger on SharePoint keeps up to 200 keys per item, and still reads the items
 * an earlier version wrote (one key as plain text), so an upgrade never imports a response again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LISTS } from '../../infra/sharepoint/lists.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, fakeStores, provisionedSite } from './fake-stores.js';

const fake = await startGraphFake({ seed: 13 });
afterAll(() => fake.close());

describe('the Forms ledger on SharePoint', () => {
  it('reads keys written one per item before, and writes 450 new keys as three items', async () => {
    const siteId = await provisionedSite(fake);
    const stores = await fakeStores(fake, { siteId, skipCheck: true });
    const items = `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(LISTS.formsImportRows.name)}/items`;
    await fakeClient(fake).api(items).post({ fields: { Title: 'meeting-0001', EntryKey: 'old-1', FormId: 'meeting-0001', RowKey: 'id:1' } });
    const keys = Array.from({ length: 450 }, (_, i) => `id:${i + 2}`);
    await stores.formsImports.record('meeting-0001', keys);
    const seen = await stores.formsImports.seen('meeting-0001');
    expect(seen.size).toBe(451);
    expect(seen.has('id:1') && seen.has('id:451')).toBe(true);
    const stored = (await fakeClient(fake).api(`${items}?$expand=fields&$top=500`).get()) as { value: unknown[] };
    expect(stored.value).toHaveLength(4);
  });
});
