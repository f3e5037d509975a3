/** Download routes reached through signed links from chat: the CSV export and the calendar file. */
import { Router, type Request, type Response } from 'express';
import { errorMessage, findSession, httpStatusOf, meetingIcs, toLocale, type ErrorCode } from '@samen/shared';
import type { Deps } from '../deps.js';
import { meetingRegistrations } from '../usecases/dashboard.js';
import { csvFileName, toCsv } from '../api/csv.js';
import { verifyLink } from './signed-link.js';
import { deliveryReportCsv } from '../messaging/delivery-report.js';
import { authorize } from '../usecases/policy.js';

const refuse = (req: Request, res: Response, code: ErrorCode): void => {
  res.status(httpStatusOf(code)).json({ code, message: errorMessage({ code }, toLocale(req.headers['accept-language'])) });
};

export const downloadRoutes = (deps: Deps, secret: string): Router =>
  Router()
    .get('/export/meetings/:meetingId.csv', async (req, res) => {
      const meetingId = String(req.params.meetingId);
      const claims = verifyLink(secret, `csv:${meetingId}`, req.query, deps.clock());
      const person = claims ? await deps.stores.people.get(claims.personId) : null;
      if (!person) return refuse(req, res, 'AUTH.UNAUTHENTICATED');
      const result = await meetingRegistrations(deps, person, meetingId, person.locale);
      if (!result.ok) return refuse(req, res, result.error.code);
      res.type('text/csv; charset=utf-8').attachment(csvFileName(result.value.meeting)).send(toCsv(result.value.rows));
    })
    .get('/export/delivery/:meetingId.csv', async (req, res) => {
      const meetingId = String(req.params.meetingId);
      const claims = verifyLink(secret, `delivery:${meetingId}`, req.query, deps.clock());
      const person = claims ? await deps.stores.people.get(claims.personId) : null;
      if (!person) return refuse(req, res, 'AUTH.UNAUTHENTICATED');
      const allowed = authorize(deps, person, 'meeting.manage');
      if (!allowed.ok) return refuse(req, res, allowed.error.code);
      if (!(await deps.stores.meetings.get(meetingId))) return refuse(req, res, 'MEETING.NOT_FOUND');
      res.type('text/csv; charset=utf-8').attachment(`niet-bereikt-${meetingId}.csv`).send(await deliveryReportCsv(deps, meetingId, person.locale));
    })
    .get('/ics/:meetingId/:sessionId.ics', async (req, res) => {
      const meeting = await deps.stores.meetings.get(String(req.params.meetingId));
      const session = meeting ? findSession(meeting, String(req.params.sessionId)) : undefined;
      if (!meeting || !session || meeting.status !== 'verstuurd') return refuse(req, res, 'MEETING.NOT_FOUND');
      // Minutes since creation: grows with every download, so a calendar that imported an older
      // file takes a changed date or place.
      const now = deps.clock();
      const sequence = (now.getTime() - new Date(meeting.createdAt).getTime()) / 60_000;
      res.type('text/calendar; charset=utf-8').attachment(`${meeting.id}-${session.id}.ics`).send(meetingIcs(meeting, session, { now, sequence }));
    });
