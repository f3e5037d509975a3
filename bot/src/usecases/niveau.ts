/** A school's niveau-overzicht: read (school or coördinator), edit and restore (ib'er/schoolleider). */
import {
  decideTemplateLevel,
  fail,
  ok,
  type Id,
  type LevelNumber,
  type NiveauLevel,
  type NiveauOverzicht,
  type NiveauRevisionDto,
  type NiveauViewDto,
  type Person,
  type Result,
  validateNiveauLevels,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { startingLevels, templateOfSchool, templateUpdateFor } from './niveau-templates.js';
import { may, schoolAccess, type SchoolAccess } from './school-access.js';

const HISTORY_LIMIT = 50;

export interface NiveauInput {
  readonly levels: readonly NiveauLevel[];
  readonly expectedVersion: string;
}

export const viewNiveaus = async (deps: Deps, person: Person, schoolId: Id): Promise<Result<NiveauViewDto>> => {
  const access = await schoolAccess(deps, person, schoolId, 'niveau.read');
  if (!access.ok) return access;
  const [overzicht, template] = await Promise.all([deps.stores.niveaus.get(schoolId), templateOfSchool(deps, access.value.school)]);
  return ok({
    schoolId,
    // A school that never saved starts from its sector's template (PO, VO or SO/VSO).
    levels: overzicht?.levels ?? startingLevels(template),
    overzicht,
    canEdit: may(access.value.subject, 'niveau.edit'),
    templateUpdate: overzicht ? await templateUpdateFor(deps, overzicht.levels, template) : null,
    templateSector: template.sector,
  });
};

const editable = (deps: Deps, person: Person, schoolId: Id): Promise<Result<SchoolAccess>> =>
  schoolAccess(deps, person, schoolId, 'niveau.edit');

export const saveNiveaus = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  body: NiveauInput,
): Promise<Result<NiveauViewDto>> => {
  const allowed = await editable(deps, person, schoolId);
  if (!allowed.ok) return allowed;
  const levels = validateNiveauLevels(body.levels);
  if (!levels.ok) return levels;
  const saved = await deps.stores.niveaus.save({
    schoolId,
    levels: levels.value,
    updatedAt: deps.clock().toISOString(),
    updatedBy: person.id,
    expectedVersion: body.expectedVersion,
  });
  if (!saved.ok) return saved;
  deps.logger.info({ schoolId, personId: person.id, revision: saved.value.revision }, 'niveau-overzicht saved');
  const template = await templateOfSchool(deps, allowed.value.school);
  const templateUpdate = await templateUpdateFor(deps, saved.value.levels, template);
  return ok({ schoolId, levels: saved.value.levels, overzicht: saved.value, canEdit: true, templateUpdate, templateSector: template.sector });
};

/** The school takes over (`adopt`) or declines (`keep`) one level of its newer template: a new revision. */
export const decideNiveauTemplateLevel = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  level: LevelNumber,
  input: { readonly choice: 'adopt' | 'keep'; readonly expectedVersion: string },
): Promise<Result<NiveauViewDto>> => {
  const allowed = await editable(deps, person, schoolId);
  if (!allowed.ok) return allowed;
  const current = await deps.stores.niveaus.get(schoolId);
  if (!current) return fail('NIVEAU.NOT_FOUND');
  if (current.version !== input.expectedVersion) return fail('STORE.CONFLICT');
  const template = await templateOfSchool(deps, allowed.value.school);
  const levels = decideTemplateLevel(current.levels, level, template, input.choice);
  return saveNiveaus(deps, person, schoolId, { levels, expectedVersion: current.version });
};

export const niveauHistory = async (deps: Deps, person: Person, schoolId: Id): Promise<Result<NiveauRevisionDto[]>> => {
  const access = await schoolAccess(deps, person, schoolId, 'niveau.read');
  if (!access.ok) return access;
  const page = await deps.stores.niveaus.history(schoolId, { limit: HISTORY_LIMIT });
  const names = await namesOf(deps, page.items);
  const revisions = [...page.items].sort((a, b) => b.revision - a.revision);
  return ok(
    revisions.map((o) => ({
      revision: o.revision,
      updatedAt: o.updatedAt,
      updatedByName: names.get(o.updatedBy) ?? null,
      levels: o.levels,
    })),
  );
};

const namesOf = async (deps: Deps, items: readonly NiveauOverzicht[]): Promise<Map<Id, string>> => {
  const ids = [...new Set(items.map((o) => o.updatedBy))];
  const people = await Promise.all(ids.map((id) => deps.stores.people.get(id)));
  return new Map(people.filter((p): p is Person => p !== null).map((p) => [p.id, p.name]));
};

/** Restoring saves the old levels as a new revision: the history keeps every step. */
export const restoreNiveau = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  revision: number,
): Promise<Result<NiveauViewDto>> => {
  const allowed = await editable(deps, person, schoolId);
  if (!allowed.ok) return allowed;
  const old = await deps.stores.niveaus.revision(schoolId, revision);
  if (!old) return fail('NIVEAU.REVISION_NOT_FOUND');
  const current = await deps.stores.niveaus.get(schoolId);
  return saveNiveaus(deps, person, schoolId, { levels: old.levels, expectedVersion: current?.version ?? '' });
};
