/** Local mode only: who can I sign in as, and a dev token for the one chosen (with the boot call's answer, when asked). */
import { Router } from 'express';
import { fail, LocalTokenBodySchema, ok, type LocalTokenDto } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { listAll } from '../../usecases/school-access.js';
import { depsActingAs } from '../auth.js';
import { DEV_TOKEN_TTL_SECONDS, signDevToken } from '../dev-token.js';
import type { FirstScreens } from '../first-screen.js';
import { handle, parse } from '../http.js';
import { bootAnswer } from './boot.js';
import { toUser } from './me.js';

/**
 * Mounted before authentication, and only in local mode (config refuses local mode in production):
 * the sample people, and a short-lived dev token for the one chosen on the sign-in screen; asked with
 * `boot`, together with the boot call's answer for that person (as GET /boot would give it with that token).
 */
export const localUsersRoutes = (deps: Deps, firstScreens: FirstScreens): Router =>
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
      handle(async ({ req, locale }) => {
        const key = deps.config.tabAuth.localKey;
        if (deps.config.mode !== 'local' || !key) return fail('REQUEST.NOT_FOUND');
        const body = parse(LocalTokenBodySchema, req.body);
        if (!body.ok) return body;
        const person = await deps.stores.people.get(body.value.personId);
        if (!person) return fail('PERSON.NOT_FOUND');
        const signed = signDevToken(key, { oid: person.aadObjectId, name: person.name, now: deps.clock() });
        const token: LocalTokenDto = { ...signed, expiresInSeconds: DEV_TOKEN_TTL_SECONDS };
        const query = body.value.boot;
        if (!query) return ok(token);
        const boot = await bootAnswer(deps, depsActingAs(deps, person, signed.token), person, locale, query, firstScreens);
        return ok<LocalTokenDto>({ ...token, boot });
      }),
    );
