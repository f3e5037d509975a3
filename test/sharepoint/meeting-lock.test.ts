/**
 * The RSVP lock's shortcut — take it with the ETag our own last release left, in one $batch with
 * the first read — never takes a lock someone else holds, and a crashed holder still only blocks
 * until its lease ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTS } from '../../infra/sharepoint/lists.js';
import { GraphRequests } from '../../bot/src/store/sharepoint/graph-requests.js';
import { ListClient } from '../../bot/src/store/sharepoint/list-client.js';
import { MeetingLock } from '../../bot/src/store/sharepoint/meeting-lock.js';
import { startGraphFake, type GraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, provisionedSite } from './fake-stores.js';

let fake: GraphFake;
let siteId: string;
beforeAll(async () => {
  fake = await startGraphFake();
  siteId = await provisionedSite(fake);
});
afterAll(() => fake.close());

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One app instance's lock, with its own clock; `read` is a first read to send with the take. */
const instance = (name: string, clock: () => Date = () => new Date()) => {
  const graph = new GraphRequests(fakeClient(fake), { sleep: wait });
  const locks = new ListClient(graph, siteId, LISTS.rsvpLocks.name);
  const lock = new MeetingLock(locks, { clock, sleep: wait, holderId: name, leaseMs: 30_000, maxAttempts: 400 }, graph);
  const read = new ListClient(graph, siteId, LISTS.rsvps.name).queryCall({ filter: `fields/MeetingId eq 'm'` });
  return { lock, locks, read };
};

describe('taking the RSVP lock with what this instance remembers', () => {
  it('waits for a lock another instance took since our last release, and reads only once it holds it', async () => {
    const [a, b] = [instance('a'), instance('b')];
    await a.lock.withLock('m1', async () => undefined, a.read); // a remembers the lock as it freed it
    const events: string[] = [];
    let aRead: number | null = null;
    let aDone: Promise<void> = Promise.resolve();
    await b.lock.withLock('m1', async () => {
      events.push('b holds');
      aDone = a.lock.withLock(
        'm1',
        async (held) => {
          aRead = held.firstRead?.status ?? null;
          events.push('a holds');
        },
        a.read,
      );
      await wait(150);
      events.push('b frees');
    });
    await aDone;
    expect(events).toEqual(['b holds', 'b frees', 'a holds']);
    // a's shortcut failed (412), so its read was never run with it (424); a read after taking it.
    expect(aRead).toBeNull();
  });

  it('sends the first read with the take, one request, when nothing changed since our release', async () => {
    const a = instance('a');
    await a.lock.withLock('m2', async () => undefined, a.read);
    fake.resetCounts();
    let read: number | null = null;
    await a.lock.withLock('m2', async (held) => void (read = held.firstRead?.status ?? null), a.read);
    expect(read).toBe(200);
    expect(fake.counts.byOperation).toEqual({ 'POST $batch': 1, 'PATCH item': 2, 'GET items': 1 });
    expect(fake.counts.requests).toBe(2); // the $batch, and the release on its own (no writes to ride with)
  });

  it('leaves a crashed holder the lock until its lease ends, then takes over', async () => {
    let now = Date.parse('2026-11-25T10:00:00Z');
    const a = instance('a', () => new Date(now));
    await a.lock.withLock('m3', async () => undefined, a.read);
    // Another instance takes the lock and dies without freeing it.
    const item = (await a.locks.first(`fields/MeetingId eq 'm3'`))!;
    await a.locks.update(item.itemId, item.etag, { Holder: 'crashed:1', LockedUntilMs: now + 30_000, Revision: 99 });
    let held = false;
    const taking = a.lock.withLock('m3', async () => void (held = true), a.read);
    await wait(200);
    expect(held).toBe(false);
    now += 31_000;
    await taking;
    expect(held).toBe(true);
    const after = (await a.locks.first(`fields/MeetingId eq 'm3'`))!;
    expect(after.fields.Holder ?? null).toBeNull();
    expect(after.fields.Revision).toBe(100);
  });
});

describe('$batch with dependsOn under throttling', () => {
  it('sends a request that got 424 because what it waits on was throttled again with it', async () => {
    const graph = new GraphRequests(fakeClient(fake), { sleep: async () => undefined, maxRetries: 30 });
    const locks = new ListClient(graph, siteId, LISTS.rsvpLocks.name);
    const created = await locks.create({ Title: 'm4', MeetingId: 'm4', LockedUntilMs: 0, Revision: 1 });
    fake.throttleRate = 0.5;
    const answers = await graph.batch([
      locks.updateCall(created.itemId, created.etag, { Revision: 2 }),
      { ...locks.queryCall({ filter: `fields/MeetingId eq 'm4'` }), dependsOn: [0] },
    ]);
    fake.throttleRate = 0;
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const [item] = (answers[1]!.body as { value: { fields: { Revision: number } }[] }).value;
    expect(item?.fields.Revision).toBe(2); // read after the write it depended on
  });
});
