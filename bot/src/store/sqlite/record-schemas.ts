/**
 * Rows read back are checked with the shared domain schemas (`@samen/shared`, schemas/domain.ts);
 * this file only adds the shapes that exist in the store alone.
 */
import { ReflectionSchema } from '@samen/shared';
import { z } from 'zod';
import type { ReflectionStatusRow } from '../ports.js';

export {
  FrameworkSchema as FrameworkRecord,
  MeetingSchema as MeetingRecord,
  NiveauOverzichtSchema as NiveauRecord,
  PersonSchema as PersonRecord,
  ReflectionSchema as ReflectionRecord,
  RsvpSchema as RsvpRecord,
  SchoolSchema as SchoolRecord,
} from '@samen/shared';

export type { ReflectionStatusRow } from '../ports.js';

/** What the partnership sees of a reflection: strict, so answers can never slip through. */
export const ReflectionStatusRecord: z.ZodType<ReflectionStatusRow> = ReflectionSchema.pick({
  schoolId: true,
  status: true,
  updatedAt: true,
}).extend({ sharedWithSwv: z.boolean() });
