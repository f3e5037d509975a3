/** 'aanvraag' mode: the organiser's selection in the tab. Thin: the use case decides and checks. */
import { Router } from 'express';
import {
  groupQuestionOf,
  ok,
  outcomeMoment,
  SelectionConfirmBodySchema,
  type ApplicantDto,
  type Candidate,
  type Person,
  type Result,
  type SelectionDto,
} from '@samen/shared';
import type { Deps } from '../../deps.js';
import { confirmSelection, selectionFor, type SelectionView } from '../../usecases/selection.js';
import { handle, parse, param } from '../http.js';

const applicant = (view: SelectionView) => (c: Candidate): ApplicantDto => ({
  personId: c.personId,
  name: view.names.get(c.personId) ?? null,
  group: c.group,
  role: c.role,
  appliedAt: c.appliedAt,
});

export const selectionDto = (view: SelectionView): SelectionDto => {
  const { meeting } = view;
  const toDto = applicant(view);
  return {
    meetingId: meeting.id,
    title: meeting.title,
    registrationDeadline: meeting.registrationDeadline,
    confirmedAt: view.confirmedAt,
    groupQuestion: groupQuestionOf(meeting)?.label ?? null,
    sessions: meeting.sessions.map((s) => {
      const proposal = view.proposals.find((p) => p.sessionId === s.id);
      const of = view.rsvps.filter((r) => r.sessionId === s.id);
      const count = (status: string) => of.filter((r) => r.status === status).length;
      return {
        sessionId: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        name: s.name ?? null,
        capacity: s.capacity,
        outcomeAt: outcomeMoment(meeting, s),
        proposed: (proposal?.proposed ?? []).map(toDto),
        reserve: (proposal?.reserve ?? []).map(toDto),
        ineligible: (proposal?.ineligible ?? []).map(toDto),
        confirmed: view.confirmedAt ? { booked: count('booked'), waitlisted: count('waitlisted'), notSelected: count('not-selected') } : null,
      };
    }),
  };
};

const viewDto = async (deps: Deps, person: Person, meetingId: string): Promise<Result<SelectionDto>> => {
  const view = await selectionFor(deps, person, meetingId);
  return view.ok ? ok(selectionDto(view.value)) : view;
};

export const selectionRoutes = (): Router =>
  Router()
    .get(
      '/meetings/:id/selection',
      handle(({ deps, person, req }) => viewDto(deps, person, param(req, 'id'))),
    )
    .post(
      '/meetings/:id/selection/confirm',
      handle(async ({ deps, person, req }) => {
        const body = parse(SelectionConfirmBodySchema, req.body);
        if (!body.ok) return body;
        const id = param(req, 'id');
        const confirmed = await confirmSelection(deps, person, id, body.value.sessions);
        if (!confirmed.ok) return confirmed;
        const view = await viewDto(deps, person, id);
        if (!view.ok) return view;
        return ok({ queued: confirmed.value.queued, alreadyConfirmed: confirmed.value.alreadyConfirmed, selection: view.value });
      }),
    );
