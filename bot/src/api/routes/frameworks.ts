import { Router } from 'express';
import { PutFrameworkBodySchema } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { saveFramework, viewFramework } from '../../usecases/framework.js';
import { handle, parse, yearParam, param } from '../http.js';

export const frameworkRoutes = (deps: Deps): Router =>
  Router()
    .get(
      '/frameworks/:year',
      handle(async ({ req }) => {
        const year = yearParam(param(req, 'year'));
        return year.ok ? viewFramework(deps, year.value) : year;
      }),
    )
    .put(
      '/frameworks/:year',
      handle(async ({ person, req }) => {
        const year = yearParam(param(req, 'year'));
        if (!year.ok) return year;
        const body = parse(PutFrameworkBodySchema, req.body);
        return body.ok ? saveFramework(deps, person, year.value, body.value) : body;
      }),
    );
