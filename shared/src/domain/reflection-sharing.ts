/**
 * Who may read a school's yearly reflection (#16 item 3): sharing is the school's choice, per
 * audience — the partnership (swv), the school's own board (schoolbestuur: people with role
 * `bestuur` linked to the school; there is no separate board entity) or a named other school. Each
 * grant says who gave it and when; revoking removes it at once. Outside those audiences people see
 * at most the status, never the answers.
 */
import type { Reflection, ReflectionAudience, ReflectionGrant, ReflectionStatusView } from './handreiking-types.js';
import { reflectionStatusView } from './handreiking.js';
import type { Id } from './ids.js';
import type { Role } from './people.js';
import { fail, ok, type Result } from './result.js';

export const sameAudience = (a: ReflectionAudience, b: ReflectionAudience): boolean =>
  a.kind === b.kind && (a.kind !== 'school' || (b.kind === 'school' && a.schoolId === b.schoolId));

/** The audience alone, without who granted it and when. */
export const audienceOf = (g: ReflectionAudience): ReflectionAudience =>
  g.kind === 'school' ? { kind: 'school', schoolId: g.schoolId } : { kind: g.kind };

export const isSharedWithSwv = (r: Pick<Reflection, 'grants'>): boolean => r.grants.some((g) => g.kind === 'swv');

/**
 * What older data means: before grants there was one flag, `sharedWithSwv`. A stored `true` is a
 * partnership grant, given (as far as we know) by the last person who changed the reflection, then.
 */
export const grantsFromStored = (
  grants: readonly ReflectionGrant[] | null | undefined,
  legacySharedWithSwv: boolean,
  updatedBy: Id,
  updatedAt: string,
): readonly ReflectionGrant[] =>
  grants ?? (legacySharedWithSwv ? [{ kind: 'swv', grantedBy: updatedBy, grantedAt: updatedAt }] : []);

/**
 * Share with one more audience. Sharing again with an audience that already has a grant changes
 * nothing (the first grant keeps its who and when). A school does not share with itself.
 */
export const grantReflection = (r: Reflection, audience: ReflectionAudience, personId: Id, nowIso: string): Result<Reflection> => {
  if (audience.kind === 'school' && audience.schoolId === r.schoolId) return fail('REFLECTION.SHARE_INVALID');
  if (r.grants.some((g) => sameAudience(g, audience))) return ok(r);
  const grant: ReflectionGrant = { ...audienceOf(audience), grantedBy: personId, grantedAt: nowIso };
  return ok({ ...r, grants: [...r.grants, grant], updatedAt: nowIso, updatedBy: personId });
};

/** Stop sharing with one audience; revoking what was not granted changes nothing. */
export const revokeReflection = (r: Reflection, audience: ReflectionAudience, personId: Id, nowIso: string): Reflection =>
  r.grants.some((g) => sameAudience(g, audience))
    ? { ...r, grants: r.grants.filter((g) => !sameAudience(g, audience)), updatedAt: nowIso, updatedBy: personId }
    : r;

/** What the rule needs to know of a reader. */
export interface ReflectionReader {
  readonly schoolIds: readonly Id[];
  readonly roles: readonly Role[];
  /** Coördinator of the partnership (policy: never a self-chosen role). */
  readonly isCoordinator: boolean;
}

/**
 * The school's own staff: linked to the school with any role but `bestuur`. Someone linked only
 * as `bestuur` is the school's board, which reads only what the school shares with its bestuur.
 */
export const isOwnStaff = (reader: Pick<ReflectionReader, 'schoolIds' | 'roles'>, schoolId: Id): boolean =>
  reader.schoolIds.includes(schoolId) && reader.roles.some((r) => r !== 'bestuur');

export const isBoardOf = (reader: Pick<ReflectionReader, 'schoolIds' | 'roles'>, schoolId: Id): boolean =>
  reader.schoolIds.includes(schoolId) && reader.roles.includes('bestuur');

/** The grant that lets this reader in, if any (school staff need none). A named school: its own staff. */
export const grantFor = (reader: ReflectionReader, schoolId: Id, grants: readonly ReflectionGrant[]): ReflectionGrant | null =>
  grants.find(
    (g) =>
      (g.kind === 'swv' && reader.isCoordinator) ||
      (g.kind === 'bestuur' && isBoardOf(reader, schoolId)) ||
      (g.kind === 'school' && g.schoolId !== schoolId && isOwnStaff(reader, g.schoolId)),
  ) ?? null;

/**
 * How much of a school's reflection a reader sees: `full` for the school's own staff and for a
 * reader in an audience the school shares with; `status` for the partnership's coördinatoren and
 * the school's board (anyone linked to the school but not its staff) without a grant; `none` for
 * everyone else. The policy (bot policy.ts: `board`, `granted`) applies the same rule.
 */
export const reflectionAccess = (reader: ReflectionReader, schoolId: Id, grants: readonly ReflectionGrant[]): 'full' | 'status' | 'none' => {
  if (isOwnStaff(reader, schoolId) || grantFor(reader, schoolId, grants)) return 'full';
  if (reader.isCoordinator || reader.schoolIds.includes(schoolId)) return 'status';
  return 'none';
};

export type VisibleReflection =
  | { readonly kind: 'full'; readonly reflection: Reflection }
  | { readonly kind: 'status'; readonly status: ReflectionStatusView }
  | { readonly kind: 'none' };

/** One reflection as a reader may see it: the answers only under `reflectionAccess` 'full'. */
export const visibleReflectionFor = (reader: ReflectionReader, reflection: Reflection): VisibleReflection => {
  const access = reflectionAccess(reader, reflection.schoolId, reflection.grants);
  if (access === 'full') return { kind: 'full', reflection };
  return access === 'status' ? { kind: 'status', status: reflectionStatusOf(reflection) } : { kind: 'none' };
};

/** The status a reader outside the audiences sees: never the answers, nor with whom it is shared. */
export const reflectionStatusOf = (r: Reflection): ReflectionStatusView =>
  reflectionStatusView({ status: r.status, updatedAt: r.updatedAt, sharedWithSwv: isSharedWithSwv(r) }, r.schoolId, r.schoolYear);
