/** HTTP wiring only: health, the bot endpoint, the tab's API and the built tab. */
import express, { type Express, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { errorMessage, toLocale } from '@samen/shared';
import type { Deps } from './deps.js';
import { createTabApi } from './api/index.js';
import { FIRST_SCREEN_DIR, firstScreens, type FirstScreens } from './api/first-screen.js';
import { downloadRoutes } from './export/routes.js';
import { surveyDownloadRoutes } from './export/survey-routes.js';

export interface BotEndpoint {
  /** Any activity, through express (the body parsed by express.json, or already by the card path). */
  handle(req: Request, res: Response): Promise<void>;
  /** A card click answered from its parsed body without express; null (nothing done) when `body` is not one. */
  answerCard(body: unknown, headers: IncomingHttpHeaders, res: ServerResponse): Promise<void> | null;
}

/** express.json's limit on /api/messages. */
const BOT_BODY_LIMIT = 1024 * 1024;

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
};

/** A body that is not JSON: 400 with the reason in the reader's language (express's error handler and the card path). */
const invalidJson = (res: ServerResponse, headers: IncomingHttpHeaders): void => {
  const locale = toLocale(headers['accept-language']);
  sendJson(res, 400, { code: 'REQUEST.INVALID_JSON', message: errorMessage({ code: 'REQUEST.INVALID_JSON' }, locale) });
};

/** A failure of ours: 500 with a reason in the reader's language, unless an answer was already started. */
const internalError = (res: ServerResponse, headers: IncomingHttpHeaders): void => {
  if (res.headersSent) return;
  sendJson(res, 500, { code: 'INTERNAL', message: errorMessage({ code: 'INTERNAL' }, toLocale(headers['accept-language'])) });
};

/** A page (or its compressed copy): always asked again; a hashed build file under assets/: for a year; anything else: an hour. */
const cacheControlOf = (file: string): string =>
  /\.html(\.br|\.gz)?$/.test(file) ? 'no-cache' : /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';

export const createApp = (deps: Deps, bot?: BotEndpoint, screens: FirstScreens = firstScreens(deps)): Express => {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mode: deps.config.mode, store: deps.config.store, time: deps.clock().toISOString() });
  });
  if (bot) {
    app.post('/api/messages', express.json({ limit: BOT_BODY_LIMIT }), (req, res, next) => {
      bot.handle(req, res).catch(next);
    });
  }
  app.use('/api/tab', createTabApi(deps, undefined, screens));
  app.use(downloadRoutes(deps, deps.config.linkSecret));
  app.use(surveyDownloadRoutes(deps, deps.config.linkSecret));
  const dist = path.resolve(deps.config.tabDistDir);
  if (existsSync(dist)) {
    // The build's brotli or gzip copy of a file (tab/vite.config.ts) when the browser accepts it, else the file itself.
    // Caching: a page is asked again every time (after a deploy it names new files); the build's files have the
    // content's hash in their name, so they never change and are kept for a year.
    const files = expressStaticGzip(dist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: 'index.html',
      serveStatic: { setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlOf(file)) },
    });
    // dist/server/ is the server's own part of the tab build (api/first-screen.ts), not for browsers. The tab's
    // page starts loading the first-screen renderer if the server has not yet (createHttpServer).
    app.use((req, res, next) => {
      if (req.path.startsWith(`/${FIRST_SCREEN_DIR}/`)) return next();
      if (req.path === '/' || req.path === '/index.html') screens.warm();
      return files(req, res, next);
    });
  }
  app.use((err: unknown, req: Request, res: Response, _next: express.NextFunction) => {
    const invalid = err instanceof SyntaxError || (err as { type?: string }).type === 'entity.parse.failed';
    if (invalid) {
      invalidJson(res, req.headers);
      return;
    }
    deps.logger.error({ err, path: req.path }, 'request failed');
    internalError(res, req.headers);
  });
  return app;
};

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/**
 * A bot POST express.json would read in full without surprises, known from the headers alone: exactly
 * /api/messages, JSON in UTF-8, not compressed, a declared length within the limit. Anything else
 * (another path spelling, chunked, gzip, another charset, too large) goes to express as before.
 */
const isPlainBotPost = (req: IncomingMessage): boolean => {
  if (req.method !== 'POST' || req.url !== '/api/messages') return false;
  const { 'content-type': type, 'content-length': length, 'content-encoding': encoding } = req.headers;
  const bytes = Number(length);
  return (
    (encoding === undefined || encoding === 'identity') &&
    length !== undefined &&
    Number.isInteger(bytes) &&
    bytes > 0 &&
    bytes <= BOT_BODY_LIMIT &&
    type !== undefined &&
    JSON_TYPE.test(type)
  );
};

/** The body as express.json (strict) reads it: an object or array, a leading byte-order mark ignored; undefined when it is not. */
const parseStrict = (text: string): unknown => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The HTTP server: express for everything, except that a card click (an Action.Execute invoke, about
 * every request of an RSVP storm) is read, parsed once and answered before express's router, query
 * parser and body parser (≈0.4 ms of CPU per request). The body is read as express.json reads it
 * (same limit, strict JSON, the same 400 for bad JSON); a bot activity that is not a card click goes on
 * to express with the parsed body, which express.json then leaves as it is.
 */
export const createHttpServer = (deps: Deps, bot?: BotEndpoint): Server => {
  const screens = firstScreens(deps);
  const app = createApp(deps, bot, screens);
  const server = createServer((req, res) => {
    if (!bot || !isPlainBotPost(req)) {
      app(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = parseStrict(Buffer.concat(chunks).toString('utf8'));
      if (body === undefined) {
        invalidJson(res, req.headers);
        return;
      }
      const answered = bot.answerCard(body, req.headers, res);
      if (answered) {
        answered.catch((err: unknown) => {
          deps.logger.error({ err, path: req.url }, 'request failed');
          internalError(res, req.headers);
        });
        return;
      }
      (req as IncomingMessage & { body?: unknown }).body = body;
      app(req, res);
    });
  });
  // The tab's first-screen renderer (~0.1 s of CPU) loads once the server listens, on a later turn: the start
  // does not wait for it, and neither does the first boot call after a start (before, it waited for the load
  // begun by the tab's page request: ~0.4 s, ~1 s under load).
  server.once('listening', () => setImmediate(() => screens.warm()));
  return server;
};
