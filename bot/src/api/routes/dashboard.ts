import { Router } from 'express';
import { ok } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { dashboard, meetingRegistrations } from '../../usecases/dashboard.js';
import { handle, param } from '../http.js';
import { csvFileName, toCsv } from '../csv.js';

export const dashboardRoutes = (deps: Deps): Router =>
  Router()
    .get('/dashboard', handle(({ person }) => dashboard(deps, person)))
    .get(
      '/dashboard/meetings/:file',
      handle(async ({ person, locale, req, res }) => {
        const meetingId = /^(.+)\.csv$/.exec(param(req, 'file'))?.[1] ?? '';
        const result = await meetingRegistrations(deps, person, meetingId, locale);
        if (!result.ok) return result;
        res
          .type('text/csv; charset=utf-8')
          .attachment(csvFileName(result.value.meeting))
          .send(toCsv(result.value.rows));
        return ok(undefined);
      }),
    );
