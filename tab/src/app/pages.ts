/** Every page's code, loaded on first use; main.tsx loads the first page's before it mounts the app. */
import type { Route } from '../router';

export const PAGES = {
  home: () => import('../pages/Home/Home'),
  school: () => import('../pages/School/School'),
  bijeenkomsten: () => import('../pages/Bijeenkomsten/Bijeenkomsten'),
  dashboard: () => import('../pages/Dashboard/Dashboard'),
  config: () => import('../pages/TabConfig/TabConfig'),
  framework: () => import('../pages/Framework/FrameworkEditor'),
  werkplek: () => import('../pages/Werkplek/Werkplek'),
  niveauTemplates: () => import('../pages/NiveauTemplates/NiveauTemplates'),
  privacy: () => import('../pages/Privacy/Privacy'),
} satisfies Record<Route['page'], () => Promise<unknown>>;

export type PageName = keyof typeof PAGES;
export type PageModule<K extends PageName> = Awaited<ReturnType<(typeof PAGES)[K]>>;

const loaded = new Map<PageName, unknown>();

/** A page's module, remembered once it is in. */
export const loadPage = <K extends PageName>(page: K): Promise<PageModule<K>> =>
  (PAGES[page]() as Promise<PageModule<K>>).then((module) => {
    loaded.set(page, module);
    return module;
  });

/** The page's module if it has already loaded, else null. */
export const loadedPage = <K extends PageName>(page: K): PageModule<K> | null => (loaded.get(page) as PageModule<K> | undefined) ?? null;
