/**
 * The partnership's niveau templates per kind of school: every signed-in person reads them,
 * coördinatoren edit them (each save a new revision). A school's overview keeps, per level, the
 * revision it was written against; when the template moved on, the school sees what changed and
 * takes each level over or keeps its own text.
 */
import {
  levelsFromTemplate,
  ok,
  shippedNiveauTemplate,
  templateChanges,
  templateSectorOf,
  validateTemplateLevels,
  type NiveauLevel,
  type NiveauTemplate,
  type NiveauTemplateLevel,
  type NiveauTemplateUpdate,
  type NiveauTemplateViewDto,
  type Person,
  type Result,
  type School,
  type TemplateSector,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorize } from './school-access.js';

const HISTORY_LIMIT = 30;

/** The newest saved revision, or the shipped text (revision 0) while the partnership saved none. */
export const currentTemplate = async (deps: Deps, sector: TemplateSector): Promise<NiveauTemplate> =>
  (await deps.stores.niveauTemplates.get(sector)) ?? shippedNiveauTemplate(sector);

export const templateOfSchool = (deps: Deps, school: School): Promise<NiveauTemplate> => currentTemplate(deps, templateSectorOf(school.sector));

/** A school that never saved starts from its sector's template. */
export const startingLevels = (template: NiveauTemplate): NiveauLevel[] => levelsFromTemplate(template);

/** What changed in the template since the school's levels were written (null: nothing to show). */
export const templateUpdateFor = async (
  deps: Deps,
  levels: readonly NiveauLevel[],
  template: NiveauTemplate,
): Promise<NiveauTemplateUpdate | null> => {
  const older = [...new Set(levels.map((l) => l.templateRevision ?? 0))].filter((r) => r < template.revision);
  if (older.length === 0) return null;
  const revisions = new Map<number, NiveauTemplate | null>(
    await Promise.all(
      older.map(async (r): Promise<[number, NiveauTemplate | null]> => [
        r,
        r === 0 ? shippedNiveauTemplate(template.sector) : await deps.stores.niveauTemplates.revision(template.sector, r),
      ]),
    ),
  );
  const changes = templateChanges(levels, template, (r) => revisions.get(r) ?? null);
  return changes.length === 0 ? null : { sector: template.sector, revision: template.revision, changes };
};

export const viewNiveauTemplate = async (deps: Deps, sector: TemplateSector): Promise<Result<NiveauTemplateViewDto>> => {
  const template = await currentTemplate(deps, sector);
  const saved = await deps.stores.niveauTemplates.history(sector, HISTORY_LIMIT);
  const ids = [...new Set(saved.map((t) => t.updatedBy))];
  const names = new Map((await deps.stores.people.byIds(ids)).map((p) => [p.id, p.name]));
  const history = saved.map((t) => ({ revision: t.revision, updatedAt: t.updatedAt, updatedByName: names.get(t.updatedBy) ?? null, levels: t.levels }));
  return ok({ sector, template, history });
};

export interface NiveauTemplateInput {
  readonly levels: readonly NiveauTemplateLevel[];
  readonly expectedVersion: string;
}

export const saveNiveauTemplate = async (
  deps: Deps,
  person: Person,
  sector: TemplateSector,
  input: NiveauTemplateInput,
): Promise<Result<NiveauTemplateViewDto>> => {
  const allowed = authorize(deps, person, 'niveauTemplate.edit');
  if (!allowed.ok) return allowed;
  const levels = validateTemplateLevels(input.levels);
  if (!levels.ok) return levels;
  const saved = await deps.stores.niveauTemplates.save({
    sector,
    levels: levels.value,
    updatedAt: deps.clock().toISOString(),
    updatedBy: person.id,
    expectedVersion: input.expectedVersion,
  });
  if (!saved.ok) return saved;
  deps.logger.info({ sector, revision: saved.value.revision, personId: person.id }, 'niveau template saved');
  return viewNiveauTemplate(deps, sector);
};
