/** Who am I, which schools can I open, and (local mode) who can I sign in as. */
import { Router } from 'express';
import { fail, LocalTokenBodySchema, ok, schoolYearOf, type LocalTokenDto, type LocalUserDto, type MeDto, type Person } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { isCoordinator } from '../../auth/coordinators.js';
import { listAll, visibleSchools } from '../../usecases/school-access.js';
import { handle, parse } from '../http.js';
import { DEV_TOKEN_TTL_SECONDS, signDevToken } from '../dev-token.js';

const toUser = (deps: Deps, p: Person): LocalUserDto => ({
  id: p.id,
  name: p.name,
  roles: p.roles,
  schoolIds: p.schoolIds,
  isCoordinator: isCoordinator(deps, p),
});

/**
 * Mounted before authentication, and only in local mode (config refuses local mode in production):
 * the sample people, and a short-lived dev token for the one chosen on the sign-in screen.
 */
export const localUsersRoutes = (deps: Deps): Router =>
  Router()
    .get(
      '/local/users',
      handle(async () => {
        const sectorOf = new Map((await listAll((p) => deps.stores.schools.list(p))).map((s) => [s.id, s.sector]));
        const people = await listAll((p) => deps.stores.people.list(p));
        return ok(people.map((p) => ({ ...toUser(deps, p), sectors: [...new Set(p.schoolIds.flatMap((id) => sectorOf.get(id) ?? []))] })));
      }),
    )
    .post(
      '/local/token',
      handle(async ({ req }) => {
        const key = deps.config.tabAuth.localKey;
        if (deps.config.mode !== 'local' || !key) return fail('REQUEST.NOT_FOUND');
        const body = parse(LocalTokenBodySchema, req.body);
        if (!body.ok) return body;
        const person = await deps.stores.people.get(body.value.personId);
        if (!person) return fail('PERSON.NOT_FOUND');
        const signed = signDevToken(key, { oid: person.aadObjectId, name: person.name, now: deps.clock() });
        return ok<LocalTokenDto>({ ...signed, expiresInSeconds: DEV_TOKEN_TTL_SECONDS });
      }),
    );

/** Who the signed-in person is, as /me and the boot call (boot.ts) answer it. */
export const meOf = (deps: Deps, person: Person): MeDto => ({ ...toUser(deps, person), locale: person.locale, schoolYear: schoolYearOf(deps.clock()) });

export const meRoutes = (deps: Deps): Router =>
  Router()
    .get('/me', handle(async ({ person }) => ok(meOf(deps, person))))
    .get('/schools', handle(async ({ person }) => ok(await visibleSchools(deps, person))));
