import { Router, type Request } from 'express';
import { EmptyBodySchema, ReflectionAnswerPatchSchema, ReflectionShareBodySchema, type Person, type Result } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { grantReflectionAccess, revokeReflectionAccess, sharedWithUs } from '../../usecases/reflection-sharing.js';
import {
  setReflectionStatus,
  startReflection,
  updateReflectionAnswer,
  viewReflection,
} from '../../usecases/reflection.js';
import { handle, parse, yearParam, type Ctx, param } from '../http.js';

const BASE = '/schools/:id/reflections/:year';

type Run = (deps: Deps, person: Person, schoolId: string, year: string, req: Request) => Promise<Result<unknown>>;

/** Every reflection route: the year from the path, then the use case. */
const withYear =
  (run: Run) =>
  async ({ deps, person, req }: Ctx): Promise<Result<unknown>> => {
    const year = yearParam(param(req, 'year'));
    if (!year.ok) return year;
    return run(deps, person, param(req, 'id'), year.value, req);
  };

/** A POST without a body is allowed; a body with any field is not. */
const noBody = (req: Request) => parse(EmptyBodySchema, req.body ?? {});

/** Every route runs with the request's deps (acting for the signed-in user), not the server's. */
export const reflectionRoutes = (): Router =>
  Router()
    .get(BASE, handle(withYear((deps, p, id, year) => viewReflection(deps, p, id, year))))
    .post(
      `${BASE}/start`,
      handle(withYear(async (deps, p, id, year, req) => { const b = noBody(req); return b.ok ? startReflection(deps, p, id, year) : b; })),
    )
    .patch(
      `${BASE}/answers`,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const body = parse(ReflectionAnswerPatchSchema, req.body);
          return body.ok ? updateReflectionAnswer(deps, p, id, year, body.value) : body;
        }),
      ),
    )
    .post(
      `${BASE}/finish`,
      handle(withYear(async (deps, p, id, year, req) => { const b = noBody(req); return b.ok ? setReflectionStatus(deps, p, id, year, 'afgerond') : b; })),
    )
    .post(
      `${BASE}/reopen`,
      handle(withYear(async (deps, p, id, year, req) => { const b = noBody(req); return b.ok ? setReflectionStatus(deps, p, id, year, 'concept') : b; })),
    )
    .post(
      `${BASE}/grants`,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const body = parse(ReflectionShareBodySchema, req.body);
          return body.ok ? grantReflectionAccess(deps, p, id, year, body.value.audience) : body;
        }),
      ),
    )
    .post(
      `${BASE}/grants/revoke`,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const body = parse(ReflectionShareBodySchema, req.body);
          return body.ok ? revokeReflectionAccess(deps, p, id, year, body.value.audience) : body;
        }),
      ),
    )
    // "Gedeeld met ons": other schools' reflections of the year shared with this school.
    .get('/schools/:id/shared-reflections/:year', handle(withYear((deps, p, id, year) => sharedWithUs(deps, p, id, year))));
