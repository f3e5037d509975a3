/** The coördinator's editor of the handreiking of one school year: a draft of the items, saved as a whole. */
import { useCallback, useEffect, useState } from 'react';
import type { Framework, FrameworkItem } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';

export type FrameworkNotice = { readonly intent: 'success' | 'error'; readonly text: string } | null;

const newId = (kind: FrameworkItem['kind']): string => `${kind}-${crypto.randomUUID().slice(0, 8)}`;

/** Moves item `index` by `delta` places (no-op at either end). */
export const moved = <T,>(items: readonly T[], index: number, delta: -1 | 1): T[] => {
  const to = index + delta;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
};

export const useFrameworkEditor = (schoolYear: string) => {
  const t = useT();
  const path = `/frameworks/${encodeURIComponent(schoolYear)}`;
  const { value, set } = useLoad(() => api.get<Framework>(path), schoolYear);
  const framework = value.state === 'ready' ? value.data : null;
  const [items, setItems] = useState<FrameworkItem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FrameworkNotice>(null);

  useEffect(() => {
    if (framework) { setItems([...framework.items]); setDirty(false); }
  }, [framework]);

  const change = useCallback((next: (items: FrameworkItem[]) => FrameworkItem[]) => {
    setItems((current) => next(current));
    setDirty(true);
    setNotice(null);
  }, []);

  const update = (index: number, patch: Partial<FrameworkItem>) =>
    change((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const add = (kind: FrameworkItem['kind']) =>
    change((all) => [...all, { id: newId(kind), kind, title: t('tab:framework.untitled'), explanation: '' }]);
  const move = (index: number, delta: -1 | 1) => change((all) => moved(all, index, delta));
  const remove = (index: number) => change((all) => all.filter((_, i) => i !== index));

  const save = async () => {
    if (!framework) return;
    setBusy(true);
    try {
      const body = { items: items.map((i) => ({ ...i, title: i.title.trim(), explanation: i.explanation.trim() })), expectedVersion: framework.version };
      const saved = await api.put<Framework>(path, body);
      set(saved);
      setNotice({ intent: 'success', text: t('tab:framework.savedRevision', { revision: saved.revision }) });
    } catch (err) {
      setNotice({ intent: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return { value, framework, items, dirty, busy, notice, update, add, move, remove, save };
};
