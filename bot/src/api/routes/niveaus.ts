import { Router } from 'express';
import { PutNiveausBodySchema, RestoreParamsSchema, TemplateDecisionBodySchema, TemplateLevelParamsSchema, type LevelNumber } from '@samen/shared';
import { decideNiveauTemplateLevel, niveauHistory, restoreNiveau, saveNiveaus, viewNiveaus } from '../../usecases/niveau.js';
import { handle, parse, param } from '../http.js';

/** Every route runs with the request's deps (acting for the signed-in user), not the server's. */
export const niveauRoutes = (): Router =>
  Router()
    .get('/schools/:id/niveaus', handle(({ deps, person, req }) => viewNiveaus(deps, person, param(req, 'id'))))
    .put(
      '/schools/:id/niveaus',
      handle(async ({ deps, person, req }) => {
        const body = parse(PutNiveausBodySchema, req.body);
        if (!body.ok) return body;
        return saveNiveaus(deps, person, param(req, 'id'), body.value);
      }),
    )
    .get('/schools/:id/niveaus/history', handle(({ deps, person, req }) => niveauHistory(deps, person, param(req, 'id'))))
    .post(
      '/schools/:id/niveaus/restore/:revision',
      handle(async ({ deps, person, req }) => {
        const params = parse(RestoreParamsSchema, req.params);
        if (!params.ok) return params;
        return restoreNiveau(deps, person, params.value.id, params.value.revision);
      }),
    )
    // Take over (adopt) or decline (keep) one level of the newer template of the school's sector.
    .post(
      '/schools/:id/niveaus/template/:level',
      handle(async ({ deps, person, req }) => {
        const params = parse(TemplateLevelParamsSchema, req.params);
        if (!params.ok) return params;
        const body = parse(TemplateDecisionBodySchema, req.body);
        if (!body.ok) return body;
        return decideNiveauTemplateLevel(deps, person, params.value.id, params.value.level as LevelNumber, body.value);
      }),
    );
