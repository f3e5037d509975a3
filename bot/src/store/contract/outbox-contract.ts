import { describe, expect, it } from 'vitest';
import { anOutboxItem, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

export const runOutboxStoreContract = (make: MakeStores): void => {
  describe('OutboxStore', () => {
    const stores = useStores(make);
    const outbox = () => stores().outbox;

    it('adds only keys it has not seen, so a repeated enqueue sends nothing twice', async () => {
      expect(await outbox().enqueue([anOutboxItem('k1'), anOutboxItem('k2')])).toBe(2);
      expect(await outbox().enqueue([anOutboxItem('k1'), anOutboxItem('k2')])).toBe(0);
      expect(await outbox().enqueue([anOutboxItem('k2', undefined, { payload: 'changed' }), anOutboxItem('k3')])).toBe(
        1,
      );
      const items = await outbox().forMeeting('meeting-0001');
      expect(items.map((i) => [i.key, i.status, i.attempts])).toEqual([
        ['k1', 'pending', 0],
        ['k2', 'pending', 0],
        ['k3', 'pending', 0],
      ]);
      expect(items[1]?.payload).toEqual({ card: 'invitation', n: 'k2' });
    });

    it('claims due items only, oldest first then by key, up to the limit', async () => {
      await outbox().enqueue([
        anOutboxItem('later', at(30).toISOString()),
        anOutboxItem('b', '2026-11-25T10:00:00+01:00'),
        anOutboxItem('a', '2026-11-25T10:00:00+01:00'),
        anOutboxItem('first', '2026-11-25T08:30:00.000Z'),
      ]);
      const claimed = await outbox().claim(T0, 2);
      expect(claimed.map((i) => [i.key, i.status])).toEqual([
        ['first', 'sending'],
        ['a', 'sending'],
      ]);
      expect((await outbox().claim(T0, 10)).map((i) => i.key)).toEqual(['b']);
      expect(await outbox().claim(T0, 10)).toEqual([]);
      expect((await outbox().claim(at(30), 10)).map((i) => i.key)).toEqual(['later']);
    });

    it('never hands the same item to two claims running at the same time', async () => {
      await outbox().enqueue(Array.from({ length: 30 }, (_, i) => anOutboxItem(`k${String(i).padStart(2, '0')}`)));
      const batches = await Promise.all([outbox().claim(T0, 12), outbox().claim(T0, 12), outbox().claim(T0, 12)]);
      const keys = batches.flat().map((i) => i.key);
      expect(keys).toHaveLength(30);
      expect(new Set(keys).size).toBe(30);
    });

    it('marks a sent item with its activity id and never claims it again', async () => {
      await outbox().enqueue([anOutboxItem('k1')]);
      await outbox().claim(T0, 1);
      await outbox().markSent('k1', 'activity-1', at(1));
      await outbox().markFailed('k1', 'late failure report', null, at(2));
      const [item] = await outbox().forMeeting('meeting-0001');
      expect(item).toMatchObject({
        status: 'sent',
        activityId: 'activity-1',
        attempts: 1,
        updatedAt: at(1).toISOString(),
      });
      expect(await outbox().claim(at(60), 10)).toEqual([]);
    });

    it('puts a failed item back in the queue for its retry time, counting the attempt', async () => {
      await outbox().enqueue([anOutboxItem('k1')]);
      await outbox().claim(T0, 1);
      await outbox().markFailed('k1', 'HTTP 429', at(5), at(1));
      const [item] = await outbox().forMeeting('meeting-0001');
      expect(item).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'HTTP 429',
        notBefore: at(5).toISOString(),
      });
      expect(await outbox().claim(at(4), 10)).toEqual([]);
      expect((await outbox().claim(at(5), 10)).map((i) => i.key)).toEqual(['k1']);
    });

    it('gives an item up when there is no retry time', async () => {
      await outbox().enqueue([anOutboxItem('k1')]);
      await outbox().claim(T0, 1);
      await outbox().markFailed('k1', 'HTTP 403', null, at(1));
      expect((await outbox().forMeeting('meeting-0001'))[0]).toMatchObject({ status: 'failed', attempts: 1 });
      expect(await outbox().claim(at(600), 10)).toEqual([]);
    });

    it('returns items left sending by a crash to the queue, but not recent ones', async () => {
      await outbox().enqueue([anOutboxItem('1-old'), anOutboxItem('2-new')]);
      await outbox().claim(T0, 1);
      await outbox().claim(at(10), 1);
      expect(await outbox().requeueStale(at(5))).toBe(1);
      const byKey = Object.fromEntries((await outbox().forMeeting('meeting-0001')).map((i) => [i.key, i.status]));
      expect(byKey).toEqual({ '1-old': 'pending', '2-new': 'sending' });
    });

    it("lists a meeting's items only", async () => {
      await outbox().enqueue([
        anOutboxItem('k1'),
        anOutboxItem('k2', undefined, { meetingId: 'meeting-0002' }),
        anOutboxItem('k3', undefined, { meetingId: null, kind: 'announcement' }),
      ]);
      expect((await outbox().forMeeting('meeting-0002')).map((i) => i.key)).toEqual(['k2']);
    });
  });
};
