/**
 * The SharePoint adapter against the Graph fake's strict rules: `$orderby` ignored (items in id
 * order), short pages that still carry a nextLink (here on a fake whose pages hold at most 7 items,
 * so every read spans many pages) and the list view threshold on a filter's first clause.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { aNiveau, anOutboxItem, aSchool, value } from '../../bot/src/store/contract/fixtures.js';
import { readAllPages } from '../../bot/src/store/contract/harness.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from './fake-stores.js';

const fake = await startGraphFake({ maxTop: 7, threshold: 40 });
afterAll(() => fake.close());

describe('SharePoint store on a Graph that ignores $orderby', () => {
  it('shows the newest niveau-overzicht of a school with several revisions, and saves again on it', async () => {
    const stores = await fakeStores(fake);
    const save = async (title: string, expectedVersion: string) =>
      value(await stores.niveaus.save({ ...aNiveau('school-0001', title), expectedVersion }));
    const first = await save('Eerste', '');
    const second = await save('Tweede', first.version);
    const shown = await stores.niveaus.get('school-0001');
    expect(shown?.revision).toBe(2);
    expect(shown?.levels[0]?.title).toBe('Tweede');
    const third = await save('Derde', shown?.version ?? '');
    expect(third.revision).toBe(3);
    expect((await stores.niveaus.get('school-0001'))?.levels[0]?.title).toBe('Derde');
    expect(await stores.niveaus.save({ ...aNiveau('school-0001', 'Oud'), expectedVersion: second.version })).toEqual({
      ok: false,
      error: { code: 'STORE.CONFLICT' },
    });
  });

  it('lists the history newest first across many short Graph pages', async () => {
    const stores = await fakeStores(fake);
    let version = '';
    for (let i = 1; i <= 23; i++) version = value(await stores.niveaus.save({ ...aNiveau('school-0003', `V${i}`), expectedVersion: version })).version;
    const { items } = await readAllPages((p) => stores.niveaus.history('school-0003', p), 5);
    expect(items.map((n) => n.revision)).toEqual(Array.from({ length: 23 }, (_, i) => 23 - i));
    expect((await stores.niveaus.get('school-0003'))?.revision).toBe(23);
  });

  it('pages schools in key order across short Graph pages, losing and repeating nothing', async () => {
    const stores = await fakeStores(fake);
    for (let n = 60; n >= 1; n--) value(await stores.schools.upsert(aSchool(n)));
    fake.resetCounts();
    await stores.schools.list({ limit: 25 });
    const onePass = fake.counts.byOperation['GET items'] ?? 0;
    fake.resetCounts();
    const { items, pageSizes } = await readAllPages((p) => stores.schools.list(p), 25);
    expect(pageSizes).toEqual([25, 25, 10]);
    expect(items.map((s) => s.id)).toEqual(Array.from({ length: 60 }, (_, i) => aSchool(i + 1).id));
    // The pages after the first are cut from the first page's read: one pass over the list in all.
    expect(onePass).toBeGreaterThan(8);
    expect(fake.counts.byOperation['GET items']).toBe(onePass);
  });

  it('claims outbox items by due time, not by the order they were added', async () => {
    const stores = await fakeStores(fake);
    const due = (minute: number) => new Date(Date.UTC(2026, 10, 25, 8, minute)).toISOString();
    // Added latest-due first, so id order is the reverse of due order.
    await stores.outbox.enqueue(Array.from({ length: 20 }, (_, i) => anOutboxItem(`k${String(i).padStart(2, '0')}`, due(40 - i))));
    const now = new Date('2026-11-25T09:00:00.000Z');
    const claimed = await stores.outbox.claim(now, 4);
    expect(claimed.items.map((i) => i.key)).toEqual(['k19', 'k18', 'k17', 'k16']);
    expect((await stores.outbox.forSubject('meeting-0001')).map((i) => i.key).slice(0, 3)).toEqual(['k19', 'k18', 'k17']);
  });
});
