/**
 * Rows read back are checked with the shared domain schemas (`@samen/shared`, schemas/domain.ts);
 * this file only adds the shapes that exist in the store alone.
 */
import { ReflectionSchema, type Reflection } from '@samen/shared';
import type { z } from 'zod';

export {
  FrameworkSchema as FrameworkRecord,
  MeetingSchema as MeetingRecord,
  NiveauOverzichtSchema as NiveauRecord,
  PersonSchema as PersonRecord,
  ReflectionSchema as ReflectionRecord,
  RsvpSchema as RsvpRecord,
  SchoolSchema as SchoolRecord,
} from '@samen/shared';

export type ReflectionStatusRow = Pick<Reflection, 'schoolId' | 'status' | 'sharedWithSwv' | 'updatedAt'>;

/** What the partnership sees of a reflection: strict, so answers can never slip through. */
export const ReflectionStatusRecord: z.ZodType<ReflectionStatusRow> = ReflectionSchema.pick({
  schoolId: true,
  status: true,
  sharedWithSwv: true,
  updatedAt: true,
});
