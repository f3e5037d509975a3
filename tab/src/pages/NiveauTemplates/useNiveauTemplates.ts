/** The coördinator's editor of one sector's niveau template: a draft of the five levels, saved as a new revision. */
import { useEffect, useState } from 'react';
import type { NiveauLevel, NiveauTemplateLevel, NiveauTemplateViewDto, TemplateSector } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';

export type TemplateNotice = { readonly intent: 'success' | 'error'; readonly text: string } | null;

const lines = (items: readonly string[]): string[] => items.map((s) => s.trim()).filter(Boolean);

/** What the API takes: the template's own fields only, lists without empty lines. */
export const templateBody = (levels: readonly NiveauLevel[]): NiveauTemplateLevel[] =>
  levels.map(({ level, title, whatHappens, responsible, parentCycle, programmes }) => ({
    level,
    title: title.trim(),
    whatHappens: lines(whatHappens),
    responsible: responsible.trim(),
    parentCycle: parentCycle.trim(),
    programmes: lines(programmes),
  }));

export const useNiveauTemplates = (sector: TemplateSector) => {
  const t = useT();
  const path = `/niveau-templates/${encodeURIComponent(sector)}`;
  const { value, set, reload } = useLoad(() => api.get<NiveauTemplateViewDto>(path), sector);
  const view = value.state === 'ready' ? value.data : null;
  const [draft, setDraft] = useState<NiveauLevel[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<TemplateNotice>(null);

  useEffect(() => {
    if (view) {
      setDraft(view.template.levels.map((l) => ({ ...l, pupilCount: null })));
      setDirty(false);
    }
  }, [view]);

  const changeLevel = (level: number, patch: Partial<NiveauLevel>) => {
    setDraft((d) => d.map((l) => (l.level === level ? { ...l, ...patch } : l)));
    setDirty(true);
    setNotice(null);
  };

  /** An earlier version as the draft: saving it makes it the newest version (the history keeps every step). */
  const loadRevision = (revision: number) => {
    const old = view?.history.find((r) => r.revision === revision);
    if (!old) return;
    setDraft(old.levels.map((l) => ({ ...l, pupilCount: null })));
    setDirty(true);
    setNotice({ intent: 'success', text: t('niveauTemplates:loadedRevision', { revision }) });
  };

  const save = async () => {
    if (!view) return;
    setBusy(true);
    try {
      const saved = await api.put<NiveauTemplateViewDto>(path, { levels: templateBody(draft), expectedVersion: view.template.version });
      set(saved);
      setNotice({ intent: 'success', text: t('niveauTemplates:savedRevision', { revision: saved.template.revision }) });
    } catch (err) {
      setNotice({ intent: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return { value, view, reload, draft, dirty, busy, notice, changeLevel, save, loadRevision };
};
