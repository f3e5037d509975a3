/**
 * Render-as-you-fetch for the first page: while the app still loads the page's code and translations,
 * the reads that page will make are already on their way. One boot call carries who I am, my schools
 * and the niveau-overzicht when that is the first screen (GET /api/tab/boot); other pages' reads start
 * beside it.
 */
import type { BootDto } from '@samen/shared';
import { prefetch, seed } from '../api';
import type { Route } from '../router';

const niveausOf = (route: Route): string | null => (route.page === 'school' && route.section === 'niveaus' ? route.schoolId : null);

const niveausPath = (schoolId: string): string => `/schools/${encodeURIComponent(schoolId)}/niveaus`;

/** The boot call for a route. */
export const bootPath = (route: Route): string => {
  const schoolId = niveausOf(route);
  return schoolId === null ? '/boot' : `/boot?niveaus=${encodeURIComponent(schoolId)}`;
};

/**
 * Hands what the boot call carried to the pages, under the paths they read it by. A refused read is not
 * kept: the page asks again and shows the refusal as it always does.
 */
export const seedFromBoot = (route: Route, boot: BootDto): void => {
  seed('/schools', boot.schools);
  const schoolId = niveausOf(route);
  if (schoolId !== null && boot.niveaus?.ok) seed(niveausPath(schoolId), boot.niveaus.value);
};

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
