/** A stored Forms import run as both adapters read it back: validated, so a bad row never reaches the dashboard. */
import { ERROR_CODES, FORMS_IMPORT_COUNTS, FORMS_ROW_PROBLEMS, type FormsImportCount } from '@samen/shared';
import { z } from 'zod';
import type { FormsImportRun } from './ports-forms.js';

const count = z.number().int().nonnegative();

export const FormsImportRunRecord = z.object({
  formId: z.string().min(1),
  kind: z.enum(['meeting', 'survey']),
  targetId: z.string().min(1),
  title: z.string(),
  ranAt: z.string().min(1),
  counts: z.object(Object.fromEntries(FORMS_IMPORT_COUNTS.map((k) => [k, count])) as Record<FormsImportCount, typeof count>),
  unmatched: z.array(
    z.object({
      row: z.number().int(),
      problem: z.enum(FORMS_ROW_PROBLEMS),
      code: z.enum(ERROR_CODES).optional(),
      params: z.record(z.string(), z.string()).optional(),
    }),
  ),
  unknownSchools: z.array(z.object({ row: z.number().int(), school: z.string() })),
}) satisfies z.ZodType<FormsImportRun>;

export const parseRun = (raw: unknown): FormsImportRun => FormsImportRunRecord.parse(raw) as FormsImportRun;
