/** Data and actions of the reflection page; the answers autosave through useAutosave. */
import { useCallback, useEffect, useState } from 'react';
import type { Reflection, ReflectionAnswer, ReflectionAudience, ReflectionSharingDto, ReflectionViewDto } from '@samen/shared';
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
  const [sharing, setSharing] = useState<ReflectionSharingDto | null>(null);
  const [answers, setAnswers] = useState<Record<string, ReflectionAnswer>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (value.state !== 'ready' || value.data.kind !== 'full') return;
    setReflection(value.data.reflection);
    setSharing(value.data.sharing);
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
  /** Share with one audience or stop sharing: the answer carries the grants as they are now. */
  const sharingChange = (to: 'grants' | 'grants/revoke', audience: ReflectionAudience) =>
    act(async () => {
      const r = await api.post<{ reflection: Reflection; sharing: ReflectionSharingDto }>(`${path}/${to}`, { audience });
      setSharing(r.sharing);
      return r.reflection;
    });
  const grant = (audience: ReflectionAudience) => sharingChange('grants', audience);
  const revoke = (audience: ReflectionAudience) => sharingChange('grants/revoke', audience);

  return { value, reload, reflection, sharing, answers, change, saveState: autosave.state, saveError: autosave.error, failure, busy, start, finish, reopen, grant, revoke };
};
