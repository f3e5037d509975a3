/** HTTP wiring only: health, the bot endpoint, the tab's API and the built tab. */
import express, { type Express, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { errorMessage, toLocale } from '@samen/shared';
import type { Deps } from './deps.js';
import { createTabApi } from './api/index.js';
import { FIRST_SCREEN_DIR, firstScreens } from './api/first-screen.js';
import { downloadRoutes } from './export/routes.js';
import { surveyDownloadRoutes } from './export/survey-routes.js';

export interface BotEndpoint {
  handle(req: Request, res: Response): Promise<void>;
}

export const createApp = (deps: Deps, bot?: BotEndpoint): Express => {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mode: deps.config.mode, store: deps.config.store, time: deps.clock().toISOString() });
  });
  if (bot) {
    app.post('/api/messages', express.json({ limit: '1mb' }), (req, res, next) => {
      bot.handle(req, res).catch(next);
    });
  }
  const screens = firstScreens(deps);
  app.use('/api/tab', createTabApi(deps, undefined, screens));
  app.use(downloadRoutes(deps, deps.config.linkSecret));
  app.use(surveyDownloadRoutes(deps, deps.config.linkSecret));
  const dist = path.resolve(deps.config.tabDistDir);
  if (existsSync(dist)) {
    const files = express.static(dist, { index: 'index.html', maxAge: '1h' });
    // dist/server/ is the server's own part of the tab build (api/first-screen.ts), not for browsers. The tab's
    // page starts loading the first-screen renderer: its boot call follows within a few requests.
    app.use((req, res, next) => {
      if (req.path.startsWith(`/${FIRST_SCREEN_DIR}/`)) return next();
      if (req.path === '/' || req.path === '/index.html') screens.warm();
      return files(req, res, next);
    });
  }
  app.use((err: unknown, req: Request, res: Response, _next: express.NextFunction) => {
    const locale = toLocale(req.headers['accept-language']);
    const invalidJson = err instanceof SyntaxError || (err as { type?: string }).type === 'entity.parse.failed';
    if (invalidJson) {
      res.status(400).json({ code: 'REQUEST.INVALID_JSON', message: errorMessage({ code: 'REQUEST.INVALID_JSON' }, locale) });
      return;
    }
    deps.logger.error({ err, path: req.path }, 'request failed');
    if (!res.headersSent) res.status(500).json({ code: 'INTERNAL', message: errorMessage({ code: 'INTERNAL' }, locale) });
  });
  return app;
};
