/** The one read-change-save loop of a reflection, shared by editing (reflection.ts) and sharing (reflection-sharing.ts). */
import { fail, type Id, type Person, type Reflection, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';
import { schoolAccess } from './school-access.js';

const SAVE_ATTEMPTS = 3;

type Change = (current: Reflection, nowIso: string) => Result<Reflection>;

/** Reads, changes and saves; a concurrent save by a colleague is merged by retrying on the new version. */
export const mutate = async (deps: Deps, person: Person, schoolId: Id, year: string, change: Change): Promise<Result<Reflection>> => {
  const access = await schoolAccess(deps, person, schoolId, 'reflection.edit');
  if (!access.ok) return access;
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const current = await deps.stores.reflections.get(schoolId, year);
    if (!current) return fail('REFLECTION.NOT_FOUND');
    const next = change(current, deps.clock().toISOString());
    if (!next.ok) return next;
    const saved = await deps.stores.reflections.save({ ...next.value, expectedVersion: current.version });
    if (saved.ok || saved.error.code !== 'STORE.CONFLICT') return saved;
  }
  return fail('STORE.CONFLICT');
};

