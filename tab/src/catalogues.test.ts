import { describe, expect, it } from 'vitest';
import { messageCatalogues } from '@samen/shared';
import { namespaceOf, readCatalogues } from './catalogues';

describe('the tab’s lazily loaded translations', () => {
  it('are every namespace the server registers, with the same strings', async () => {
    const loaded = await readCatalogues();
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(messageCatalogues).sort());
    for (const [ns, catalogue] of Object.entries(messageCatalogues)) {
      expect(loaded[ns]?.nl, ns).toBe(catalogue.nl);
      expect(loaded[ns]?.en, ns).toBe(catalogue.en);
    }
  });

  it('find a namespace from its file name', () => {
    expect(namespaceOf('../../shared/src/i18n/messages/niveau-templates.ts')).toBe('niveauTemplates');
    expect(namespaceOf('../../shared/src/i18n/messages/forms-imports.ts')).toBe('formsImports');
    expect(namespaceOf('../../shared/src/i18n/messages/tab.ts')).toBe('tab');
  });
});
