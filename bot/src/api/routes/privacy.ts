/**
 * AVG requests from the tab: the coördinator's list of people and erasure log, a person's data as
 * JSON or as a readable HTML summary, erasure; and everyone's own data. The subject travels in a
 * POST body, never in the URL, so no address ends up in a request log.
 */
import { Router, type Response } from 'express';
import { ok, PrivacyEraseBodySchema, PrivacyExportBodySchema, PrivacyFormatSchema, type Locale, type PersonDataExport, type Result } from '@samen/shared';
import { privacyHtml } from '../../export/privacy-html.js';
import { erasePerson } from '../../usecases/privacy/erasure.js';
import { exportMyData, exportPersonData } from '../../usecases/privacy/export.js';
import { privacyPeople } from '../../usecases/privacy/people.js';
import { handle, parse } from '../http.js';

/** Sends the export as a download: the JSON itself, or the summary page. */
const sendExport = (res: Response, locale: Locale, format: 'json' | 'html', data: Result<PersonDataExport>): Result<undefined> => {
  if (!data.ok) return data;
  const day = data.value.generatedAt.slice(0, 10);
  res.setHeader('Cache-Control', 'no-store');
  if (format === 'html') res.type('html').attachment(`gegevens-${day}.html`).send(privacyHtml(data.value, locale));
  else res.type('json').attachment(`gegevens-${day}.json`).send(JSON.stringify(data.value, null, 2));
  return ok(undefined);
};

export const privacyRoutes = (): Router =>
  Router()
    .get(
      '/privacy/people',
      handle(async ({ deps, person }) => privacyPeople(deps, person)),
    )
    .get(
      '/privacy/mine',
      handle(async ({ deps, person, locale, req, res }) => {
        const format = parse(PrivacyFormatSchema, req.query['format']);
        if (!format.ok) return format;
        return sendExport(res, locale, format.value, await exportMyData(deps, person));
      }),
    )
    .post(
      '/privacy/export',
      handle(async ({ deps, person, locale, req, res }) => {
        const format = parse(PrivacyFormatSchema, req.query['format']);
        if (!format.ok) return format;
        const body = parse(PrivacyExportBodySchema, req.body);
        if (!body.ok) return body;
        return sendExport(res, locale, format.value, await exportPersonData(deps, person, body.value.subject));
      }),
    )
    .post(
      '/privacy/erase',
      handle(async ({ deps, person, req }) => {
        const body = parse(PrivacyEraseBodySchema, req.body);
        if (!body.ok) return body;
        return erasePerson(deps, person, body.value.subject);
      }),
    );
