import { describe, expect, it } from 'vitest';
import type { FormsImportRun } from '../ports.js';
import type { MakeStores } from './fixtures.js';
import { useStores } from './harness.js';

const aRun = (formId: string, over: Partial<FormsImportRun> = {}): FormsImportRun => ({
  formId,
  kind: 'meeting',
  targetId: formId,
  title: `PLG ${formId}`,
  ranAt: '2026-11-25T10:00:00+01:00',
  counts: { booked: 3, waitlisted: 1, recorded: 0, changed: 0, unchanged: 1, alreadyImported: 0 },
  unmatched: [
    { row: 6, problem: 'unknown-person' },
    { row: 9, problem: 'refused', code: 'RSVP.DEADLINE_PASSED' },
  ],
  unknownSchools: [{ row: 7, school: 'Nergenshuizen' }],
  ...over,
});

export const runFormsImportStoreContract = (make: MakeStores): void => {
  describe('FormsImportStore', () => {
    const stores = useStores(make);
    const forms = () => stores().formsImports;

    it('remembers the imported rows of each form apart', async () => {
      await forms().record('meeting-0001', ['id:1', 'id:2']);
      await forms().record('survey:s1', ['id:1']);
      expect([...(await forms().seen('meeting-0001'))].sort()).toEqual(['id:1', 'id:2']);
      expect([...(await forms().seen('survey:s1'))]).toEqual(['id:1']);
      expect((await forms().seen('meeting-0002')).size).toBe(0);
    });

    it('keeps a row recorded twice, or by two runs at once, as one', async () => {
      await Promise.all([forms().record('meeting-0001', ['id:1', 'id:1', 'h:abc']), forms().record('meeting-0001', ['id:1', 'id:3'])]);
      await forms().record('meeting-0001', []);
      expect([...(await forms().seen('meeting-0001'))].sort()).toEqual(['h:abc', 'id:1', 'id:3']);
    });

    it('records more rows than fit in one batch', async () => {
      const keys = Array.from({ length: 45 }, (_, i) => `id:${i + 1}`);
      await forms().record('meeting-0001', keys);
      expect((await forms().seen('meeting-0001')).size).toBe(45);
    });

    it('keeps the last run of every form, ordered by form id, exactly as saved', async () => {
      expect(await forms().runs()).toEqual([]);
      await forms().saveRun(aRun('meeting-0002'));
      await forms().saveRun(aRun('meeting-0001', { counts: { booked: 0, waitlisted: 0, recorded: 0, changed: 0, unchanged: 0, alreadyImported: 4 } }));
      const later = aRun('meeting-0002', { ranAt: '2026-11-25T10:15:00+01:00', unmatched: [], unknownSchools: [] });
      await forms().saveRun(later);
      const survey = aRun('survey:s1', { kind: 'survey', targetId: 's1', unmatched: [{ row: 2, problem: 'refused', code: 'SURVEY.ANSWER_INVALID', params: { questions: '2' } }] });
      await forms().saveRun(survey);
      const runs = await forms().runs();
      expect(runs.map((r) => r.formId)).toEqual(['meeting-0001', 'meeting-0002', 'survey:s1']);
      expect(runs[1]).toEqual(later);
      expect(runs[2]).toEqual(survey);
    });
  });
};
