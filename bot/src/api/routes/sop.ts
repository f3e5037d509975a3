/**
 * The SOP on one A4: read, start, change, move a step, share, and the two downloads rendered on the
 * server (PDF on one A4 page, .docx for the schoolgids). Every route runs with the request's deps.
 */
import { Router, type Request } from 'express';
import {
  EmptyBodySchema,
  ok,
  ShareSopBodySchema,
  SopAdvanceBodySchema,
  SopContentBodySchema,
  t,
  type Person,
  type Result,
} from '@samen/shared';
import type { Deps } from '../../deps.js';
import { sopDocument, sopFileName } from '../../export/sop-document.js';
import { sopDocx } from '../../export/sop-docx.js';
import { sopPdf } from '../../export/sop-pdf.js';
import { advanceSop, shareSop, sopForExport, startSop, updateSop, viewSop } from '../../usecases/sop.js';
import { handle, param, parse, yearParam, type Ctx } from '../http.js';

const BASE = '/schools/:id/sop/:year';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Run = (deps: Deps, person: Person, schoolId: string, year: string, req: Request) => Promise<Result<unknown>>;

const withYear =
  (run: Run) =>
  async ({ deps, person, req }: Ctx): Promise<Result<unknown>> => {
    const year = yearParam(param(req, 'year'));
    return year.ok ? run(deps, person, param(req, 'id'), year.value, req) : year;
  };

const download =
  (format: 'pdf' | 'docx') =>
  async ({ deps, person, locale, req, res }: Ctx): Promise<Result<unknown>> => {
    const year = yearParam(param(req, 'year'));
    if (!year.ok) return year;
    const found = await sopForExport(deps, person, param(req, 'id'), year.value);
    if (!found.ok) return found;
    const { school, sop } = found.value;
    const doc = sopDocument(school, sop, locale);
    const meta = { title: `${t('sop:document.heading', locale)} ${school.name} ${sop.schoolYear}`, author: school.name };
    const name = sopFileName(school, sop.schoolYear);
    if (format === 'docx') {
      res.type(DOCX).attachment(`${name}.docx`).send(await sopDocx(doc, meta));
      return ok(undefined);
    }
    const pdf = await sopPdf(doc, meta);
    if (!pdf.ok) return pdf;
    res.type('application/pdf').attachment(`${name}.pdf`).send(Buffer.from(pdf.value));
    return ok(undefined);
  };

export const sopRoutes = (): Router =>
  Router()
    .get(BASE, handle(withYear((deps, p, id, year) => viewSop(deps, p, id, year))))
    .post(
      `${BASE}/start`,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const b = parse(EmptyBodySchema, req.body ?? {});
          return b.ok ? startSop(deps, p, id, year) : b;
        }),
      ),
    )
    .patch(
      BASE,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const body = parse(SopContentBodySchema, req.body);
          return body.ok ? updateSop(deps, p, id, year, body.value) : body;
        }),
      ),
    )
    .post(
      `${BASE}/status`,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const body = parse(SopAdvanceBodySchema, req.body);
          return body.ok ? advanceSop(deps, p, id, year, body.value.status, body.value.date) : body;
        }),
      ),
    )
    .post(
      `${BASE}/share`,
      handle(
        withYear(async (deps, p, id, year, req) => {
          const body = parse(ShareSopBodySchema, req.body);
          return body.ok ? shareSop(deps, p, id, year, body.value.shared) : body;
        }),
      ),
    )
    .get(`${BASE}/sop.pdf`, handle(download('pdf')))
    .get(`${BASE}/sop.docx`, handle(download('docx')));
