/**
 * Render-as-you-fetch for the first page: while the app still loads the page's code and translations,
 * the reads that page will make are already on their way. One boot call carries who I am, my schools
 * and the niveau-overzicht when that is the first screen (GET /api/tab/boot); other pages' reads start
 * beside it.
 */
import type { BootDto, BootQuery, TabTheme } from '@samen/shared';
import { prefetch, seed } from '../api';
import type { Route } from '../router';

const niveausOf = (route: Route): string | null => (route.page === 'school' && route.section === 'niveaus' ? route.schoolId : null);

const niveausPath = (schoolId: string): string => `/schools/${encodeURIComponent(schoolId)}/niveaus`;

/** Whether the boot call for this route can bring the first screen rendered by the server (app/first-screen.ts). */
export const takesFirstScreen = (route: Route): boolean => niveausOf(route) !== null;

/** The boot call's query for a route; `render`: the theme to ask the niveau-overzicht rendered in (first-screen.ts), null for none. */
export const bootQuery = (route: Route, render: TabTheme | null = null): BootQuery => {
  const schoolId = niveausOf(route);
  if (schoolId === null) return {};
  return render === null ? { niveaus: schoolId } : { niveaus: schoolId, render };
};

/** The boot call (GET /boot) for a route, as bootQuery. */
export const bootPath = (route: Route, render: TabTheme | null = null): string => {
  const { niveaus, render: theme } = bootQuery(route, render);
  if (niveaus === undefined) return '/boot';
  return `/boot?niveaus=${encodeURIComponent(niveaus)}${theme === undefined ? '' : `&render=${theme}`}`;
};

/**
 * What the boot call carried, under the paths the pages read it by. A refused read is not kept: the
 * page asks again and shows the refusal as it always does.
 */
export const bootReads = (route: Route, boot: Pick<BootDto, 'schools' | 'niveaus'>): Map<string, unknown> => {
  const reads = new Map<string, unknown>([['/schools', boot.schools]]);
  const schoolId = niveausOf(route);
  if (schoolId !== null && boot.niveaus?.ok) reads.set(niveausPath(schoolId), boot.niveaus.value);
  return reads;
};

/** Hands what the boot call carried to the pages (api.seed). */
export const seedFromBoot = (route: Route, boot: BootDto): void => bootReads(route, boot).forEach((value, path) => seed(path, value));

/** The first page's reads the boot call does not carry. */
const readsOf = (route: Route): string[] => {
  switch (route.page) {
    case 'bijeenkomsten':
      return ['/meetings'];
    case 'dashboard':
      return ['/dashboard'];
    case 'werkplek':
      return [route.meetingId === null ? '/workspace' : `/workspace/meetings/${encodeURIComponent(route.meetingId)}`];
    default:
      return [];
  }
};

export const prefetchRoute = (route: Route): void => readsOf(route).forEach(prefetch);
