/**
 * Render-as-you-fetch for the first page: while the app still confirms who is signed in and loads
 * the page's code, the reads that page will make are already on their way.
 */
import { prefetch } from '../api';
import type { Route } from '../router';

const readsOf = (route: Route): string[] => {
  switch (route.page) {
    case 'school':
      return route.section === 'niveaus' ? ['/schools', `/schools/${encodeURIComponent(route.schoolId)}/niveaus`] : ['/schools'];
    case 'bijeenkomsten':
      return ['/meetings'];
    case 'dashboard':
      return ['/dashboard'];
    case 'home':
      return ['/schools'];
    case 'werkplek':
      return [route.meetingId === null ? '/workspace' : `/workspace/meetings/${encodeURIComponent(route.meetingId)}`];
    default:
      return [];
  }
};

export const prefetchRoute = (route: Route): void => readsOf(route).forEach(prefetch);
