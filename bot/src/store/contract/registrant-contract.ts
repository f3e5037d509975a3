import { describe, expect, it } from 'vitest';
import type { ExternalRegistrant } from '@samen/shared';
import type { Expected } from '../ports.js';
import type { MakeStores } from './fixtures.js';
import { stored, useStores } from './harness.js';

export const aRegistrant = (n: number, over: Partial<Omit<ExternalRegistrant, 'version'> & Expected> = {}): Omit<ExternalRegistrant, 'version'> & Expected => ({
  id: `ext-000${n}`,
  meetingId: 'meeting-0001',
  name: `Ouder ${n}`,
  email: `ouder${n}@thuis.example`,
  role: 'ouder',
  sector: 'VO',
  createdAt: '2026-11-25T10:00:00+01:00',
  expectedVersion: '',
  ...over,
});

export const runRegistrantStoreContract = (make: MakeStores): void => {
  describe('RegistrantStore', () => {
    const stores = useStores(make);
    const registrants = () => stores().registrants;

    it('stores a registrant and reads it back by id, by ids, by meeting and by address', async () => {
      const input = aRegistrant(1, { sector: null, role: 'leerling' });
      const saved = await registrants().upsert(input);
      expect(saved.ok).toBe(true);
      await registrants().upsert(aRegistrant(2));
      await registrants().upsert(aRegistrant(3, { meetingId: 'meeting-0002' }));
      expect(await registrants().get('ext-0001')).toMatchObject(stored(input));
      expect((await registrants().byIds(['ext-0003', 'ext-0001', 'ext-9999', 'ext-0001'])).map((r) => r.id)).toEqual(['ext-0001', 'ext-0003']);
      expect(await registrants().byIds([])).toEqual([]);
      expect((await registrants().forMeeting('meeting-0001')).map((r) => r.id)).toEqual(['ext-0001', 'ext-0002']);
      expect((await registrants().findByEmail('meeting-0001', '  OUDER2@Thuis.Example '))?.id).toBe('ext-0002');
      expect(await registrants().findByEmail('meeting-0002', 'ouder2@thuis.example')).toBeNull();
      expect(await registrants().get('ext-9999')).toBeNull();
    });

    it('refuses a second registrant with the same meeting and address (any case) as a conflict', async () => {
      await registrants().upsert(aRegistrant(1));
      const again = await registrants().upsert(aRegistrant(2, { email: 'OUDER1@thuis.example' }));
      expect(again).toEqual({ ok: false, error: expect.objectContaining({ code: 'STORE.CONFLICT' }) });
      expect(await registrants().forMeeting('meeting-0001')).toHaveLength(1);
    });

    it('updates with the version it read, and refuses a stale one', async () => {
      const first = await registrants().upsert(aRegistrant(1));
      if (!first.ok) throw new Error('not saved');
      const renamed = await registrants().upsert({ ...aRegistrant(1, { name: 'Ouder Een', role: 'begeleider' }), expectedVersion: first.value.version });
      expect(renamed.ok && renamed.value.name).toBe('Ouder Een');
      const stale = await registrants().upsert({ ...aRegistrant(1, { name: 'Te laat' }), expectedVersion: first.value.version });
      expect(stale.ok).toBe(false);
      expect((await registrants().get('ext-0001'))?.role).toBe('begeleider');
    });
  });
};
