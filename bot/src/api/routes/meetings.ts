import { Router } from 'express';
import { RsvpBodySchema } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { myMeetings, rsvpFromTab } from '../../usecases/meetings-view.js';
import { handle, parse, param } from '../http.js';

export const meetingRoutes = (deps: Deps): Router =>
  Router()
    .get('/meetings', handle(({ person }) => myMeetings(deps, person)))
    .post(
      '/meetings/:id/rsvp',
      handle(async ({ person, req }) => {
        const body = parse(RsvpBodySchema, req.body);
        if (!body.ok) return body;
        return rsvpFromTab(deps, person, param(req, 'id'), body.value);
      }),
    );
