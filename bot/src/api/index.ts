/**
 * The tab's REST API, mounted by the server at /api/tab. JSON in and out; every failure is
 * `{ code, message }` with the code's HTTP status, and the router keeps serving after any of them.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import compression from 'compression';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import type { Person } from '@samen/shared';
import { defaultAuthenticator, depsActingAs, type Authenticator } from './auth.js';
import { bearerOf } from './token.js';
import { bodyErrors, localeOf, sendError } from './http.js';
import { isStorageForbidden, isStorageUnavailable } from '../store/errors.js';
import { meRoutes } from './routes/me.js';
import { localUsersRoutes } from './routes/local.js';
import { niveauRoutes } from './routes/niveaus.js';
import { niveauTemplateRoutes } from './routes/niveau-templates.js';
import { reflectionRoutes } from './routes/reflections.js';
import { frameworkRoutes } from './routes/frameworks.js';
import { meetingRoutes } from './routes/meetings.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { retentionRoutes } from './routes/retention.js';
import { broadcastRoutes } from './routes/broadcasts.js';
import { attendanceRoutes } from './routes/attendance.js';
import { selectionRoutes } from './routes/selection.js';
import { workspaceRoutes } from './routes/workspace.js';
import { sopRoutes } from './routes/sop.js';
import { reflectionDeadlineRoutes } from './routes/reflection-deadlines.js';
import { privacyRoutes } from './routes/privacy.js';
import { bootRoutes } from './routes/boot.js';
import { firstScreens, type FirstScreens } from './first-screen.js';

export type { Authenticator } from './auth.js';

const BODY_LIMIT = '256kb';

/**
 * Answers of 1 KB and more go compressed when the browser accepts it (brotli at quality 4, else gzip): the
 * boot call's ~75 KB (the first screen) travel as ~12 KB over a school's network. The tab's static files are
 * compressed at build time instead (bot/src/server.ts).
 */
const COMPRESS_FROM_BYTES = 1024;

const correlate = (_req: Request, res: Response, next: NextFunction): void => {
  const id = randomUUID();
  res.locals['correlationId'] = id;
  res.setHeader('X-Correlation-Id', id);
  next();
};

const notFound = (req: Request, res: Response): void => sendError(res, { code: 'REQUEST.NOT_FOUND' }, localeOf(req));

const authenticate =
  (authenticator: Authenticator) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const who = await authenticator.authenticate(req);
    if (!who.ok) {
      if (who.error.code === 'AUTH.UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(res, who.error, localeOf(req));
    }
    res.locals['person'] = who.value;
    next();
  };

/** The deps this request runs with: acting for the signed-in user, with the token the authenticator just accepted. */
const actAsUser =
  (deps: Deps) =>
  (req: Request, res: Response, next: NextFunction): void => {
    res.locals['deps'] = depsActingAs(deps, res.locals['person'] as Person, bearerOf(req.header('authorization')));
    next();
  };

/** Last resort: logged with the correlation id (no body, no names), a generic message to the user. */
const unexpected =
  (deps: Deps) =>
  (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const code = isStorageForbidden(err) ? err.code : isStorageUnavailable(err) ? err.code : 'INTERNAL';
    const log = code === 'AUTH.FORBIDDEN' ? deps.logger.warn.bind(deps.logger) : deps.logger.error.bind(deps.logger);
    log({ err, correlationId: res.locals['correlationId'], method: req.method, route: req.route?.path }, 'tab api failed');
    if (!res.headersSent) sendError(res, { code }, localeOf(req));
  };

export const createTabApi = (deps: Deps, authenticator: Authenticator = defaultAuthenticator(deps), screens: FirstScreens = firstScreens(deps)): Router => {
  const router = Router();
  // The first request of a tab starts loading the first-screen renderer (if the page itself did not), well before its boot call.
  router.use((_req, _res, next) => { screens.warm(); next(); });
  router.use(compression({ threshold: COMPRESS_FROM_BYTES }));
  router.use(correlate, express.json({ limit: BODY_LIMIT }), bodyErrors);
  // Outside local mode the sign-in list does not exist (404, before authentication: the tab probes it).
  router.use(deps.config.mode === 'local' ? localUsersRoutes(deps, screens) : Router().all('/local/*rest', notFound));
  router.use(authenticate(authenticator), actAsUser(deps));
  router.use(bootRoutes(deps, screens), meRoutes(deps), niveauRoutes(), reflectionRoutes(), frameworkRoutes(deps));
  router.use(niveauTemplateRoutes());
  router.use(meetingRoutes(deps), dashboardRoutes(deps), broadcastRoutes(deps), attendanceRoutes(), selectionRoutes());
  router.use(retentionRoutes(deps));
  router.use(workspaceRoutes(deps));
  router.use(sopRoutes());
  router.use(reflectionDeadlineRoutes());
  router.use(privacyRoutes());
  router.use(notFound);
  router.use(unexpected(deps));
  return router;
};
