/** The API's edge: parsing with zod, turning Results into `{ code, message }` bodies, locale. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import {
  errorMessage,
  fail,
  httpStatusOf,
  isSchoolYear,
  ok,
  toLocale,
  type DomainError,
  type Locale,
  type Person,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';

const MAX_FIELDS = 20;

export const localeOf = (req: Request): Locale => toLocale(req.headers['accept-language']);

/** The `{ code, message }` body of an error (with the fields of a bad request) and its HTTP status. */
export const errorBody = (error: DomainError, locale: Locale) => {
  const { fields: raw, ...params } = error.params ?? {};
  const fields = typeof raw === 'string' && raw.length > 0 ? raw.split(',') : undefined;
  const message = errorMessage({ code: error.code, params }, locale);
  return { status: httpStatusOf(error.code), body: fields ? { code: error.code, message, fields } : { code: error.code, message } };
};

export const sendError = (res: Response, error: DomainError, locale: Locale): void => {
  const { status, body } = errorBody(error, locale);
  res.status(status).json(body);
};

const fieldsOf = (error: z.ZodError): string[] => {
  const paths = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => [...issue.path, k].join('.'))
      : [issue.path.join('.') || '(body)'],
  );
  return [...new Set(paths)].slice(0, MAX_FIELDS);
};

/** Validates a body, query or parameter; an unknown or bad field gives REQUEST.INVALID_BODY with its path. */
export const parse = <S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> => {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail('REQUEST.INVALID_BODY', { fields: fieldsOf(parsed.error).join(',') });
};

/** A school year in the path ("2026-2027"); anything else names no resource. */
export const yearParam = (raw: string | undefined): Result<string> =>
  raw !== undefined && isSchoolYear(raw) ? ok(raw) : fail('REQUEST.NOT_FOUND');

export interface Ctx {
  /** This request's deps: stores acting for the signed-in user where the adapter supports it. */
  readonly deps: Deps;
  readonly person: Person;
  readonly locale: Locale;
  readonly req: Request;
  readonly res: Response;
}

/**
 * Wraps a thin handler: it returns a Result, this sends it as JSON or as `{ code, message }`.
 * A handler that already wrote its response (a CSV download) returns ok(undefined).
 */
export const handle =
  (fn: (ctx: Ctx) => Promise<Result<unknown>>): RequestHandler =>
  async (req, res) => {
    const locale = localeOf(req);
    const ctx = { deps: res.locals['deps'] as Deps, person: res.locals['person'] as Person, locale, req, res };
    const result = await fn(ctx);
    if (res.headersSent) return;
    if (result.ok) res.json(result.value);
    else sendError(res, result.error, locale);
  };

/** body-parser's failures: broken JSON → REQUEST.INVALID_JSON, too large → REQUEST.INVALID_BODY. */
export const bodyErrors = (err: unknown, req: Request, res: Response, next: NextFunction): void => {
  const type = (err as { type?: unknown } | null)?.type;
  if (typeof type !== 'string') return next(err);
  sendError(res, { code: type === 'entity.too.large' ? 'REQUEST.INVALID_BODY' : 'REQUEST.INVALID_JSON' }, localeOf(req));
};

/** A named path parameter ('' when absent). */
export const param = (req: Request, name: string): string => {
  const value: unknown = req.params[name];
  return typeof value === 'string' ? value : '';
};
