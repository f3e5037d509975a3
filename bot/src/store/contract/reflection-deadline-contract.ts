/** The reflection deadline per school year, each school's progress count, and the reminder's outbox item. */
import { describe, expect, it } from 'vitest';
import type { NewReflectionDeadline } from '../ports-reflection-deadlines.js';
import { value, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';

const CONFLICT = { ok: false, error: { code: 'STORE.CONFLICT' } };

const aDeadline = (schoolYear: string, date: string | null, expectedVersion: string, reminderDaysBefore = [14, 3]): NewReflectionDeadline => ({
  schoolYear,
  date,
  reminderDaysBefore,
  updatedAt: '2026-11-25T10:00:00+01:00',
  updatedBy: 'person-0001',
  expectedVersion,
});

export const runReflectionDeadlineStoreContract = (make: MakeStores): void => {
  describe('ReflectionDeadlineStore', () => {
    const stores = useStores(make);

    it('has no deadline until one is set; then reads it back as saved, also in the list', async () => {
      expect(await stores().reflectionDeadlines.get('2026-2027')).toBeNull();
      expect(await stores().reflectionDeadlines.list()).toEqual([]);
      const saved = value(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-03-15', '')));
      const { expectedVersion: _, ...content } = aDeadline('2026-2027', '2027-03-15', '');
      expect(saved).toEqual({ ...content, version: saved.version });
      expect(await stores().reflectionDeadlines.get('2026-2027')).toEqual(saved);
      expect(await stores().reflectionDeadlines.get('2027-2028')).toBeNull();
      expect(await stores().reflectionDeadlines.list()).toEqual([saved]);
    });

    it('changes and clears with the version read, and refuses a stale one or a second first save', async () => {
      const first = value(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-03-15', '')));
      const moved = value(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-04-01', first.version, [7])));
      expect(moved).toMatchObject({ date: '2027-04-01', reminderDaysBefore: [7] });
      expect(moved.version).not.toBe(first.version);
      expect(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-05-01', first.version))).toEqual(CONFLICT);
      expect(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-05-01', ''))).toEqual(CONFLICT);
      const cleared = value(await stores().reflectionDeadlines.save(aDeadline('2026-2027', null, moved.version, [])));
      expect(await stores().reflectionDeadlines.get('2026-2027')).toEqual(cleared);
      expect(cleared).toMatchObject({ date: null, reminderDaysBefore: [] });
    });

    it("never lets one year's version overwrite another year", async () => {
      const set = value(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-03-15', '')));
      const thisYear = value(await stores().reflectionDeadlines.save(aDeadline('2026-2027', '2027-03-22', set.version)));
      const nextYear = value(await stores().reflectionDeadlines.save(aDeadline('2027-2028', '2028-03-15', '')));
      expect(await stores().reflectionDeadlines.save(aDeadline('2027-2028', '2028-01-10', thisYear.version))).toEqual(CONFLICT);
      expect(await stores().reflectionDeadlines.get('2027-2028')).toEqual(nextYear);
      expect((await stores().reflectionDeadlines.list()).map((d) => d.schoolYear)).toEqual(['2026-2027', '2027-2028']);
    });

    it('keeps one progress count per school and year; an older count does not replace a newer one', async () => {
      const row = (schoolId: string, answered: number, updatedAt: string, schoolYear = '2026-2027') => ({ schoolId, schoolYear, answered, total: 12, updatedAt });
      await stores().reflectionDeadlines.saveProgress(row('school-0002', 1, '2026-11-25T10:00:00.000Z'));
      await stores().reflectionDeadlines.saveProgress(row('school-0001', 3, '2026-11-25T10:00:00.000Z'));
      await stores().reflectionDeadlines.saveProgress(row('school-0001', 4, '2026-11-25T11:00:00.000Z'));
      await stores().reflectionDeadlines.saveProgress(row('school-0001', 2, '2026-11-25T10:30:00.000Z'));
      await stores().reflectionDeadlines.saveProgress(row('school-0001', 9, '2026-11-25T10:00:00.000Z', '2025-2026'));
      expect(await stores().reflectionDeadlines.progress('2026-2027')).toEqual([
        row('school-0001', 4, '2026-11-25T11:00:00.000Z'),
        row('school-0002', 1, '2026-11-25T10:00:00.000Z'),
      ]);
      expect((await stores().reflectionDeadlines.progress('2025-2026')).map((r) => r.answered)).toEqual([9]);
      expect(await stores().reflectionDeadlines.progress('2027-2028')).toEqual([]);
    });

    it('queues a reflection reminder once per key and gives it back with its school year and payload', async () => {
      const item = {
        key: 'reminder:reflection:2026-2027:2027-03-15:deadline-14:school-0001:person-0002',
        kind: 'reflection-reminder' as const,
        personId: 'person-0002',
        schoolYear: '2026-2027',
        payload: { schoolId: 'school-0001', date: '2027-03-15' },
        notBefore: '2027-03-01T08:00:00.000Z',
      };
      expect(await stores().outbox.enqueue([item])).toBe(1);
      expect(await stores().outbox.enqueue([item])).toBe(0);
      const claimed = await stores().outbox.claim(new Date('2027-03-01T08:00:00.000Z'), 10);
      expect(claimed.unreadable).toEqual([]);
      expect(claimed.items).toMatchObject([{ ...item, status: 'sending' }]);
      expect(await stores().outbox.forSubject('2026-2027')).toMatchObject([{ key: item.key, schoolYear: '2026-2027' }]);
    });
  });
};
