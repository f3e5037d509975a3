/** Tab API bodies and DTOs of sharing a school's reflection per audience (reflection-sharing.ts). */
import { z } from 'zod';
import type { ReflectionGrant } from '../domain/handreiking-types.js';
import { ReflectionAudienceSchema } from './domain.js';

/** POST /schools/:id/reflections/:year/grants (share) and …/grants/revoke (stop sharing): one audience. */
export const ReflectionShareBodySchema = z.strictObject({ audience: ReflectionAudienceSchema });
export type ReflectionShareBody = z.infer<typeof ReflectionShareBodySchema>;

/** One current grant as the school sees it: who granted it, when, and (for a school) its name. */
export type ReflectionGrantDto = ReflectionGrant & {
  readonly grantedByName: string | null;
  /** For a grant to a school: its name (null when the school no longer exists). */
  readonly schoolName: string | null;
};

/** What the school's own sharers see on the reflection page. */
export interface ReflectionSharingDto {
  readonly grants: readonly ReflectionGrantDto[];
  /** The partnership's other schools, to share with one of them (not the school itself). */
  readonly otherSchools: readonly { readonly id: string; readonly name: string }[];
}

/** A reflection another school shares with ours ("Gedeeld met ons"), without its answers. */
export interface SharedWithUsDto {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly schoolYear: string;
  readonly status: 'concept' | 'afgerond';
  readonly grantedAt: string;
}
