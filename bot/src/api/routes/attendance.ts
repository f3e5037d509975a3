/**
 * The organiser's workspace: attendance per session and the programme from the knelpunten. Thin: the
 * use cases ask the policy (organiser of the meeting or coördinator) and check the data.
 */
import { Router } from 'express';
import { AttendanceBodySchema, ok, ProgrammeBodySchema, type AttendanceDto, type ProgrammeDraftDto } from '@samen/shared';
import { attendanceSheet, recordAttendance } from '../../usecases/attendance.js';
import { cancelProgramme, programmeDraft, scheduleProgramme } from '../../usecases/programme.js';
import { handle, param, parse } from '../http.js';

export const attendanceRoutes = (): Router =>
  Router()
    .get(
      '/meetings/:id/attendance',
      handle(async ({ deps, person, req }) => {
        const sheet = await attendanceSheet(deps, person, param(req, 'id'));
        if (!sheet.ok) return sheet;
        const { meeting, sessions } = sheet.value;
        const dto: AttendanceDto = {
          meetingId: meeting.id,
          title: meeting.title,
          sessions: sessions.map((s) => ({
            id: s.session.id,
            name: s.session.name ?? null,
            startsAt: s.session.startsAt,
            started: s.started,
            count: s.count,
            people: s.people.map((p) => ({ personId: p.personId, name: p.name, attended: p.attended ?? null })),
          })),
        };
        return ok(dto);
      }),
    )
    .put(
      '/meetings/:id/sessions/:sessionId/attendance',
      handle(async ({ deps, person, req }) => {
        const body = parse(AttendanceBodySchema, req.body);
        if (!body.ok) return body;
        return recordAttendance(deps, person, param(req, 'id'), param(req, 'sessionId'), body.value.present);
      }),
    )
    .get(
      '/meetings/:id/programme',
      handle(async ({ deps, person, req, locale }) => {
        const draft = await programmeDraft(deps, person, param(req, 'id'), locale);
        if (!draft.ok) return draft;
        const dto: ProgrammeDraftDto = {
          meetingId: draft.value.meeting.id,
          text: draft.value.text,
          day: draft.value.suggestedDay,
          firstDay: draft.value.days.first,
          lastDay: draft.value.days.last,
          alreadyScheduled: draft.value.alreadyScheduled,
        };
        return ok(dto);
      }),
    )
    .post(
      '/meetings/:id/programme',
      handle(async ({ deps, person, req }) => {
        const body = parse(ProgrammeBodySchema, req.body);
        if (!body.ok) return body;
        return scheduleProgramme(deps, person, param(req, 'id'), body.value.text, body.value.day);
      }),
    )
    .delete(
      '/meetings/:id/programme',
      handle(({ deps, person, req }) => cancelProgramme(deps, person, param(req, 'id'))),
    );
