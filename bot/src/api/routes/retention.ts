import { Router } from 'express';
import type { Deps } from '../../deps.js';
import { retentionStatus } from '../../usecases/retention/status.js';
import { handle } from '../http.js';

/** GET /retention: the dashboard's clean-up line (coördinatoren). */
export const retentionRoutes = (deps: Deps): Router => Router().get('/retention', handle(({ person }) => retentionStatus(deps, person)));
