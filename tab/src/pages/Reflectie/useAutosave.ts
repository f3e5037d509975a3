/**
 * Debounced autosave of reflection answers: changes gather per item and are sent one PATCH per item,
 * one request at a time, so a later keystroke never overtakes an earlier one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reflection, ReflectionAnswer } from '@samen/shared';
import { api, errorText } from '../../api';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
type Patch = Partial<ReflectionAnswer>;

const DEBOUNCE_MS = 800;

export const useAutosave = (path: string, initiallySaved: boolean, onSaved: (r: Reflection) => void) => {
  const [state, setState] = useState<SaveState>(initiallySaved ? 'saved' : 'idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef(new Map<string, Patch>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);

  const drain = useCallback(async () => {
    for (const [itemId, answer] of pending.current) {
      pending.current.delete(itemId);
      try {
        onSaved(await api.patch<Reflection>(`${path}/answers`, { itemId, answer }));
      } catch (err) {
        pending.current.set(itemId, { ...answer, ...pending.current.get(itemId) });
        setError(errorText(err));
        setState('error');
        return;
      }
    }
    setError(null);
    setState('saved');
  }, [path, onSaved]);

  /** Sends everything still waiting; resolves when it is stored (or failed). */
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (pending.current.size === 0) return;
    running.current = drain().finally(() => { running.current = null; });
    await running.current;
  }, [drain]);

  const change = useCallback(
    (itemId: string, patch: Patch) => {
      pending.current.set(itemId, { ...pending.current.get(itemId), ...patch });
      setState('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  return { state, error, change, flush, setState };
};
