/** A school's own data: niveau-overzicht (with history), the framework, reflections. */
import type { Reflection, ReflectionGrant } from '@samen/shared';
import { describe, expect, it } from 'vitest';
import type { Stores } from '../ports.js';
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
      await stores().reflections.save(aReflection('school-0002', { status: 'afgerond', grants: [SWV_GRANT] }));
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
      const shared = value(await stores().reflections.save({ ...aReflection(), grants: [SWV_GRANT], expectedVersion: draft.version }));
      const seen = await stores().reflections.forPartnership('school-0001', '2026-2027');
      expect(seen?.shared?.answers).toEqual(aReflection().answers);
      expect(seen?.shared?.grants).toEqual([SWV_GRANT]);
      expect(seen?.status.sharedWithSwv).toBe(true);
      await stores().reflections.save({ ...aReflection(), grants: [], expectedVersion: shared.version });
      const again = await stores().reflections.forPartnership('school-0001', '2026-2027');
      expect(again?.shared).toBeNull();
      expect(JSON.stringify(again)).not.toContain('Vertrouwelijk');
    });

    it('keeps each grant with who and when; a revoke is gone at the next read', async () => {
      const draft = value(await stores().reflections.save(aReflection()));
      const granted = value(await stores().reflections.save({ ...aReflection(), grants: [BESTUUR_GRANT, SCHOOL_GRANT], expectedVersion: draft.version }));
      expect((await stores().reflections.get('school-0001', '2026-2027'))?.grants).toEqual([BESTUUR_GRANT, SCHOOL_GRANT]);
      const outside = await stores().reflections.forPartnership('school-0001', '2026-2027');
      // Shared, but not with the partnership: the copy is there for the bestuur and the named school.
      expect(outside?.status.sharedWithSwv).toBe(false);
      expect(outside?.shared?.grants).toEqual([BESTUUR_GRANT, SCHOOL_GRANT]);
      expect((await stores().reflections.sharedWithSchool('school-0002', '2026-2027')).map((r) => r.schoolId)).toEqual(['school-0001']);

      await stores().reflections.save({ ...aReflection(), grants: [BESTUUR_GRANT], expectedVersion: granted.version });
      expect(await stores().reflections.sharedWithSchool('school-0002', '2026-2027')).toEqual([]);
      expect((await stores().reflections.forPartnership('school-0001', '2026-2027'))?.shared?.grants).toEqual([BESTUUR_GRANT]);
    });

    it('lists for a school only the reflections of that year shared with it by name', async () => {
      await stores().reflections.save(aReflection('school-0001', { grants: [SCHOOL_GRANT] }));
      await stores().reflections.save(aReflection('school-0003', { grants: [{ kind: 'school', schoolId: 'school-0004', grantedBy: 'person-0003', grantedAt: GRANTED_AT }, SWV_GRANT] }));
      await stores().reflections.save(aReflection('school-0005', { schoolYear: '2025-2026', grants: [SCHOOL_GRANT] }));
      await stores().reflections.save(aReflection('school-0006', { grants: [SWV_GRANT, BESTUUR_GRANT] }));
      const shared = await stores().reflections.sharedWithSchool('school-0002', '2026-2027');
      expect(shared.map((r) => [r.schoolId, r.schoolYear])).toEqual([['school-0001', '2026-2027']]);
      expect(shared[0]?.answers).toEqual(aReflection().answers);
      expect(await stores().reflections.sharedWithSchool('school-0009', '2026-2027')).toEqual([]);
    });
  });
};

const GRANTED_AT = '2026-11-26T09:00:00+01:00';
const SWV_GRANT: ReflectionGrant = { kind: 'swv', grantedBy: 'person-0002', grantedAt: GRANTED_AT };
const BESTUUR_GRANT: ReflectionGrant = { kind: 'bestuur', grantedBy: 'person-0002', grantedAt: GRANTED_AT };
const SCHOOL_GRANT: ReflectionGrant = { kind: 'school', schoolId: 'school-0002', grantedBy: 'person-0003', grantedAt: GRANTED_AT };

/** A reflection as stored before grants: one flag, `sharedWithSwv`. */
export type OldReflection = Omit<Reflection, 'grants' | 'version'> & { readonly sharedWithSwv: boolean };

/**
 * Stores holding reflections written before grants existed (SQLite: a row of schema 9, migrated;
 * SharePoint: items without `Grants`, and an old shared copy on the partnership's site).
 */
export type MakeStoresWithOld = (old: readonly OldReflection[]) => Promise<Stores>;

export const runReflectionOldDataContract = (name: string, make: MakeStoresWithOld): void => {
  describe(`ReflectionStore, data from before grants: ${name}`, () => {
    const old = (schoolId: string, sharedWithSwv: boolean): OldReflection => {
      const { grants: _g, expectedVersion: _e, ...rest } = aReflection(schoolId);
      return { ...rest, sharedWithSwv };
    };

    it('reads a stored sharedWithSwv as a partnership grant, and no flag as no grant; a revoke then holds', async () => {
      const stores = await make([old('school-0001', true), old('school-0002', false)]);
      try {
        const swv: ReflectionGrant = { kind: 'swv', grantedBy: 'person-0001', grantedAt: aReflection().updatedAt };
        const shared = await stores.reflections.get('school-0001', '2026-2027');
        expect(shared?.grants).toEqual([swv]);
        expect((await stores.reflections.get('school-0002', '2026-2027'))?.grants).toEqual([]);
        const outside = await stores.reflections.forPartnership('school-0001', '2026-2027');
        expect(outside?.status.sharedWithSwv).toBe(true);
        expect(outside?.shared?.grants).toEqual([swv]);
        expect(outside?.shared?.answers).toEqual(aReflection().answers);
        expect((await stores.reflections.forPartnership('school-0002', '2026-2027'))?.shared).toBeNull();

        if (!shared) throw new Error('not read');
        await stores.reflections.save({ ...shared, grants: [], expectedVersion: shared.version });
        expect((await stores.reflections.get('school-0001', '2026-2027'))?.grants).toEqual([]);
        expect((await stores.reflections.forPartnership('school-0001', '2026-2027'))?.shared).toBeNull();
      } finally {
        await stores.close();
      }
    });
  });
};
