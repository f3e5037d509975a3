/** Data and state of the niveau-overzicht: load, edit a draft, save with the version read, history, restore. */
import { useCallback, useState } from 'react';
import type { NiveauLevel, NiveauRevisionDto, NiveauViewDto } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';
import { useSeeded } from '../../prerender';

export type Notice = { readonly intent: 'success' | 'error'; readonly text: string } | null;

const clean = (levels: readonly NiveauLevel[]): NiveauLevel[] =>
  levels.map((l) => ({
    ...l,
    whatHappens: l.whatHappens.map((s) => s.trim()).filter(Boolean),
    programmes: l.programmes.map((s) => s.trim()).filter(Boolean),
  }));

export const useNiveauOverzicht = (schoolId: string) => {
  const t = useT();
  const path = `/schools/${encodeURIComponent(schoolId)}/niveaus`;
  const { value, reload, set } = useLoad(() => api.get<NiveauViewDto>(path), schoolId, useSeeded<NiveauViewDto>(path));
  const [draft, setDraft] = useState<NiveauLevel[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [history, setHistory] = useState<NiveauRevisionDto[] | null>(null);
  const view = value.state === 'ready' ? value.data : null;

  const run = useCallback(async (action: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const text = await action();
      setNotice(text ? { intent: 'success', text } : null);
    } catch (err) {
      setNotice({ intent: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  }, []);

  const startEdit = () => { if (view) { setDraft([...view.levels]); setNotice(null); } };
  const cancelEdit = () => setDraft(null);
  const changeLevel = (level: number, patch: Partial<NiveauLevel>) =>
    setDraft((d) => d && d.map((l) => (l.level === level ? { ...l, ...patch } : l)));

  const save = () =>
    run(async () => {
      if (!draft || !view) return null;
      const body = { levels: clean(draft), expectedVersion: view.overzicht?.version ?? '' };
      set(await api.put<NiveauViewDto>(path, body));
      setDraft(null);
      return t('tab:common.saved');
    });

  const openHistory = () => run(async () => { setHistory(await api.get<NiveauRevisionDto[]>(`${path}/history`)); return null; });
  const closeHistory = () => setHistory(null);
  const restore = (revision: number) =>
    run(async () => {
      set(await api.post<NiveauViewDto>(`${path}/restore/${revision}`));
      setHistory(null);
      return t('tab:niveau.restored', { revision });
    });

  /** Takes over (or keeps its own text instead of) one level of the newer template. */
  const decide = (level: number, choice: 'adopt' | 'keep') =>
    run(async () => {
      if (!view) return null;
      set(await api.post<NiveauViewDto>(`${path}/template/${level}`, { choice, expectedVersion: view.overzicht?.version ?? '' }));
      return t(choice === 'adopt' ? 'niveauTemplates:update.adopted' : 'niveauTemplates:update.kept', { level });
    });

  return { value, view, reload, draft, busy, notice, history, startEdit, cancelEdit, changeLevel, save, openHistory, closeHistory, restore, decide };
};
