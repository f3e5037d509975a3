import type { School } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';

export const allSchools = (deps: Deps): Promise<School[]> => allPages((p) => deps.stores.schools.list(p));

export const schoolMap = async (deps: Deps): Promise<Map<string, School>> =>
  new Map((await allSchools(deps)).map((s) => [s.id, s]));
