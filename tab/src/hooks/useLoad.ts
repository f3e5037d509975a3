/** Loads data once per key; `reload` fetches again, `set` replaces it after a save. */
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../api';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: T };

export const useLoad = <T>(load: () => Promise<T>, key: string) => {
  const [value, setValue] = useState<Loaded<T>>({ state: 'loading' });
  const run = useCallback(async () => {
    try {
      setValue({ state: 'ready', data: await load() });
    } catch (err) {
      setValue({ state: 'error', message: errorText(err) });
    }
    // `load` is a new closure on every render; `key` says when the data really changes.
  }, [key]);
  useEffect(() => {
    setValue({ state: 'loading' });
    void run();
  }, [run]);
  const set = useCallback((data: T) => setValue({ state: 'ready', data }), []);
  return { value, reload: run, set };
};
