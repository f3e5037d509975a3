/** The SOP on one A4: per school and school year, status for the partnership, content only while shared. */
import { describe, expect, it } from 'vitest';
import type { Sop } from '@samen/shared';
import type { Expected } from '../paging.js';
import { value, type MakeStores } from './fixtures.js';
import { stored, useStores } from './harness.js';

const CONFLICT = { ok: false, error: { code: 'STORE.CONFLICT' } };

export const aSop = (schoolId = 'school-0001', over: Partial<Sop & Expected> = {}): Omit<Sop, 'version'> & Expected => ({
  schoolId,
  schoolYear: '2026-2027',
  visie: 'Alleen voor de eigen school: wij zien ondersteuning als teamwerk.',
  ambitie: 'Over twee jaar werkt elk team met groepsplannen die het samen opstelt.',
  aanvullendeOndersteuning: 'Een taalklas voor nieuwkomers en een plusgroep.',
  interneExpertise: ['leesspecialist', 'nt2'],
  externeDeskundigheid: ['logopedie'],
  status: 'concept',
  steps: [{ status: 'concept', date: '2026-09-14' }],
  sharedWithSwv: false,
  updatedAt: '2026-09-14T10:00:00.000Z',
  updatedBy: 'person-0001',
  expectedVersion: '',
  ...over,
});

export const runSopStoreContract = (make: MakeStores): void => {
  describe('SopStore', () => {
    const stores = useStores(make);

    it('reads back an SOP with its content, per school and year', async () => {
      expect(await stores().sops.get('school-0001', '2026-2027')).toBeNull();
      const saved = value(await stores().sops.save(aSop()));
      await stores().sops.save(aSop('school-0001', { schoolYear: '2025-2026', visie: 'Vorig jaar' }));
      expect(await stores().sops.get('school-0001', '2026-2027')).toEqual({ ...stored(aSop()), version: saved.version });
      expect((await stores().sops.get('school-0001', '2025-2026'))?.visie).toBe('Vorig jaar');
      expect(await stores().sops.get('school-0002', '2026-2027')).toBeNull();
    });

    it('refuses a save with a stale version and a second first save', async () => {
      const first = value(await stores().sops.save(aSop()));
      const steps = [...aSop().steps, { status: 'besproken-mr' as const, date: '2026-10-01' }];
      const moved = value(await stores().sops.save(aSop('school-0001', { status: 'besproken-mr', steps, expectedVersion: first.version })));
      expect(await stores().sops.save(aSop('school-0001', { expectedVersion: first.version }))).toEqual(CONFLICT);
      expect(await stores().sops.save(aSop())).toEqual(CONFLICT);
      expect(await stores().sops.get('school-0001', '2026-2027')).toEqual(moved);
    });

    it("shows the partnership every school's status and dates for a year, never the content", async () => {
      const steps = [...aSop().steps, { status: 'besproken-mr' as const, date: '2026-10-01' }];
      await stores().sops.save(aSop('school-0002', { status: 'besproken-mr', steps }));
      await stores().sops.save(aSop('school-0001'));
      await stores().sops.save(aSop('school-0003', { schoolYear: '2025-2026' }));
      const statuses = await stores().sops.statuses('2026-2027');
      expect(statuses).toEqual([
        { schoolId: 'school-0001', status: 'concept', steps: aSop().steps, sharedWithSwv: false, updatedAt: aSop().updatedAt },
        { schoolId: 'school-0002', status: 'besproken-mr', steps, sharedWithSwv: false, updatedAt: aSop().updatedAt },
      ]);
      expect(JSON.stringify(statuses)).not.toContain('Alleen voor de eigen school');
    });

    it('gives the partnership the content only while the school shares it', async () => {
      expect(await stores().sops.forPartnership('school-0001', '2026-2027')).toBeNull();
      const draft = value(await stores().sops.save(aSop()));
      expect((await stores().sops.forPartnership('school-0001', '2026-2027'))?.shared).toBeNull();
      const shared = value(await stores().sops.save(aSop('school-0001', { sharedWithSwv: true, expectedVersion: draft.version })));
      const seen = await stores().sops.forPartnership('school-0001', '2026-2027');
      expect(seen?.shared?.visie).toBe(aSop().visie);
      expect(seen?.status.sharedWithSwv).toBe(true);
      await stores().sops.save(aSop('school-0001', { sharedWithSwv: false, expectedVersion: shared.version }));
      const again = await stores().sops.forPartnership('school-0001', '2026-2027');
      expect(again?.shared).toBeNull();
      expect(JSON.stringify(again)).not.toContain('Alleen voor de eigen school');
    });
  });
};
