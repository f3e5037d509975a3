/**
 * The organiser's workspace: GET /workspace[/meetings/:id] (what the page needs), POST /meetings (new
 * draft, 201), PUT /meetings/:id (with the version read: a stale one is 409), POST /meetings/:id/send.
 * A meeting that does not pass `MeetingInputSchema` is 400 MEETING.INVALID with a message per field.
 */
import { Router, type Response } from 'express';
import {
  CreateMeetingBodySchema,
  errorMessage,
  ok,
  UpdateMeetingBodySchema,
  type Locale,
  type MeetingFieldErrorsDto,
  type Result,
  type SavedMeetingDto,
} from '@samen/shared';
import type { Deps } from '../../deps.js';
import { createMeeting, updateMeeting, workspaceFor, type WorkspaceSave } from '../../usecases/meeting-workspace.js';
import { sendInvitations } from '../../usecases/invitations.js';
import { handle, param, parse } from '../http.js';

/** A save answered: 201/200 with the stored meeting, or 400 with the field messages. */
const answer = (res: Response, saved: Result<WorkspaceSave>, locale: Locale, created: boolean): Result<unknown> => {
  if (!saved.ok) return saved;
  if (saved.value.kind === 'invalid') {
    const body: MeetingFieldErrorsDto = {
      code: 'MEETING.INVALID',
      message: errorMessage({ code: 'MEETING.INVALID' }, locale),
      fieldErrors: saved.value.errors,
    };
    res.status(400).json(body);
    return ok(undefined);
  }
  const body: SavedMeetingDto = { meeting: saved.value.meeting, informed: saved.value.informed };
  res.status(created ? 201 : 200).json(body);
  return ok(undefined);
};

export const workspaceRoutes = (deps: Deps): Router =>
  Router()
    .get('/workspace', handle(({ person }) => workspaceFor(deps, person, null)))
    .get('/workspace/meetings/:id', handle(({ person, req }) => workspaceFor(deps, person, param(req, 'id'))))
    .post(
      '/meetings',
      handle(async ({ person, locale, req, res }) => {
        const body = parse(CreateMeetingBodySchema, req.body);
        if (!body.ok) return body;
        return answer(res, await createMeeting(deps, person, body.value.meeting, locale), locale, true);
      }),
    )
    .put(
      '/meetings/:id',
      handle(async ({ person, locale, req, res }) => {
        const body = parse(UpdateMeetingBodySchema, req.body);
        if (!body.ok) return body;
        return answer(res, await updateMeeting(deps, person, param(req, 'id'), body.value.version, body.value.meeting, locale), locale, false);
      }),
    )
    .post('/meetings/:id/send', handle(({ person, req }) => sendInvitations(deps, person, param(req, 'id'))));
