/** Who am I, which schools can I open, and (local mode) who can I sign in as. */
import { Router } from 'express';
import { ok, schoolYearOf, type LocalUserDto, type MeDto, type Person } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { isCoordinator } from '../../auth/roles.js';
import { listAll, visibleSchools } from '../../usecases/school-access.js';
import { handle } from '../http.js';

const toUser = (deps: Deps, p: Person): LocalUserDto => ({
  id: p.id,
  name: p.name,
  roles: p.roles,
  schoolIds: p.schoolIds,
  isCoordinator: isCoordinator(deps.config, p),
});

/** Mounted before authentication, and only in local mode. */
export const localUsersRoutes = (deps: Deps): Router =>
  Router().get(
    '/local/users',
    handle(async () => ok((await listAll((p) => deps.stores.people.list(p))).map((p) => toUser(deps, p)))),
  );

export const meRoutes = (deps: Deps): Router =>
  Router()
    .get(
      '/me',
      handle(async ({ person }) =>
        ok<MeDto>({ ...toUser(deps, person), locale: person.locale, schoolYear: schoolYearOf(deps.clock()) }),
      ),
    )
    .get('/schools', handle(async ({ person }) => ok(await visibleSchools(deps, person))));
