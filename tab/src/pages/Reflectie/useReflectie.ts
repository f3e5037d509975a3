/** Data and actions of the reflection page; the answers autosave through useAutosave. */
import { useCallback, useEffect, useState } from 'react';
import type { Reflection, ReflectionAnswer, ReflectionViewDto } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useAutosave } from './useAutosave';

export const EMPTY: ReflectionAnswer = { waarStaanWij: '', houdenErinAnders: '', aanpak: '' };
export type Question = keyof ReflectionAnswer;
export const QUESTIONS: readonly Question[] = ['waarStaanWij', 'houdenErinAnders', 'aanpak'];

export const useReflectie = (schoolId: string, year: string) => {
  const path = `/schools/${encodeURIComponent(schoolId)}/reflections/${year}`;
  const { value, reload } = useLoad(() => api.get<ReflectionViewDto>(path), `${schoolId}/${year}`);
  const [reflection, setReflection] = useState<Reflection | null>(null);
  const [answers, setAnswers] = useState<Record<string, ReflectionAnswer>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (value.state !== 'ready' || value.data.kind !== 'full') return;
    setReflection(value.data.reflection);
    setAnswers({ ...(value.data.reflection?.answers ?? {}) });
  }, [value]);

  const onSaved = useCallback((r: Reflection) => setReflection(r), []);
  const autosave = useAutosave(path, true, onSaved);

  const change = (itemId: string, question: Question, text: string) => {
    setAnswers((a) => ({ ...a, [itemId]: { ...EMPTY, ...a[itemId], [question]: text } }));
    autosave.change(itemId, { [question]: text });
  };

  const act = async (action: () => Promise<Reflection>) => {
    setBusy(true);
    setFailure(null);
    try {
      await autosave.flush();
      setReflection(await action());
    } catch (err) {
      setFailure(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const start = () => act(async () => {
    const r = await api.post<Reflection>(`${path}/start`);
    setAnswers({ ...r.answers });
    return r;
  });
  const finish = () => act(() => api.post<Reflection>(`${path}/finish`));
  const reopen = () => act(() => api.post<Reflection>(`${path}/reopen`));
  const share = (shared: boolean) => act(() => api.post<Reflection>(`${path}/share`, { shared }));

  return { value, reload, reflection, answers, change, saveState: autosave.state, saveError: autosave.error, failure, busy, start, finish, reopen, share };
};
