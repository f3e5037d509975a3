import { Router } from 'express';
import { fail, PutNiveauTemplateBodySchema, TemplateSectorSchema, type Result, type TemplateSector } from '@samen/shared';
import { saveNiveauTemplate, viewNiveauTemplate } from '../../usecases/niveau-templates.js';
import { handle, param, parse } from '../http.js';

/** "PO", "VO" or "SO-VSO" in the path; anything else names no resource. */
const sectorParam = (raw: string): Result<TemplateSector> => {
  const sector = TemplateSectorSchema.safeParse(raw);
  return sector.success ? { ok: true, value: sector.data } : fail('REQUEST.NOT_FOUND');
};

/** The partnership's niveau templates: everyone signed in reads, coördinatoren save (the use case asks the policy). */
export const niveauTemplateRoutes = (): Router =>
  Router()
    .get(
      '/niveau-templates/:sector',
      handle(async ({ deps, req }) => {
        const sector = sectorParam(param(req, 'sector'));
        return sector.ok ? viewNiveauTemplate(deps, sector.value) : sector;
      }),
    )
    .put(
      '/niveau-templates/:sector',
      handle(async ({ deps, person, req }) => {
        const sector = sectorParam(param(req, 'sector'));
        if (!sector.ok) return sector;
        const body = parse(PutNiveauTemplateBodySchema, req.body);
        return body.ok ? saveNiveauTemplate(deps, person, sector.value, body.value) : body;
      }),
    );
