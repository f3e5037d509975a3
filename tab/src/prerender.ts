/**
 * Rendering the first screen on the server (ssr/first-screen.tsx): there is no window there, and no
 * boot call that filled the API's memory. This context carries what the browser would read from them,
 * the route's hash and the boot call's reads by path; in the browser it is null and nothing changes.
 */
import { createContext, useContext } from 'react';
import { peekSeeded } from './api';

export interface Prerender {
  /** The location hash the screen is rendered for ("#/school/…/niveaus"). */
  readonly hash: string;
  /** What the boot call carried, under the paths the pages read it by (app/prefetch.ts `bootReads`). */
  readonly reads: ReadonlyMap<string, unknown>;
}

export const PrerenderContext = createContext<Prerender | null>(null);

/** The current location hash: the pre-render's on the server, the window's in the browser. */
export const useInitialHash = (): string => {
  const prerender = useContext(PrerenderContext);
  return prerender ? prerender.hash : window.location.hash;
};

/** A read the boot call already carried (api.peekSeeded), for a page's first render. */
export const useSeeded = <T>(path: string): T | undefined => {
  const prerender = useContext(PrerenderContext);
  return prerender ? (prerender.reads.get(path) as T | undefined) : peekSeeded<T>(path);
};
