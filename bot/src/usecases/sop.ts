/**
 * The school's SOP on one A4. The school's own people read it and its editors write it; the
 * partnership sees its status and step dates, and the content only once the school shares it.
 */
import {
  advanceSop as advanceSopRule,
  fail,
  newSop,
  ok,
  shareSop as shareSopRule,
  sopStatusView,
  updateSopContent,
  type Id,
  type Person,
  type Result,
  type School,
  type Sop,
  type SopContentBody,
  type SopStatus,
  type SopViewDto,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { may, schoolAccess } from './school-access.js';

const SAVE_ATTEMPTS = 3;

const schoolPart = ({ id, name, sector, region, place }: School): Extract<SopViewDto, { kind: 'full' }>['school'] => ({
  id,
  name,
  sector,
  region,
  place,
});

export const viewSop = async (deps: Deps, person: Person, schoolId: Id, year: string): Promise<Result<SopViewDto>> => {
  const access = await schoolAccess(deps, person, schoolId, 'sop.status');
  if (!access.ok) return access;
  const { subject, school } = access.value;
  if (!may(subject, 'sop.content')) {
    // The partnership's read: status and shared copy only, never the school's own lists.
    const seen = await deps.stores.sops.forPartnership(schoolId, year);
    if (!seen?.shared || !may(subject, 'sop.contentShared')) {
      return ok({ kind: 'status', status: sopStatusView(seen?.status, schoolId, year) });
    }
    return ok({ kind: 'full', school: schoolPart(school), schoolYear: year, sop: seen.shared, canEdit: false });
  }
  const sop = await deps.stores.sops.get(schoolId, year);
  return ok({ kind: 'full', school: schoolPart(school), schoolYear: year, sop, canEdit: may(subject, 'sop.edit') });
};

/** Starts this year's SOP, with the options the niveau-overzicht already names ticked. */
export const startSop = async (deps: Deps, person: Person, schoolId: Id, year: string): Promise<Result<Sop>> => {
  const access = await schoolAccess(deps, person, schoolId, 'sop.edit');
  if (!access.ok) return access;
  const existing = await deps.stores.sops.get(schoolId, year);
  if (existing) return ok(existing);
  const niveau = await deps.stores.niveaus.get(schoolId);
  const saved = await deps.stores.sops.save({ ...newSop(schoolId, year, niveau, person.id, deps.clock()), expectedVersion: '' });
  if (saved.ok) deps.logger.info({ schoolId, schoolYear: year, personId: person.id }, 'sop started');
  if (!saved.ok && saved.error.code === 'STORE.CONFLICT') {
    const raced = await deps.stores.sops.get(schoolId, year);
    if (raced) return ok(raced);
  }
  return saved;
};

/** Reads, changes and saves; a colleague's concurrent save is merged by retrying on the new version. */
const mutate = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  year: string,
  change: (current: Sop, now: Date) => Result<Sop>,
): Promise<Result<Sop>> => {
  const access = await schoolAccess(deps, person, schoolId, 'sop.edit');
  if (!access.ok) return access;
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const current = await deps.stores.sops.get(schoolId, year);
    if (!current) return fail('SOP.NOT_FOUND');
    const next = change(current, deps.clock());
    if (!next.ok) return next;
    if (next.value === current) return ok(current);
    const saved = await deps.stores.sops.save({ ...next.value, expectedVersion: current.version });
    if (saved.ok || saved.error.code !== 'STORE.CONFLICT') return saved;
  }
  return fail('STORE.CONFLICT');
};

export const updateSop = (deps: Deps, person: Person, schoolId: Id, year: string, patch: SopContentBody): Promise<Result<Sop>> =>
  mutate(deps, person, schoolId, year, (s, now) => updateSopContent(s, patch, person.id, now));

export const advanceSop = (deps: Deps, person: Person, schoolId: Id, year: string, to: SopStatus, date: string): Promise<Result<Sop>> =>
  mutate(deps, person, schoolId, year, (s, now) => advanceSopRule(s, to, date, person.id, now));

export const shareSop = (deps: Deps, person: Person, schoolId: Id, year: string, shared: boolean): Promise<Result<Sop>> =>
  mutate(deps, person, schoolId, year, (s, now) => ok(shareSopRule(s, shared, person.id, now)));

/** The school and its SOP for a download: whoever may read the content (the partnership only when shared). */
export const sopForExport = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  year: string,
): Promise<Result<{ readonly school: School; readonly sop: Sop }>> => {
  const view = await viewSop(deps, person, schoolId, year);
  if (!view.ok) return view;
  if (view.value.kind !== 'full') return fail('AUTH.FORBIDDEN');
  if (!view.value.sop) return fail('SOP.NOT_FOUND');
  const school = await deps.stores.schools.get(schoolId);
  return school ? ok({ school, sop: view.value.sop }) : fail('SCHOOL.NOT_FOUND');
};
