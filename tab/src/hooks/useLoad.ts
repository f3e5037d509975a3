/** Loads data once per key; `reload` fetches again, `set` replaces it after a save. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../api';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: T };

/**
 * `ready`: the data when it is already here (api.peekSeeded); the first render then shows it, and the
 * first load only takes the seeded read (no request) so that a later reload asks the server.
 */
export const useLoad = <T>(load: () => Promise<T>, key: string, ready?: T) => {
  const [value, setValue] = useState<Loaded<T>>(() => (ready === undefined ? { state: 'loading' } : { state: 'ready', data: ready }));
  const skip = useRef(ready !== undefined);
  const run = useCallback(async () => {
    try {
      setValue({ state: 'ready', data: await load() });
    } catch (err) {
      setValue({ state: 'error', message: errorText(err) });
    }
    // `load` is a new closure on every render; `key` says when the data really changes.
  }, [key]);
  useEffect(() => {
    if (skip.current) {
      skip.current = false;
      void load().catch(() => undefined);
      return;
    }
    setValue({ state: 'loading' });
    void run();
  }, [run]);
  const set = useCallback((data: T) => setValue({ state: 'ready', data }), []);
  return { value, reload: run, set };
};
