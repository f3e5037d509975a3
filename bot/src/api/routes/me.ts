/** Who am I and which schools can I open (local mode's sign-in list: local.ts). */
import { Router } from 'express';
import { ok, schoolYearOf, type LocalUserDto, type MeDto, type Person } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { isCoordinator } from '../../auth/coordinators.js';
import { visibleSchools } from '../../usecases/school-access.js';
import { handle } from '../http.js';

/** A person as the tab shows them (the local sign-in list, /me). */
export const toUser = (deps: Deps, p: Person): LocalUserDto => ({
  id: p.id,
  name: p.name,
  roles: p.roles,
  schoolIds: p.schoolIds,
  isCoordinator: isCoordinator(deps, p),
});

/** Who the signed-in person is, as /me and the boot call (boot.ts) answer it. */
export const meOf = (deps: Deps, person: Person): MeDto => ({ ...toUser(deps, person), locale: person.locale, schoolYear: schoolYearOf(deps.clock()) });

export const meRoutes = (deps: Deps): Router =>
  Router()
    .get('/me', handle(async ({ person }) => ok(meOf(deps, person))))
    .get('/schools', handle(async ({ person }) => ok(await visibleSchools(deps, person))));
