/**
 * zod for the schoolondersteuningsprofiel: the stored record (adapters read it back with `SopSchema`),
 * the tab API bodies (strict, texts capped at the A4 limits) and the DTO the tab reads.
 */
import { z } from 'zod';
import { storedId as id } from './ids.js';
import type { School } from '../domain/people.js';
import {
  SOP_EXTERNE_DESKUNDIGHEID,
  SOP_INTERNE_EXPERTISE,
  SOP_STATUSES,
  SOP_TEXT_LIMITS,
  type Sop,
  type SopStatusView,
} from '../domain/sop.js';
import { isSchoolYear } from '../domain/school-year.js';

const instant = z.iso.datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const SopStepSchema = z.strictObject({ status: z.enum(SOP_STATUSES), date: isoDate });

export const SopSchema = z.strictObject({
  schoolId: id,
  schoolYear: z.string().refine(isSchoolYear),
  visie: z.string().max(SOP_TEXT_LIMITS.visie),
  ambitie: z.string().max(SOP_TEXT_LIMITS.ambitie),
  aanvullendeOndersteuning: z.string().max(SOP_TEXT_LIMITS.aanvullendeOndersteuning),
  interneExpertise: z.array(z.enum(SOP_INTERNE_EXPERTISE)),
  externeDeskundigheid: z.array(z.enum(SOP_EXTERNE_DESKUNDIGHEID)),
  status: z.enum(SOP_STATUSES),
  steps: z.array(SopStepSchema).min(1),
  sharedWithSwv: z.boolean(),
  updatedAt: instant,
  updatedBy: id,
  version: z.string().min(1),
}) satisfies z.ZodType<Sop>;

/** PATCH …/sop/:year: any of the texts and lists; the limits are the A4 limits. */
export const SopContentBodySchema = z.strictObject({
  visie: z.string().max(SOP_TEXT_LIMITS.visie).optional(),
  ambitie: z.string().max(SOP_TEXT_LIMITS.ambitie).optional(),
  aanvullendeOndersteuning: z.string().max(SOP_TEXT_LIMITS.aanvullendeOndersteuning).optional(),
  interneExpertise: z.array(z.enum(SOP_INTERNE_EXPERTISE)).max(SOP_INTERNE_EXPERTISE.length).optional(),
  externeDeskundigheid: z.array(z.enum(SOP_EXTERNE_DESKUNDIGHEID)).max(SOP_EXTERNE_DESKUNDIGHEID.length).optional(),
});
export type SopContentBody = z.infer<typeof SopContentBodySchema>;

/** POST …/sop/:year/status: the next step and the day it happened. */
export const SopAdvanceBodySchema = z.strictObject({ status: z.enum(SOP_STATUSES), date: isoDate });

export const ShareSopBodySchema = z.strictObject({ shared: z.boolean() });

export type SopViewDto =
  | {
      readonly kind: 'full';
      readonly school: Pick<School, 'id' | 'name' | 'sector' | 'region' | 'place'>;
      readonly schoolYear: string;
      /** null = not started yet. */
      readonly sop: Sop | null;
      readonly canEdit: boolean;
    }
  | { readonly kind: 'status'; readonly status: SopStatusView };
