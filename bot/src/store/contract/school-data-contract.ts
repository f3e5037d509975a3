/** A school's own data: niveau-overzicht (with history), the framework, reflections. */
import { describe, expect, it } from 'vitest';
import { aFramework, aNiveau, aReflection, value, type MakeStores } from './fixtures.js';
import { readAllPages, stored, useStores } from './harness.js';

const CONFLICT = { ok: false, error: { code: 'STORE.CONFLICT' } };

export const runNiveauStoreContract = (make: MakeStores): void => {
  describe('NiveauStore', () => {
    const stores = useStores(make);
    const save = async (title: string, expectedVersion: string) =>
      value(await stores().niveaus.save({ ...aNiveau('school-0001', title), expectedVersion }));

    it('starts at revision 1 and reads back what was saved', async () => {
      expect(await stores().niveaus.get('school-0001')).toBeNull();
      const first = await save('Eerste', '');
      expect(first.revision).toBe(1);
      expect(await stores().niveaus.get('school-0001')).toEqual({
        ...stored(aNiveau('school-0001', 'Eerste')),
        revision: 1,
        version: first.version,
      });
    });

    it('keeps every earlier revision when saving a new one', async () => {
      const first = await save('Eerste', '');
      const second = await save('Tweede', first.version);
      expect(second.revision).toBe(2);
      expect((await stores().niveaus.get('school-0001'))?.levels[0]?.title).toBe('Tweede');
      expect((await stores().niveaus.revision('school-0001', 1))?.levels[0]?.title).toBe('Eerste');
      expect(await stores().niveaus.revision('school-0001', 9)).toBeNull();
    });

    it('refuses a save based on an older revision, and a second first save', async () => {
      const first = await save('Eerste', '');
      await save('Tweede', first.version);
      expect(await stores().niveaus.save({ ...aNiveau('school-0001', 'Oud'), expectedVersion: first.version })).toEqual(
        CONFLICT,
      );
      expect(await stores().niveaus.save({ ...aNiveau('school-0001', 'Nieuw'), expectedVersion: '' })).toEqual(
        CONFLICT,
      );
      expect((await stores().niveaus.get('school-0001'))?.revision).toBe(2);
    });

    it('restores an old revision by saving its content as the newest', async () => {
      let current = await save('Eerste', '');
      current = await save('Tweede', current.version);
      const old = await stores().niveaus.revision('school-0001', 1);
      const { version: _v, revision: _r, ...content } = old!;
      const restored = value(await stores().niveaus.save({ ...content, expectedVersion: current.version }));
      expect(restored.revision).toBe(3);
      expect(restored.levels).toEqual(old?.levels);
    });

    it('lists the history newest first, page by page, for that school only', async () => {
      let version = '';
      for (let i = 1; i <= 7; i++) version = (await save(`Versie ${i}`, version)).version;
      await stores().niveaus.save({ ...aNiveau('school-0002'), expectedVersion: '' });
      const { items, pageSizes } = await readAllPages((p) => stores().niveaus.history('school-0001', p), 3);
      expect(pageSizes).toEqual([3, 3, 1]);
      expect(items.map((n) => n.revision)).toEqual([7, 6, 5, 4, 3, 2, 1]);
      expect(items.every((n) => n.schoolId === 'school-0001')).toBe(true);
    });

    it('tells when each school last saved, without the content', async () => {
      expect(await stores().niveaus.statuses()).toEqual([]);
      const first = await save('Eerste', '');
      await save('Tweede', first.version);
      await stores().niveaus.save({ ...aNiveau('school-0002'), updatedAt: '2026-09-01T08:00:00+02:00', expectedVersion: '' });
      const statuses = await stores().niveaus.statuses();
      expect(statuses).toEqual([
        { schoolId: 'school-0001', revision: 2, updatedAt: aNiveau().updatedAt },
        { schoolId: 'school-0002', revision: 1, updatedAt: '2026-09-01T08:00:00+02:00' },
      ]);
      expect(JSON.stringify(statuses)).not.toContain('Tweede');
    });
  });
};

export const runFrameworkStoreContract = (make: MakeStores): void => {
  describe('FrameworkStore', () => {
    const stores = useStores(make);

    it('saves a framework per school year and bumps its revision on every change', async () => {
      expect(await stores().frameworks.get('2026-2027')).toBeNull();
      const first = value(await stores().frameworks.save(aFramework()));
      const second = value(
        await stores().frameworks.save({ ...aFramework(), isExample: false, expectedVersion: first.version }),
      );
      expect([first.revision, second.revision]).toEqual([1, 2]);
      expect(await stores().frameworks.get('2026-2027')).toEqual({
        ...stored(aFramework()),
        isExample: false,
        revision: 2,
        version: second.version,
      });
      expect(await stores().frameworks.get('2025-2026')).toBeNull();
    });

    it('refuses a save with a stale version', async () => {
      const first = value(await stores().frameworks.save(aFramework()));
      await stores().frameworks.save({ ...aFramework(), expectedVersion: first.version });
      expect(await stores().frameworks.save({ ...aFramework(), expectedVersion: first.version })).toEqual(CONFLICT);
      expect(await stores().frameworks.save(aFramework())).toEqual(CONFLICT);
    });
  });
};

export const runReflectionStoreContract = (make: MakeStores): void => {
  describe('ReflectionStore', () => {
    const stores = useStores(make);

    it('reads back a reflection with its answers, per school and year', async () => {
      const saved = value(await stores().reflections.save(aReflection()));
      await stores().reflections.save(aReflection('school-0001', { schoolYear: '2025-2026' }));
      expect(await stores().reflections.get('school-0001', '2026-2027')).toEqual({
        ...stored(aReflection()),
        version: saved.version,
      });
      expect(await stores().reflections.get('school-0002', '2026-2027')).toBeNull();
      expect((await stores().reflections.forSchool('school-0001')).map((r) => r.schoolYear)).toEqual([
        '2026-2027',
        '2025-2026',
      ]);
    });

    it('refuses a save with a stale version and keeps the newer answers', async () => {
      const saved = value(await stores().reflections.save(aReflection()));
      const done = value(
        await stores().reflections.save({ ...aReflection(), status: 'afgerond', expectedVersion: saved.version }),
      );
      expect(await stores().reflections.save({ ...aReflection(), expectedVersion: saved.version })).toEqual(CONFLICT);
      expect(await stores().reflections.get('school-0001', '2026-2027')).toEqual(done);
    });

    it("shows the partnership every school's status for a year but never the answers", async () => {
      await stores().reflections.save(aReflection('school-0002', { status: 'afgerond', sharedWithSwv: true }));
      await stores().reflections.save(aReflection('school-0001'));
      await stores().reflections.save(aReflection('school-0003', { schoolYear: '2025-2026' }));
      const statuses = await stores().reflections.statuses('2026-2027');
      expect(statuses).toEqual([
        { schoolId: 'school-0001', status: 'concept', sharedWithSwv: false, updatedAt: aReflection().updatedAt },
        { schoolId: 'school-0002', status: 'afgerond', sharedWithSwv: true, updatedAt: aReflection().updatedAt },
      ]);
      expect(JSON.stringify(statuses)).not.toContain('Vertrouwelijk');
    });

    it('gives the partnership a reflection’s content only while the school shares it', async () => {
      expect(await stores().reflections.forPartnership('school-0001', '2026-2027')).toBeNull();
      const draft = value(await stores().reflections.save(aReflection()));
      const hidden = await stores().reflections.forPartnership('school-0001', '2026-2027');
      expect(hidden).toEqual({
        status: { schoolId: 'school-0001', status: 'concept', sharedWithSwv: false, updatedAt: aReflection().updatedAt },
        shared: null,
      });
      const shared = value(await stores().reflections.save({ ...aReflection(), sharedWithSwv: true, expectedVersion: draft.version }));
      const seen = await stores().reflections.forPartnership('school-0001', '2026-2027');
      expect(seen?.shared?.answers).toEqual(aReflection().answers);
      expect(seen?.status.sharedWithSwv).toBe(true);
      await stores().reflections.save({ ...aReflection(), sharedWithSwv: false, expectedVersion: shared.version });
      const again = await stores().reflections.forPartnership('school-0001', '2026-2027');
      expect(again?.shared).toBeNull();
      expect(JSON.stringify(again)).not.toContain('Vertrouwelijk');
    });
  });
};
