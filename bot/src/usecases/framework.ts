/** The partnership's handreiking per school year: everyone reads it, coördinatoren edit it. */
import {
  exampleFramework,
  ok,
  type Framework,
  type FrameworkItem,
  type Person,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorize } from './school-access.js';

/** The stored framework of the year, or the shipped example while the partnership has none. */
export const frameworkFor = async (deps: Deps, schoolYear: string): Promise<Framework> =>
  (await deps.stores.frameworks.get(schoolYear)) ?? { ...exampleFramework(schoolYear), revision: 0, version: '' };

export const viewFramework = async (deps: Deps, schoolYear: string): Promise<Result<Framework>> =>
  ok(await frameworkFor(deps, schoolYear));

export interface FrameworkInput {
  readonly items: readonly FrameworkItem[];
  readonly expectedVersion: string;
}

/**
 * Saving raises the revision; reflections keep the revision they were written against, and an
 * answer stays tied to its item id, so renaming an item keeps its answers.
 */
export const saveFramework = async (
  deps: Deps,
  person: Person,
  schoolYear: string,
  input: FrameworkInput,
): Promise<Result<Framework>> => {
  const allowed = authorize(deps, person, 'framework.edit');
  if (!allowed.ok) return allowed;
  const saved = await deps.stores.frameworks.save({
    schoolYear,
    items: input.items,
    isExample: false,
    expectedVersion: input.expectedVersion,
  });
  if (saved.ok) deps.logger.info({ schoolYear, revision: saved.value.revision, personId: person.id }, 'framework saved');
  return saved;
};
