/**
 * GET /boot: what the tab's first screen needs in one request (who I am, my schools and, asked with
 * `?niveaus=<schoolId>`, that school's niveau-overzicht), each answered exactly as its own route would;
 * with `&render=<theme>` also that overzicht rendered by the tab's components (first-screen.ts), from the
 * same reads, only when the overzicht itself was readable.
 */
import { Router } from 'express';
import { BootQuerySchema, ok, type BootDto, type BootQuery, type BootReadDto, type Locale, type Person, type Result } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { visibleSchools } from '../../usecases/school-access.js';
import { viewNiveaus } from '../../usecases/niveau.js';
import { errorBody, handle, parse } from '../http.js';
import type { FirstScreens } from '../first-screen.js';
import { meOf } from './me.js';

export const readOf = <T>(result: Result<T>, locale: Locale): BootReadDto<T> => {
  if (result.ok) return { ok: true, value: result.value };
  const { status, body } = errorBody(result.error, locale);
  return { ok: false, status, code: body.code, message: body.message };
};

/**
 * The boot call's answer. Like /me and /schools, who I am and my schools come from the server's stores;
 * the niveau-overzicht, like its own route, from `asUser` (the deps acting for the signed-in user). Also
 * answered by local mode's token request when it asks for it (local.ts).
 */
export const bootAnswer = async (
  deps: Deps,
  asUser: Deps,
  person: Person,
  locale: Locale,
  query: BootQuery,
  firstScreens: FirstScreens,
): Promise<BootDto> => {
  const { niveaus: schoolId, render: theme } = query;
  const [schools, niveaus] = await Promise.all([visibleSchools(deps, person), schoolId ? viewNiveaus(asUser, person, schoolId) : null]);
  const boot: BootDto = { me: meOf(deps, person), schools, niveaus: niveaus && readOf(niveaus, locale) };
  if (!schoolId || !theme || !boot.niveaus?.ok) return boot;
  const firstScreen = await firstScreens.render({ boot, schoolId, theme, locale, localMode: deps.config.mode === 'local' });
  return firstScreen ? { ...boot, firstScreen } : boot;
};

export const bootRoutes = (deps: Deps, firstScreens: FirstScreens): Router =>
  Router().get(
    '/boot',
    handle(async ({ deps: asUser, person, locale, req }) => {
      const query = parse(BootQuerySchema, req.query);
      if (!query.ok) return query;
      return ok(await bootAnswer(deps, asUser, person, locale, query.value, firstScreens));
    }),
  );
