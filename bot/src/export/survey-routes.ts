/** Survey downloads (CSV and .xlsx) reached through the signed links on the coördinator's results card. */
import { Router, type Request, type Response } from 'express';
import { errorMessage, httpStatusOf, toLocale, type ErrorCode } from '@samen/shared';
import type { Deps } from '../deps.js';
import { toCsv } from '../api/csv.js';
import { allPages } from '../store/all-pages.js';
import { surveyExportRows, surveySummaryRows, surveyWorkbook } from '../usecases/survey-export.js';
import { surveyResultsOf } from '../usecases/surveys.js';
import { verifyLink } from './signed-link.js';

const refuse = (req: Request, res: Response, code: ErrorCode): void => {
  res.status(httpStatusOf(code)).json({ code, message: errorMessage({ code }, toLocale(req.headers['accept-language'])) });
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const surveyDownloadRoutes = (deps: Deps, secret: string): Router =>
  Router().get('/export/surveys/:file', async (req, res) => {
    const match = /^(.+)\.(csv|xlsx)$/.exec(String(req.params.file));
    if (!match) return refuse(req, res, 'REQUEST.NOT_FOUND');
    const [, surveyId = '', ext] = match;
    const claims = verifyLink(secret, `survey-${ext}:${surveyId}`, req.query, deps.clock());
    const person = claims ? await deps.stores.people.get(claims.personId) : null;
    if (!person) return refuse(req, res, 'AUTH.UNAUTHENTICATED');
    const data = await surveyResultsOf(deps, person, surveyId);
    if (!data.ok) return refuse(req, res, data.error.code);
    const responders = data.value.responses.flatMap((r) => (r.personId ? [r.personId] : []));
    const [people, schools] = await Promise.all([deps.stores.people.byIds(responders), allPages((p) => deps.stores.schools.list(p))]);
    const names = { people: new Map(people.map((p) => [p.id, p])), schools: new Map(schools.map((s) => [s.id, s.name])) };
    const rows = surveyExportRows(data.value.survey, data.value.responses, names, person.locale);
    const name = `vragenlijst-${surveyId}`;
    if (ext === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(toCsv(rows));
    const book = await surveyWorkbook(rows, surveySummaryRows(data.value.results, person.locale), person.locale);
    res.type(XLSX).attachment(`${name}.xlsx`).send(book);
  });
