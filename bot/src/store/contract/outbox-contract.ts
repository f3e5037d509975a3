import { describe, expect, it } from 'vitest';
import type { DeliveryFailure } from '@samen/shared';
import type { NewOutboxItem, OutboxItem, OutboxMessage } from '../ports.js';
import { anOutboxItem, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

/**
 * What every outbox adapter must do with the records themselves (Azure Storage too): keys,
 * subjects, kinds and payloads, failure codes, and items from earlier versions or unreadable.
 * Order-independent where an adapter's queue is (Azure hands out due work in queue order).
 */
export const runOutboxRecordContract = (make: MakeStores): void => {
  describe('OutboxStore records', () => {
    const stores = useStores(make);
    const outbox = () => stores().outbox;

    it('adds only keys it has not seen, so a repeated enqueue sends nothing twice', async () => {
      const update = (message: string): OutboxMessage => ({ kind: 'update', meetingId: 'meeting-0001', payload: { message } });
      expect(await outbox().enqueue([anOutboxItem('k1'), anOutboxItem('k2', undefined, update('eerst'))])).toBe(2);
      expect(await outbox().enqueue([anOutboxItem('k1'), anOutboxItem('k2', undefined, update('eerst'))])).toBe(0);
      expect(await outbox().enqueue([anOutboxItem('k2', undefined, update('anders')), anOutboxItem('k3')])).toBe(1);
      const items = await outbox().forSubject('meeting-0001');
      expect(items.map((i) => [i.key, i.status, i.attempts])).toEqual([
        ['k1', 'pending', 0],
        ['k2', 'pending', 0],
        ['k3', 'pending', 0],
      ]);
      expect(items[1]).toMatchObject({ kind: 'update', meetingId: 'meeting-0001', payload: { message: 'eerst' } });
    });

    it('marks a sent item with its activity id and never claims it again', async () => {
      await outbox().enqueue([anOutboxItem('k1')]);
      await outbox().claim(T0, 1);
      await outbox().markSent('k1', 'activity-1', at(1));
      await outbox().markFailed('k1', 'timeout', null, at(2));
      const [item] = await outbox().forSubject('meeting-0001');
      expect(item).toMatchObject({
        status: 'sent',
        activityId: 'activity-1',
        attempts: 1,
        updatedAt: at(1).toISOString(),
      });
      expect(await outbox().claim(at(60), 10)).toEqual({ items: [], unreadable: [] });
    });

    it('gives an item up when there is no retry time', async () => {
      await outbox().enqueue([anOutboxItem('k1')]);
      await outbox().claim(T0, 1);
      await outbox().markFailed('k1', 'blocked', null, at(1));
      expect((await outbox().forSubject('meeting-0001'))[0]).toMatchObject({ status: 'failed', attempts: 1, failure: 'blocked' });
      expect(await outbox().claim(at(600), 10)).toEqual({ items: [], unreadable: [] });
    });

    it('purges finished items last changed before the cut-off, never pending ones', async () => {
      await outbox().enqueue([anOutboxItem('k1'), anOutboxItem('k2'), anOutboxItem('k3')]);
      await outbox().markSent('k1', 'activity-1', at(1));
      await outbox().markFailed('k2', 'blocked', null, at(3));
      expect(await outbox().purgeFinished(at(2))).toBe(1);
      expect((await outbox().forSubject('meeting-0001')).map((i) => [i.key, i.status])).toEqual([
        ['k2', 'failed'],
        ['k3', 'pending'],
      ]);
      // Long after: only the pending item is left; a second purge finds nothing.
      expect(await outbox().purgeFinished(new Date('2100-01-01T00:00:00Z'))).toBe(1);
      expect(await outbox().purgeFinished(new Date('2100-01-01T00:00:00Z'))).toBe(0);
      expect((await outbox().forSubject('meeting-0001')).map((i) => i.key)).toEqual(['k3']);
    });

    it("lists one subject's items only: a meeting's, an announcement's, a survey's", async () => {
      await outbox().enqueue([
        anOutboxItem('k1'),
        anOutboxItem('k2', undefined, { kind: 'invitation', meetingId: 'meeting-0002', payload: {} }),
        anOutboxItem('k3', undefined, { kind: 'announcement', announcementId: 'announcement-1', payload: { sharedBy: null, reminder: false } }),
        anOutboxItem('k4', undefined, { kind: 'survey', surveyId: 'survey-1', payload: { reminder: true } }),
      ]);
      expect((await outbox().forSubject('meeting-0002')).map((i) => i.key)).toEqual(['k2']);
      expect(await outbox().forSubject('announcement-1')).toMatchObject([{ key: 'k3', kind: 'announcement', announcementId: 'announcement-1' }]);
      expect(await outbox().forSubject('survey-1')).toMatchObject([{ key: 'k4', kind: 'survey', surveyId: 'survey-1', payload: { reminder: true } }]);
    });

    it('gives every kind back with its own subject id and typed payload', async () => {
      const messages: OutboxMessage[] = [
        { kind: 'invitation', meetingId: 'meeting-0001', payload: {} },
        { kind: 'reminder', meetingId: 'meeting-0001', payload: { audience: 'attendees', sessionId: 'session-1' } },
        { kind: 'promotion', meetingId: 'meeting-0001', payload: { sessionId: 'session-2' } },
        { kind: 'update', meetingId: 'meeting-0001', payload: { message: 'De zaal is veranderd.' } },
        { kind: 'outcome', meetingId: 'meeting-0001', payload: { sessionId: 'session-1', outcome: 'waitlisted' } },
        { kind: 'selection', meetingId: 'meeting-0001', payload: {} },
        { kind: 'announcement', announcementId: 'meeting-0001', payload: { sharedBy: 'person-0002', reminder: true } },
        { kind: 'survey', surveyId: 'meeting-0001', payload: { reminder: false } },
      ];
      await outbox().enqueue(messages.map((m, n) => anOutboxItem(`k${n}`, undefined, m)));
      const claimed = await outbox().claim(T0, 10);
      expect(claimed.unreadable).toEqual([]);

      const messageOf = ({ key: _k, personId: _p, notBefore: _n, status: _s, attempts: _a, failure: _f, activityId: _i, updatedAt: _u, ...m }: OutboxItem) => m;
      expect([...claimed.items].sort((a, b) => a.key.localeCompare(b.key)).map(messageOf)).toEqual(messages);
    });

    /*
     * Items written by the version before typed messages: failures as the sender's text, payloads
     * without the fields added since. Written here through the port with casts, which stores exactly
     * what that version stored.
     */
    it('reads items written before failures were codes: the text becomes the code', async () => {
      const legacy: [string, DeliveryFailure][] = [
        ['unreachable: HTTP 403 ConversationBlockedByUser', 'blocked'],
        ['unreachable: no conversation with this person yet', 'not-met'],
        ['unreachable: app not installed for this person (automatic installation is off)', 'not-installed'],
        ['unreachable: HTTP 404 NotFound', 'gone'],
        ['HTTP 502 (after 4 attempts)', 'server-error'],
        ['nothing to send (meeting or person gone)', 'nothing-to-send'],
        ['something nobody wrote', 'unknown'],
      ];
      await outbox().enqueue(legacy.map((_, n) => anOutboxItem(`k${n}`)));
      await outbox().claim(T0, 10);
      for (const [n, [text]] of legacy.entries()) await outbox().markFailed(`k${n}`, text as DeliveryFailure, null, at(1));
      expect((await outbox().forSubject('meeting-0001')).map((i) => i.failure)).toEqual(legacy.map(([, code]) => code));
    });

    it('reads announcement and survey items written before their payloads were typed', async () => {
      const older = [
        { key: 'a', kind: 'announcement', personId: 'person-0001', announcementId: 'announcement-1', payload: {}, notBefore: T0.toISOString() },
        { key: 'r', kind: 'survey', personId: 'person-0001', surveyId: 'survey-1', payload: { reminder: true }, notBefore: T0.toISOString() },
      ] as unknown as NewOutboxItem[];
      await outbox().enqueue(older);
      expect(await outbox().forSubject('announcement-1')).toMatchObject([{ key: 'a', payload: { sharedBy: null, reminder: false } }]);
      expect(await outbox().forSubject('survey-1')).toMatchObject([{ key: 'r', payload: { reminder: true } }]);
    });

    it('gives an unreadable item up with a code and names it, and still hands out the readable ones', async () => {
      const broken = { key: 'bad', kind: 'promotion', personId: 'person-0001', meetingId: 'meeting-0001', payload: {}, notBefore: T0.toISOString() } as unknown as NewOutboxItem;
      await outbox().enqueue([anOutboxItem('a-good'), broken, anOutboxItem('c-good')]);
      const claimed = await outbox().claim(T0, 10);
      expect(claimed.items.map((i) => i.key).sort()).toEqual(['a-good', 'c-good']);
      expect(claimed.unreadable).toEqual([{ key: 'bad', problem: expect.stringContaining('sessionId') }]);
      expect(await outbox().claim(at(60), 10)).toEqual({ items: [], unreadable: [] });
      // given up for good: not left 'sending', so not handed back after a crash either
      await outbox().requeueStale(new Date('2100-01-01T00:00:00.000Z'));
      expect((await outbox().claim(at(60), 10)).unreadable).toEqual([]);
    });
  });
};

/** The records, plus the queue: due order, claims that never overlap, retry times, crash recovery. */
export const runOutboxStoreContract = (make: MakeStores): void => {
  runOutboxRecordContract(make);
  describe('OutboxStore', () => {
    const stores = useStores(make);
    const outbox = () => stores().outbox;

    it('claims due items only, oldest first then by key, up to the limit', async () => {
      await outbox().enqueue([
        anOutboxItem('later', at(30).toISOString()),
        anOutboxItem('b', '2026-11-25T10:00:00+01:00'),
        anOutboxItem('a', '2026-11-25T10:00:00+01:00'),
        anOutboxItem('first', '2026-11-25T08:30:00.000Z'),
      ]);
      const claimed = (await outbox().claim(T0, 2)).items;
      expect(claimed.map((i) => [i.key, i.status])).toEqual([
        ['first', 'sending'],
        ['a', 'sending'],
      ]);
      expect((await outbox().claim(T0, 10)).items.map((i) => i.key)).toEqual(['b']);
      expect(await outbox().claim(T0, 10)).toEqual({ items: [], unreadable: [] });
      expect((await outbox().claim(at(30), 10)).items.map((i) => i.key)).toEqual(['later']);
    });

    it('never hands the same item to two claims running at the same time', async () => {
      await outbox().enqueue(Array.from({ length: 30 }, (_, i) => anOutboxItem(`k${String(i).padStart(2, '0')}`)));
      const batches = await Promise.all([outbox().claim(T0, 12), outbox().claim(T0, 12), outbox().claim(T0, 12)]);
      const keys = batches.flatMap((b) => b.items).map((i) => i.key);
      expect(keys).toHaveLength(30);
      expect(new Set(keys).size).toBe(30);
    });

    it('puts a failed item back in the queue for its retry time, counting the attempt', async () => {
      await outbox().enqueue([anOutboxItem('k1')]);
      await outbox().claim(T0, 1);
      await outbox().markFailed('k1', 'throttled', at(5), at(1));
      const [item] = await outbox().forSubject('meeting-0001');
      expect(item).toMatchObject({
        status: 'pending',
        attempts: 1,
        failure: 'throttled',
        notBefore: at(5).toISOString(),
      });
      expect(await outbox().claim(at(4), 10)).toEqual({ items: [], unreadable: [] });
      expect((await outbox().claim(at(5), 10)).items.map((i) => i.key)).toEqual(['k1']);
    });

    it('returns items left sending by a crash to the queue, but not recent ones', async () => {
      await outbox().enqueue([anOutboxItem('1-old'), anOutboxItem('2-new')]);
      await outbox().claim(T0, 1);
      await outbox().claim(at(10), 1);
      expect(await outbox().requeueStale(at(5))).toBe(1);
      const byKey = Object.fromEntries((await outbox().forSubject('meeting-0001')).map((i) => [i.key, i.status]));
      expect(byKey).toEqual({ '1-old': 'pending', '2-new': 'sending' });
    });

  });
};
