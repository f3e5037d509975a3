/** The partnership's niveau templates per sector, with every revision; a school level's template revision round-trips. */
import { describe, expect, it } from 'vitest';
import { shippedNiveauTemplate, type TemplateSector } from '@samen/shared';
import type { NewNiveauTemplate } from '../ports-niveau-templates.js';
import { aNiveau, value, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';

const CONFLICT = { ok: false, error: { code: 'STORE.CONFLICT' } };

const aTemplate = (sector: TemplateSector, responsible: string, expectedVersion: string): NewNiveauTemplate => ({
  sector,
  levels: shippedNiveauTemplate(sector).levels.map((l) => (l.level === 3 ? { ...l, responsible } : l)),
  updatedAt: '2026-11-25T10:00:00+01:00',
  updatedBy: 'person-0001',
  expectedVersion,
});

export const runNiveauTemplateStoreContract = (make: MakeStores): void => {
  describe('NiveauTemplateStore', () => {
    const stores = useStores(make);

    it('has no template until the partnership saves one; then reads back revision 1 as saved', async () => {
      expect(await stores().niveauTemplates.get('VO')).toBeNull();
      const saved = value(await stores().niveauTemplates.save(aTemplate('VO', 'Zorgcoördinator', '')));
      const { expectedVersion: _, ...content } = aTemplate('VO', 'Zorgcoördinator', '');
      expect(saved).toEqual({ ...content, revision: 1, version: saved.version });
      expect(await stores().niveauTemplates.get('VO')).toEqual(saved);
      expect(await stores().niveauTemplates.get('PO')).toBeNull();
    });

    it('keeps every revision per sector, newest first, and refuses a save from a stale read', async () => {
      const first = value(await stores().niveauTemplates.save(aTemplate('PO', 'Eerste', '')));
      value(await stores().niveauTemplates.save(aTemplate('SO-VSO', 'Ander sjabloon', '')));
      const second = value(await stores().niveauTemplates.save(aTemplate('PO', 'Tweede', first.version)));
      expect(second.revision).toBe(2);
      expect(await stores().niveauTemplates.save(aTemplate('PO', 'Oud', first.version))).toEqual(CONFLICT);
      expect(await stores().niveauTemplates.save(aTemplate('PO', 'Nieuw', ''))).toEqual(CONFLICT);
      expect((await stores().niveauTemplates.revision('PO', 1))?.levels[2]?.responsible).toBe('Eerste');
      expect(await stores().niveauTemplates.revision('PO', 3)).toBeNull();
      expect((await stores().niveauTemplates.history('PO', 10)).map((t) => t.revision)).toEqual([2, 1]);
      expect((await stores().niveauTemplates.history('PO', 1)).map((t) => t.revision)).toEqual([2]);
      expect((await stores().niveauTemplates.get('SO-VSO'))?.revision).toBe(1);
    });

    it('keeps the template revision a school level was written against', async () => {
      const niveau = aNiveau('school-0001');
      const levels = niveau.levels.map((l) => (l.level === 3 ? { ...l, templateRevision: 4 } : l));
      value(await stores().niveaus.save({ ...niveau, levels }));
      const back = await stores().niveaus.get('school-0001');
      expect(back?.levels.map((l) => l.templateRevision)).toEqual([undefined, 4]);
    });
  });
};
