/**
 * The reflection deadline of a school year: GET for everyone signed in (the school's reflection page,
 * the dashboard), PUT for coördinatoren (the use case asks the policy). A body of the wrong shape is
 * 400 REQUEST.INVALID_BODY with its field paths; a date or reminder days that break the rules are 400
 * with a Dutch message per field.
 */
import { Router } from 'express';
import { errorMessage, ok, PutReflectionDeadlineBodySchema, type ReflectionDeadlineFieldErrorsDto } from '@samen/shared';
import { setReflectionDeadline, viewReflectionDeadline } from '../../usecases/reflection-deadline.js';
import { handle, param, parse, yearParam } from '../http.js';

export const reflectionDeadlineRoutes = (): Router =>
  Router()
    .get(
      '/reflection-deadlines/:year',
      handle(async ({ deps, person, req }) => {
        const year = yearParam(param(req, 'year'));
        return year.ok ? viewReflectionDeadline(deps, person, year.value) : year;
      }),
    )
    .put(
      '/reflection-deadlines/:year',
      handle(async ({ deps, person, locale, req, res }) => {
        const year = yearParam(param(req, 'year'));
        if (!year.ok) return year;
        const body = parse(PutReflectionDeadlineBodySchema, req.body);
        if (!body.ok) return body;
        const saved = await setReflectionDeadline(deps, person, year.value, body.value, locale);
        if (!saved.ok) return saved;
        if (saved.value.kind === 'saved') return ok(saved.value.deadline);
        const invalid: ReflectionDeadlineFieldErrorsDto = {
          code: 'REQUEST.INVALID_BODY',
          message: errorMessage({ code: 'REQUEST.INVALID_BODY' }, locale),
          fieldErrors: saved.value.errors,
        };
        res.status(400).json(invalid);
        return ok(undefined);
      }),
    );
