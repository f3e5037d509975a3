import { Router } from 'express';
import { EmptyBodySchema } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { acknowledgeFromTab, myBroadcasts } from '../../usecases/broadcasts-view.js';
import { handle, parse, param } from '../http.js';

/** Announcements and surveys: progress for the coördinator, "wacht op jou" for everyone. */
export const broadcastRoutes = (deps: Deps): Router =>
  Router()
    .get('/broadcasts', handle(({ person }) => myBroadcasts(deps, person)))
    .post(
      '/announcements/:id/ack',
      handle(async ({ person, req }) => {
        const body = parse(EmptyBodySchema, req.body ?? {});
        if (!body.ok) return body;
        return acknowledgeFromTab(deps, person, param(req, 'id'));
      }),
    );
